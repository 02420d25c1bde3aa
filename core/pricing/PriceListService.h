// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pricing/PriceList.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Clock;
class Database;

// Price lists and the price a quote line starts from. Managers and administrators keep the lists;
// everyone reads them. The starting price of a product for a customer: the quote's chosen list,
// else the list of the customer's tier, else the product's list price.
class PriceListService {
    Q_DECLARE_TR_FUNCTIONS(PriceListService)
public:
    PriceListService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Result<QList<PriceList>> lists();
    Result<PriceList> create(const Session &actor, PriceList list);
    Result<QList<PriceListItem>> items(const QString &priceListId);
    // Sets one product's price on a list; a negative price takes it off the list.
    Status setPrice(const Session &actor, const QString &priceListId, const QString &productId, qint64 priceMinor);
    // The list that applies to a customer of `tier` when a quote names none, if any.
    Result<std::optional<PriceList>> listForTier(int tier);
    // The product's price on the list, if it is on it.
    Result<std::optional<qint64>> priceOn(const QString &priceListId, const QString &productId);

private:
    Status mayChange(const Session &actor) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
