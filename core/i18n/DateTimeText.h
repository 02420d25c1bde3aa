// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace guanxi {

// Every date and time Guanxi shows or prints, written one way per language:
//   zh_CN 2026-12-01 21:27 · zh_TW 2026/12/01 21:27 · en Dec 1, 2026 21:27
// Times are on the 24-hour clock in every language. QLocale's own short formats are not used:
// CLDR's zh_TW pattern holds the day-period letter "B", which Qt 6.4 prints as a literal B
// ("2026/12/1 B21:27"), and en_US writes two-digit years. Dates entered in QDateEdit use
// datePattern(), so what is typed looks like what is shown.
namespace DateTimeText {

// "zh_CN", "zh_TW" or "en": the language `language` names, or the one the program speaks now
// (the default QLocale, set by Translations::install) when it is empty.
QString languageOf(const QString &language = {});

QString datePattern(const QString &language = {}); // yyyy-MM-dd, yyyy/MM/dd, MMM d, yyyy
QString date(const QDate &day, const QString &language = {});
QString dateTime(const QDateTime &when, const QString &language = {}); // in local time
// From UTC milliseconds since the epoch (how the database keeps times); empty for 0 ("never").
QString dateOfMs(qint64 utcMs, const QString &language = {});
QString dateTimeOfMs(qint64 utcMs, const QString &language = {});
// An ISO day as stored (2026-12-01) written for the reader; other text is returned as it is.
QString dateOfIso(const QString &isoDay, const QString &language = {});
// A day of the coming weeks, short: 周二 12-01 · 週二 12/01 · Tue Dec 1.
QString dayInWeek(const QDate &day, const QString &language = {});
// The time of day of a moment (HH:mm, local time); empty for 0.
QString timeOfMs(qint64 utcMs);
// The day with its weekday, for headings: 2026年12月1日 星期二 · Tuesday, December 1, 2026.
QString longDate(const QDate &day, const QString &language = {});
// The same without the year, for "today": 12月1日 星期二 · Tuesday, December 1.
QString weekdayAndDay(const QDate &day, const QString &language = {});

// A month as a calendar's title: 2026年12月, December 2026.
QString month(const QDate &day, const QString &language = {});
// A weekday's short name (1 Monday … 7 Sunday): 周一, 週一, Mon.
QString weekdayName(int dayOfWeek, const QString &language = {});
// The day in a month grid: 7; the 1st names its month (12月1日, Dec 1).
QString dayOfMonth(const QDate &day, const QString &language = {});

} // namespace DateTimeText
} // namespace guanxi
