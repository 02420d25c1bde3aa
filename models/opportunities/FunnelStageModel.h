// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/FunnelReport.h"

#include <QAbstractTableModel>

namespace guanxi {

// The funnel's figures per stage, for the table under the funnel chart and the chart itself:
// deals now in the stage, their amount and weighted amount, how many got this far, and the
// conversion on to the next stage.
class FunnelStageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Stage,
        Deals,
        Amount,
        Weighted,
        Reached,
        ConversionToNext,
        ColumnCount
    };

    explicit FunnelStageModel(QObject *parent = nullptr);

    void setReport(const FunnelReport &report);
    const FunnelReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FunnelReport m_report;
};

} // namespace guanxi
