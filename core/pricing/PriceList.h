// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace guanxi {

// A price list (价目表): member-tier prices that apply to every customer of a tier, or channel
// prices a quote picks. Products not on a list keep their list price.
struct PriceList {
    enum class Kind {
        Tier,
        Channel
    };
    QString id;
    QString name;
    Kind kind = Kind::Channel;
    std::optional<int> customerTier; // a tier list: 0 normal, 1 important, 2 VIP
    QString currency = QStringLiteral("CNY");
    bool active = true;
    qint64 rowVersion = 0;
};

struct PriceListItem {
    QString productId;
    QString productCode;
    QString productName;
    qint64 priceMinor = 0;
};

} // namespace guanxi
