// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/PhoneNumber.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <atomic>
#include <set>

namespace guanxi {

namespace {

// Two ASCII letters packed in one word, so that worker threads read the region without a lock.
std::atomic<quint32> g_defaultRegion{(quint32('C') << 8) | quint32('N')};

// The E.164 form of a common Chinese number (see PhoneNumber::e164), or false to ask libphonenumber.
bool quickChineseE164(const QString &text, QString *out)
{
    QString d;
    d.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= '0' && c.unicode() <= '9')
            d.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && !(c == QLatin1Char('+') && d.isEmpty()))
            return false;
    }
    const bool international = text.trimmed().startsWith(QLatin1Char('+'));
    if (international) {
        if (!d.startsWith(QLatin1String("86")))
            return false;
        d.remove(0, 2);
        if (d.startsWith(QLatin1Char('0')))
            return false; // "+86 0..." is malformed; let libphonenumber judge it
    }
    const auto at = [&d](int i) { return d.at(i).unicode(); };
    if (d.size() == 11 && at(0) == '1' && at(1) >= '3' && at(1) <= '9' && !(at(1) == '4' && at(2) == '0')) {
        *out = QStringLiteral("+86") + d;
        return true;
    }
    // Landlines: 010 and 02X take an 8-digit local number, other area codes 7 or 8 digits.
    const QString national = international ? QLatin1Char('0') + d : d;
    if (national.size() >= 10 && national.at(0) == QLatin1Char('0') && national.at(1) != QLatin1Char('0')) {
        const bool shortArea = national.startsWith(QLatin1String("010")) || national.at(1) == QLatin1Char('2');
        const qsizetype local = national.size() - (shortArea ? 3 : 4);
        if ((shortArea && local == 8) || (!shortArea && (local == 7 || local == 8))) {
            const QChar first = national.at(shortArea ? 3 : 4);
            if (first != QLatin1Char('0') && first != QLatin1Char('1')) {
                *out = QStringLiteral("+86") + national.mid(1);
                return true;
            }
        }
    }
    return false;
}

} // namespace

QString PhoneNumber::defaultRegion()
{
    const quint32 packed = g_defaultRegion.load(std::memory_order_relaxed);
    const char code[2] = {char(packed >> 8), char(packed & 0xff)};
    return QString::fromLatin1(code, 2);
}

void PhoneNumber::setDefaultRegion(const QString &region)
{
    if (region.size() == 2 && isRegion(region.toUpper())) {
        const QByteArray c = region.toUpper().toLatin1();
        g_defaultRegion.store((quint32(uchar(c.at(0))) << 8) | quint32(uchar(c.at(1))), std::memory_order_relaxed);
    }
}

QStringList PhoneNumber::regions()
{
    std::set<std::string> codes;
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&codes);
    QStringList out;
    for (const std::string &c : codes)
        out.append(QString::fromStdString(c));
    return out;
}

bool PhoneNumber::isRegion(const QString &code)
{
    static const QStringList known = regions();
    return known.contains(code);
}

QString PhoneNumber::toE164(const QString &text)
{
    QString quick;
    const QString region = defaultRegion();
    if ((region == QLatin1String("CN") || text.trimmed().startsWith(QLatin1Char('+')))
        && quickChineseE164(text, &quick))
        return quick;
    return parseWithLibraryOnly(text, region).e164;
}

PhoneNumber PhoneNumber::parse(const QString &text, const QString &regionGiven)
{
    const QString defaultRegion = regionGiven.isEmpty() ? PhoneNumber::defaultRegion() : regionGiven;
    QString quick;
    if ((defaultRegion == QLatin1String("CN") || text.trimmed().startsWith(QLatin1Char('+')))
        && quickChineseE164(text, &quick)) {
        using i18n::phonenumbers::PhoneNumberUtil;
        i18n::phonenumbers::PhoneNumber number;
        number.set_country_code(86);
        number.set_national_number(QStringView(quick).mid(3).toULongLong());
        const PhoneNumberUtil::PhoneNumberType type = PhoneNumberUtil::GetInstance()->GetNumberType(number);
        PhoneNumber out;
        out.e164 = quick;
        out.valid = type != PhoneNumberUtil::UNKNOWN;
        out.mobile = type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
        return out;
    }
    return parseWithLibraryOnly(text, defaultRegion);
}

PhoneNumber PhoneNumber::parseWithLibraryOnly(const QString &text, const QString &regionGiven)
{
    const QString defaultRegion = regionGiven.isEmpty() ? PhoneNumber::defaultRegion() : regionGiven;
    using i18n::phonenumbers::PhoneNumberUtil;
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    // Full-width digits typed with a Chinese input method become plain digits first.
    const std::string input = text.normalized(QString::NormalizationForm_KC).trimmed().toStdString();
    i18n::phonenumbers::PhoneNumber number;
    PhoneNumber out;
    if (input.empty() || util->Parse(input, defaultRegion.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return out;
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    out.e164 = QString::fromStdString(e164);
    out.extension = QString::fromStdString(number.extension());
    out.valid = util->IsValidNumber(number);
    const PhoneNumberUtil::PhoneNumberType type = util->GetNumberType(number);
    out.mobile = type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    return out;
}

QString PhoneNumber::display(const QString &text, const QString &defaultRegion)
{
    static const QRegularExpression extension(QStringLiteral("\\s*((?:ext\\.?|x|转|分机)\\s*[0-9]{1,6})$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString plain = text.normalized(QString::NormalizationForm_KC).simplified();
    QString number = plain, suffix;
    if (const QRegularExpressionMatch m = extension.match(plain); m.hasMatch()) {
        number = plain.left(m.capturedStart());
        suffix = QLatin1Char(' ') + m.captured(1);
    }
    const PhoneNumber p = parse(number, defaultRegion);
    const QString shown = p.shown();
    if (shown.isEmpty())
        return plain;
    // An extension libphonenumber found in another form (tel:…;ext=102, "#102") is written as ours.
    if (suffix.isEmpty() && !p.extension.isEmpty())
        suffix =
            (p.e164.startsWith(QLatin1String("+86")) ? QStringLiteral(" 转 ") : QStringLiteral(" ext. ")) + p.extension;
    return shown + suffix;
}

QString PhoneNumber::shown() const
{
    if (!valid || !e164.startsWith(QLatin1Char('+')))
        return {};
    // Chinese numbers in their national form where China is the default region; anywhere else (and
    // every other country's numbers) in international form, which no region setting can misread.
    if (e164.startsWith(QLatin1String("+86")) && defaultRegion() == QLatin1String("CN")) {
        const QString national = e164.mid(3);
        if (mobile && national.size() == 11)
            return national.left(3) + QLatin1Char(' ') + national.mid(3, 4) + QLatin1Char(' ') + national.mid(7);
        // Beijing (10) and the 2X cities have two-digit area codes, the rest three.
        const int area = national.startsWith(QLatin1String("10")) || national.startsWith(QLatin1Char('2')) ? 2 : 3;
        if (!mobile && national.size() > area + 5)
            return QLatin1Char('0') + national.left(area) + QLatin1Char('-') + national.mid(area);
    }
    using i18n::phonenumbers::PhoneNumberUtil;
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    if (util->Parse(e164.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string out;
    util->Format(parsed, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

} // namespace guanxi
