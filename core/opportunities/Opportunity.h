// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guanxi {

// A deal in the making (销售机会). Amounts are integer minor units (fen) with an ISO 4217 code.
struct Opportunity {
    QString id;
    QString customerId;
    QString name;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("CNY");
    QString stage = QStringLiteral("initial");   // 初步接洽; the funnel defines the rest
    QString expectedCloseOn;                     // yyyy-MM-dd, or empty
    QString source;
    QString leadId;
    QString ownerId;
    QString ownerName;
    qint64 createdAt = 0;
    qint64 rowVersion = 0;
};

} // namespace guanxi
