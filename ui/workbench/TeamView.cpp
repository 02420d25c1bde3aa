// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workbench/TeamView.h"

#include "core/users/AccessPolicy.h"
#include "core/users/UserService.h"
#include "core/workbench/TeamWorkbench.h"
#include "models/workbench/TeamOverviewModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace guanxi {

TeamView::TeamView(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_department(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new TeamOverviewModel(this))
    , m_chart(new QChartView(new QChart, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("teamView"));
    auto *top = new QHBoxLayout;
    auto *intro = new QLabel(tr("Your team today: open deals by stage, follow-ups left overdue, customers going quiet, "
                                "this month's quota and the money still to come in."),
                             this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    m_department->setObjectName(QStringLiteral("teamDepartment"));
    if (AccessPolicy(ctx.session).administers()) {
        m_department->addItem(tr("Everyone"), QString());
        Result<QList<Department>> departments = UserService(*ctx.db, *ctx.clock).departments();
        if (departments)
            for (const Department &d : *departments)
                m_department->addItem(d.name, d.id);
        top->addWidget(m_department);
    } else {
        m_department->hide();
    }
    connect(m_department, &QComboBox::currentIndexChanged, this, &TeamView::reload);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_chart->setObjectName(QStringLiteral("teamChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_chart->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_chart->chart()->setTitle(tr("Open pipeline by person and stage"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_problem);
}

void TeamView::reload()
{
    Result<TeamOverview> overview =
        TeamWorkbench(*m_ctx.db, *m_ctx.clock).overview(m_ctx.session, m_department->currentData().toString());
    m_problem->setVisible(!overview);
    if (!overview) {
        m_problem->setText(overview.error().message);
        return;
    }
    m_model->setOverview(*overview);
    redrawChart();
}

void TeamView::redrawChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const TeamOverview &o = m_model->overview();
    if (o.members.isEmpty())
        return;
    auto *series = new QHorizontalStackedBarSeries;
    QStringList people;
    // The first person at the top, as in the table.
    for (qsizetype i = o.members.size() - 1; i >= 0; --i)
        people << o.members[i].name;
    double most = 0;
    for (const TeamMemberFigures &m : o.members)
        most = std::max(most, double(m.pipelineMinor) / 100.0 / 10'000.0);
    for (qsizetype s = 0; s < o.stages.size(); ++s) {
        auto *set = new QBarSet(o.stages[s].displayName());
        for (qsizetype i = o.members.size() - 1; i >= 0; --i)
            set->append(double(o.members[i].pipelineByStage.value(s)) / 100.0 / 10'000.0); // 万元
        series->append(set);
    }
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->setTruncateLabels(false); // names in full, not "…"
    names->append(people);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *amounts = new QValueAxis;
    amounts->setTruncateLabels(false);
    amounts->setRange(0, most > 0 ? most * 1.05 : 1);
    amounts->setLabelFormat(QStringLiteral("%.0f"));
    amounts->setTitleText(tr("10,000 CNY"));
    amounts->applyNiceNumbers();
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(amounts);
}

} // namespace guanxi
