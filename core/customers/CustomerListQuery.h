// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KeysetList.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QVariant>

#include <optional>

namespace guanxi {

class Database;

enum class CustomerSortColumn {
    Name,
    Tier,
    Region,
    Industry,
    LastContact
};

struct CustomerFilter {
    enum class Owner {
        Anyone,
        Mine,
        Unowned
    };
    QString text;     // a part of the name, phone (digits) or e-mail
    int tier = -1;    // -1: any
    QString region;   // empty: any
    QString industry; // empty: any
    Owner owner = Owner::Anyone;
    QString stage;          // a LoyaltyStage code; empty: any
    QString tag;            // one whole tag; empty: any
    int silentDays = 0;     // "not contacted for N days", as the user chose it (saved in smart lists)
    qint64 silentSince = 0; // the instant that makes, worked out when the filter is applied; 0: any

    bool operator==(const CustomerFilter &) const = default;
};

struct CustomerListRow {
    QString id;
    QString name;
    QString ownerName;
    int tier = 0;
    QString region;
    QString industry;
    QString phone;
    qint64 lastContactAt = 0;
    QVariant sortKey; // the value of the sort column, for the next page's cursor
};

// The customers list as SQL: filtering, visibility and sorting happen in the database, and pages
// are read by key over the sort column's index (KeysetList).
class CustomerListQuery : public PagedQuery<CustomerListRow> {
public:
    CustomerListQuery(Database &db, const Session &actor, CustomerFilter filter, CustomerSortColumn sort,
                      Qt::SortOrder order);

    Result<qint64> count() override;
    // Up to `limit` rows after the cursor (from it, when `inclusive`); from the start without one.
    Result<QList<CustomerListRow>> fetch(const std::optional<PageCursor> &cursor, bool inclusive, int limit) override;
    Result<std::optional<PageCursor>> rowAt(const std::optional<PageCursor> &from, qint64 offset,
                                            bool backwards) override;
    // Where the customer `id` stands in this list (0-based), or -1 when the filter hides it:
    // one count over the index up to the row's key.
    Result<qint64> positionOf(const QString &id) override;
    PageCursor cursorOf(const CustomerListRow &row) const override { return {row.sortKey, row.id}; }

    // Distinct values for the filter pick lists.
    static Result<QStringList> regions(Database &db);
    static Result<QStringList> industries(Database &db);
    static Result<QStringList> tags(Database &db); // the tags in use, sorted

private:
    KeysetList list() const;
    QString keyExpression() const;
    QString whereClause(QVariantList *binds) const;

    Database &m_db;
    Session m_actor;
    CustomerFilter m_filter;
    CustomerSortColumn m_sort;
    Qt::SortOrder m_order;
};

} // namespace guanxi
