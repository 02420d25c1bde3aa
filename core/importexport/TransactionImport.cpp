// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/TransactionImport.h"

#include "core/i18n/CollationKey.h"
#include "core/search/DerivedIndexes.h"
#include "core/storage/BulkLoad.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/Statement.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "core/util/Uuid7.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

Result<TransactionImportReport> TransactionImport::run(Database &db, const Clock &clock, const Session &actor,
                                                       const std::vector<LoggedPurchase> &purchases,
                                                       const QString &currencyIn)
{
    if (!AccessPolicy(actor).leadsTeam())
        return Error{
            ErrorCode::PermissionDenied, tr("Only managers and administrators import purchase histories."), {}};
    const QString currency = currencyIn.trimmed().toUpper();
    if (currency.size() != 3)
        return Error{ErrorCode::Invalid,
                     tr("\"%1\" is not a currency code such as CNY or USD.").arg(currencyIn),
                     {},
                     QStringLiteral("currency")};
    if (purchases.empty())
        return Error{ErrorCode::Invalid, tr("The file holds no purchases."), {}};

    return inWriteTransaction(db, [&]() -> Result<TransactionImportReport> {
        BulkLoad bulk(db);
        TransactionImportReport report;
        const qint64 now = clock.nowMs();

        // The customers already known by their external code.
        QHash<QString, QString> byCode;
        {
            QSqlQuery q(db.sql());
            if (!q.exec(QStringLiteral(
                    "SELECT external_code, id FROM customers WHERE external_code <> '' AND deleted_at IS NULL")))
                return toError(q);
            for (const ResultRow r(q); q.next();)
                byCode.insert(r.text("external_code"_L1), r.text("id"_L1));
        }
        // A new customer comes in on the day of its first purchase.
        QHash<QString, QDate> firstDay;
        QSet<QString> found;
        for (const LoggedPurchase &p : purchases) {
            if (byCode.contains(p.customerCode))
                found.insert(p.customerCode);
            else if (!firstDay.contains(p.customerCode) || p.day < firstDay[p.customerCode])
                firstDay[p.customerCode] = p.day;
        }

        Statement customer(db,
                           "INSERT INTO customers (id, name, name_key, owner_id, external_code, stage, created_at, "
                           "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'old', ?, ?, ?)");
        Statement order(db,
                        "INSERT INTO orders (id, order_no, customer_id, owner_id, ordered_on, currency, net_minor, "
                        "total_minor, status, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                        "'closed', ?, ?, ?)");
        for (const Statement *s : {&customer, &order})
            if (!s->isValid())
                return s->lastError();
        QList<QString> created;
        for (auto it = firstDay.cbegin(); it != firstDay.cend(); ++it) {
            const qint64 at = localdays::startOf(it.value());
            const QString id = newUuid7(at);
            const QString name = tr("Customer %1").arg(it.key());
            const QByteArray key = CollationKey::of(name);
            customer.bindView(1, id);
            customer.bindView(2, name);
            customer.bindView(3, key);
            customer.bindView(4, actor.userId);
            customer.bindView(5, it.key());
            customer.bind(6, at);
            customer.bind(7, now);
            customer.bindView(8, actor.userId);
            if (Status s = customer.execute(); !s)
                return s.error();
            byCode.insert(it.key(), id);
            created.append(id);
        }
        report.customersCreated = int(created.size());
        report.customersFound = int(found.size());

        // Order numbers: TX, the moment of the import, a running number; unique like every number.
        const QString prefix = QStringLiteral("TX")
            + QDateTime::fromMSecsSinceEpoch(now).toString(QStringLiteral("yyMMddHHmmss")) + QLatin1Char('-');
        int seq = 0;
        {
            // Two imports within one second continue the same numbers.
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral("SELECT max(order_no) FROM orders WHERE order_no >= ? AND order_no < ?"));
            q.addBindValue(prefix);
            q.addBindValue(QString(prefix + QLatin1Char('~')));
            if (!q.exec())
                return toError(q);
            if (q.next() && !q.value(0).isNull())
                seq = q.value(0).toString().mid(prefix.size()).toInt();
        }
        const int firstSeq = seq;
        for (const LoggedPurchase &p : purchases) {
            if (p.amountMinor < 0)
                return Error{ErrorCode::Invalid,
                             tr("A purchase of %1 on %2 has a negative value; refunds are not imported.")
                                 .arg(p.customerCode, localdays::iso(p.day)),
                             {}};
            const QString customerId = byCode.value(p.customerCode);
            const qint64 at = localdays::startOf(p.day);
            order.bindView(1, newUuid7(at));
            order.bindView(2, prefix + QString::number(++seq).rightJustified(6, QLatin1Char('0')));
            order.bindView(3, customerId);
            order.bindView(4, actor.userId);
            order.bindView(5, localdays::iso(p.day));
            order.bindView(6, currency);
            order.bind(7, p.amountMinor);
            order.bind(8, p.amountMinor);
            order.bind(9, now);
            order.bind(10, now);
            order.bindView(11, actor.userId);
            if (Status s = order.execute(); !s)
                return s.error();
        }
        report.orders = seq - firstSeq;
        for (const QString &id : std::as_const(created))
            if (Status s = refreshDerivedIndexes(db, SearchKind::Customer, id); !s)
                return s.error();
        return report;
    });
}

} // namespace guanxi
