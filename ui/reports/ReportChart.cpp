// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ReportChart.h"

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

ReportChart::ReportChart(const QString &objectName, QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(objectName);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 200);
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
    m_names.clear();
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
    if (bars.size() > size_t(kBars))
        bars.resize(kBars);
    double largest = 0, smallest = 0;
    for (const auto &b : bars) {
        largest = std::max(largest, b.second);
        smallest = std::min(smallest, b.second);
    }
    // Large amounts in units of 10,000 (万元), as people read them in a chart.
    const bool tenThousands = t.columns[m_column].kind == ReportValue::Money && largest >= 100'000;
    if (tenThousands) {
        for (auto &b : bars)
            b.second /= 10'000.0;
        largest /= 10'000.0;
        smallest /= 10'000.0;
    }
    // A category axis keeps one bar per name: two customers called 王伟 are told apart.
    m_names.clear();
    for (auto &b : bars) {
        QString name = b.first;
        for (int n = 2; m_names.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(b.first).arg(n);
        b.first = name;
        m_names.append(name);
    }
    if (bars.empty())
        return;
    auto *set = new QBarSet(tenThousands ? tr("%1 (10,000 %2)").arg(t.columns[m_column].header, t.currency)
                                         : t.columns[m_column].header);
    QStringList labels;
    for (auto it = bars.rbegin(); it != bars.rend(); ++it) { // the table's first row at the top
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
    x->setLabelFormat(t.columns[m_column].kind == ReportValue::Percent ? QStringLiteral("%.0f %%")
                                                                       : QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    x->setRange(smallest, largest > smallest ? largest : smallest + 1); // all-zero bars: no NaN axis
    x->applyNiceNumbers();
}

} // namespace guanxi
