// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/LocalDays.h"

#include "core/util/Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace guanxi::localdays {

QDate today(const Clock &clock)
{
    return dayOf(clock.nowMs());
}

QDate dayOf(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date();
}

qint64 startOf(const QDate &day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

qint64 at(const QDate &day, int minutesAfterMidnight)
{
    // A time that does not exist on that day (skipped by daylight saving) moves forward with it.
    return QDateTime(day, QTime(0, 0).addSecs(minutesAfterMidnight * 60)).toMSecsSinceEpoch();
}

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

bool isIsoDay(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

QDate nextYearly(const QString &day, const QDate &from)
{
    if (day.size() < 5)
        return {};
    const int month = QStringView(day).right(5).left(2).toInt();
    const int dom = QStringView(day).right(2).toInt();
    if (month < 1 || month > 12 || dom < 1 || dom > 31)
        return {};
    for (int year = from.year(); year <= from.year() + 1; ++year) {
        QDate d(year, month, dom);
        if (!d.isValid() && month == 2 && dom == 29)
            d = QDate(year, 2, 28);
        if (d.isValid() && d >= from)
            return d;
    }
    return {};
}

} // namespace guanxi::localdays
