// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates/DuplicateFinder.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"
#include "users/AccessPolicy.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace guanxi {

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
    return {ErrorCode::Duplicate, lines.join(QLatin1Char('\n')),
            matches.isEmpty() ? QString() : matches.first().customerId};
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

// Up to this many keys are looked up by one statement (a row of an import has three or four).
constexpr int kKeysPerLookup = 8;

DuplicateFinder::Lookup::Lookup(Database &db)
    : m_customers(db, "SELECT k.key, c.id, c.name, coalesce(c.owner_id, ''), coalesce(u.display_name, ''), "
                      "coalesce(u.department_id, '') "
                      "FROM match_keys k "
                      "LEFT JOIN contacts ct ON k.kind = 2 AND ct.id = k.entity_id "
                      "JOIN customers c ON c.id = (CASE k.kind WHEN 1 THEN k.entity_id ELSE ct.customer_id END) "
                      "LEFT JOIN users u ON u.id = c.owner_id "
                      "WHERE k.key IN (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) AND c.deleted_at IS NULL AND c.id <> ?9"),
      m_contacts(db, "SELECT ct.id, coalesce(ct.customer_id, '') FROM match_keys k JOIN contacts ct ON ct.id = k.entity_id "
                     "WHERE k.key = ? AND k.kind = 2 AND ct.deleted_at IS NULL")
{
}

Result<QList<DuplicateMatch>> DuplicateFinder::Lookup::find(const Session &actor, const QStringList &keys,
                                                            const QString &excludeCustomerId)
{
    // One statement for several keys; the matches are then taken in the order of the keys, so the
    // first match and its reasons read the same whichever order SQLite returns them in.
    struct Hit {
        qsizetype keyIndex;
        QString customerId, name, ownerId, ownerName, departmentId;
    };
    std::vector<Hit> hits;
    for (qsizetype from = 0; from < keys.size(); from += kKeysPerLookup) {
        for (int k = 0; k < kKeysPerLookup; ++k) {
            if (from + k < keys.size())
                m_customers.bindView(k + 1, keys.at(from + k));
            else
                m_customers.bindNull(k + 1);
        }
        m_customers.bindView(kKeysPerLookup + 1, excludeCustomerId);
        for (;;) {
            Result<bool> row = m_customers.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            hits.push_back({keys.indexOf(m_customers.textColumn(0)), m_customers.textColumn(1), m_customers.textColumn(2),
                            m_customers.textColumn(3), m_customers.textColumn(4), m_customers.textColumn(5)});
        }
        m_customers.reset();
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.keyIndex < b.keyIndex; });

    QList<DuplicateMatch> matches;
    const AccessPolicy policy(actor);
    for (const Hit &h : hits) {
        auto it = std::find_if(matches.begin(), matches.end(), [&h](const DuplicateMatch &m) { return m.customerId == h.customerId; });
        if (it == matches.end()) {
            DuplicateMatch m;
            m.customerId = h.customerId;
            m.ownerId = h.ownerId;
            m.ownerName = h.ownerName;
            m.visible = policy.canView(m.ownerId, h.departmentId);
            if (m.visible)
                m.customerName = h.name;
            matches.append(m);
            it = matches.end() - 1;
        }
        const QString reason = reasonFor(keys.at(h.keyIndex));
        if (!it->reasons.contains(reason))
            it->reasons.append(reason);
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
            std::pair<QString, QString> p{m_contacts.textColumn(0), m_contacts.textColumn(1)};
            if (!out.contains(p))
                out.append(p);
        }
        m_contacts.reset();
    }
    return out;
}

} // namespace guanxi
