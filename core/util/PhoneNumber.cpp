// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

namespace guanxi {

PhoneNumber PhoneNumber::parse(const QString &text, const QString &defaultRegion)
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

} // namespace guanxi
