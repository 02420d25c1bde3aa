// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/PrintStyle.h"

#include "core/printing/DeliveryPrintStyle.h"
#include "core/printing/OrderPrintStyle.h"
#include "core/printing/QuotePrintStyle.h"
#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

const PrintStyle &PrintStyle::forKind(PrintKind kind)
{
    static const QuotePrintStyle quote;
    static const OrderPrintStyle order;
    static const DeliveryPrintStyle delivery;
    switch (kind) {
    case PrintKind::Quote:
        return quote;
    case PrintKind::Order:
        return order;
    case PrintKind::Delivery:
        return delivery;
    }
    return quote;
}

QString PrintStyle::firstText(Database &db, const QString &sql, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace guanxi
