// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace guanxi {

class Database;

// Where a page starts: the sort key and id of a row.
struct PageCursor {
    QVariant key;
    QString id;
};

// One list as SQL, read a page at a time by key: ((key, id) > (?, ?) over an index that holds the
// key and the id, never with a large OFFSET), so reading page 400 costs what reading page 1 costs,
// at 100,000 rows or at a million. A repository fills one in for its list (customers, orders,
// quotes) and reads its rows its own way; the paging SQL is written here once.
struct KeysetList {
    QString from;       // the table with its alias and the joins the rows need
    QString countFrom;  // the same without the joins that cannot change the count (often the table alone)
    QString alias;      // the alias of the table whose id breaks ties
    QString selectList; // what a row reads; the key is added as `sort_key`
    QString key;        // the sort key, an expression over the table the index holds
    QString where;      // filters and visibility, "1" for none
    QVariantList binds; // the values of `where`'s placeholders, in order
    Qt::SortOrder order = Qt::AscendingOrder;

    Result<qint64> count(Database &db) const;
    // Up to `limit` rows after `cursor` (from it, when `inclusive`), or from the start; `each` reads
    // the current row of the query (`sort_key` among its columns).
    Status fetch(Database &db, const std::optional<PageCursor> &cursor, bool inclusive, int limit,
                 const std::function<void(const QSqlQuery &)> &each) const;
    // The same, each row made by `read` (a repository's TableDescription::read).
    template <typename Row, typename Read>
    Result<QList<Row>> rows(Database &db, const std::optional<PageCursor> &cursor, bool inclusive, int limit,
                            Read read) const
    {
        QList<Row> out;
        if (Status s = fetch(db, cursor, inclusive, limit, [&](const QSqlQuery &q) { out.append(read(q)); }); !s)
            return s.error();
        return out;
    }
    // The row `offset` rows on from `start` (`start` itself at 0; the first row without it), counted
    // in the list's order, or against it with `backwards` (from the last row without `start`), or
    // none past the end. A jump (a dragged scroll bar) starts from the nearest row it knows, so it
    // steps over at most half the list in the index, and usually much less.
    Result<std::optional<PageCursor>> rowAt(Database &db, const std::optional<PageCursor> &start, qint64 offset,
                                            bool backwards) const;
    // Where row `id` stands in the list (0-based), or -1 when the list does not hold it.
    Result<qint64> positionOf(Database &db, const QString &id) const;
};

// A list that a windowed model reads a page at a time (models/common/PagedRows.h).
template <typename Row> class PagedQuery {
public:
    virtual ~PagedQuery() = default;
    virtual Result<qint64> count() = 0;
    virtual Result<QList<Row>> fetch(const std::optional<PageCursor> &cursor, bool inclusive, int limit) = 0;
    virtual Result<std::optional<PageCursor>> rowAt(const std::optional<PageCursor> &from, qint64 offset,
                                                    bool backwards) = 0;
    virtual Result<qint64> positionOf(const QString &id) = 0;
    // The cursor that starts right after `row`.
    virtual PageCursor cursorOf(const Row &row) const = 0;
};

// A PagedQuery over a KeysetList whose rows a repository reads (OrderRepository::page): what a
// service hands a windowed model, with the actor's visibility already in the list.
template <typename Row> class KeysetPagedQuery : public PagedQuery<Row> {
public:
    using ReadPage =
        std::function<Result<QList<Row>>(const KeysetList &, const std::optional<PageCursor> &, bool, int)>;
    using CursorOf = std::function<PageCursor(const Row &)>;

    KeysetPagedQuery(Database &db, KeysetList list, ReadPage read, CursorOf cursor)
        : m_db(db)
        , m_list(std::move(list))
        , m_read(std::move(read))
        , m_cursor(std::move(cursor))
    {
    }

    Result<qint64> count() override { return m_list.count(m_db); }
    Result<QList<Row>> fetch(const std::optional<PageCursor> &cursor, bool inclusive, int limit) override
    {
        return m_read(m_list, cursor, inclusive, limit);
    }
    Result<std::optional<PageCursor>> rowAt(const std::optional<PageCursor> &from, qint64 offset,
                                            bool backwards) override
    {
        return m_list.rowAt(m_db, from, offset, backwards);
    }
    Result<qint64> positionOf(const QString &id) override { return m_list.positionOf(m_db, id); }
    PageCursor cursorOf(const Row &row) const override { return m_cursor(row); }

private:
    Database &m_db;
    KeysetList m_list;
    ReadPage m_read;
    CursorOf m_cursor;
};

// The PagedQuery over `list` whose pages `Repository(db).page(…)` reads, a row's key given by
// `cursorOf`: how a service hands a model its windowed list (OrderService::pagedList).
template <typename Repository, typename Row>
std::unique_ptr<PagedQuery<Row>> pagedQueryOf(Database &db, KeysetList list,
                                              std::function<PageCursor(const Row &)> cursorOf)
{
    Database *source = &db;
    return std::make_unique<KeysetPagedQuery<Row>>(
        db, std::move(list),
        [source](const KeysetList &l, const std::optional<PageCursor> &cursor, bool inclusive, int limit) {
            return Repository(*source).page(l, cursor, inclusive, limit);
        },
        std::move(cursorOf));
}

} // namespace guanxi
