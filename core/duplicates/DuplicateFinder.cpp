// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/duplicates/DuplicateFinder.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/users/AccessPolicy.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

QString reasonFor(const QString &key)
{
    const QString value = key.mid(2);
    switch (key.at(0).unicode()) {
    case 'n':
        return DuplicateFinder::tr("same name");
    case 'p':
        return DuplicateFinder::tr("same phone number %1").arg(value);
    case 'e':
        return DuplicateFinder::tr("same e-mail %1").arg(value);
    case 'd':
        return DuplicateFinder::tr("same company domain %1").arg(value);
    }
    return {};
}

} // namespace

QString DuplicateMatch::describe() const
{
    const QString why = reasons.join(DuplicateFinder::tr(", "));
    if (visible && ownerName.isEmpty())
        return DuplicateFinder::tr("\"%1\" already exists in the public pool (%2).").arg(customerName, why);
    if (visible)
        return DuplicateFinder::tr("\"%1\" already exists, owned by %2 (%3).").arg(customerName, ownerName, why);
    return DuplicateFinder::tr("This customer already exists and belongs to %1 (%2).").arg(ownerName, why);
}

Error DuplicateFinder::duplicateError(const QList<DuplicateMatch> &matches)
{
    QStringList lines;
    for (const DuplicateMatch &m : matches)
        lines.append(m.describe());
    Error e{ErrorCode::Duplicate, lines.join(QLatin1Char('\n')), {}};
    if (!matches.isEmpty())
        e.recordId = matches.first().customerId;
    return e;
}

Result<QStringList> DuplicateFinder::contactsForKeys(const QStringList &keys)
{
    QStringList ids;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT entity_id FROM match_keys WHERE key = ? AND kind = 2"));
    for (const QString &key : keys) {
        q.bindValue(0, key);
        if (!q.exec())
            return toError(q);
        while (q.next())
            if (!ids.contains(q.value(0).toString()))
                ids.append(q.value(0).toString());
    }
    return ids;
}

Result<QList<DuplicateMatch>> DuplicateFinder::findForKeys(const Session &actor, const QStringList &keys,
                                                           const QString &excludeCustomerId)
{
    return Lookup(m_db).find(actor, keys, excludeCustomerId);
}

DuplicateFinder::Lookup::Lookup(Database &db)
    : m_customers(db,
                  "SELECT c.id, c.name, coalesce(c.owner_id, '') AS owner_id, "
                  "coalesce(u.display_name, '') AS owner_name, coalesce(u.department_id, '') AS owner_department "
                  "FROM match_keys k "
                  "LEFT JOIN contacts ct ON k.kind = 2 AND ct.id = k.entity_id "
                  "JOIN customers c ON c.id = (CASE k.kind WHEN 1 THEN k.entity_id ELSE ct.customer_id END) "
                  "LEFT JOIN users u ON u.id = c.owner_id "
                  "WHERE k.key = ? AND c.deleted_at IS NULL AND c.id <> ?")
    , m_contacts(db,
                 "SELECT ct.id, coalesce(ct.customer_id, '') AS customer_id FROM match_keys k "
                 "JOIN contacts ct ON ct.id = k.entity_id WHERE k.key = ? AND k.kind = 2 AND ct.deleted_at IS NULL")
    , m_customerId(m_customers.column("id"_L1))
    , m_customerName(m_customers.column("name"_L1))
    , m_ownerId(m_customers.column("owner_id"_L1))
    , m_ownerName(m_customers.column("owner_name"_L1))
    , m_ownerDepartment(m_customers.column("owner_department"_L1))
    , m_contactId(m_contacts.column("id"_L1))
    , m_contactCustomer(m_contacts.column("customer_id"_L1))
{
}

Result<QList<DuplicateMatch>> DuplicateFinder::Lookup::find(const Session &actor, const QStringList &keys,
                                                            const QString &excludeCustomerId)
{
    QList<DuplicateMatch> matches;
    const AccessPolicy policy(actor);
    for (const QString &key : keys) {
        m_customers.bindView(1, key);
        m_customers.bindView(2, excludeCustomerId);
        for (;;) {
            Result<bool> row = m_customers.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const QString id = m_customers.textColumn(m_customerId);
            auto it = std::find_if(matches.begin(), matches.end(),
                                   [&id](const DuplicateMatch &m) { return m.customerId == id; });
            if (it == matches.end()) {
                DuplicateMatch m;
                m.customerId = id;
                m.ownerId = m_customers.textColumn(m_ownerId);
                m.ownerName = m_customers.textColumn(m_ownerName);
                m.visible = policy.canView(m.ownerId, m_customers.textColumn(m_ownerDepartment));
                if (m.visible)
                    m.customerName = m_customers.textColumn(m_customerName);
                matches.append(m);
                it = matches.end() - 1;
            }
            const QString reason = reasonFor(key);
            if (!it->reasons.contains(reason))
                it->reasons.append(reason);
        }
        m_customers.reset();
    }
    return matches;
}

Result<QList<std::pair<QString, QString>>> DuplicateFinder::Lookup::contacts(const QStringList &keys)
{
    QList<std::pair<QString, QString>> out;
    for (const QString &key : keys) {
        m_contacts.bindView(1, key);
        for (;;) {
            Result<bool> row = m_contacts.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            std::pair<QString, QString> p{m_contacts.textColumn(m_contactId), m_contacts.textColumn(m_contactCustomer)};
            if (!out.contains(p))
                out.append(p);
        }
        m_contacts.reset();
    }
    return out;
}

} // namespace guanxi
