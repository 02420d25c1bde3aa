// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pricing/PriceListService.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TableDescription.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

// A price list as stored, with its stamps.
struct PriceListRow {
    PriceList list;
    Stamps stamps;
};

const TableDescription<PriceListRow> &listTable()
{
    using namespace columns;
    using R = PriceListRow;
    using L = PriceList;
    static const TableDescription<PriceListRow> t(
        QStringLiteral("price_lists"),
        {referenceAt<R>(QStringLiteral("id"), memberOf(&R::list, &L::id), ColumnRole::Key),
         text(QStringLiteral("name"), &R::list, &L::name),
         fixed(convertedAt<R>(
             QStringLiteral("kind"), memberOf(&R::list, &L::kind),
             [](L::Kind k) { return k == L::Kind::Tier ? QStringLiteral("tier") : QStringLiteral("channel"); },
             [](const QVariant &v) {
                 return v.toString() == QLatin1String("tier") ? L::Kind::Tier : L::Kind::Channel;
             })),
         // A channel list has no tier: NULL, read as none.
         {QStringLiteral("customer_tier"), ColumnRole::Field,
          [](const R &r) {
              return r.list.customerTier ? QVariant(*r.list.customerTier) : QVariant(QMetaType::fromType<int>());
          },
          [](R &r, const QVariant &v) {
              if (!v.isNull())
                  r.list.customerTier = v.toInt();
          }},
         text(QStringLiteral("currency"), &R::list, &L::currency),
         flag(QStringLiteral("active"), &R::list, &L::active),
         readOnly(ColumnRole::Stamp, value(QStringLiteral("row_version"), &R::list, &L::rowVersion))},
        &R::stamps);
    return t;
}

QString selectLists()
{
    return QStringLiteral("SELECT %1 FROM price_lists WHERE deleted_at IS NULL").arg(listTable().selectList());
}

// One product's price on a list, with the product's code and name read alongside.
struct PriceRow {
    PriceListItem item;
    QString id;
    QString priceListId;
    Stamps stamps;
};

const TableDescription<PriceRow> &priceTable()
{
    using namespace columns;
    using R = PriceRow;
    using I = PriceListItem;
    static const TableDescription<PriceRow> t(
        QStringLiteral("price_list_items"),
        {own(QStringLiteral("id"), ColumnRole::Key, &R::id),
         own(QStringLiteral("price_list_id"), ColumnRole::Fixed, &R::priceListId),
         fixed(reference(QStringLiteral("product_id"), &R::item, &I::productId)),
         joinedAt<R>(QStringLiteral("p.code"), memberOf(&R::item, &I::productCode)),
         joinedAt<R>(QStringLiteral("p.name"), memberOf(&R::item, &I::productName)),
         value(QStringLiteral("price_minor"), &R::item, &I::priceMinor)},
        &R::stamps);
    return t;
}

} // namespace

Status PriceListService::mayChange(const Session &actor) const
{
    if (!AccessPolicy(actor).leadsTeam())
        return Error{ErrorCode::PermissionDenied, tr("Only a manager or an administrator may change price lists."), {}};
    return {};
}

Result<QList<PriceList>> PriceListService::lists()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(selectLists() + QLatin1String(" ORDER BY kind DESC, customer_tier DESC, name")))
        return toError(q);
    QList<PriceList> out;
    while (q.next())
        out.append(listTable().read(q).list);
    return out;
}

Result<PriceList> PriceListService::create(const Session &actor, PriceList list)
{
    if (Status s = mayChange(actor); !s)
        return s.error();
    list.name = list.name.trimmed();
    if (list.name.isEmpty())
        return Error{ErrorCode::Invalid, tr("Give the price list a name."), {}, QStringLiteral("name")};
    if (list.kind == PriceList::Kind::Tier && (!list.customerTier || *list.customerTier < 0 || *list.customerTier > 2))
        return Error{ErrorCode::Invalid,
                     tr("A member price list names the customer tier it is for."),
                     {},
                     QStringLiteral("tier")};
    if (list.kind == PriceList::Kind::Channel)
        list.customerTier.reset();
    return inWriteTransaction(m_db, [&]() -> Result<PriceList> {
        if (list.customerTier) {
            // One member list per tier, or the price a customer gets would depend on chance.
            Result<std::optional<PriceList>> existing = listForTier(*list.customerTier);
            if (!existing)
                return existing.error();
            if (existing->has_value())
                return Error{ErrorCode::Duplicate,
                             tr("The tier already has the price list %1.").arg((*existing)->name),
                             {},
                             QStringLiteral("tier")};
        }
        const qint64 now = m_clock.nowMs();
        list.id = newUuid7(now);
        list.rowVersion = 1;
        if (Status s = listTable().insert(m_db, {list, Stamps::at(now)}, actor.userId); !s)
            return s.error();
        return list;
    });
}

Result<QList<PriceListItem>> PriceListService::items(const QString &priceListId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM price_list_items i JOIN products p ON p.id = i.product_id "
                             "WHERE i.price_list_id = ? AND i.deleted_at IS NULL ORDER BY p.name_key")
                  .arg(priceTable().selectList(QStringLiteral("i"))));
    q.addBindValue(priceListId);
    if (!q.exec())
        return toError(q);
    QList<PriceListItem> out;
    while (q.next())
        out.append(priceTable().read(q).item);
    return out;
}

Status PriceListService::setPrice(const Session &actor, const QString &priceListId, const QString &productId,
                                  qint64 priceMinor)
{
    if (Status s = mayChange(actor); !s)
        return s;
    return inWriteTransaction(m_db, [&]() -> Status {
        const qint64 now = m_clock.nowMs();
        QSqlQuery drop(m_db.sql());
        drop.prepare(QStringLiteral("UPDATE price_list_items SET deleted_at = ?, updated_at = ?, updated_by = ?, "
                                    "row_version = row_version + 1 WHERE price_list_id = ? AND product_id = ? "
                                    "AND deleted_at IS NULL"));
        drop.addBindValue(now);
        drop.addBindValue(now);
        drop.addBindValue(sql::nullIfEmpty(actor.userId));
        drop.addBindValue(priceListId);
        drop.addBindValue(productId);
        if (!drop.exec())
            return toError(drop);
        if (priceMinor >= 0) {
            PriceRow row{{productId, {}, {}, priceMinor}, newUuid7(now), priceListId, Stamps::at(now)};
            if (Status s = priceTable().insert(m_db, row, actor.userId); !s)
                return s;
        }
        return Status{};
    });
}

Result<std::optional<PriceList>> PriceListService::listForTier(int tier)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectLists() + QLatin1String(" AND kind = 'tier' AND customer_tier = ? AND active = 1 LIMIT 1"));
    q.addBindValue(tier);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<PriceList>();
    return std::optional<PriceList>(listTable().read(q).list);
}

Result<std::optional<qint64>> PriceListService::priceOn(const QString &priceListId, const QString &productId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT price_minor FROM price_list_items WHERE price_list_id = ? AND product_id = ? "
                             "AND deleted_at IS NULL"));
    q.addBindValue(priceListId);
    q.addBindValue(productId);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

} // namespace guanxi
