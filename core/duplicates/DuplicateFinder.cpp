// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates/DuplicateFinder.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"
#include "users/AccessPolicy.h"

#include <QSqlQuery>
#include <QVariant>

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
    QList<DuplicateMatch> matches;
    if (keys.isEmpty())
        return matches;
    QStringList marks;
    for (qsizetype i = 0; i < keys.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
                  "SELECT k.key, c.id, c.name, coalesce(c.owner_id, ''), coalesce(u.display_name, ''), "
                  "       coalesce(u.department_id, '') "
                  "FROM match_keys k "
                  "LEFT JOIN contacts ct ON k.kind = 2 AND ct.id = k.entity_id "
                  "JOIN customers c ON c.id = (CASE k.kind WHEN 1 THEN k.entity_id ELSE ct.customer_id END) "
                  "LEFT JOIN users u ON u.id = c.owner_id "
                  "WHERE k.key IN (%1) AND c.deleted_at IS NULL AND c.id <> ? "
                  "ORDER BY c.id")
                  .arg(marks.join(QLatin1Char(','))));
    for (const QString &k : keys)
        q.addBindValue(k);
    q.addBindValue(sql::text(excludeCustomerId));
    if (!q.exec())
        return toError(q);
    const AccessPolicy policy(actor);
    while (q.next()) {
        const QString id = q.value(1).toString();
        if (matches.isEmpty() || matches.last().customerId != id) {
            DuplicateMatch m;
            m.customerId = id;
            m.ownerId = q.value(3).toString();
            m.ownerName = q.value(4).toString();
            m.visible = policy.canView(m.ownerId, q.value(5).toString());
            if (m.visible)
                m.customerName = q.value(2).toString();
            matches.append(m);
        }
        const QString reason = reasonFor(q.value(0).toString());
        if (!matches.last().reasons.contains(reason))
            matches.last().reasons.append(reason);
    }
    return matches;
}

} // namespace guanxi
