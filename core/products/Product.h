// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace guanxi {

// What a user edits of a product in the showroom (展厅).
struct ProductDraft {
    QString code; // the product code documents quote; unique among live products
    QString name;
    QString category;
    QString specification;
    QString unit; // 台, 套, 个, kg …
    qint64 listPriceMinor = 0;
    qint64 costMinor = 0;       // for the margin; only managers see it
    qint64 floorPriceMinor = 0; // 底线: the lowest unit price without a manager's approval; 0: none
    QString currency = QStringLiteral("CNY");
    int taxRateBasisPoints = 1300; // 13 % VAT
    QByteArray picture;            // PNG or JPEG
    bool active = true;            // inactive products stay on old documents but are not offered
    QString notes;
};

struct Product {
    QString id;
    ProductDraft fields;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
};

} // namespace guanxi
