// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ChurnRisk.h"

#include "core/analytics/ClvService.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/Statement.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserRepository.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

Result<std::vector<ChurnCandidate>> ChurnRisk::list(Database &db, const Clock &clock, const Session &actor,
                                                    bool ownOnly, const QString &currency)
{
    const QDate today = localdays::today(clock);
    QVariantList binds;
    const QString visible =
        ownOnly ? QStringLiteral("c.owner_id = ?") : AccessPolicy(actor).visibilityClause(QStringLiteral("c"), &binds);
    if (ownOnly)
        binds << actor.userId;
    // Per customer: first and last order day (as Julian day numbers) and how many days, in one walk
    // of the covering index ("first|last|days"; NULL without orders), so each customer costs one
    // seek and the subquery is evaluated once.
    const QByteArray sql =
        QStringLiteral(
            "SELECT c.id, c.name, coalesce(c.owner_id, '') AS owner_id, "
            "  (SELECT CAST(julianday(min(o.ordered_on)) + 0.5 AS INTEGER) || '|' || "
            "     CAST(julianday(max(o.ordered_on)) + 0.5 AS INTEGER) || '|' || count(DISTINCT o.ordered_on) "
            "   FROM orders o INDEXED BY orders_by_customer_day WHERE o.customer_id = c.id "
            "   AND o.deleted_at IS NULL AND o.status <> 'cancelled' AND o.currency = ?1 AND o.ordered_on <= ?2) "
            "  AS figures "
            "FROM customers c WHERE c.deleted_at IS NULL AND %1")
            .arg(visible)
            .toUtf8();
    Statement q(db, sql.constData());
    if (!q.isValid())
        return q.lastError();
    q.bindView(1, currency);
    q.bindView(2, localdays::iso(today));
    for (int i = 0; i < binds.size(); ++i)
        q.bindView(3 + i, binds[i].toString());

    Result<QHash<QString, QString>> names = UserRepository(db).displayNames();
    if (!names)
        return names.error();
    const QHash<QString, QString> &owners = *names;
    // The kept lifetime-value fit, if any and in this currency.
    Result<std::optional<KeptClvModel>> kept = ClvService::keptModel(db);
    if (!kept)
        return kept.error();
    std::optional<BgNbdParams> model;
    if (kept->has_value() && (*kept)->currency == currency)
        model = (*kept)->bgnbd;

    const int idColumn = q.column("id"_L1), nameColumn = q.column("name"_L1), ownerColumn = q.column("owner_id"_L1),
              figuresColumn = q.column("figures"_L1);
    std::vector<ChurnCandidate> out;
    while (true) {
        Result<bool> row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        // Days as Julian day numbers from SQLite: no date text to parse for thousands of rows.
        const QByteArray figures = q.utf8Column(figuresColumn).toByteArray();
        if (figures.isEmpty())
            continue; // no order yet
        const QList<QByteArray> parts = figures.split('|');
        if (parts.size() != 3)
            continue;
        ChurnCandidate c;
        const qint64 firstJd = parts[0].toLongLong(), lastJd = parts[1].toLongLong();
        c.lastOrder = QDate::fromJulianDay(lastJd);
        c.purchaseDays = int(parts[2].toLongLong());
        c.silentDays = int(today.toJulianDay() - lastJd);
        if (c.purchaseDays > 1)
            c.usualIntervalDays = double(lastJd - firstJd) / double(c.purchaseDays - 1);
        if (model) {
            const int x = c.purchaseDays - 1;
            c.probabilityAlive = bgnbd::probabilityAlive(*model, x, double(lastJd - firstJd) / 7.0,
                                                         double(today.toJulianDay() - firstJd) / 7.0);
        }
        // Two gaps at least before a customer's "usual" interval means anything.
        const bool silent = c.purchaseDays >= 3 && c.silentDays > kSilenceFactor * c.usualIntervalDays;
        const bool unlikely = c.probabilityAlive >= 0 && c.probabilityAlive < kAliveThreshold;
        if (!silent && !unlikely)
            continue;
        c.customerId = q.textColumn(idColumn);
        c.name = q.textColumn(nameColumn);
        c.ownerName = owners.value(q.textColumn(ownerColumn));
        if (silent)
            c.reason =
                tr("silent %1 days; usually orders every %2 days").arg(c.silentDays).arg(qRound(c.usualIntervalDays));
        if (unlikely)
            c.reason += (c.reason.isEmpty() ? QString() : QStringLiteral("; "))
                + tr("%1 % likely to be still active").arg(qRound(c.probabilityAlive * 100));
        out.push_back(std::move(c));
    }
    const auto weight = [](const ChurnCandidate &c) {
        return c.usualIntervalDays > 0 ? c.silentDays / c.usualIntervalDays : 1.0 / std::max(0.01, c.probabilityAlive);
    };
    std::sort(out.begin(), out.end(), [&](const ChurnCandidate &a, const ChurnCandidate &b) {
        return weight(a) != weight(b) ? weight(a) > weight(b) : a.customerId < b.customerId;
    });
    return out;
}

} // namespace guanxi
