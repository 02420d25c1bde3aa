// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pricing/PriceListService.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

PriceList listFrom(const QSqlQuery &q)
{
    PriceList l;
    l.id = q.value(0).toString();
    l.name = q.value(1).toString();
    l.kind = q.value(2).toString() == QLatin1String("tier") ? PriceList::Kind::Tier : PriceList::Kind::Channel;
    if (!q.value(3).isNull())
        l.customerTier = q.value(3).toInt();
    l.currency = q.value(4).toString();
    l.active = q.value(5).toInt() != 0;
    l.rowVersion = q.value(6).toLongLong();
    return l;
}

const char *const kSelect = "SELECT id, name, kind, customer_tier, currency, active, row_version FROM price_lists "
                            "WHERE deleted_at IS NULL";

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
    if (!q.exec(QLatin1String(kSelect) + QLatin1String(" ORDER BY kind DESC, customer_tier DESC, name")))
        return toError(q);
    QList<PriceList> out;
    while (q.next())
        out.append(listFrom(q));
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
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
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
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO price_lists (id, name, kind, customer_tier, currency, active, created_at, "
                             "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(list.id);
    q.addBindValue(list.name);
    q.addBindValue(list.kind == PriceList::Kind::Tier ? QStringLiteral("tier") : QStringLiteral("channel"));
    q.addBindValue(list.customerTier ? QVariant(*list.customerTier) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(list.currency);
    q.addBindValue(list.active ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actor.userId));
    if (!q.exec())
        return toError(q);
    if (Status s = tx.commit(); !s)
        return s.error();
    return list;
}

Result<QList<PriceListItem>> PriceListService::items(const QString &priceListId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT i.product_id, p.code, p.name, i.price_minor FROM price_list_items i "
                             "JOIN products p ON p.id = i.product_id "
                             "WHERE i.price_list_id = ? AND i.deleted_at IS NULL ORDER BY p.name_key"));
    q.addBindValue(priceListId);
    if (!q.exec())
        return toError(q);
    QList<PriceListItem> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

Status PriceListService::setPrice(const Session &actor, const QString &priceListId, const QString &productId,
                                  qint64 priceMinor)
{
    if (Status s = mayChange(actor); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
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
        QSqlQuery q(m_db.sql());
        q.prepare(
            QStringLiteral("INSERT INTO price_list_items (id, price_list_id, product_id, price_minor, created_at, "
                           "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(newUuid7(now));
        q.addBindValue(priceListId);
        q.addBindValue(productId);
        q.addBindValue(priceMinor);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(sql::nullIfEmpty(actor.userId));
        if (!q.exec())
            return toError(q);
    }
    return tx.commit();
}

Result<std::optional<PriceList>> PriceListService::listForTier(int tier)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QLatin1String(kSelect)
              + QLatin1String(" AND kind = 'tier' AND customer_tier = ? AND active = 1 LIMIT 1"));
    q.addBindValue(tier);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<PriceList>();
    return std::optional<PriceList>(listFrom(q));
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
