// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workbench/TeamWorkbench.h"

#include <QAbstractTableModel>

namespace guanxi {

// The manager's workbench as a table: one line per person, the pipeline by stage, then follow-ups,
// dormant customers, quota and receivables. The stage columns follow the funnel's open stages.
class TeamOverviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Person,
        OpenDeals,
        Pipeline,
        Weighted
    }; // then one per stage, then the rest
    enum TailColumn {
        OverdueFollowUps,
        Dormant,
        Quota,
        Won,
        Attainment,
        Receivables,
        OverdueReceivables,
        TailCount
    };
    enum Role {
        UserIdRole = Qt::UserRole + 1
    };

    explicit TeamOverviewModel(QObject *parent = nullptr);

    void setOverview(TeamOverview overview);
    const TeamOverview &overview() const { return m_overview; }
    int tailColumn(TailColumn c) const { return 4 + int(m_overview.stages.size()) + c; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TeamOverview m_overview;
};

} // namespace guanxi
