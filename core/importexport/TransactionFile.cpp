// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/TransactionFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>

namespace guanxi {

Result<std::vector<LoggedPurchase>> TransactionFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("Cannot open %1: %2").arg(path, f.errorString()), {}};
    return read(f);
}

Result<std::vector<LoggedPurchase>> TransactionFile::read(QIODevice &in)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    std::vector<LoggedPurchase> out;
    QTextStream text(&in);
    int lineNo = 0;
    while (!text.atEnd()) {
        const QString line = text.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(space);
        // A header names its columns; its date column is not a number.
        if (lineNo == 1 && !f.isEmpty() && !f.last().front().isDigit() && !f.last().front().isPunct())
            continue;
        if (f.size() != 4 && f.size() != 5)
            return Error{ErrorCode::Invalid,
                         tr("Line %1: expected customer, date (yyyymmdd), quantity and value, found \"%2\".")
                             .arg(lineNo)
                             .arg(line),
                         QString::number(lineNo)};
        const int d = int(f.size()) - 3; // the date's column
        LoggedPurchase p;
        p.customerCode = f[0];
        p.day = QDate::fromString(f[d], QStringLiteral("yyyyMMdd"));
        bool qOk = false, vOk = false;
        p.quantity = f[d + 1].toInt(&qOk);
        const double value = f[d + 2].toDouble(&vOk);
        if (!p.day.isValid())
            return Error{ErrorCode::Invalid, tr("Line %1: \"%2\" is not a date (yyyymmdd).").arg(lineNo).arg(f[d]),
                         QString::number(lineNo)};
        if (!qOk || !vOk || !std::isfinite(value))
            return Error{ErrorCode::Invalid, tr("Line %1: the quantity and the value must be numbers.").arg(lineNo),
                         QString::number(lineNo)};
        p.amountMinor = std::llround(value * 100.0);
        out.push_back(p);
    }
    return out;
}

} // namespace guanxi
