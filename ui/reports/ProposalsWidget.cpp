// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ProposalsWidget.h"

#include "core/reports/AnalysisReports.h"
#include "models/reports/ReportTableModel.h"
#include "ui/common/ErrorBox.h"
#include "ui/reports/ReportView.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

ProposalsWidget::ProposalsWidget(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_table(new ReportView(QStringLiteral("proposals"), this))
{
    setObjectName(QStringLiteral("proposalsReport"));
    auto *top = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    auto *selected = new QPushButton(tr("Accept the &selected"), this);
    selected->setObjectName(QStringLiteral("acceptSelected"));
    auto *all = new QPushButton(tr("Accept &all"), this);
    all->setObjectName(QStringLiteral("acceptAll"));
    top->addWidget(refresh);
    top->addStretch();
    top->addWidget(selected);
    top->addWidget(all);
    m_table->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(refresh, &QPushButton::clicked, this, &ProposalsWidget::run);
    connect(selected, &QPushButton::clicked, this, [this] { acceptAsked(true); });
    connect(all, &QPushButton::clicked, this, [this] { acceptAsked(false); });
    connect(m_table, &ReportView::rowActivated, this, &ProposalsWidget::openCustomer);
    connect(m_table, &ReportView::statusMessage, this, &ProposalsWidget::statusMessage);
}

void ProposalsWidget::run()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::vector<CustomerProposal>> p = CustomerProposals::propose(*m_ctx.db, *m_ctx.clock, m_ctx.session);
    QApplication::restoreOverrideCursor();
    if (!p) {
        showError(this, tr("The proposals could not be made"), p.error());
        return;
    }
    m_proposals = std::move(*p);
    m_table->setTable(AnalysisReports::proposals(m_proposals));
}

Result<QString> ProposalsWidget::acceptRows(const QList<int> &rows)
{
    std::vector<CustomerProposal> chosen;
    if (rows.isEmpty())
        chosen = m_proposals;
    else
        for (int r : rows)
            if (r >= 0 && size_t(r) < m_proposals.size())
                chosen.push_back(m_proposals[size_t(r)]);
    int skipped = 0;
    Result<int> n = CustomerProposals::accept(*m_ctx.db, *m_ctx.clock, m_ctx.session, chosen, &skipped);
    if (!n)
        return n.error();
    run();
    QString message = tr("%n customer(s) updated.", "", *n);
    if (skipped > 0)
        message += QLatin1Char(' ') + tr("%n left as they are (changed meanwhile, or a colleague's).", "", skipped);
    return message;
}

void ProposalsWidget::acceptAsked(bool selectedOnly)
{
    QList<int> rows;
    if (selectedOnly) {
        // The view sorts through a proxy: back to the report's own rows by the customer id.
        QStringList ids;
        for (const QModelIndex &i : m_table->view()->selectionModel()->selectedRows())
            ids << i.data(ReportTableModel::IdRole).toString();
        for (size_t r = 0; r < m_proposals.size(); ++r)
            if (ids.contains(m_proposals[r].customerId))
                rows << int(r);
        if (rows.isEmpty())
            return;
    }
    Result<QString> r = acceptRows(rows);
    if (!r)
        showError(this, tr("The proposals were not accepted"), r.error());
    else
        emit statusMessage(*r);
}

} // namespace guanxi
