// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quotas/Quota.h"

#include <QAbstractTableModel>
#include <QList>

namespace guanxi {

// Each salesperson's quota for the period against what they won.
class QuotaAttainmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Person,
        QuotaAmount,
        WonAmount,
        Attainment,
        ColumnCount
    };

    explicit QuotaAttainmentModel(QObject *parent = nullptr);

    void setRows(QList<QuotaAttainment> rows, const QString &currency);
    const QuotaAttainment *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_currency;
    QList<QuotaAttainment> m_rows;
};

} // namespace guanxi
