// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KeysetList.h"

#include <QHash>
#include <QList>

#include <cstdlib>
#include <functional>
#include <memory>

namespace guanxi {

// The rows of a long list as a windowed model holds them: counted once, read a page at a time by
// key as the view asks for them, and at most `maxPages` pages kept, so memory stays flat however
// far the user scrolls. Scrolling down continues after the last row read; a jump (a dragged scroll
// bar) finds its page's first row from the nearest row it knows.
template <typename Row> class PagedRows {
public:
    PagedRows(int pageSize, int maxPages)
        : m_pageSize(pageSize)
        , m_maxPages(maxPages)
    {
    }

    // Told of every read that failed (a view's data() cannot return an error).
    void setOnError(std::function<void(const Error &)> onError) { m_onError = std::move(onError); }

    // Starts over on `query`: counts it and forgets every page read. When the count fails (told
    // through setOnError) the list is empty.
    void reset(std::unique_ptr<PagedQuery<Row>> query)
    {
        m_query = std::move(query);
        m_pages.clear();
        m_recent.clear();
        m_starts.clear();
        m_count = 0;
        if (!m_query)
            return;
        Result<qint64> n = m_query->count();
        if (!n) {
            failed(n.error());
            return;
        }
        m_count = *n;
    }

    qint64 count() const { return m_count; }
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }

    // Row `row`, reading its page when needed; null when it could not be read or was deleted by
    // someone else since the count.
    const Row *at(int row)
    {
        if (row < 0 || row >= m_count)
            return nullptr;
        const int page = row / m_pageSize;
        if (!m_pages.contains(page)) {
            if (!load(page))
                return nullptr;
        } else if (m_recent.last() != page) {
            m_recent.removeOne(page);
            m_recent.append(page);
        }
        const QList<Row> &rows = m_pages[page];
        const int offset = row % m_pageSize;
        return offset < rows.size() ? &rows.at(offset) : nullptr;
    }

    // Where the row `id` stands, or -1 when the list does not hold it.
    int rowOf(const QString &id)
    {
        if (!m_query)
            return -1;
        Result<qint64> pos = m_query->positionOf(id);
        if (!pos) {
            failed(pos.error());
            return -1;
        }
        return static_cast<int>(*pos);
    }

private:
    bool failed(const Error &e)
    {
        if (m_onError)
            m_onError(e);
        return false;
    }

    bool load(int page)
    {
        Result<QList<Row>> rows = QList<Row>();
        if (page == 0) {
            rows = m_query->fetch(std::nullopt, false, m_pageSize);
        } else if (auto prev = m_pages.constFind(page - 1); prev != m_pages.cend() && !prev->isEmpty()) {
            rows = m_query->fetch(m_query->cursorOf(prev->last()), false, m_pageSize);
        } else {
            // A jump: the page's first row, found from the nearest row known (the top, the end, or
            // the first row of a page read before), then read by key.
            if (!m_starts.contains(page)) {
                Result<std::optional<PageCursor>> start = findStart(page);
                if (!start)
                    return failed(start.error());
                if (!*start)
                    return false; // past the end: rows deleted since the count
                m_starts.insert(page, **start);
            }
            rows = m_query->fetch(m_starts.value(page), true, m_pageSize);
        }
        if (!rows)
            return failed(rows.error());
        if (!rows->isEmpty()) {
            PageCursor first = m_query->cursorOf(rows->first());
            m_starts.insert(page, first);
        }
        m_pages.insert(page, *rows);
        m_recent.append(page);
        while (m_recent.size() > m_maxPages)
            m_pages.remove(m_recent.takeFirst());
        return true;
    }

    Result<std::optional<PageCursor>> findStart(int page) const
    {
        const qint64 target = qint64(page) * m_pageSize;
        std::optional<PageCursor> from; // the top
        qint64 distance = target;
        bool backwards = false;
        if (m_count - 1 - target < distance) { // the end
            distance = m_count - 1 - target;
            backwards = true;
        }
        for (auto it = m_starts.cbegin(); it != m_starts.cend(); ++it) {
            const qint64 steps = target - qint64(it.key()) * m_pageSize;
            if (std::abs(steps) < distance) {
                from = it.value();
                distance = std::abs(steps);
                backwards = steps < 0;
            }
        }
        return m_query->rowAt(from, distance, backwards);
    }

    int m_pageSize;
    int m_maxPages;
    std::unique_ptr<PagedQuery<Row>> m_query;
    qint64 m_count = 0;
    QHash<int, QList<Row>> m_pages;
    QList<int> m_recent;             // least recently used first
    QHash<int, PageCursor> m_starts; // the first rows of pages read or found
    std::function<void(const Error &)> m_onError;
};

} // namespace guanxi
