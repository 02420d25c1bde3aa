// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/ComparisonPeriod.h"

namespace guanxi {

namespace {

// `months` back from a period that starts on the first of its month, `span` months long
// (1 a month, 3 a quarter, 12 a year): the same days, the last day clamped to the shorter month,
// and a period that ends on its month's last day compared to the whole earlier month.
ComparisonPeriod monthsBack(const QDate &from, const QDate &to, int months)
{
    const QDate start = from.addMonths(-months);
    QDate end = to.addMonths(-months); // 31 March − 1 month = 28/29 February (Qt clamps)
    if (to == QDate(to.year(), to.month(), to.daysInMonth()))
        end = QDate(end.year(), end.month(), end.daysInMonth());
    return {start, end};
}

int monthIndex(const QDate &d)
{
    return d.year() * 12 + d.month() - 1;
}

} // namespace

ComparisonPeriod ComparisonPeriod::before(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid() && from <= to && from.day() == 1) {
        const int spanMonths = monthIndex(to) - monthIndex(from) + 1;
        if (spanMonths == 1)
            return monthsBack(from, to, 1);
        const bool quarterStart = (from.month() - 1) % 3 == 0;
        if (quarterStart && spanMonths <= 3 && (to.month() - 1) / 3 == (from.month() - 1) / 3
            && to.year() == from.year())
            return monthsBack(from, to, 3);
        if (from.month() == 1 && to.year() == from.year())
            return monthsBack(from, to, 12);
    }
    const qint64 length = from.daysTo(to) + 1;
    return {from.addDays(-length), from.addDays(-1)};
}

} // namespace guanxi
