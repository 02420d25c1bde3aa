// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/opportunities/FunnelReport.h"

#include <QAbstractTableModel>

namespace guanxi {

// The forecast by month: open deals weighted by their probability, the same unweighted, and what
// was won. The chart's bar sets are mapped from the EditRole numbers (in major units).
class ForecastModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Month,
        Weighted,
        Open,
        Won,
        ColumnCount
    };

    explicit ForecastModel(QObject *parent = nullptr);

    void setReport(const FunnelReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_currency;
    QList<ForecastMonth> m_months;
};

} // namespace guanxi
