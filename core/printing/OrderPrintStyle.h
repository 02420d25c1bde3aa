// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/PrintStyle.h"

namespace guanxi {

// A sales contract (销售合同): the order's lines, the quote it came from and the payment schedule.
class OrderPrintStyle : public PrintStyle {
public:
    PrintKind kind() const override { return PrintKind::Order; }
    QString customerOf(Database &db, const QString &id) const override;
    Status fill(const printdata::PrintJob &job, const QString &id, bool warehouseCopy, PrintableDocument *doc,
                printdata::mu::data *data) const override;
};

} // namespace guanxi
