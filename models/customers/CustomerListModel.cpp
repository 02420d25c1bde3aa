// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customers/CustomerListModel.h"

#include "core/customers/Customer.h"
#include "core/i18n/DateTimeText.h"

#include <QDateTime>
#include <QLocale>

namespace guanxi {

namespace {

CustomerSortColumn sortColumnFor(int column)
{
    switch (column) {
    case CustomerListModel::Tier:
        return CustomerSortColumn::Tier;
    case CustomerListModel::Region:
        return CustomerSortColumn::Region;
    case CustomerListModel::Industry:
        return CustomerSortColumn::Industry;
    case CustomerListModel::LastContact:
        return CustomerSortColumn::LastContact;
    default:
        return CustomerSortColumn::Name;
    }
}

} // namespace

CustomerListModel::CustomerListModel(Database &db, const Session &actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_actor(actor)
{
    m_rows.setOnError([this](const Error &e) { emit errorOccurred(e.message); });
    rebuildQuery();
}

CustomerListModel::~CustomerListModel() = default;

void CustomerListModel::rebuildQuery()
{
    m_rows.reset(std::make_unique<CustomerListQuery>(m_db, m_actor, m_filter, sortColumnFor(m_sortColumn), m_order));
}

void CustomerListModel::refresh()
{
    beginResetModel();
    rebuildQuery();
    endResetModel();
}

void CustomerListModel::setFilter(const CustomerFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

bool CustomerListModel::isSortable(int column)
{
    return column == Name || column == Tier || column == Region || column == Industry || column == LastContact;
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_order))
        return;
    m_sortColumn = column;
    m_order = order;
    refresh();
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.count());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CustomerListRow *CustomerListModel::rowAt(int row) const
{
    return m_rows.at(row);
}

QString CustomerListModel::idAt(int row) const
{
    const CustomerListRow *r = rowAt(row);
    return r ? r->id : QString();
}

int CustomerListModel::rowOf(const QString &id) const
{
    return m_rows.rowOf(id);
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != IdRole && role != Qt::ToolTipRole)
        return {};
    const CustomerListRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    switch (index.column()) {
    case Name:
        return r->name;
    case Owner:
        return r->ownerName.isEmpty() ? tr("(public pool)") : r->ownerName;
    case Tier:
        return tierDisplayName(static_cast<guanxi::Tier>(r->tier));
    case Region:
        return r->region;
    case Industry:
        return r->industry;
    case Phone:
        return r->phone;
    case LastContact:
        if (r->lastContactAt <= 0)
            return role == Qt::ToolTipRole ? tr("Never contacted") : QVariant(QString());
        return DateTimeText::dateOfMs(r->lastContactAt);
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Owner:
        return tr("Owner");
    case Tier:
        return tr("Tier");
    case Region:
        return tr("Region");
    case Industry:
        return tr("Industry");
    case Phone:
        return tr("Phone");
    case LastContact:
        return tr("Last contact");
    }
    return {};
}

} // namespace guanxi
