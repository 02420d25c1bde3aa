// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/DeliveryPrintStyle.h"

#include "core/orders/OrderService.h"
#include "core/printing/DocumentLanguage.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace guanxi {

using namespace printdata;

namespace {
const char *const kDeliveryNote = QT_TRANSLATE_NOOP("DocumentPrinter", "Delivery note");
const char *const kWarehouseCopy = QT_TRANSLATE_NOOP("DocumentPrinter", "Delivery note (warehouse copy)");

Error noSuchDelivery()
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("DocumentPrinter", "This delivery note does not exist (any more)."),
                 {}};
}
} // namespace

QString DeliveryPrintStyle::customerOf(Database &db, const QString &id) const
{
    return firstText(
        db, QStringLiteral("SELECT o.customer_id FROM deliveries d JOIN orders o ON o.id = d.order_id WHERE d.id = ?"),
        id);
}

Status DeliveryPrintStyle::fill(const PrintJob &job, const QString &id, bool warehouseCopy, PrintableDocument *doc,
                                mu::data *data) const
{
    // A delivery note is printed from its order, which says who may see it.
    const QString orderId =
        firstText(job.db, QStringLiteral("SELECT order_id FROM deliveries WHERE id = ? AND deleted_at IS NULL"), id);
    if (orderId.isEmpty())
        return noSuchDelivery();
    Result<Order> o = OrderService(job.db, job.clock).get(job.actor, orderId);
    if (!o)
        return o.error();
    const Delivery *delivery = nullptr;
    for (const Delivery &d : o->deliveries)
        if (d.id == id)
            delivery = &d;
    if (!delivery)
        return noSuchDelivery();
    const DocumentLanguage &words = job.words;
    doc->number = delivery->number;
    doc->variant = warehouseCopy ? QStringLiteral("warehouse") : QString();
    doc->title = words.text(kContext, warehouseCopy ? kWarehouseCopy : kDeliveryNote);
    *data = common(job, *doc, words.date(delivery->deliveredOn), o->currency, o->pricesIncludeTax, !warehouseCopy);
    data->set("order_number", s(o->number));
    return setOrderBody(job, *o, delivery, data);
}

} // namespace guanxi
