// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/PhoneNumber.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

namespace guanxi {

namespace {

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
            return false;   // "+86 0..." is malformed; let libphonenumber judge it
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

QString PhoneNumber::toE164(const QString &text)
{
    QString quick;
    if (quickChineseE164(text, &quick))
        return quick;
    return parseWithLibraryOnly(text, QStringLiteral("CN")).e164;
}

PhoneNumber PhoneNumber::parse(const QString &text, const QString &defaultRegion)
{
    QString quick;
    if (defaultRegion == QLatin1String("CN") && quickChineseE164(text, &quick)) {
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

PhoneNumber PhoneNumber::parseWithLibraryOnly(const QString &text, const QString &defaultRegion)
{
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
    const QString shown = parse(number, defaultRegion).shown();
    return shown.isEmpty() ? plain : shown + suffix;
}

QString PhoneNumber::shown() const
{
    if (!valid || !e164.startsWith(QLatin1Char('+')))
        return {};
    if (e164.startsWith(QLatin1String("+86"))) {
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
