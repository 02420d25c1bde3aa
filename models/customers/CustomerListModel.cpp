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
    rebuildQuery();
}

CustomerListModel::~CustomerListModel() = default;

void CustomerListModel::rebuildQuery()
{
    m_query = std::make_unique<CustomerListQuery>(m_db, m_actor, m_filter, sortColumnFor(m_sortColumn), m_order);
    m_pages.clear();
    m_recentPages.clear();
    m_pageStarts.clear();
    m_allStartsLoaded = false;
    Result<qint64> n = m_query->count();
    if (!n) {
        m_count = 0;
        emit errorOccurred(n.error().message);
        return;
    }
    m_count = *n;
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
    return parent.isValid() ? 0 : static_cast<int>(m_count);
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomerListModel::loadPage(int page) const
{
    Result<QList<CustomerListRow>> rows = QList<CustomerListRow>();
    if (page == 0) {
        rows = m_query->fetch(std::nullopt, false, kPageSize);
    } else if (auto prev = m_pages.constFind(page - 1); prev != m_pages.cend() && !prev->isEmpty()) {
        // Scrolling down: continue right after the previous page's last row.
        rows = m_query->fetch(PageCursor{prev->last().sortKey, prev->last().id}, false, kPageSize);
    } else {
        // A jump (a dragged scroll bar): find where the page starts, in one index scan per query.
        if (!m_pageStarts.contains(page) && !m_allStartsLoaded) {
            Result<QList<PageCursor>> starts = m_query->pageStarts(kPageSize);
            if (!starts) {
                emit const_cast<CustomerListModel *>(this)->errorOccurred(starts.error().message);
                return false;
            }
            for (int i = 0; i < starts->size(); ++i)
                m_pageStarts.insert(i, starts->at(i));
            m_allStartsLoaded = true;
        }
        if (!m_pageStarts.contains(page))
            return false;
        rows = m_query->fetch(m_pageStarts.value(page), true, kPageSize);
    }
    if (!rows) {
        emit const_cast<CustomerListModel *>(this)->errorOccurred(rows.error().message);
        return false;
    }
    if (!rows->isEmpty())
        m_pageStarts.insert(page, PageCursor{rows->first().sortKey, rows->first().id});
    m_pages.insert(page, *rows);
    m_recentPages.append(page);
    while (m_recentPages.size() > kMaxCachedPages)
        m_pages.remove(m_recentPages.takeFirst());
    return true;
}

const CustomerListRow *CustomerListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    if (!m_pages.contains(page)) {
        if (!loadPage(page))
            return nullptr;
    } else if (m_recentPages.last() != page) {
        m_recentPages.removeOne(page);
        m_recentPages.append(page);
    }
    const QList<CustomerListRow> &rows = m_pages[page];
    const int offset = row % kPageSize;
    // Rows deleted by someone else since the count: the page is shorter than expected.
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

QString CustomerListModel::idAt(int row) const
{
    const CustomerListRow *r = rowAt(row);
    return r ? r->id : QString();
}

int CustomerListModel::rowOf(const QString &id) const
{
    Result<qint64> pos = m_query->positionOf(id);
    return pos ? static_cast<int>(*pos) : -1;
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
