// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/TeamView.h"

#include "users/UserService.h"
#include "workbench/TeamOverviewModel.h"
#include "workbench/TeamWorkbench.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

TeamView::TeamView(const AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_department(new QComboBox(this)), m_table(new QTableView(this)),
      m_model(new TeamOverviewModel(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("teamView"));
    auto *top = new QHBoxLayout;
    auto *intro = new QLabel(tr("Your team today: open deals by stage, follow-ups left overdue, customers going quiet, "
                                "this month's quota and the money still to come in."),
                             this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    m_department->setObjectName(QStringLiteral("teamDepartment"));
    if (ctx.session.role == Role::Admin) {
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
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
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
}

} // namespace guanxi
