// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/leads/LeadAssignment.h"

#include "core/storage/Database.h"
#include "core/storage/DbSettings.h"
#include "core/storage/SqlError.h"

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
    Result<QString> kept = dbsettings::value(m_db, kRuleKey);
    if (!kept)
        return kept.error();
    if (kept->isEmpty())
        return LeadAssignmentRule{};
    return LeadAssignmentRule::fromJson(kept->toUtf8());
}

Status LeadAssignment::setRule(const LeadAssignmentRule &rule)
{
    return dbsettings::setValue(m_db, kRuleKey, QString::fromUtf8(rule.toJson()));
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
    Result<QString> kept = dbsettings::value(m_db, kTurnKey, QStringLiteral("0"));
    if (!kept)
        return kept.error();
    const qint64 turn = kept->toLongLong();
    if (Status s = dbsettings::setValue(m_db, kTurnKey, QString::number(turn + 1)); !s)
        return s.error();
    return r->users.at(static_cast<qsizetype>(turn % r->users.size()));
}

} // namespace guanxi
