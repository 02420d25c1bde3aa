// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quotas/QuotaService.h"

#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserRepository.h"
#include "core/util/Clock.h"
#include "core/util/Uuid7.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

QuotaPeriod QuotaPeriod::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(?:(\\d{2})|Q([1-4]))$"));
    const QRegularExpressionMatch m = form.match(text.trimmed().toUpper());
    QuotaPeriod p;
    if (!m.hasMatch())
        return p;
    const int year = m.captured(1).toInt();
    if (!m.captured(3).isEmpty()) {
        p.m_quarter = true;
        p.m_first = QDate(year, 3 * (m.captured(3).toInt() - 1) + 1, 1);
    } else {
        p.m_first = QDate(year, m.captured(2).toInt(), 1); // invalid for month 00 or 13
    }
    return p;
}

QuotaPeriod QuotaPeriod::monthOf(const QDate &day)
{
    QuotaPeriod p;
    p.m_first = QDate(day.year(), day.month(), 1);
    return p;
}

QuotaPeriod QuotaPeriod::quarterOf(const QDate &day)
{
    QuotaPeriod p;
    p.m_quarter = true;
    p.m_first = QDate(day.year(), 3 * ((day.month() - 1) / 3) + 1, 1);
    return p;
}

QString QuotaPeriod::key() const
{
    if (!isValid())
        return {};
    return m_quarter ? QStringLiteral("%1-Q%2").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1)
                     : m_first.toString(QStringLiteral("yyyy-MM"));
}

QDate QuotaPeriod::last() const
{
    return m_first.addMonths(m_quarter ? 3 : 1).addDays(-1);
}

Status QuotaService::set(const Session &actor, const QString &userId, const QString &periodText, qint64 amountMinor,
                         const QString &currency)
{
    const QuotaPeriod period = QuotaPeriod::parse(periodText);
    if (!period.isValid())
        return Error{ErrorCode::Invalid,
                     tr("\"%1\" is neither a month (2026-11) nor a quarter (2026-Q4).").arg(periodText),
                     {},
                     QStringLiteral("period")};
    if (amountMinor < 0)
        return Error{ErrorCode::Invalid, tr("A quota cannot be negative."), {}, QStringLiteral("amount")};
    Result<std::optional<User>> user = UserRepository(m_db).findById(userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error{ErrorCode::NotFound, tr("This user does not exist (any more)."), {}};
    if (!AccessPolicy(actor).leadsTeam() || !AccessPolicy(actor).canAssignTo(userId, (*user)->departmentId))
        return Error{ErrorCode::PermissionDenied, tr("You may not set the quota of %1.").arg((*user)->displayName), {}};

    return inWriteTransaction(m_db, [&]() -> Status {
        const qint64 now = m_clock.nowMs();
        // One live quota per person and period: the old one (if any) is tombstoned, a new one written.
        QSqlQuery old(m_db.sql());
        old.prepare(
            QStringLiteral("UPDATE quotas SET deleted_at = ?, updated_at = ?, updated_by = ?, "
                           "row_version = row_version + 1 WHERE user_id = ? AND period = ? AND deleted_at IS NULL"));
        old.addBindValue(now);
        old.addBindValue(now);
        old.addBindValue(sql::nullIfEmpty(actor.userId));
        old.addBindValue(userId);
        old.addBindValue(period.key());
        if (!old.exec())
            return toError(old);
        if (amountMinor > 0) {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("INSERT INTO quotas (id, user_id, period, amount_minor, currency, created_at, "
                                     "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(newUuid7(now));
            q.addBindValue(userId);
            q.addBindValue(period.key());
            q.addBindValue(amountMinor);
            q.addBindValue(currency.toUpper());
            q.addBindValue(now);
            q.addBindValue(now);
            q.addBindValue(sql::nullIfEmpty(actor.userId));
            if (!q.exec())
                return toError(q);
        }
        return Status{};
    });
}

Result<QList<QuotaAttainment>> QuotaService::attainment(const Session &actor, const QString &periodText,
                                                        const QString &departmentId, const QString &currency)
{
    const QuotaPeriod period = QuotaPeriod::parse(periodText);
    if (!period.isValid())
        return Error{ErrorCode::Invalid,
                     tr("\"%1\" is neither a month (2026-11) nor a quarter (2026-Q4).").arg(periodText),
                     {},
                     QStringLiteral("period")};
    QStringList monthKeys;
    if (period.isQuarter())
        for (int i = 0; i < 3; ++i)
            monthKeys.append(QuotaPeriod::monthOf(period.first().addMonths(i)).key());

    QVariantList binds;
    // The quota: the period's own, or (a quarter) the sum of its months'.
    QString sql = QStringLiteral(
        "SELECT u.id, u.display_name, "
        "  coalesce((SELECT amount_minor FROM quotas q WHERE q.user_id = u.id AND q.period = ? AND q.currency = ? "
        "            AND q.deleted_at IS NULL), ");
    binds << period.key() << currency;
    if (period.isQuarter()) {
        sql += QStringLiteral("(SELECT sum(amount_minor) FROM quotas q WHERE q.user_id = u.id AND q.currency = ? "
                              "AND q.deleted_at IS NULL AND (q.period = ? OR q.period = ? OR q.period = ?)), ");
        binds << currency << monthKeys[0] << monthKeys[1] << monthKeys[2];
    }
    sql += QStringLiteral(
        "0) AS quota, "
        "  coalesce((SELECT sum(o.amount_minor) FROM opportunities o JOIN opportunity_stages s ON s.id = o.stage "
        "            WHERE o.owner_id = u.id AND s.outcome = 'won' AND o.currency = ? AND o.deleted_at IS NULL "
        "            AND o.closed_on >= ? AND o.closed_on <= ?), 0) AS won "
        "FROM users u WHERE u.deleted_at IS NULL AND ");
    binds << currency << period.first().toString(Qt::ISODate) << period.last().toString(Qt::ISODate);
    sql += AccessPolicy(actor).reachClause(QStringLiteral("u"), &binds);
    if (!departmentId.isEmpty()) {
        sql += QStringLiteral(" AND u.department_id = ?");
        binds << departmentId;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT * FROM (%1) WHERE quota > 0 OR won > 0 OR id IN "
                             "(SELECT id FROM users WHERE role = 'salesperson')")
                  .arg(sql));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q);
    QList<QuotaAttainment> out;
    for (const ResultRow r(q); q.next();)
        out.append({r.text("id"_L1), r.text("display_name"_L1), r.integer("quota"_L1), r.integer("won"_L1)});
    // People as every list of people: by pinyin, surnames as surnames read (曾 zeng, 单 shan).
    std::sort(out.begin(), out.end(), [](const QuotaAttainment &a, const QuotaAttainment &b) {
        return CollationKey::ofPerson(a.userName) < CollationKey::ofPerson(b.userName);
    });
    return out;
}

} // namespace guanxi
