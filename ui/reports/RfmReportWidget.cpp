// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/RfmReportWidget.h"

#include "core/customers/CustomerTags.h"
#include "core/reports/AnalysisReports.h"
#include "core/util/Clock.h"
#include "ui/common/ErrorBox.h"
#include "ui/reports/PeriodPicker.h"
#include "ui/reports/ReportView.h"
#include "ui/reports/RfmThresholdsDialog.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

namespace guanxi {

RfmReportWidget::RfmReportWidget(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_period(new PeriodPicker(*ctx.clock, PeriodPicker::Last12Months, this))
    , m_segments(new ReportView(QStringLiteral("rfmSegments"), this))
    , m_customers(new ReportView(QStringLiteral("rfmCustomers"), this))
    , m_chart(new QChartView(new QChart, this))
    , m_tag(new QPushButton(tr("&Tag these customers…"), this))
    , m_own(new QCheckBox(tr("My own cut points"), this))
{
    setObjectName(QStringLiteral("rfmReport"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    auto *analyse = new QPushButton(tr("&Analyse"), this);
    analyse->setObjectName(QStringLiteral("rfmRun"));
    top->addWidget(analyse);
    m_own->setObjectName(QStringLiteral("rfmOwnCutPoints"));
    m_own->setToolTip(tr("Score by cut points you set instead of by quintiles"));
    top->addStretch();
    // The scoring and what to do with a segment on a line of their own: both fit a small screen.
    auto *second = new QHBoxLayout;
    second->addWidget(m_own);
    auto *cutPoints = new QPushButton(tr("Cut points…"), this);
    cutPoints->setObjectName(QStringLiteral("rfmCutPoints"));
    second->addWidget(cutPoints);
    second->addStretch();
    m_tag->setObjectName(QStringLiteral("rfmTag"));
    m_tag->setEnabled(false);
    second->addWidget(m_tag);
    m_chart->setObjectName(QStringLiteral("rfmChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(300, 240);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_segments);
    upper->addWidget(m_chart);
    upper->setSizes({520, 440});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(m_customers);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(split, 1);
    connect(analyse, &QPushButton::clicked, this, &RfmReportWidget::run);
    connect(cutPoints, &QPushButton::clicked, this, [this] {
        RfmThresholds start;
        if (m_thresholds)
            start = *m_thresholds;
        else {
            start.recencyDays = {30, 60, 120, 240};
            start.frequency = {2, 3, 5, 8};
            start.monetaryMinor = {1000'00, 10000'00, 50000'00, 200000'00};
        }
        RfmThresholdsDialog d(start, this);
        if (d.exec() == QDialog::Accepted) {
            setThresholds(d.thresholds());
            run();
        }
    });
    connect(m_own, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_thresholds) {
            m_own->setChecked(false); // nothing to use yet: the cut points come from the dialog
            return;
        }
        run();
    });
    connect(m_tag, &QPushButton::clicked, this, &RfmReportWidget::askTag);
    connect(m_segments, &ReportView::rowActivated, this, [this](const QString &code) {
        RfmSegment s;
        if (fromCode(code, &s))
            showSegment(s);
    });
    connect(m_customers, &ReportView::rowActivated, this, &RfmReportWidget::openCustomer);
    for (ReportView *v : {m_segments, m_customers})
        connect(v, &ReportView::statusMessage, this, &RfmReportWidget::statusMessage);
}

void RfmReportWidget::run()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<RfmResult> r = RfmAnalysis::run(*m_ctx.db, m_ctx.session, m_period->from(), m_period->to(),
                                           QStringLiteral("CNY"), m_own->isChecked() ? m_thresholds : std::nullopt);
    QApplication::restoreOverrideCursor();
    if (!r && r.error().code == ErrorCode::NotFound) {
        // Nothing bought in the period (a new database): said in the report, not in a box that
        // stops the user on the way into the report center.
        ReportTable none;
        none.title = tr("RFM segments");
        none.subtitle = r.error().message;
        m_result.reset();
        m_segments->setTable(none);
        m_customers->setTable({});
        m_tag->setEnabled(false);
        redrawChart();
        return;
    }
    if (!r) {
        showError(this, tr("The analysis could not be made"), r.error());
        return;
    }
    m_result = std::move(*r);
    m_segments->setTable(AnalysisReports::rfmSegments(*m_result));
    redrawChart();
    showSegment(RfmSegment::ImportantValue);
}

void RfmReportWidget::setThresholds(const std::optional<RfmThresholds> &t)
{
    m_thresholds = t;
    m_own->blockSignals(true);
    m_own->setChecked(t.has_value());
    m_own->blockSignals(false);
}

void RfmReportWidget::showSegment(RfmSegment segment)
{
    if (!m_result)
        return;
    m_shown = segment;
    m_customers->setTable(AnalysisReports::rfmCustomers(*m_result, segment));
    m_tag->setEnabled(m_customers->table().rows.size() > 0);
}

Result<QString> RfmReportWidget::tagShown(const QString &tag)
{
    Result<TaggingReport> r =
        CustomerTags::addTag(*m_ctx.db, *m_ctx.clock, m_ctx.session, m_customers->table().ids, tag);
    if (!r)
        return r.error();
    QString message =
        tr("Tagged %n customer(s) \"%1\"; filter the customer list by the tag to follow them up.", "", r->tagged)
            .arg(tag);
    if (r->notAllowed > 0)
        message += QLatin1Char(' ') + tr("%n belong to colleagues and were left as they are.", "", r->notAllowed);
    return message;
}

void RfmReportWidget::askTag()
{
    if (!m_shown || !m_result)
        return;
    bool ok = false;
    const QString tag = QInputDialog::getText(
        this, tr("Tag these customers"), tr("Tag"), QLineEdit::Normal,
        QStringLiteral("%1 %2").arg(displayName(*m_shown), m_result->to.toString(QStringLiteral("yyyy-MM"))), &ok);
    if (!ok)
        return;
    Result<QString> r = tagShown(tag);
    if (!r)
        showError(this, tr("The customers were not tagged"), r.error());
    else
        emit statusMessage(*r);
}

void RfmReportWidget::redrawChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
    if (!m_result)
        return;
    auto *customers = new QBarSet(tr("Share of customers"));
    auto *revenue = new QBarSet(tr("Share of revenue"));
    QStringList names;
    // Horizontal bars with the segments' names beside them; the first segment at the top.
    for (auto it = m_result->segments.rbegin(); it != m_result->segments.rend(); ++it) {
        *customers << it->customerShare * 100;
        *revenue << it->revenueShare * 100;
        names << displayName(it->segment);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(customers);
    series->append(revenue);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->setTruncateLabels(false); // names in full, not "…"
    y->append(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setTruncateLabels(false);
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

} // namespace guanxi
