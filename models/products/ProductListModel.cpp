// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/products/ProductListModel.h"

#include "core/money/Money.h"

#include <QColor>
#include <QLocale>

namespace guanxi {

ProductListModel::ProductListModel(Database &db, const Clock &clock, const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(db, clock)
    , m_session(session)
{
    m_columns = {Code, Name, Category, Specification, Unit, ListPrice, FloorPrice, TaxRate};
    if (ProductService::maySeeCost(session))
        m_columns << Cost << Margin;
    m_columns << Active;
}

bool ProductListModel::reload(const ProductFilter &filter)
{
    Result<QList<Product>> products = m_service.list(m_session, filter);
    beginResetModel();
    m_products = products ? *products : QList<Product>();
    endResetModel();
    if (!products)
        m_error = products.error();
    return bool(products);
}

const Product *ProductListModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int ProductListModel::rowOf(const QString &productId) const
{
    for (int r = 0; r < m_products.size(); ++r)
        if (m_products.at(r).id == productId)
            return r;
    return -1;
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

int ProductListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    const Product *p = index.isValid() ? productAt(index.row()) : nullptr;
    if (!p || index.column() >= m_columns.size())
        return {};
    const ProductDraft &d = p->fields;
    const Column c = m_columns.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool number = c == ListPrice || c == FloorPrice || c == TaxRate || c == Cost || c == Margin;
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::ForegroundRole && !d.active)
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (c) {
    case Code:
        return d.code;
    case Name:
        return d.name;
    case Category:
        return d.category;
    case Specification:
        return d.specification;
    case Unit:
        return d.unit;
    case ListPrice:
        return MoneyText::formatWithSymbol({d.listPriceMinor, d.currency});
    case FloorPrice:
        return d.floorPriceMinor > 0 ? MoneyText::formatWithSymbol({d.floorPriceMinor, d.currency}) : QString();
    case TaxRate:
        return QStringLiteral("%1 %").arg(QLocale().toString(d.taxRateBasisPoints / 100.0, 'g', 4));
    case Cost:
        return d.costMinor > 0 ? MoneyText::formatWithSymbol({d.costMinor, d.currency}) : QString();
    case Margin:
        // (list − cost) ÷ list, shown only when both are known.
        if (d.listPriceMinor <= 0 || d.costMinor <= 0)
            return QString();
        return QStringLiteral("%1 %").arg(QLocale().toString(100.0 * static_cast<double>(d.listPriceMinor - d.costMinor)
                                                                 / static_cast<double>(d.listPriceMinor),
                                                             'f', 1));
    case Active:
        return d.active ? tr("Offered") : tr("Not offered");
    }
    return {};
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return {};
    switch (m_columns.at(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case Specification:
        return tr("Specification");
    case Unit:
        return tr("Unit");
    case ListPrice:
        return tr("List price");
    case FloorPrice:
        return tr("Floor price");
    case TaxRate:
        return tr("Tax rate");
    case Cost:
        return tr("Cost");
    case Margin:
        return tr("Margin");
    case Active:
        return tr("Status");
    }
    return {};
}

} // namespace guanxi
