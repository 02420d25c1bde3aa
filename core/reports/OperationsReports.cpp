// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/OperationsReports.h"

#include "core/analytics/ChurnRisk.h"
#include "core/analytics/RfmAnalysis.h"
#include "core/i18n/DateTimeText.h"
#include "core/reports/ComparisonPeriod.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/timeline/Interaction.h"
#include "core/users/AccessPolicy.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <array>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

Result<ReportTable> OperationsReports::receivablesAgeing(Database &db, const Session &actor, const QDate &asOf,
                                                         const QString &currency)
{
    if (!asOf.isValid())
        return Error{ErrorCode::Invalid, tr("The report needs a day (yyyy-MM-dd)."), {}, QStringLiteral("asOf")};
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &binds);
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral(
            "SELECT coalesce(u.display_name, '') AS person, "
            "  CAST(julianday(?) - julianday(r.due_on) AS INTEGER) AS days_late, "
            "  r.amount_minor - coalesce((SELECT sum(p.amount_minor) FROM payments p WHERE p.receivable_id = r.id "
            "      AND p.deleted_at IS NULL AND p.paid_on <= ?), 0) AS open_minor "
            "FROM receivables r JOIN orders o ON o.id = r.order_id LEFT JOIN users u ON u.id = o.owner_id "
            "WHERE r.deleted_at IS NULL AND r.currency = ? AND o.deleted_at IS NULL AND o.status <> 'cancelled' "
            "  AND %1")
            .arg(visible));
    q.addBindValue(asOf.toString(Qt::ISODate));
    q.addBindValue(asOf.toString(Qt::ISODate));
    q.addBindValue(currency);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QMap<QString, std::array<qint64, 6>> byPerson; // not due, 0–30, 31–60, 61–90, 90+, total
    std::array<qint64, 6> total{};
    for (const ResultRow r(q); q.next();) {
        const qint64 open = r.integer("open_minor"_L1);
        if (open <= 0)
            continue;
        const int late = r.number("days_late"_L1);
        const int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
        auto &row = byPerson[r.text("person"_L1)];
        row[size_t(bucket)] += open;
        row[5] += open;
        total[size_t(bucket)] += open;
        total[5] += open;
    }
    ReportTable t;
    t.title = tr("Receivables ageing");
    t.subtitle = tr("Open on %1, %2, by days past due").arg(DateTimeText::date(asOf), currency);
    t.currency = currency;
    t.columns = {{QStringLiteral("salesperson"), tr("Salesperson"), ReportValue::Text},
                 {QStringLiteral("not_due_minor"), tr("Not yet due"), ReportValue::Money},
                 {QStringLiteral("days_0_30_minor"), tr("0–30 days"), ReportValue::Money},
                 {QStringLiteral("days_31_60_minor"), tr("31–60 days"), ReportValue::Money},
                 {QStringLiteral("days_61_90_minor"), tr("61–90 days"), ReportValue::Money},
                 {QStringLiteral("days_over_90_minor"), tr("Over 90 days"), ReportValue::Money},
                 {QStringLiteral("open_minor"), tr("Open in all"), ReportValue::Money}};
    const auto add = [&](const QString &name, const std::array<qint64, 6> &v) {
        t.rows.append({name, v[0], v[1], v[2], v[3], v[4], v[5]});
        t.ids.append(QString());
    };
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it)
        add(it.key().isEmpty() ? tr("(nobody)") : it.key(), it.value());
    add(tr("Total"), total);
    t.summaryRows = 1;
    t.chartColumn = int(t.columns.size()) - 1; // what is open in all
    return t;
}

Result<ReportTable> OperationsReports::activity(Database &db, const Session &actor, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{ErrorCode::Invalid,
                     tr("The period needs a first and a last day, in that order."),
                     {},
                     QStringLiteral("period")};
    const QList<InteractionKind> kinds{InteractionKind::Call, InteractionKind::Visit, InteractionKind::Meeting,
                                       InteractionKind::Email, InteractionKind::WeChat};
    QVariantList binds;
    const QString people = AccessPolicy(actor).reachClause(QStringLiteral("u"), &binds);
    QSqlQuery q(db.sql());
    // Counted per author and kind first (in the index's order), then joined to the people.
    q.prepare(QStringLiteral(
                  "SELECT u.display_name AS person, a.kind, a.n FROM ("
                  "  SELECT i.author_id, i.kind, count(*) AS n FROM interactions i INDEXED BY interactions_by_author "
                  "  WHERE i.deleted_at IS NULL AND i.kind <> 'system' AND i.occurred_at >= ? AND i.occurred_at < ? "
                  "  GROUP BY 1, 2) a JOIN users u ON u.id = a.author_id WHERE %1")
                  .arg(people));
    q.addBindValue(from.startOfDay().toMSecsSinceEpoch());
    q.addBindValue(to.addDays(1).startOfDay().toMSecsSinceEpoch());
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QMap<QString, QHash<QString, qint64>> counts;
    for (const ResultRow r(q); q.next();)
        counts[r.text("person"_L1)][r.text("kind"_L1)] += r.integer("n"_L1);
    ReportTable t;
    t.title = tr("Activity");
    t.subtitle = tr("Touch points logged from %1 to %2").arg(DateTimeText::date(from), DateTimeText::date(to));
    t.columns = {{QStringLiteral("person"), tr("Person"), ReportValue::Text}};
    for (InteractionKind k : kinds)
        t.columns.append({codeOf(k), displayName(k), ReportValue::Integer});
    t.columns += {{QStringLiteral("other"), tr("Other"), ReportValue::Integer},
                  {QStringLiteral("total"), tr("Total"), ReportValue::Integer}};
    std::vector<qint64> sums(size_t(kinds.size()) + 2, 0);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QVariantList row{it.key()};
        qint64 all = 0, known = 0;
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            const qint64 n = it.value().value(codeOf(kinds[k]));
            row << n;
            known += n;
            sums[size_t(k)] += n;
        }
        for (const qint64 n : it.value())
            all += n;
        row << all - known << all;
        sums[size_t(kinds.size())] += all - known;
        sums[size_t(kinds.size()) + 1] += all;
        t.rows.append(row);
        t.ids.append(QString());
    }
    QVariantList total{tr("Total")};
    for (qint64 n : sums)
        total << n;
    t.rows.append(total);
    t.ids.append(QString());
    t.summaryRows = 1;
    t.chartColumn = int(t.columns.size()) - 1; // all touch points per person
    return t;
}

Result<ReportTable> OperationsReports::churnRisk(Database &db, const Clock &clock, const Session &actor)
{
    Result<std::vector<ChurnCandidate>> list = ChurnRisk::list(db, clock, actor, false);
    if (!list)
        return list.error();
    ReportTable t;
    t.title = tr("Churn risk");
    t.subtitle = tr("Customers buying much later than usual, or unlikely to be still active");
    t.columns = {{QStringLiteral("customer"), tr("Customer"), ReportValue::Text},
                 {QStringLiteral("owner"), tr("Owner"), ReportValue::Text},
                 {QStringLiteral("last_order"), tr("Last order"), ReportValue::Text},
                 {QStringLiteral("order_days"), tr("Order days"), ReportValue::Integer},
                 {QStringLiteral("usual_interval_days"), tr("Usual interval (days)"), ReportValue::Integer},
                 {QStringLiteral("silent_days"), tr("Silent (days)"), ReportValue::Integer},
                 {QStringLiteral("probability_alive"), tr("Probability active"), ReportValue::Percent},
                 {QStringLiteral("why"), tr("Why"), ReportValue::Text}};
    for (const ChurnCandidate &c : *list) {
        t.rows.append({c.name, c.ownerName, c.lastOrder.toString(Qt::ISODate), c.purchaseDays,
                       qint64(qRound(c.usualIntervalDays)), c.silentDays,
                       c.probabilityAlive >= 0 ? QVariant(c.probabilityAlive) : QVariant(), c.reason});
        t.ids.append(c.customerId);
    }
    t.chartColumn = 5; // days silent
    t.notes
        << tr("At risk: silent for more than twice the customer's own mean interval between order days, or less than "
              "%1 % likely to be still active by the lifetime-value models (when fitted).")
               .arg(int(ChurnRisk::kAliveThreshold * 100));
    return t;
}

Result<ReportTable> OperationsReports::segmentMigration(Database &db, const Session &actor, const QDate &from,
                                                        const QDate &to, const QString &currency)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{ErrorCode::Invalid,
                     tr("The period needs a first and a last day, in that order."),
                     {},
                     QStringLiteral("period")};
    const ComparisonPeriod previous = ComparisonPeriod::before(from, to);
    const QDate beforeFrom = previous.from, beforeTo = previous.to;
    Result<RfmResult> before = RfmAnalysis::run(db, actor, beforeFrom, beforeTo, currency);
    if (!before)
        return before.error();
    Result<RfmResult> now = RfmAnalysis::run(db, actor, from, to, currency);
    if (!now)
        return now.error();
    constexpr int n = kRfmSegmentCount;
    QHash<QString, int> nowSegment;
    for (const RfmCustomer &c : now->customers)
        nowSegment.insert(c.revenue.customerId, int(c.segment));
    // Counts: from each earlier segment to each segment now, or to "no purchase" (column n).
    std::array<std::array<qint64, n + 1>, n> moves{};
    for (const RfmCustomer &c : before->customers)
        ++moves[size_t(c.segment)][size_t(nowSegment.value(c.revenue.customerId, n))];
    std::array<qint64, n> newcomers{};
    QSet<QString> earlier;
    for (const RfmCustomer &c : before->customers)
        earlier.insert(c.revenue.customerId);
    for (const RfmCustomer &c : now->customers)
        if (!earlier.contains(c.revenue.customerId))
            ++newcomers[size_t(c.segment)];

    ReportTable t;
    t.title = tr("RFM segment migration");
    t.subtitle = tr("From %1 – %2 to %3 – %4, %5")
                     .arg(DateTimeText::date(beforeFrom), DateTimeText::date(beforeTo), DateTimeText::date(from),
                          DateTimeText::date(to), currency);
    t.currency = currency;
    t.columns = {{QStringLiteral("from_segment"), tr("Earlier segment"), ReportValue::Text},
                 {QStringLiteral("customers"), tr("Customers"), ReportValue::Integer}};
    for (RfmSegment s : rfmSegments())
        t.columns.append({QStringLiteral("to_") + codeOf(s), displayName(s), ReportValue::Percent});
    t.columns.append({QStringLiteral("to_none"), tr("No purchase now"), ReportValue::Percent});
    // The transition probabilities among those who stayed in the customer base, for the projection.
    std::array<std::array<double, n>, n> p{};
    for (int i = 0; i < n; ++i) {
        qint64 rowTotal = 0, stayed = 0;
        for (int j = 0; j <= n; ++j)
            rowTotal += moves[size_t(i)][size_t(j)];
        for (int j = 0; j < n; ++j)
            stayed += moves[size_t(i)][size_t(j)];
        QVariantList row{displayName(RfmSegment(i)), rowTotal};
        for (int j = 0; j <= n; ++j)
            row << (rowTotal > 0 ? QVariant(double(moves[size_t(i)][size_t(j)]) / double(rowTotal)) : QVariant());
        for (int j = 0; j < n; ++j)
            p[size_t(i)][size_t(j)] =
                stayed > 0 ? double(moves[size_t(i)][size_t(j)]) / double(stayed) : (i == j ? 1.0 : 0.0);
        t.rows.append(row);
        t.ids.append(QString()); // a matrix row leads to no single record
    }
    // The mix now, and the mix next period if customers keep moving the same way (newcomers aside).
    QVariantList mixNow{tr("Mix now"), qint64(now->customers.size())},
        projected{tr("Projected next period"), qint64(now->customers.size())};
    std::array<double, n> share{};
    for (int i = 0; i < n; ++i)
        share[size_t(i)] =
            now->customers.empty() ? 0.0 : double(now->segments[size_t(i)].customers) / double(now->customers.size());
    for (int j = 0; j < n; ++j) {
        double next = 0;
        for (int i = 0; i < n; ++i)
            next += share[size_t(i)] * p[size_t(i)][size_t(j)];
        mixNow << share[size_t(j)];
        projected << next;
    }
    mixNow << QVariant();
    projected << QVariant();
    t.rows.append(mixNow);
    t.ids.append(QString());
    t.rows.append(projected);
    t.ids.append(QString());
    t.summaryRows = 2;
    qint64 fresh = 0;
    for (qint64 c : newcomers)
        fresh += c;
    t.notes << tr("Each row: where the customers of an earlier segment are now, as shares of that segment (a Markov "
                  "transition matrix). The projection applies the moves of those who stayed to today's mix. %1 "
                  "customers bought now who had not bought in the earlier window.")
                   .arg(fresh);
    return t;
}

} // namespace guanxi
