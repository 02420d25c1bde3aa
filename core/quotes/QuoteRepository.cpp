// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quotes/QuoteRepository.h"

#include "core/documents/DocumentLineColumns.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"
#include "core/util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

const QStringList kHeader = {
    QStringLiteral("contact_id"),  QStringLiteral("opportunity_id"), QStringLiteral("price_list_id"),
    QStringLiteral("valid_until"), QStringLiteral("currency"),       QStringLiteral("prices_include_tax"),
    QStringLiteral("terms"),       QStringLiteral("notes"),          QStringLiteral("status"),
    QStringLiteral("approval"),    QStringLiteral("approved_by"),    QStringLiteral("approved_at"),
    QStringLiteral("net_minor"),   QStringLiteral("tax_minor"),      QStringLiteral("total_minor"),
    QStringLiteral("order_id")};

QVariantList headerValues(const Quote &q)
{
    return {sql::nullIfEmpty(q.contactId),
            sql::nullIfEmpty(q.opportunityId),
            sql::nullIfEmpty(q.priceListId),
            sql::text(q.validUntil),
            q.currency,
            q.pricesIncludeTax ? 1 : 0,
            sql::text(q.terms),
            sql::text(q.notes),
            quoteStatusCode(q.status),
            quoteApprovalCode(q.approval),
            sql::nullIfEmpty(q.approvedById),
            q.approvedAt > 0 ? QVariant(q.approvedAt) : QVariant(QMetaType::fromType<qint64>()),
            q.totals.net,
            q.totals.tax,
            q.totals.total,
            sql::nullIfEmpty(q.orderId)};
}

const char *const kSelect =
    "SELECT q.id, q.quote_no, q.version, q.customer_id, coalesce(c.name, ''), coalesce(q.contact_id, ''), "
    "       coalesce(ct.name, ''), coalesce(q.opportunity_id, ''), coalesce(q.owner_id, ''), coalesce(u.display_name, ''), "
    "       coalesce(u.department_id, ''), coalesce(q.price_list_id, ''), q.issued_on, q.valid_until, q.currency, "
    "       q.prices_include_tax, q.terms, q.notes, q.status, q.approval, coalesce(q.approved_by, ''), "
    "       coalesce(a.display_name, ''), coalesce(q.approved_at, 0), q.net_minor, q.tax_minor, q.total_minor, "
    "       coalesce(q.order_id, ''), q.created_at, q.updated_at, q.row_version, "
    "       (SELECT r.decision FROM quote_approval_requests r WHERE r.quote_id = q.id AND r.deleted_at IS NULL "
    "        ORDER BY r.created_at DESC, r.id DESC LIMIT 1) "
    "FROM quotes q LEFT JOIN customers c ON c.id = q.customer_id LEFT JOIN contacts ct ON ct.id = q.contact_id "
    "LEFT JOIN users u ON u.id = q.owner_id LEFT JOIN users a ON a.id = q.approved_by "
    "WHERE q.deleted_at IS NULL";

Quote quoteFrom(const QSqlQuery &r)
{
    Quote q;
    int i = 0;
    q.id = r.value(i++).toString();
    q.number = r.value(i++).toString();
    q.version = r.value(i++).toInt();
    q.customerId = r.value(i++).toString();
    q.customerName = r.value(i++).toString();
    q.contactId = r.value(i++).toString();
    q.contactName = r.value(i++).toString();
    q.opportunityId = r.value(i++).toString();
    q.ownerId = r.value(i++).toString();
    q.ownerName = r.value(i++).toString();
    q.ownerDepartmentId = r.value(i++).toString();
    q.priceListId = r.value(i++).toString();
    q.issuedOn = r.value(i++).toString();
    q.validUntil = r.value(i++).toString();
    q.currency = r.value(i++).toString();
    q.pricesIncludeTax = r.value(i++).toInt() != 0;
    q.terms = r.value(i++).toString();
    q.notes = r.value(i++).toString();
    q.status = quoteStatusFromCode(r.value(i++).toString());
    q.approval = quoteApprovalFromCode(r.value(i++).toString());
    q.approvedById = r.value(i++).toString();
    q.approvedByName = r.value(i++).toString();
    q.approvedAt = r.value(i++).toLongLong();
    q.totals.net = r.value(i++).toLongLong();
    q.totals.tax = r.value(i++).toLongLong();
    q.totals.total = r.value(i++).toLongLong();
    q.orderId = r.value(i++).toString();
    q.createdAt = r.value(i++).toLongLong();
    q.updatedAt = r.value(i++).toLongLong();
    q.rowVersion = r.value(i++).toLongLong();
    const QVariant decision = r.value(i++);
    if (!decision.isNull())
        q.lastDecision = approvalDecisionFromCode(decision.toString());
    return q;
}

} // namespace

Status QuoteRepository::insert(const Quote &q, const QString &actorId)
{
    QSqlQuery ins(m_db.sql());
    ins.prepare(QStringLiteral("INSERT INTO quotes (id, quote_no, version, customer_id, owner_id, issued_on, %1, "
                               "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, %2?, ?, ?)")
                    .arg(kHeader.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(kHeader.size())));
    ins.addBindValue(q.id);
    ins.addBindValue(q.number);
    ins.addBindValue(q.version);
    ins.addBindValue(q.customerId);
    ins.addBindValue(sql::nullIfEmpty(q.ownerId));
    ins.addBindValue(q.issuedOn);
    for (const QVariant &v : headerValues(q))
        ins.addBindValue(v);
    ins.addBindValue(q.createdAt);
    ins.addBindValue(q.createdAt);
    ins.addBindValue(sql::nullIfEmpty(actorId));
    if (!ins.exec())
        return toError(ins);
    return insertLines(q.id, q.lines, q.createdAt, actorId);
}

Status QuoteRepository::insertLines(const QString &quoteId, const QList<QuoteLine> &lines, qint64 now,
                                    const QString &actorId)
{
    QSqlQuery ins(m_db.sql());
    ins.prepare(QStringLiteral(
        "INSERT INTO quote_lines (id, quote_id, position, product_id, product_code, description, specification, unit, "
        "quantity_milli, unit_price_minor, discount_bp, tax_rate_bp, floor_price_minor, gross_minor, discount_minor, "
        "net_minor, tax_minor, total_minor, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QuoteLine &l : lines) {
        const QVariantList values = {newUuid7(now),
                                     quoteId,
                                     l.position,
                                     sql::nullIfEmpty(l.productId),
                                     sql::text(l.productCode),
                                     l.description,
                                     sql::text(l.specification),
                                     sql::text(l.unit),
                                     l.quantityMilli,
                                     l.unitPriceMinor,
                                     l.discountBasisPoints,
                                     l.taxRateBasisPoints,
                                     l.floorPriceMinor,
                                     l.amounts.gross,
                                     l.amounts.discount,
                                     l.amounts.net,
                                     l.amounts.tax,
                                     l.amounts.total,
                                     now,
                                     now,
                                     sql::nullIfEmpty(actorId)};
        for (const QVariant &v : values)
            ins.addBindValue(v);
        if (!ins.exec())
            return toError(ins);
    }
    return {};
}

Result<bool> QuoteRepository::updateHeader(const Quote &q, qint64 expectedVersion, qint64 now, const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("quotes"), kHeader, headerValues(q), q.id, expectedVersion, now,
                           actorId);
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
    q.prepare(QLatin1String(kSelect) + QLatin1String(" AND q.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Quote>();
    Quote quote = quoteFrom(q);
    QSqlQuery l(m_db.sql());
    l.prepare(QStringLiteral("SELECT %1, floor_price_minor FROM quote_lines "
                             "WHERE quote_id = ? AND deleted_at IS NULL ORDER BY position")
                  .arg(documentLineColumns(QString())));
    l.addBindValue(id);
    if (!l.exec())
        return toError(l);
    while (l.next()) {
        QuoteLine line;
        const int i = readDocumentLineColumns(l, &line);
        line.floorPriceMinor = l.value(i).toLongLong();
        quote.lines.append(line);
    }
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
    q.prepare(QLatin1String(kSelect) + where
              + QLatin1String(" ORDER BY q.issued_on DESC, q.quote_no DESC, q.version DESC LIMIT ?"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QList<Quote> out;
    while (q.next())
        out.append(quoteFrom(q));
    return out;
}

} // namespace guanxi
