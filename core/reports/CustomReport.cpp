// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/CustomReport.h"

#include "core/customers/Customer.h"
#include "core/i18n/DateTimeText.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Dimension {
    const char *code;
    const char *name;
    const char *expression; // over orders o, customers c, users u, departments d
};

constexpr Dimension kDimensions[] = {
    {"salesperson", QT_TRANSLATE_NOOP("CustomReport", "Salesperson"), "coalesce(u.display_name, '')"},
    {"department", QT_TRANSLATE_NOOP("CustomReport", "Department"), "coalesce(d.name, '')"},
    {"region", QT_TRANSLATE_NOOP("CustomReport", "Region"), "c.region"},
    {"industry", QT_TRANSLATE_NOOP("CustomReport", "Industry"), "c.industry"},
    {"tier", QT_TRANSLATE_NOOP("CustomReport", "Tier"), "c.tier"},
    {"stage", QT_TRANSLATE_NOOP("CustomReport", "Stage"), "c.stage"},
    {"month", QT_TRANSLATE_NOOP("CustomReport", "Month"), "substr(o.ordered_on, 1, 7)"},
    {"quarter", QT_TRANSLATE_NOOP("CustomReport", "Quarter"),
     "substr(o.ordered_on, 1, 4) || '-Q' || ((CAST(substr(o.ordered_on, 6, 2) AS INTEGER) + 2) / 3)"},
    {"year", QT_TRANSLATE_NOOP("CustomReport", "Year"), "substr(o.ordered_on, 1, 4)"},
};

struct Measure {
    const char *code;
    const char *name;
    const char *expression;
    ReportValue kind;
};

constexpr Measure kMeasures[] = {
    {"orders", QT_TRANSLATE_NOOP("CustomReport", "Orders"), "count(*)", ReportValue::Integer},
    {"revenue", QT_TRANSLATE_NOOP("CustomReport", "Revenue"), "sum(o.total_minor)", ReportValue::Money},
    {"average_order", QT_TRANSLATE_NOOP("CustomReport", "Average order"), "CAST(round(avg(o.total_minor)) AS INTEGER)",
     ReportValue::Money},
    {"customers", QT_TRANSLATE_NOOP("CustomReport", "Customers"), "count(DISTINCT o.customer_id)",
     ReportValue::Integer},
};

const Dimension *dimension(const QString &code)
{
    for (const Dimension &d : kDimensions)
        if (code == QLatin1String(d.code))
            return &d;
    return nullptr;
}

const Measure *measure(const QString &code)
{
    for (const Measure &m : kMeasures)
        if (code == QLatin1String(m.code))
            return &m;
    return nullptr;
}

// A dimension's value as people read it (tier and stage are stored as codes).
QString shown(const QString &dimensionCode, const QVariant &v)
{
    if (dimensionCode == QLatin1String("tier"))
        return tierDisplayName(Tier(qBound(0, v.toInt(), 2)));
    if (dimensionCode == QLatin1String("stage")) {
        LoyaltyStage s;
        return fromCode(v.toString(), &s) ? displayName(s) : v.toString();
    }
    const QString text = v.toString();
    return text.isEmpty() ? QCoreApplication::translate("CustomReport", "(none)") : text;
}

} // namespace

QString CustomReportSpec::toJson() const
{
    const QJsonObject o{{QStringLiteral("dimensions"), QJsonArray::fromStringList(dimensions)},
                        {QStringLiteral("measures"), QJsonArray::fromStringList(measures)},
                        {QStringLiteral("tier"), tier},
                        {QStringLiteral("region"), region},
                        {QStringLiteral("currency"), currency}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool CustomReportSpec::fromJson(const QString &json, CustomReportSpec *out)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return false;
    for (const QJsonValue &v : o.value(QStringLiteral("dimensions")).toArray())
        out->dimensions << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("measures")).toArray())
        out->measures << v.toString();
    out->tier = o.value(QStringLiteral("tier")).toInt(-1);
    out->region = o.value(QStringLiteral("region")).toString();
    out->currency = o.value(QStringLiteral("currency")).toString(QStringLiteral("CNY"));
    return true;
}

QStringList CustomReport::dimensionCodes()
{
    QStringList out;
    for (const Dimension &d : kDimensions)
        out << QLatin1String(d.code);
    return out;
}

QStringList CustomReport::measureCodes()
{
    QStringList out;
    for (const Measure &m : kMeasures)
        out << QLatin1String(m.code);
    return out;
}

QString CustomReport::dimensionName(const QString &code)
{
    const Dimension *d = dimension(code);
    return d ? QCoreApplication::translate("CustomReport", d->name) : code;
}

QString CustomReport::measureName(const QString &code)
{
    const Measure *m = measure(code);
    return m ? QCoreApplication::translate("CustomReport", m->name) : code;
}

Status CustomReport::validate(const CustomReportSpec &spec)
{
    if (spec.dimensions.isEmpty() || spec.dimensions.size() > 2)
        return Error{ErrorCode::Invalid, tr("Choose one or two things to group by."), {}, QStringLiteral("dimensions")};
    if (spec.dimensions.size() == 2 && spec.dimensions[0] == spec.dimensions[1])
        return Error{ErrorCode::Invalid, tr("Group by two different things."), {}, QStringLiteral("dimensions")};
    for (const QString &d : spec.dimensions)
        if (!dimension(d))
            return Error{ErrorCode::Invalid,
                         tr("\"%1\" is not something a report can group by.").arg(d),
                         {},
                         QStringLiteral("dimensions")};
    if (spec.measures.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose at least one figure to show."), {}, QStringLiteral("measures")};
    for (const QString &m : spec.measures)
        if (!measure(m))
            return Error{ErrorCode::Invalid,
                         tr("\"%1\" is not a figure a report can show.").arg(m),
                         {},
                         QStringLiteral("measures")};
    if (spec.tier < -1 || spec.tier > 2)
        return Error{ErrorCode::Invalid, tr("Unknown tier."), {}, QStringLiteral("tier")};
    return {};
}

Result<ReportTable> CustomReport::run(Database &db, const Session &actor, const CustomReportSpec &spec,
                                      const QDate &from, const QDate &to)
{
    if (Status s = validate(spec); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{ErrorCode::Invalid,
                     tr("The period needs a first and a last day, in that order."),
                     {},
                     QStringLiteral("period")};
    QStringList select, group;
    for (int i = 0; i < spec.dimensions.size(); ++i) {
        select << QLatin1String(dimension(spec.dimensions[i])->expression);
        group << QString::number(i + 1);
    }
    for (const QString &m : spec.measures)
        select << QLatin1String(measure(m)->expression);
    QVariantList binds{from.toString(Qt::ISODate), to.toString(Qt::ISODate), spec.currency};
    QString where =
        QStringLiteral("o.deleted_at IS NULL AND o.status <> 'cancelled' AND o.ordered_on >= ? AND o.ordered_on <= ? "
                       "AND o.currency = ? AND c.deleted_at IS NULL");
    if (spec.tier >= 0) {
        where += QStringLiteral(" AND c.tier = ?");
        binds << spec.tier;
    }
    if (!spec.region.trimmed().isEmpty()) {
        // Part of the region's name, matched literally (the LIKE wildcards escaped).
        where += QStringLiteral(" AND c.region LIKE ? ESCAPE '\\'");
        binds << sql::containing(spec.region.trimmed());
    }
    where += QStringLiteral(" AND ") + AccessPolicy(actor).visibilityClause(QStringLiteral("o"), &binds);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM orders o INDEXED BY orders_by_day JOIN customers c ON c.id = o.customer_id "
                       "LEFT JOIN users u ON u.id = o.owner_id LEFT JOIN departments d ON d.id = u.department_id "
                       "WHERE %2 GROUP BY %3 ORDER BY %3")
            .arg(select.join(QStringLiteral(", ")), where, group.join(QStringLiteral(", "))));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    ReportTable t;
    t.title = spec.name.isEmpty() ? tr("My report") : spec.name;
    QStringList filters;
    if (spec.tier >= 0)
        filters << tierDisplayName(Tier(spec.tier));
    if (!spec.region.trimmed().isEmpty())
        filters << spec.region.trimmed();
    t.subtitle = tr("%1 to %2, %3").arg(DateTimeText::date(from), DateTimeText::date(to), spec.currency)
        + (filters.isEmpty() ? QString() : QStringLiteral("; ") + filters.join(QStringLiteral(", ")));
    t.currency = spec.currency;
    for (const QString &d : spec.dimensions)
        t.columns.append({d, dimensionName(d), ReportValue::Text});
    for (const QString &m : spec.measures)
        t.columns.append(
            {m == QLatin1String("revenue") || m == QLatin1String("average_order") ? m + QStringLiteral("_minor") : m,
             measureName(m), measure(m)->kind});
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < spec.dimensions.size(); ++i)
            row << shown(spec.dimensions[i], q.value(i));
        for (int i = 0; i < spec.measures.size(); ++i)
            row << q.value(int(spec.dimensions.size()) + i).toLongLong();
        t.rows.append(row);
        t.ids.append(QString());
    }
    return t;
}

Result<QList<SavedReport>> CustomReport::saved(Database &db, const Session &actor)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT id, name, spec, row_version FROM saved_reports WHERE owner_id = ? AND deleted_at IS NULL "
        "ORDER BY name"));
    q.addBindValue(actor.userId);
    if (!q.exec())
        return toError(q);
    QList<SavedReport> out;
    for (const ResultRow row(q); q.next();) {
        SavedReport r;
        r.id = row.text("id"_L1);
        if (!CustomReportSpec::fromJson(row.text("spec"_L1), &r.spec))
            continue; // unreadable: left out rather than shown broken
        r.spec.name = row.text("name"_L1);
        r.rowVersion = row.integer("row_version"_L1);
        out.append(r);
    }
    return out;
}

Result<SavedReport> CustomReport::save(Database &db, const Clock &clock, const Session &actor,
                                       const CustomReportSpec &spec)
{
    if (Status s = validate(spec); !s)
        return s.error();
    const QString name = spec.name.trimmed();
    if (name.isEmpty())
        return Error{ErrorCode::Invalid, tr("Give the report a name."), {}, QStringLiteral("name")};
    Result<QList<SavedReport>> mine = saved(db, actor);
    if (!mine)
        return mine.error();
    const qint64 now = clock.nowMs();
    // Saving under a name already used replaces that report.
    for (const SavedReport &r : *mine)
        if (r.spec.name == name) {
            Result<bool> ok = updateVersioned(db, QStringLiteral("saved_reports"), {QStringLiteral("spec")},
                                              {spec.toJson()}, r.id, r.rowVersion, now, actor.userId);
            if (!ok)
                return ok.error();
            return SavedReport{r.id, spec, r.rowVersion + 1};
        }
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO saved_reports (id, owner_id, name, spec, created_at, updated_at, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString id = newUuid7(now);
    for (const QVariant &v : QVariantList{id, actor.userId, name, spec.toJson(), now, now, actor.userId})
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    CustomReportSpec kept = spec;
    kept.name = name;
    return SavedReport{id, kept, 1};
}

Status CustomReport::remove(Database &db, const Clock &clock, const Session &actor, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "UPDATE saved_reports SET deleted_at = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
        "WHERE id = ? AND owner_id = ? AND deleted_at IS NULL"));
    const qint64 now = clock.nowMs();
    for (const QVariant &v : QVariantList{now, now, actor.userId, id, actor.userId})
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    if (q.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, tr("This report is no longer among yours."), {}};
    return {};
}

} // namespace guanxi
