// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentNumbers.h"

#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

Result<QString> nextDocumentNumber(Database &db, DocumentKind kind, const QDate &day)
{
    QString prefix, table, column;
    int digits = 3;
    switch (kind) {
    case DocumentKind::Quote:
        prefix = QStringLiteral("QT"), table = QStringLiteral("quotes"), column = QStringLiteral("quote_no");
        break;
    case DocumentKind::Order:
        prefix = QStringLiteral("SO"), table = QStringLiteral("orders"), column = QStringLiteral("order_no");
        digits = 5;
        break;
    case DocumentKind::Delivery:
        prefix = QStringLiteral("DN"), table = QStringLiteral("deliveries"), column = QStringLiteral("delivery_no");
        break;
    }
    prefix += day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-');
    // The highest number of the day; the numbers are fixed-width, so text order is number order.
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT max(%1) FROM %2 WHERE %1 >= ? AND %1 < ?").arg(column, table));
    q.addBindValue(prefix);
    q.addBindValue(QString(prefix + QLatin1Char('~')));
    if (!q.exec() || !q.next())
        return toError(q);
    const int last = q.value(0).isNull() ? 0 : q.value(0).toString().mid(prefix.size()).toInt();
    return QString(prefix + QString::number(last + 1).rightJustified(digits, QLatin1Char('0')));
}

} // namespace guanxi
