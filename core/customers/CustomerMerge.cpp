// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerMerge.h"

#include "core/audit/AuditLog.h"
#include "core/contacts/ContactRepository.h"
#include "core/customers/CustomerAccess.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/CustomerValidator.h"
#include "core/opportunities/OpportunityRepository.h"
#include "core/search/DerivedIndexes.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/VersionedUpdate.h"
#include "core/storage/WriteTransaction.h"
#include "core/timeline/TimelineRepository.h"
#include "core/util/Clock.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

CustomerMerge::CustomerMerge(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Customer> CustomerMerge::merge(const Session &actor, const QString &survivorId, qint64 survivorVersion,
                                      const QString &mergedId, qint64 mergedVersion, CustomerDraft chosen)
{
    if (survivorId == mergedId)
        return Error{ErrorCode::Invalid, tr("A customer cannot be merged with itself."), {}};
    if (QList<FieldProblem> problems = CustomerValidator::check(&chosen); !problems.isEmpty())
        return invalidFieldsError(problems);
    return inWriteTransaction(m_db, [&]() -> Result<Customer> {
        Result<Customer> survivor = CustomerAccess::writable(m_db, actor, survivorId);
        if (!survivor)
            return survivor.error();
        Result<Customer> merged = CustomerAccess::writable(m_db, actor, mergedId);
        if (!merged)
            return merged.error();
        if (survivor->rowVersion != survivorVersion || merged->rowVersion != mergedVersion)
            return Error{ErrorCode::Conflict,
                         tr("One of the two customers was changed in the meantime. Reload and merge again."),
                         {}};
        const qint64 now = m_clock.nowMs();
        CustomerRepository customers(m_db);
        Result<bool> updated = customers.update(survivorId, chosen, survivorVersion, now, actor.userId);
        if (!updated)
            return updated.error();

        // Children: their customer becomes the survivor.
        QStringList movedContacts;
        {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? AND deleted_at IS NULL"));
            q.addBindValue(mergedId);
            if (!q.exec())
                return toError(q);
            while (q.next())
                movedContacts.append(q.value(0).toString());
        }
        if (Status s = ContactRepository(m_db).moveAll(mergedId, survivorId, now, actor.userId); !s)
            return s.error();
        if (Status s = TimelineRepository(m_db).moveCustomerHistory(mergedId, survivorId, now, actor.userId); !s)
            return s.error();
        if (Status s = OpportunityRepository(m_db).moveAll(mergedId, survivorId, now, actor.userId); !s)
            return s.error();
        for (const QString &table :
             {QStringLiteral("contact_positions"), QStringLiteral("leads"), QStringLiteral("competitors"),
              QStringLiteral("projects"), QStringLiteral("attachments")})
            if (Status s = reassignCustomer(m_db, table, mergedId, survivorId, now, actor.userId); !s)
                return s.error();
        // Links between the two become meaningless; links to others move.
        {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral(
                "DELETE FROM customer_relations WHERE (from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?)"));
            for (const QString &id : {mergedId, survivorId, survivorId, mergedId})
                q.addBindValue(id);
            if (!q.exec())
                return toError(q);
            for (const char *column : {"from_id", "to_id"}) {
                q.prepare(
                    QStringLiteral("UPDATE customer_relations SET %1 = ? WHERE %1 = ?").arg(QLatin1String(column)));
                q.addBindValue(survivorId);
                q.addBindValue(mergedId);
                if (!q.exec())
                    return toError(q);
            }
        }
        // The last contact is the later of the two.
        {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("UPDATE customers SET last_contact_at = max(last_contact_at, ?) WHERE id = ?"));
            q.addBindValue(merged->lastContactAt);
            q.addBindValue(survivorId);
            if (!q.exec())
                return toError(q);
        }
        Result<bool> binned = customers.setDeleted(mergedId, true, mergedVersion, now, actor.userId);
        if (!binned)
            return binned.error();
        if (!*binned)
            return Error{ErrorCode::Conflict,
                         tr("One of the two customers was changed in the meantime. Reload and merge again."),
                         {}};
        if (Status s = AuditLog(m_db).record(
                now, actor.userId, QStringLiteral("merge"), QStringLiteral("customer"), survivorId,
                {{QStringLiteral("merged_id"), mergedId},
                 {QStringLiteral("merged_name"), merged->fields.name},
                 {QStringLiteral("contacts_moved"), static_cast<int>(movedContacts.size())}});
            !s)
            return s.error();
        for (const auto &[kind, id] :
             {std::pair{SearchKind::Customer, survivorId}, std::pair{SearchKind::Customer, mergedId}})
            if (Status s = refreshDerivedIndexes(m_db, kind, id); !s)
                return s.error();
        for (const QString &c : std::as_const(movedContacts))
            if (Status s = refreshDerivedIndexes(m_db, SearchKind::Contact, c); !s)
                return s.error();
        Result<std::optional<Customer>> saved = customers.findById(survivorId);
        if (!saved)
            return saved.error();
        return **saved;
    });
}

} // namespace guanxi
