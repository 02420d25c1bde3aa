// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/CustomerProposals.h"
#include "ui/common/AppContext.h"

#include <QWidget>

namespace guanxi {

class ReportView;

// Tier and stage proposals from the orders, and the user's acceptance: all of them, or the rows
// selected. Nothing changes on a card until the user accepts.
class ProposalsWidget : public QWidget {
    Q_OBJECT
public:
    explicit ProposalsWidget(const AppContext &ctx, QWidget *parent = nullptr);

    void run();
    // Accepts the given rows (all when empty); the message says how many changed.
    Result<QString> acceptRows(const QList<int> &rows = {});
    ReportView *table() const { return m_table; }

signals:
    void openCustomer(const QString &customerId);
    void statusMessage(const QString &message);

private:
    void acceptAsked(bool selectedOnly);

    AppContext m_ctx;
    ReportView *m_table;
    std::vector<CustomerProposal> m_proposals;
};

} // namespace guanxi
