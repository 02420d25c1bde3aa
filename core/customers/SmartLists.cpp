// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/SmartLists.h"

#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/TableDescription.h"
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

// A saved list as stored: whose it is, which list it filters (the customers), its stamps.
struct SmartListRow {
    SmartList list;
    QString userId;
    QString listName;
    Stamps stamps;
};

const TableDescription<SmartListRow> &smartListTable()
{
    using namespace columns;
    using R = SmartListRow;
    static const TableDescription<SmartListRow> t(
        QStringLiteral("smart_lists"),
        {referenceAt<R>(QStringLiteral("id"), memberOf(&R::list, &SmartList::id), ColumnRole::Key),
         own(QStringLiteral("user_id"), ColumnRole::Fixed, &R::userId),
         own(QStringLiteral("list"), ColumnRole::Fixed, &R::listName),
         text(QStringLiteral("name"), &R::list, &SmartList::name),
         // The filter as JSON text, so a list saved by a newer version still opens.
         convertedAt<R>(
             QStringLiteral("filter"), memberOf(&R::list, &SmartList::filter),
             [](const CustomerFilter &f) { return QString::fromUtf8(SmartLists::toJson(f)); },
             [](const QVariant &v) { return SmartLists::fromJson(v.toString().toUtf8()); })},
        &R::stamps);
    return t;
}
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
    q.prepare(QStringLiteral("SELECT %1 FROM smart_lists WHERE user_id = ? AND list = ? AND deleted_at IS NULL")
                  .arg(smartListTable().selectList()));
    q.addBindValue(actor.userId);
    q.addBindValue(kList);
    if (!q.exec())
        return toError(q);
    QList<SmartList> out;
    while (q.next())
        out.append(smartListTable().read(q).list);
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
    return inWriteTransaction(m_db, [&]() -> Result<SmartList> {
        const qint64 now = m_clock.nowMs();
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "UPDATE smart_lists SET deleted_at = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
            "WHERE user_id = ? AND list = ? AND name = ? AND deleted_at IS NULL"));
        for (const QVariant &v : {QVariant(now), QVariant(now), QVariant(actor.userId), QVariant(actor.userId),
                                  QVariant(kList), QVariant(n)})
            q.addBindValue(v);
        if (!q.exec())
            return toError(q);
        SmartList saved{newUuid7(now), n, filter};
        if (Status s = smartListTable().insert(m_db, {saved, actor.userId, kList, Stamps::at(now)}, actor.userId); !s)
            return s.error();
        return saved;
    });
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
