// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QWidget>

class QDateEdit;

namespace guanxi {

class ReportChart;
class ReportView;

// Customer lifetime value in the report center: the models fitted to the orders up to a day, every
// customer's probability of being active, expected purchases and value; the fit is kept for the
// customer cards.
class ClvReportWidget : public QWidget {
    Q_OBJECT
public:
    explicit ClvReportWidget(const AppContext &ctx, QWidget *parent = nullptr);

    void run();
    ReportView *table() const { return m_table; }
    ReportChart *chart() const { return m_chart; }
    QDateEdit *calibrationEnd() const { return m_end; }

signals:
    void openCustomer(const QString &customerId);
    void statusMessage(const QString &message);

private:
    AppContext m_ctx;
    QDateEdit *m_end;
    ReportView *m_table;
    ReportChart *m_chart;
};

} // namespace guanxi
