// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printing/PrintStyle.h"

namespace guanxi {

// A quotation (报价单): its lines as quoted, valid-until and approval, a DRAFT watermark while approval is pending.
class QuotePrintStyle : public PrintStyle {
public:
    PrintKind kind() const override { return PrintKind::Quote; }
    QString customerOf(Database &db, const QString &id) const override;
    Status fill(const printdata::PrintJob &job, const QString &id, bool warehouseCopy, PrintableDocument *doc,
                printdata::mu::data *data) const override;
};

} // namespace guanxi
