// SPDX-License-Identifier: GPL-3.0-or-later
#include "leads/LeadAssignment.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

const QString kRuleKey = QStringLiteral("leads.assignment.rule");
const QString kTurnKey = QStringLiteral("leads.assignment.turn");

QString modeCode(LeadAssignmentRule::Mode m)
{
    switch (m) {
    case LeadAssignmentRule::Mode::RoundRobin:
        return QStringLiteral("round_robin");
    case LeadAssignmentRule::Mode::ByRegion:
        return QStringLiteral("region");
    case LeadAssignmentRule::Mode::Manual:
        break;
    }
    return QStringLiteral("manual");
}

} // namespace

QByteArray LeadAssignmentRule::toJson() const
{
    QJsonObject regions;
    for (auto it = regionOwners.cbegin(); it != regionOwners.cend(); ++it)
        regions.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("mode"), modeCode(mode)},
                  {QStringLiteral("users"), QJsonArray::fromStringList(users)},
                  {QStringLiteral("regions"), regions},
                  {QStringLiteral("fallback"), fallbackUserId}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

LeadAssignmentRule LeadAssignmentRule::fromJson(const QByteArray &json)
{
    LeadAssignmentRule r;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QString mode = o.value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("round_robin"))
        r.mode = Mode::RoundRobin;
    else if (mode == QLatin1String("region"))
        r.mode = Mode::ByRegion;
    for (const QJsonValue &u : o.value(QStringLiteral("users")).toArray())
        r.users.append(u.toString());
    const QJsonObject regions = o.value(QStringLiteral("regions")).toObject();
    for (auto it = regions.begin(); it != regions.end(); ++it)
        r.regionOwners.insert(it.key(), it.value().toString());
    r.fallbackUserId = o.value(QStringLiteral("fallback")).toString();
    return r;
}

Result<LeadAssignmentRule> LeadAssignment::rule()
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM db_settings WHERE key = ?"));
    q.addBindValue(kRuleKey);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return LeadAssignmentRule{};
    return LeadAssignmentRule::fromJson(q.value(0).toString().toUtf8());
}

Status LeadAssignment::setRule(const LeadAssignmentRule &rule)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO db_settings (key, value) VALUES (?, ?)"));
    q.addBindValue(kRuleKey);
    q.addBindValue(QString::fromUtf8(rule.toJson()));
    if (!q.exec())
        return toError(q);
    return {};
}

Result<QString> LeadAssignment::nextOwner(const QString &region)
{
    Result<LeadAssignmentRule> r = rule();
    if (!r)
        return r.error();
    switch (r->mode) {
    case LeadAssignmentRule::Mode::Manual:
        return QString();
    case LeadAssignmentRule::Mode::ByRegion:
        return r->regionOwners.value(region.trimmed(), r->fallbackUserId);
    case LeadAssignmentRule::Mode::RoundRobin:
        break;
    }
    if (r->users.isEmpty())
        return QString();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM db_settings WHERE key = ?"));
    q.addBindValue(kTurnKey);
    if (!q.exec())
        return toError(q);
    const qint64 turn = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    QSqlQuery next(m_db.sql());
    next.prepare(QStringLiteral("INSERT OR REPLACE INTO db_settings (key, value) VALUES (?, ?)"));
    next.addBindValue(kTurnKey);
    next.addBindValue(turn + 1);
    if (!next.exec())
        return toError(next);
    return r->users.at(static_cast<qsizetype>(turn % r->users.size()));
}

} // namespace guanxi
