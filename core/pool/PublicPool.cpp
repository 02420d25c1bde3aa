// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pool/PublicPool.h"

#include "core/audit/AuditLog.h"
#include "core/customers/CustomerRepository.h"
#include "core/search/DerivedIndexes.h"
#include "core/storage/Database.h"
#include "core/storage/DbSettings.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kRulesKey = QStringLiteral("pool.rules");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

int PoolRules::daysFor(Tier tier) const
{
    switch (tier) {
    case Tier::Vip:
        return daysVip;
    case Tier::Important:
        return daysImportant;
    case Tier::Normal:
        break;
    }
    return daysNormal;
}

PublicPool::PublicPool(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<PoolRules> PublicPool::rules()
{
    Result<QString> kept = dbsettings::value(m_db, kRulesKey);
    if (!kept)
        return kept.error();
    PoolRules r;
    if (!kept->isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(kept->toUtf8()).object();
        r.daysNormal = o.value(QStringLiteral("normal")).toInt(r.daysNormal);
        r.daysImportant = o.value(QStringLiteral("important")).toInt(r.daysImportant);
        r.daysVip = o.value(QStringLiteral("vip")).toInt(r.daysVip);
        r.claimsPerDay = o.value(QStringLiteral("claims_per_day")).toInt(r.claimsPerDay);
    }
    return r;
}

Status PublicPool::setRules(const Session &actor, const PoolRules &r)
{
    if (!AccessPolicy(actor).leadsTeam())
        return Error{
            ErrorCode::PermissionDenied, tr("Only a manager or an administrator sets the public pool's rules."), {}};
    for (int days : {r.daysNormal, r.daysImportant, r.daysVip})
        if (days < 0 || days > 3650)
            return Error{ErrorCode::Invalid,
                         tr("The days before a customer returns to the pool must be between 0 (never) and 3650."),
                         {}};
    if (r.claimsPerDay < 0 || r.claimsPerDay > 10000)
        return Error{ErrorCode::Invalid, tr("The daily claim limit must be between 0 and 10000."), {}};
    const QJsonObject o{{QStringLiteral("normal"), r.daysNormal},
                        {QStringLiteral("important"), r.daysImportant},
                        {QStringLiteral("vip"), r.daysVip},
                        {QStringLiteral("claims_per_day"), r.claimsPerDay}};
    return dbsettings::setValue(m_db, kRulesKey, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Result<Customer> PublicPool::claim(const Session &actor, const QString &customerId, qint64 expectedVersion)
{
    return inWriteTransaction(m_db, [&]() -> Result<Customer> {
        Result<PoolRules> r = rules();
        if (!r)
            return r.error();
        CustomerRepository repo(m_db);
        Result<std::optional<Customer>> current = repo.findById(customerId);
        if (!current)
            return current.error();
        if (!current->has_value() || (*current)->deletedAt != 0)
            return Error{ErrorCode::NotFound, tr("The customer does not exist or is in the recycle bin."), {}};
        const Customer &c = **current;
        if (!c.fields.ownerId.isEmpty())
            return Error{ErrorCode::WrongState,
                         tr("%1 is no longer in the public pool: %2 has it now.").arg(c.fields.name, c.ownerName),
                         {}};
        if (c.rowVersion != expectedVersion)
            return Error{ErrorCode::Conflict,
                         tr("Someone changed %1 in the meantime. Reload and try again.").arg(c.fields.name),
                         {}};
        const qint64 now = m_clock.nowMs();
        Result<int> today = AuditLog(m_db).countSince(actor.userId, QStringLiteral("claim"), now - kDayMs);
        if (!today)
            return today.error();
        if (!AccessPolicy(actor).leadsTeam() && *today >= r->claimsPerDay)
            return Error{
                ErrorCode::PermissionDenied,
                tr("You have claimed %1 customers in the last 24 hours, the most the rules allow.").arg(*today),
                {}};
        CustomerDraft d = c.fields;
        d.ownerId = actor.userId;
        Result<bool> written = repo.update(customerId, d, expectedVersion, now, actor.userId);
        if (!written)
            return written.error();
        if (!*written)
            return Error{ErrorCode::Conflict,
                         tr("Someone changed %1 in the meantime. Reload and try again.").arg(c.fields.name),
                         {}};
        if (Status s = AuditLog(m_db).record(now, actor.userId, QStringLiteral("claim"), QStringLiteral("customer"),
                                             customerId);
            !s)
            return s.error();
        if (Status s = refreshDerivedIndexes(m_db, SearchKind::Customer, customerId); !s)
            return s.error();
        Result<std::optional<Customer>> saved = repo.findById(customerId);
        if (!saved)
            return saved.error();
        return **saved;
    });
}

Result<int> PublicPool::returnOverdue()
{
    // Runs at every start and hourly: with no rule set it must not even take the write lock.
    Result<PoolRules> r = rules();
    if (!r)
        return r.error();
    if (r->daysNormal == 0 && r->daysImportant == 0 && r->daysVip == 0)
        return 0;
    return inWriteTransaction(m_db, [&]() -> Result<int> {
        const qint64 now = m_clock.nowMs();
        // The last touch is the last contact, or the day the customer came in when nobody called yet.
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "UPDATE customers SET previous_owner_id = owner_id, owner_id = NULL, pooled_at = ?, updated_at = ?, "
            "updated_by = NULL, row_version = row_version + 1 "
            "WHERE deleted_at IS NULL AND owner_id IS NOT NULL AND max(last_contact_at, created_at) < "
            "(CASE tier WHEN 2 THEN ? WHEN 1 THEN ? ELSE ? END) "
            "RETURNING id, previous_owner_id, name"));
        q.addBindValue(now);
        q.addBindValue(now);
        // A tier without a rule gets a cutoff no customer is older than.
        for (int days : {r->daysVip, r->daysImportant, r->daysNormal})
            q.addBindValue(days > 0 ? now - days * kDayMs : qint64(0));
        if (!q.exec())
            return toError(q);
        QList<std::pair<QString, QString>> returned;
        for (const ResultRow row(q); q.next();)
            returned.append({row.text("id"_L1), row.text("previous_owner_id"_L1)});
        q.finish();
        AuditLog audit(m_db);
        for (const auto &[id, previousOwner] : returned) {
            if (Status s = audit.record(now, {}, QStringLiteral("return_to_pool"), QStringLiteral("customer"), id,
                                        {{QStringLiteral("previous_owner"), previousOwner}});
                !s)
                return s.error();
            if (Status s = refreshDerivedIndexes(m_db, SearchKind::Customer, id); !s)
                return s.error();
        }
        return static_cast<int>(returned.size());
    });
}

} // namespace guanxi
