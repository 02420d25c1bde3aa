// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money/Quantities.h"

#include <QLocale>

namespace guanxi::quantities {

QString text(qint64 milli)
{
    if (milli % 1000 == 0)
        return QString::number(milli / 1000);
    QString t = QString::number(double(milli) / 1000.0, 'f', 3);
    while (t.endsWith(QLatin1Char('0')))
        t.chop(1);
    return t;
}

std::optional<qint64> parse(const QString &input)
{
    const QString t = input.trimmed().normalized(QString::NormalizationForm_KC); // full-width digits
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return qRound64(v * 1000);
}

QString percentText(int basisPoints)
{
    return basisPoints % 100 == 0 ? QString::number(basisPoints / 100) : QString::number(basisPoints / 100.0, 'f', 2);
}

std::optional<int> parsePercent(const QString &input)
{
    QString t = input.trimmed().normalized(QString::NormalizationForm_KC);
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    bool ok = false;
    const double v = t.trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return int(qRound(v * 100));
}

} // namespace guanxi::quantities
