// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/DateTimeText.h"

#include "core/i18n/Translations.h"

#include <QLocale>

namespace guanxi::DateTimeText {

namespace {

const QString kTimePattern = QStringLiteral("HH:mm");

// The locale whose month and weekday names a language uses.
QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (language == QLatin1String("zh_TW"))
        return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QString languageOf(const QString &language)
{
    if (Translations::available().contains(language))
        return language;
    const QLocale now = language.isEmpty() ? QLocale() : QLocale(language);
    if (now.language() != QLocale::Chinese)
        return QStringLiteral("en");
    const bool traditional = now.script() == QLocale::TraditionalChineseScript || now.territory() == QLocale::Taiwan
        || now.territory() == QLocale::HongKong || now.territory() == QLocale::Macau;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

QString datePattern(const QString &language)
{
    const QString lang = languageOf(language);
    if (lang == QLatin1String("zh_CN"))
        return QStringLiteral("yyyy-MM-dd");
    if (lang == QLatin1String("zh_TW"))
        return QStringLiteral("yyyy/MM/dd");
    return QStringLiteral("MMM d, yyyy");
}

QString date(const QDate &day, const QString &language)
{
    if (!day.isValid())
        return {};
    const QString lang = languageOf(language);
    return localeFor(lang).toString(day, datePattern(lang));
}

QString dateTime(const QDateTime &when, const QString &language)
{
    if (!when.isValid())
        return {};
    const QString lang = languageOf(language);
    const QDateTime local = when.toLocalTime();
    return localeFor(lang).toString(local, datePattern(lang) + QLatin1Char(' ') + kTimePattern);
}

QString dateOfMs(qint64 utcMs, const QString &language)
{
    return utcMs == 0 ? QString() : date(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().date(), language);
}

QString dateTimeOfMs(qint64 utcMs, const QString &language)
{
    return utcMs == 0 ? QString() : dateTime(QDateTime::fromMSecsSinceEpoch(utcMs), language);
}

QString dateOfIso(const QString &isoDay, const QString &language)
{
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    return day.isValid() ? date(day, language) : isoDay;
}

QString dayInWeek(const QDate &day, const QString &language)
{
    if (!day.isValid())
        return {};
    const QString lang = languageOf(language);
    if (lang == QLatin1String("zh_CN"))
        return localeFor(lang).toString(day, QStringLiteral("ddd MM-dd"));
    if (lang == QLatin1String("zh_TW"))
        return localeFor(lang).toString(day, QStringLiteral("ddd MM/dd"));
    return localeFor(lang).toString(day, QStringLiteral("ddd MMM d"));
}

QString timeOfMs(qint64 utcMs)
{
    return utcMs == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().toString(kTimePattern);
}

QString longDate(const QDate &day, const QString &language)
{
    if (!day.isValid())
        return {};
    const QString lang = languageOf(language);
    if (lang == QLatin1String("en"))
        return localeFor(lang).toString(day, QStringLiteral("dddd, MMMM d, yyyy"));
    return localeFor(lang).toString(day, QStringLiteral("yyyy年M月d日 dddd"));
}

QString weekdayAndDay(const QDate &day, const QString &language)
{
    if (!day.isValid())
        return {};
    const QString lang = languageOf(language);
    if (lang == QLatin1String("en"))
        return localeFor(lang).toString(day, QStringLiteral("dddd, MMMM d"));
    return localeFor(lang).toString(day, QStringLiteral("M月d日 dddd"));
}

QString month(const QDate &day, const QString &language)
{
    if (!day.isValid())
        return {};
    const QString lang = languageOf(language);
    if (lang == QLatin1String("en"))
        return localeFor(lang).toString(day, QStringLiteral("MMMM yyyy"));
    return localeFor(lang).toString(day, QStringLiteral("yyyy年M月"));
}

QString weekdayName(int dayOfWeek, const QString &language)
{
    return localeFor(languageOf(language)).standaloneDayName(dayOfWeek, QLocale::ShortFormat);
}

QString dayOfMonth(const QDate &day, const QString &language)
{
    if (!day.isValid())
        return {};
    const QString lang = languageOf(language);
    if (day.day() != 1)
        return QString::number(day.day());
    // The first of a month names it, so a grid across two months reads right.
    return lang == QLatin1String("en") ? localeFor(lang).toString(day, QStringLiteral("MMM d"))
                                       : localeFor(lang).toString(day, QStringLiteral("M月d日"));
}

} // namespace guanxi::DateTimeText
