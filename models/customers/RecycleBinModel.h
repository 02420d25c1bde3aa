// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/users/User.h"

#include <QAbstractTableModel>

namespace guanxi {

class Database;
class Clock;

// The customers in the recycle bin that the user may see, newest first. The bin is small (it is
// emptied by restoring, and old entries are kept only as tombstones for sync), so it is read whole,
// up to a limit.
class RecycleBinModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Owner,
        DeletedAt,
        ColumnCount
    };

    RecycleBinModel(Database &db, const Clock &clock, const Session &actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Customer *customerAt(int row) const;

public slots:
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    Database &m_db;
    const Clock &m_clock;
    Session m_actor;
    QList<Customer> m_rows;
};

} // namespace guanxi
