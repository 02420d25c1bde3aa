// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/PrintStyle.h"

namespace guanxi {

// A delivery note (送货单): what one delivery brought, priced by each order line's rule, or the
// warehouse copy without prices.
class DeliveryPrintStyle : public PrintStyle {
public:
    PrintKind kind() const override { return PrintKind::Delivery; }
    QString customerOf(Database &db, const QString &id) const override;
    Status fill(const printdata::PrintJob &job, const QString &id, bool warehouseCopy, PrintableDocument *doc,
                printdata::mu::data *data) const override;
};

} // namespace guanxi
