// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customers/RecycleBinModel.h"

#include "core/customers/CustomerService.h"
#include "core/i18n/DateTimeText.h"

#include <QDateTime>
#include <QLocale>

namespace guanxi {

RecycleBinModel::RecycleBinModel(Database &db, const Clock &clock, const Session &actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(actor)
{
    reload();
}

void RecycleBinModel::reload()
{
    beginResetModel();
    Result<QList<Customer>> rows = CustomerService(m_db, m_clock).recycleBin(m_actor);
    m_rows = rows ? *rows : QList<Customer>();
    endResetModel();
    if (!rows)
        emit errorOccurred(rows.error().message);
}

int RecycleBinModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecycleBinModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Customer *RecycleBinModel::customerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant RecycleBinModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const Customer &c = m_rows.at(index.row());
    switch (index.column()) {
    case Name:
        return c.fields.name;
    case Owner:
        return c.ownerName;
    case DeletedAt:
        return DateTimeText::dateTimeOfMs(c.deletedAt);
    }
    return {};
}

QVariant RecycleBinModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Owner:
        return tr("Owner");
    case DeletedAt:
        return tr("Deleted");
    }
    return {};
}

} // namespace guanxi
