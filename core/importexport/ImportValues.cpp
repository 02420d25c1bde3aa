// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/ImportValues.h"

#include <QDateTime>
#include <QRegularExpression>

namespace guanxi::importvalues {

QString personName(const QString &full, const QString &given, const QString &family)
{
    if (!full.trimmed().isEmpty())
        return full.simplified();
    const QString g = given.simplified(), f = family.simplified();
    if (g.isEmpty() || f.isEmpty())
        return g + f;
    const bool han = f.at(0).unicode() >= 0x2E80;
    return han ? QString(f + g) : QString(g + QLatin1Char(' ') + f);
}

QStringList splitList(const QString &cell)
{
    static const QRegularExpression sep(QStringLiteral("(?:[;,，；、/\\n]|:::)+"));
    QStringList out;
    for (const QString &part : cell.split(sep, Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QStringList splitTags(const QString &cell)
{
    static const QRegularExpression sep(QStringLiteral("(?:[;,，；、\\n]|:::)+"));
    QStringList out;
    for (QString t : cell.split(sep, Qt::SkipEmptyParts)) {
        t = t.trimmed();
        if (t.startsWith(QLatin1Char('*')))
            t = t.mid(1).trimmed();
        const QString folded = t.toCaseFolded().remove(QLatin1Char(' ')).remove(QLatin1Char(':'));
        if (t.isEmpty() || folded == QLatin1String("mycontacts") || folded.startsWith(QLatin1String("systemgroup"))
            || folded == QLatin1String("starred") || out.contains(t))
            continue;
        out.append(t);
    }
    return out;
}

QString birthday(const QString &whole, const QString &year, const QString &month, const QString &day)
{
    static const QRegularExpression none(QStringLiteral("^0+[-/.]0+[-/.]0+$"));
    if (!whole.isEmpty())
        return none.match(whole).hasMatch() ? QString() : whole;
    if (month.isEmpty() && day.isEmpty())
        return year.isEmpty() ? QString() : year; // a year alone is not a birthday: the check says so
    const int y = year.toInt();
    const QString md =
        QStringLiteral("%1-%2").arg(month.trimmed(), 2, QLatin1Char('0')).arg(day.trimmed(), 2, QLatin1Char('0'));
    return y > 0 ? QStringLiteral("%1-%2").arg(year.trimmed(), md) : QStringLiteral("--") + md;
}

qint64 instant(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.isEmpty())
        return 0;
    bool number = false;
    const double serial = t.toDouble(&number);
    if (number && serial > 1 && serial < 2958466 && !t.contains(QLatin1Char('-'))) {
        if (t.size() == 8 && !t.contains(QLatin1Char('.'))) { // yyyyMMdd
            const QDate d = QDate::fromString(t, QStringLiteral("yyyyMMdd"));
            if (d.isValid())
                return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
        }
        // Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in), in local time.
        const qint64 days = static_cast<qint64>(serial);
        const qint64 ms = static_cast<qint64>((serial - static_cast<double>(days)) * 86400000.0 + 0.5);
        return QDateTime(QDate(1899, 12, 30).addDays(days), QTime(0, 0)).addMSecs(ms).toMSecsSinceEpoch();
    }
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = re.match(t);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (d.isValid() && time.isValid())
            return QDateTime(d, time).toMSecsSinceEpoch();
    }
    *ok = false;
    return 0;
}

QString gender(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QStringLiteral("男") || t == QLatin1String("m") || t == QLatin1String("male")
        || t == QStringLiteral("先生"))
        return QStringLiteral("m");
    if (t == QStringLiteral("女") || t == QLatin1String("f") || t == QLatin1String("female")
        || t == QStringLiteral("女士"))
        return QStringLiteral("f");
    return {};
}

} // namespace guanxi::importvalues
