// SPDX-License-Identifier: GPL-3.0-or-later
// Dates and times as the program shows and prints them, in each language, from one formatter:
// no stray "B" in Traditional Chinese (Qt 6.4 does not expand CLDR's day-period letter), one
// format throughout in English, and no other place in the sources that formats a date for people.
#include "core/i18n/DateTimeText.h"
#include "core/i18n/Translations.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

using namespace guanxi;

class TestDateTimeText : public QObject {
    Q_OBJECT
private slots:
    void eachLanguageHasOneWay_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<QString>("longDate");
        QTest::newRow("zh_CN") << "zh_CN"
                               << "2026-12-01"
                               << "2026-12-01 21:27"
                               << "2026年12月1日 星期二";
        QTest::newRow("zh_TW") << "zh_TW"
                               << "2026/12/01"
                               << "2026/12/01 21:27"
                               << "2026年12月1日 星期二";
        QTest::newRow("en") << "en"
                            << "Dec 1, 2026"
                            << "Dec 1, 2026 21:27"
                            << "Tuesday, December 1, 2026";
    }

    void eachLanguageHasOneWay()
    {
        QFETCH(QString, language);
        QFETCH(QString, date);
        QFETCH(QString, dateTime);
        QFETCH(QString, longDate);
        const QDateTime evening(QDate(2026, 12, 1), QTime(21, 27));
        QCOMPARE(DateTimeText::date(evening.date(), language), date);
        QCOMPARE(DateTimeText::dateTime(evening, language), dateTime);
        QCOMPARE(DateTimeText::dateTimeOfMs(evening.toMSecsSinceEpoch(), language), dateTime);
        QCOMPARE(DateTimeText::dateOfIso(QStringLiteral("2026-12-01"), language), date);
        QCOMPARE(DateTimeText::longDate(evening.date(), language), longDate);
        // What a QDateEdit shows is what the lists show.
        QCOMPARE(evening.date().toString(DateTimeText::datePattern(language)).isEmpty(), false);
        QCOMPARE(DateTimeText::dateTimeOfMs(0, language), QString()); // "never" stays empty
        QVERIFY(!DateTimeText::dateTime(evening, language).contains(QLatin1Char('B')));
    }

    // The program's language decides when none is named: the one Translations::install set.
    void theProgramsLanguageByDefault()
    {
        const QDateTime evening(QDate(2026, 12, 1), QTime(21, 27));
        Translations::install(QStringLiteral("zh_TW"));
        QCOMPARE(DateTimeText::dateTime(evening), QStringLiteral("2026/12/01 21:27"));
        Translations::install(QStringLiteral("en"));
        QCOMPARE(DateTimeText::dateTime(evening), QStringLiteral("Dec 1, 2026 21:27"));
        Translations::install(QStringLiteral("zh_CN"));
        QCOMPARE(DateTimeText::dayInWeek(evening.date()), QStringLiteral("周二 12-01"));
        Translations::install(QStringLiteral("en"));
    }

    // Nothing else formats dates for people: QLocale's short and long formats (with the "B") and
    // hand-written patterns stay out of the sources.
    void noOtherFormatterInTheSources()
    {
        static const QRegularExpression forbidden(
            QStringLiteral("QLocale::(Short|Long|Narrow)Format|toString\\([^;]*\"(MM-dd HH|yyyy/M|ddd MM|M/d)"));
        QStringList offenders;
        for (const char *layer : {"core", "models", "ui", "app"}) {
            QDirIterator it(QStringLiteral(GUANXI_SOURCE_DIR "/") + QLatin1String(layer), {QStringLiteral("*.cpp")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String("i18n/DateTimeText.cpp")))
                    continue;
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                if (text.contains(forbidden))
                    offenders.append(path);
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestDateTimeText)
#include "test_date_time_text.moc"
