// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace guanxi {

namespace {
constexpr int kBars = 12;
}

ReportChart::ReportChart(const QString &objectName, QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(objectName);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 200);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void ReportChart::draw(const ReportTable &t)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    m_column = t.chartColumn > 0 && t.chartColumn < t.columns.size() ? t.chartColumn : -1;
    for (ReportValue want : {ReportValue::Money, ReportValue::Integer, ReportValue::Percent, ReportValue::Number}) {
        for (int i = 1; i < t.columns.size() && m_column < 0; ++i)
            if (t.columns[i].kind == want)
                m_column = i;
        if (m_column >= 0)
            break;
    }
    if (m_column < 0 || t.columns.isEmpty() || t.columns[0].kind != ReportValue::Text)
        return;
    std::vector<std::pair<QString, double>> bars;
    for (int r = 0; r < t.rows.size() - t.summaryRows; ++r) {
        if (t.rows[r][m_column].isNull())
            continue;
        double v = t.rows[r][m_column].toDouble();
        if (t.columns[m_column].kind == ReportValue::Money)
            v /= 100.0;
        else if (t.columns[m_column].kind == ReportValue::Percent)
            v *= 100.0;
        bars.emplace_back(t.rows[r][0].toString(), v);
    }
    std::stable_sort(bars.begin(), bars.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    // Large amounts in units of 10,000 (万元), as people read them in a chart.
    const bool tenThousands = t.columns[m_column].kind == ReportValue::Money && !bars.empty() && bars.front().second >= 100'000;
    if (tenThousands)
        for (auto &b : bars)
            b.second /= 10'000.0;
    if (bars.size() > size_t(kBars))
        bars.resize(kBars);
    if (bars.empty())
        return;
    auto *set = new QBarSet(tenThousands ? tr("%1 (10,000 %2)").arg(t.columns[m_column].header, t.currency)
                                         : t.columns[m_column].header);
    QStringList labels;
    for (auto it = bars.rbegin(); it != bars.rend(); ++it) {   // the largest at the top
        labels << it->first;
        *set << it->second;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    c->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->setTruncateLabels(false);
    y->append(labels);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setTruncateLabels(false);
    x->setLabelFormat(t.columns[m_column].kind == ReportValue::Percent ? QStringLiteral("%.0f %%") : QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    x->applyNiceNumbers();
}

} // namespace guanxi
