// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/PipelineReports.h"

#include "core/i18n/DateTimeText.h"
#include "core/money/Quantities.h"
#include "core/opportunities/OpportunityService.h"
#include "core/quotas/QuotaService.h"
#include "core/reports/ComparisonPeriod.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kDayMs = 24.0 * 3600 * 1000;

Status checkPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{
            ErrorCode::Invalid,
            QCoreApplication::translate("PipelineReports", "The period needs a first and a last day, in that order."),
            {},
            QStringLiteral("period")};
    return {};
}

} // namespace

Result<ReportTable> PipelineReports::timeInStage(Database &db, const Clock &clock, const Session &actor,
                                                 const QDate &from, const QDate &to)
{
    if (Status s = checkPeriod(from, to); !s)
        return s.error();
    Result<Pipeline> pipeline = OpportunityService(db, clock).pipeline();
    if (!pipeline)
        return pipeline.error();
    QHash<QString, int> position;
    for (const PipelineStage &s : pipeline->stages())
        position.insert(s.id, int(position.size()));
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &binds);
    // Each stage entry with the next entry of the same deal (window function over its history).
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT stage_id, entered_at, next_at, next_stage FROM ("
                  "  SELECT h.stage_id, h.entered_at, "
                  "    lead(h.entered_at) OVER (PARTITION BY h.opportunity_id ORDER BY h.entered_at, h.id) AS next_at, "
                  "    lead(h.stage_id) OVER (PARTITION BY h.opportunity_id ORDER BY h.entered_at, h.id) AS next_stage "
                  "  FROM opportunity_stage_history h JOIN opportunities o ON o.id = h.opportunity_id "
                  "  WHERE h.deleted_at IS NULL AND o.deleted_at IS NULL AND %1) "
                  "WHERE entered_at >= ? AND entered_at < ?")
                  .arg(visible));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(from.startOfDay().toMSecsSinceEpoch());
    q.addBindValue(to.addDays(1).startOfDay().toMSecsSinceEpoch());
    if (!q.exec())
        return toError(q);
    struct Figures {
        qint64 entered = 0, forward = 0, lost = 0, back = 0, still = 0;
        std::vector<double> days;
    };
    QHash<QString, Figures> f;
    const qint64 now = clock.nowMs();
    for (const ResultRow r(q); q.next();) {
        const QString stage = r.text("stage_id"_L1);
        const PipelineStage *st = pipeline->find(stage);
        if (!st || st->outcome != StageOutcome::Open)
            continue; // won and lost are where deals end, not stages they pass
        Figures &x = f[stage];
        ++x.entered;
        if (r.value("next_at"_L1).isNull()) {
            ++x.still;
            x.days.push_back(double(now - r.integer("entered_at"_L1)) / kDayMs);
            continue;
        }
        x.days.push_back(double(r.integer("next_at"_L1) - r.integer("entered_at"_L1)) / kDayMs);
        const PipelineStage *next = pipeline->find(r.text("next_stage"_L1));
        if (next && next->outcome == StageOutcome::Lost)
            ++x.lost;
        else if (position.value(r.text("next_stage"_L1)) > position.value(stage))
            ++x.forward;
        else
            ++x.back;
    }
    ReportTable t;
    t.title = tr("Funnel: conversion and time in stage");
    t.subtitle = tr("Deals that entered a stage from %1 to %2").arg(DateTimeText::date(from), DateTimeText::date(to));
    t.columns = {{QStringLiteral("stage"), tr("Stage"), ReportValue::Text},
                 {QStringLiteral("entered"), tr("Entered"), ReportValue::Integer},
                 {QStringLiteral("moved_on"), tr("Moved on"), ReportValue::Integer},
                 {QStringLiteral("lost"), tr("Lost from here"), ReportValue::Integer},
                 {QStringLiteral("moved_back"), tr("Moved back"), ReportValue::Integer},
                 {QStringLiteral("still_there"), tr("Still there"), ReportValue::Integer},
                 {QStringLiteral("conversion"), tr("Conversion"), ReportValue::Percent},
                 {QStringLiteral("average_days"), tr("Average days in stage"), ReportValue::Number},
                 {QStringLiteral("median_days"), tr("Median days"), ReportValue::Number}};
    for (const PipelineStage &s : pipeline->stages()) {
        if (s.outcome != StageOutcome::Open)
            continue;
        Figures x = f.value(s.id);
        double avg = 0, median = 0;
        if (!x.days.empty()) {
            for (double d : x.days)
                avg += d;
            avg /= double(x.days.size());
            std::sort(x.days.begin(), x.days.end());
            const size_t m = x.days.size() / 2;
            median = x.days.size() % 2 ? x.days[m] : (x.days[m - 1] + x.days[m]) / 2;
        }
        const qint64 decided = x.forward + x.lost + x.back;
        t.rows.append({s.displayName(), x.entered, x.forward, x.lost, x.back, x.still,
                       decided > 0 ? QVariant(double(x.forward) / double(decided)) : QVariant(),
                       x.days.empty() ? QVariant() : QVariant(avg), x.days.empty() ? QVariant() : QVariant(median)});
        t.ids.append(QString());
    }
    t.notes << tr(
        "Conversion: of the deals that left the stage, the share that went on to a later one. Days count until "
        "the deal left the stage, or until today for those still in it.");
    return t;
}

Result<ReportTable> PipelineReports::quotaAttainment(Database &db, const Clock &clock, const Session &actor,
                                                     const QDate &day)
{
    const QString month = day.toString(QStringLiteral("yyyy-MM"));
    Result<QList<QuotaAttainment>> rows = QuotaService(db, clock).attainment(actor, month);
    if (!rows)
        return rows.error();
    ReportTable t;
    t.title = tr("Quota attainment");
    t.subtitle = tr("%1, won deals against quota").arg(month);
    t.currency = QStringLiteral("CNY");
    t.columns = {{QStringLiteral("salesperson"), tr("Salesperson"), ReportValue::Text},
                 {QStringLiteral("quota_minor"), tr("Quota"), ReportValue::Money},
                 {QStringLiteral("won_minor"), tr("Won"), ReportValue::Money},
                 {QStringLiteral("attainment"), tr("Attainment"), ReportValue::Percent}};
    t.chartColumn = 2; // what each has won
    for (const QuotaAttainment &a : *rows) {
        t.rows.append({a.userName, a.quotaMinor, a.wonMinor,
                       a.quotaMinor > 0 ? QVariant(double(a.wonMinor) / double(a.quotaMinor)) : QVariant()});
        t.ids.append(QString());
    }
    return t;
}

Result<ReportTable> PipelineReports::acquisitionAndRetention(Database &db, const Session &actor, const QDate &from,
                                                             const QDate &to, const QString &currency)
{
    if (Status s = checkPeriod(from, to); !s)
        return s.error();
    const QDate firstMonth(from.year(), from.month(), 1);
    const QDate before = firstMonth.addMonths(-1);
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("c"), &binds);
    // Each visible customer's first order month ever, and the months they ordered in the period
    // (and the month before it).
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT o.customer_id, substr(o.ordered_on, 1, 7) AS month, "
                  "  (SELECT substr(min(f.ordered_on), 1, 7) FROM orders f INDEXED BY orders_by_customer_day "
                  "   WHERE f.customer_id = o.customer_id AND f.deleted_at IS NULL AND f.status <> 'cancelled' "
                  "   AND f.currency = ?) AS first_month "
                  "FROM orders o INDEXED BY orders_by_day JOIN customers c ON c.id = o.customer_id "
                  "WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' AND o.currency = ? AND o.ordered_on >= ? "
                  "AND o.ordered_on <= ? AND c.deleted_at IS NULL AND %1 GROUP BY 1, 2")
                  .arg(visible));
    q.addBindValue(currency);
    q.addBindValue(currency);
    q.addBindValue(before.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QMap<QString, QSet<QString>> active; // month → customers
    QHash<QString, QString> firstOf;
    for (const ResultRow r(q); q.next();) {
        active[r.text("month"_L1)].insert(r.text("customer_id"_L1));
        firstOf.insert(r.text("customer_id"_L1), r.text("first_month"_L1));
    }
    ReportTable t;
    t.title = tr("Customer acquisition and retention");
    t.subtitle = tr("%1 to %2, %3").arg(DateTimeText::date(from), DateTimeText::date(to), currency);
    t.columns = {{QStringLiteral("month"), tr("Month"), ReportValue::Text},
                 {QStringLiteral("active"), tr("Customers who bought"), ReportValue::Integer},
                 {QStringLiteral("new"), tr("New customers"), ReportValue::Integer},
                 {QStringLiteral("retained"), tr("Bought the month before too"), ReportValue::Integer},
                 {QStringLiteral("retention"), tr("Retention rate"), ReportValue::Percent}};
    for (QDate m = firstMonth; m <= to; m = m.addMonths(1)) {
        const QString key = m.toString(QStringLiteral("yyyy-MM"));
        const QSet<QString> now = active.value(key);
        const QSet<QString> previous = active.value(m.addMonths(-1).toString(QStringLiteral("yyyy-MM")));
        qint64 fresh = 0, retained = 0;
        for (const QString &c : now) {
            if (firstOf.value(c) == key)
                ++fresh;
            if (previous.contains(c))
                ++retained;
        }
        t.rows.append({key, qint64(now.size()), fresh, retained,
                       previous.isEmpty() ? QVariant() : QVariant(double(retained) / double(previous.size()))});
        t.ids.append(QString());
    }
    t.notes << tr(
        "Retention rate: of the customers who bought in a month, the share who bought again the month after.");
    return t;
}

Result<ReportTable> PipelineReports::salesByProduct(Database &db, const Session &actor, const QDate &from,
                                                    const QDate &to, const QString &currency)
{
    if (Status s = checkPeriod(from, to); !s)
        return s.error();
    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &binds);
    // This period and the one it is compared with, as conditional sums in one pass.
    const ComparisonPeriod previous = ComparisonPeriod::before(from, to);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
                  "SELECT coalesce(nullif(l.product_code, ''), l.description) AS code, max(l.description) AS product, "
                  "  sum(CASE WHEN o.ordered_on >= ? THEN l.quantity_milli ELSE 0 END) AS quantity_milli, "
                  "  sum(CASE WHEN o.ordered_on >= ? THEN l.net_minor ELSE 0 END) AS net_minor, "
                  "  count(DISTINCT CASE WHEN o.ordered_on >= ? THEN o.id END) AS orders, "
                  "  sum(CASE WHEN o.ordered_on >= ? AND o.ordered_on <= ? THEN l.net_minor ELSE 0 END) "
                  "    AS previous_minor "
                  "FROM orders o INDEXED BY orders_by_day JOIN order_lines l ON l.order_id = o.id "
                  "WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' AND o.currency = ? AND o.ordered_on >= ? "
                  "AND o.ordered_on <= ? AND l.deleted_at IS NULL AND %1 GROUP BY 1 ORDER BY 4 DESC, 1")
                  .arg(visible));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(previous.from.toString(Qt::ISODate));
    q.addBindValue(previous.to.toString(Qt::ISODate));
    q.addBindValue(currency);
    q.addBindValue(previous.from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    ReportTable t;
    t.title = tr("Sales by product");
    t.subtitle = tr("%1 to %2 against %3 to %4, %5 (orders with lines)")
                     .arg(DateTimeText::date(from), DateTimeText::date(to), DateTimeText::date(previous.from),
                          DateTimeText::date(previous.to), currency);
    t.currency = currency;
    t.columns = {{QStringLiteral("code"), tr("Code"), ReportValue::Text},
                 {QStringLiteral("product"), tr("Product"), ReportValue::Text},
                 {QStringLiteral("quantity"), tr("Quantity"), ReportValue::Text},
                 {QStringLiteral("net_minor"), tr("Net sales"), ReportValue::Money},
                 {QStringLiteral("orders"), tr("Orders"), ReportValue::Integer},
                 {QStringLiteral("previous_minor"), tr("Previous period"), ReportValue::Money},
                 {QStringLiteral("change"), tr("Change"), ReportValue::Percent}};
    for (const ResultRow r(q); q.next();) {
        const qint64 now = r.integer("net_minor"_L1), earlier = r.integer("previous_minor"_L1);
        t.rows.append({r.text("code"_L1), r.text("product"_L1), quantities::text(r.integer("quantity_milli"_L1)), now,
                       r.integer("orders"_L1), earlier,
                       earlier > 0 ? QVariant(double(now - earlier) / double(earlier)) : QVariant()});
        t.ids.append(QString());
    }
    return t;
}

} // namespace guanxi
