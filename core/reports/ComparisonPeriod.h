// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace guanxi {

// The period a report compares a period with, as a manager reads "against last month":
//  - from the 1st of a month to a day in it: the same days of the month before (1–15 December
//    against 1–15 November; a whole month against the whole month before, 28 or 31 days alike);
//  - from the first day of a quarter to a day in it: the same stretch of the quarter before (so
//    1 January – 20 February is "this quarter", against 1 October – 20 November);
//  - from 1 January to a day after March: the same stretch of the year before;
//  - any other period: as many days just before it.
struct ComparisonPeriod {
    QDate from;
    QDate to;

    static ComparisonPeriod before(const QDate &from, const QDate &to);
};

} // namespace guanxi
