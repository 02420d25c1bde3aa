// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quotes/QuoteRepository.h"

#include "core/documents/DocumentColumns.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"
#include "core/util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

using QuoteLineRow = documentcolumns::LineRow<QuoteLine>;

// The quotes table, said once: the header every priced document has, and what a quote adds.
const TableDescription<Quote> &table()
{
    using namespace columns;
    using Q = Quote;
    static const TableDescription<Quote> t(
        QStringLiteral("quotes"),
        with(documentcolumns::header<Quote>(QStringLiteral("quote_no")),
             {fixed(valueAt<Q>(QStringLiteral("version"), memberOf(&Q::version))),
              fixed(textAt<Q>(QStringLiteral("issued_on"), memberOf(&Q::issuedOn))),
              referenceAt<Q>(QStringLiteral("price_list_id"), memberOf(&Q::priceListId)),
              textAt<Q>(QStringLiteral("valid_until"), memberOf(&Q::validUntil)),
              convertedAt<Q>(QStringLiteral("status"), memberOf(&Q::status), &quoteStatusCode,
                             [](const QVariant &v) { return quoteStatusFromCode(v.toString()); }),
              convertedAt<Q>(QStringLiteral("approval"), memberOf(&Q::approval), &quoteApprovalCode,
                             [](const QVariant &v) { return quoteApprovalFromCode(v.toString()); }),
              referenceAt<Q>(QStringLiteral("approved_by"), memberOf(&Q::approvedById)),
              joined(QStringLiteral("coalesce(a.display_name, '')"), &Q::approvedByName),
              momentAt<Q>(QStringLiteral("approved_at"), memberOf(&Q::approvedAt)),
              referenceAt<Q>(QStringLiteral("order_id"), memberOf(&Q::orderId)),
              // The decision of the latest approval round, which lists show beside the status.
              {QStringLiteral("(SELECT r.decision FROM quote_approval_requests r WHERE r.quote_id = q.id "
                              "AND r.deleted_at IS NULL ORDER BY r.created_at DESC, r.id DESC LIMIT 1)"),
               ColumnRole::Joined, nullptr, [](Q &q, const QVariant &v) {
                   if (!v.isNull())
                       q.lastDecision = approvalDecisionFromCode(v.toString());
               }}}));
    return t;
}

const TableDescription<QuoteLineRow> &lineTable()
{
    using namespace columns;
    static const TableDescription<QuoteLineRow> t(
        QStringLiteral("quote_lines"),
        with(documentcolumns::lines<QuoteLine>(QStringLiteral("quote_id")),
             {valueAt<QuoteLineRow>(
                 QStringLiteral("floor_price_minor"), [](auto &r) -> auto & { return r.line.floorPriceMinor; })}),
        &QuoteLineRow::stamps);
    return t;
}

QString selectQuotes()
{
    return QStringLiteral("SELECT %1 FROM quotes q%2 LEFT JOIN users a ON a.id = q.approved_by "
                          "WHERE q.deleted_at IS NULL")
        .arg(table().selectList(QStringLiteral("q")), documentcolumns::joins(QStringLiteral("q")));
}

} // namespace

Status QuoteRepository::insert(const Quote &q, const QString &actorId)
{
    if (Status s = table().insert(m_db, q, actorId); !s)
        return s;
    return insertLines(q.id, q.lines, q.createdAt, actorId);
}

Status QuoteRepository::insertLines(const QString &quoteId, const QList<QuoteLine> &lines, qint64 now,
                                    const QString &actorId)
{
    TableDescription<QuoteLineRow>::Inserter inserter(m_db, lineTable());
    for (const QuoteLine &l : lines) {
        // Every save writes the lines anew (replaceLines), each with an id of its own.
        QuoteLineRow row{l, quoteId, Stamps::at(now)};
        row.line.id = newUuid7(now);
        if (Status s = inserter.add(row, actorId); !s)
            return s;
    }
    return {};
}

Result<bool> QuoteRepository::updateHeader(const Quote &q, qint64 expectedVersion, qint64 now, const QString &actorId)
{
    return table().update(m_db, q.id, q, expectedVersion, now, actorId);
}

Status QuoteRepository::replaceLines(const QString &quoteId, const QList<QuoteLine> &lines, qint64 now,
                                     const QString &actorId)
{
    QSqlQuery drop(m_db.sql());
    drop.prepare(QStringLiteral("UPDATE quote_lines SET deleted_at = ?, updated_at = ?, updated_by = ?, "
                                "row_version = row_version + 1 WHERE quote_id = ? AND deleted_at IS NULL"));
    drop.addBindValue(now);
    drop.addBindValue(now);
    drop.addBindValue(sql::nullIfEmpty(actorId));
    drop.addBindValue(quoteId);
    if (!drop.exec())
        return toError(drop);
    return insertLines(quoteId, lines, now, actorId);
}

Result<std::optional<Quote>> QuoteRepository::findById(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectQuotes() + QLatin1String(" AND q.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Quote>();
    Quote quote = table().read(q);
    q.finish();
    Result<QList<QuoteLine>> lines = documentcolumns::readLines(m_db, lineTable(), QStringLiteral("quote_id"), id);
    if (!lines)
        return lines.error();
    quote.lines = *lines;
    return std::optional<Quote>(quote);
}

Result<QList<Quote>> QuoteRepository::list(const QuoteFilter &filter, const QString &visibility,
                                           const QVariantList &visibilityBinds, int limit)
{
    QString where = QStringLiteral(" AND ") + visibility;
    QVariantList binds = visibilityBinds;
    if (!filter.customerId.isEmpty()) {
        where += QStringLiteral(" AND q.customer_id = ?");
        binds.append(filter.customerId);
    }
    if (!filter.opportunityId.isEmpty()) {
        where += QStringLiteral(" AND q.opportunity_id = ?");
        binds.append(filter.opportunityId);
    }
    if (filter.currentOnly)
        where += QStringLiteral(" AND q.status <> 'superseded'");
    binds.append(limit);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(selectQuotes() + where
              + QLatin1String(" ORDER BY q.issued_on DESC, q.quote_no DESC, q.version DESC LIMIT ?"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QList<Quote> out;
    while (q.next())
        out.append(table().read(q));
    return out;
}

KeysetList QuoteRepository::pagedList(const QuoteFilter &filter, const QString &visibility,
                                      const QVariantList &visibilityBinds)
{
    KeysetList l;
    l.from = QStringLiteral("quotes q%1 LEFT JOIN users a ON a.id = q.approved_by")
                 .arg(documentcolumns::joins(QStringLiteral("q")));
    l.countFrom = QStringLiteral("quotes q");
    l.alias = QStringLiteral("q");
    l.selectList = table().selectList(QStringLiteral("q"));
    l.key = QStringLiteral("q.issued_on");
    l.where = QStringLiteral("q.deleted_at IS NULL AND ") + visibility;
    l.binds = visibilityBinds;
    if (!filter.customerId.isEmpty()) {
        l.where += QStringLiteral(" AND q.customer_id = ?");
        l.binds.append(filter.customerId);
    }
    if (!filter.opportunityId.isEmpty()) {
        l.where += QStringLiteral(" AND q.opportunity_id = ?");
        l.binds.append(filter.opportunityId);
    }
    if (filter.currentOnly)
        l.where += QStringLiteral(" AND q.status <> 'superseded'");
    l.order = Qt::DescendingOrder;
    return l;
}

Result<QList<Quote>> QuoteRepository::page(const KeysetList &list, const std::optional<PageCursor> &cursor,
                                           bool inclusive, int limit)
{
    return list.rows<Quote>(m_db, cursor, inclusive, limit, [](const QSqlQuery &q) { return table().read(q); });
}

} // namespace guanxi
