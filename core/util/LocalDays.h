// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace guanxi {

class Clock;

// Days as the user lives them: follow-ups, due dates and birthdays are calendar days in the local
// time zone, while moments (an appointment, a snooze) are UTC milliseconds. These convert between
// the two in one place, so that a change of time zone or of daylight saving time moves every
// reminder alike.
namespace localdays {
QDate today(const Clock &clock);
QDate dayOf(qint64 utcMs);
qint64 startOf(const QDate &day);                      // local midnight, as UTC ms
qint64 at(const QDate &day, int minutesAfterMidnight); // a local time of day, as UTC ms
QString iso(const QDate &day);                         // yyyy-MM-dd
bool isIsoDay(const QString &text);
// This year's (or the next) occurrence on or after `from` of a yearly day given as yyyy-MM-dd or
// --MM-dd; 29 February falls on 28 February in other years.
QDate nextYearly(const QString &day, const QDate &from);
} // namespace localdays

} // namespace guanxi
