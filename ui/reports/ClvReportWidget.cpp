// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ClvReportWidget.h"

#include "core/analytics/ClvService.h"
#include "core/i18n/DateTimeText.h"
#include "core/reports/AnalysisReports.h"
#include "core/util/LocalDays.h"
#include "core/workspace/OpenWorkspace.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ErrorBox.h"
#include "ui/reports/ReportChart.h"
#include "ui/reports/ReportView.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace guanxi {

ClvReportWidget::ClvReportWidget(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_end(new QDateEdit(this))
    , m_table(new ReportView(QStringLiteral("clv"), this))
    , m_chart(new ReportChart(QStringLiteral("clvChart"), this))
{
    setObjectName(QStringLiteral("clvReport"));
    m_end->setObjectName(QStringLiteral("clvCalibrationEnd"));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(DateTimeText::datePattern());
    m_end->setDate(localdays::today(*ctx.clock));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Learn from the orders up to"), this));
    top->addWidget(m_end);
    auto *fit = new QPushButton(tr("&Fit the models"), this);
    fit->setObjectName(QStringLiteral("clvRun"));
    top->addWidget(fit);
    top->addStretch();
    auto *how =
        new QLabel(tr("BG/NBD predicts how many more purchases each customer makes and how likely they are still "
                      "a customer; Gamma-Gamma how much each purchase is worth. Both learn from your own orders."),
                   this);
    how->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(how);
    // The chart under the table, the window's width for the customers' names.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setSizes({320, 400});
    m_table->attachChart(m_chart);
    layout->addWidget(split, 1);
    connect(fit, &QPushButton::clicked, this, &ClvReportWidget::run);
    connect(m_table, &ReportView::rowActivated, this, &ClvReportWidget::openCustomer);
    connect(m_table, &ReportView::statusMessage, this, &ClvReportWidget::statusMessage);
}

void ClvReportWidget::run()
{
    // Fitting to a large customer base takes seconds: on a worker thread with its own connection,
    // behind a progress dialog, so the window stays responsive.
    const QString path = m_ctx.db->path();
    const Session actor = m_ctx.session;
    const Clock *clock = m_ctx.clock;
    const QDate end = m_end->date();
    std::optional<ClvReport> fitted;
    const Status s =
        BackgroundTask::run(this, tr("Fitting the customer-value models…"), [&](const ProgressFn &progress) -> Status {
            progress(0, 1);
            auto db = openWorkspace(path);
            if (!db)
                return db.error();
            Result<ClvReport> r = ClvService(**db, *clock).fit(actor, end);
            if (!r)
                return r.error();
            fitted = std::move(*r);
            progress(1, 1);
            return {};
        });
    if (!s) {
        showError(this, tr("The customer-value models were not fitted"), s.error());
        return;
    }
    if (!fitted)
        return;                                       // cancelled
    m_table->setTable(AnalysisReports::clv(*fitted)); // the chart shows the table's first twelve
    emit statusMessage(
        tr("Fitted to %n customer(s); the customer cards show their value now.", "", fitted->bgnbd.customers));
}

} // namespace guanxi
