// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/SmartLists.h"

#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {
const QString kList = QStringLiteral("customers");
constexpr int kMaxName = 60;
} // namespace

SmartLists::SmartLists(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QByteArray SmartLists::toJson(const CustomerFilter &f)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("text"), f.text},
                                     {QStringLiteral("tier"), f.tier},
                                     {QStringLiteral("region"), f.region},
                                     {QStringLiteral("industry"), f.industry},
                                     {QStringLiteral("owner"), static_cast<int>(f.owner)},
                                     {QStringLiteral("stage"), f.stage},
                                     {QStringLiteral("tag"), f.tag},
                                     // A span of days, so "not contacted for 90 days" stays that.
                                     {QStringLiteral("silent_days"), f.silentDays}})
        .toJson(QJsonDocument::Compact);
}

CustomerFilter SmartLists::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    CustomerFilter f;
    f.text = o.value(QStringLiteral("text")).toString();
    f.tier = o.value(QStringLiteral("tier")).toInt(-1);
    f.region = o.value(QStringLiteral("region")).toString();
    f.industry = o.value(QStringLiteral("industry")).toString();
    const int owner = o.value(QStringLiteral("owner")).toInt();
    f.owner = owner >= 0 && owner <= 2 ? static_cast<CustomerFilter::Owner>(owner) : CustomerFilter::Owner::Anyone;
    f.stage = o.value(QStringLiteral("stage")).toString();
    f.tag = o.value(QStringLiteral("tag")).toString();
    f.silentDays = o.value(QStringLiteral("silent_days")).toInt();
    return f;
}

Result<QList<SmartList>> SmartLists::list(const Session &actor)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT id, name, filter FROM smart_lists WHERE user_id = ? AND list = ? AND deleted_at IS NULL"));
    q.addBindValue(actor.userId);
    q.addBindValue(kList);
    if (!q.exec())
        return toError(q);
    QList<SmartList> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), fromJson(q.value(2).toString().toUtf8())});
    std::sort(out.begin(), out.end(), [](const SmartList &a, const SmartList &b) {
        return CollationKey::of(a.name) < CollationKey::of(b.name);
    });
    return out;
}

Result<SmartList> SmartLists::save(const Session &actor, const QString &name, const CustomerFilter &filter)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return Error{ErrorCode::Invalid, tr("Give the list a name."), {}, QStringLiteral("name")};
    if (n.size() > kMaxName)
        return Error{ErrorCode::Invalid,
                     tr("The name may have at most %1 characters.").arg(kMaxName),
                     {},
                     QStringLiteral("name")};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE smart_lists SET deleted_at = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
        "WHERE user_id = ? AND list = ? AND name = ? AND deleted_at IS NULL"));
    for (const QVariant &v :
         {QVariant(now), QVariant(now), QVariant(actor.userId), QVariant(actor.userId), QVariant(kList), QVariant(n)})
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    SmartList saved{newUuid7(now), n, filter};
    q.prepare(
        QStringLiteral("INSERT INTO smart_lists (id, user_id, list, name, filter, created_at, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(saved.id), QVariant(actor.userId), QVariant(kList), QVariant(n),
          QVariant(QString::fromUtf8(toJson(filter))), QVariant(now), QVariant(now), QVariant(actor.userId)})
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Status SmartLists::remove(const Session &actor, const QString &id)
{
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE smart_lists SET deleted_at = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
        "WHERE id = ? AND user_id = ?"));
    for (const QVariant &v :
         {QVariant(now), QVariant(now), QVariant(actor.userId), QVariant(id), QVariant(actor.userId)})
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    return {};
}

} // namespace guanxi
