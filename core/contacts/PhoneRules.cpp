// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contacts/PhoneRules.h"

#include "core/storage/DbSettings.h"
#include "core/users/AccessPolicy.h"
#include "core/util/PhoneNumber.h"

#include <QLocale>

#include <unicode/uloc.h>

namespace guanxi {

namespace {
const QString kKey = QStringLiteral("phones.default_region");
}

Result<QString> PhoneRules::region()
{
    Result<QString> stored = dbsettings::value(m_db, kKey, QStringLiteral("CN"));
    if (!stored)
        return stored.error();
    return PhoneNumber::isRegion(*stored) ? *stored : QStringLiteral("CN");
}

Status PhoneRules::setRegion(const Session &actor, const QString &code)
{
    if (!AccessPolicy(actor).leadsTeam())
        return Error{ErrorCode::PermissionDenied,
                     tr("Only a manager or an administrator sets the country of phone numbers."),
                     {}};
    const QString c = code.trimmed().toUpper();
    if (!PhoneNumber::isRegion(c))
        return Error{ErrorCode::Invalid, tr("\"%1\" is not a country code, for example CN, US or DE.").arg(code), {}};
    if (Status s = dbsettings::setValue(m_db, kKey, c); !s)
        return s;
    PhoneNumber::setDefaultRegion(c);
    return {};
}

Status PhoneRules::apply()
{
    Result<QString> r = region();
    if (!r)
        return r.error();
    PhoneNumber::setDefaultRegion(*r);
    return {};
}

QString PhoneRules::regionName(const QString &code)
{
    // ICU knows every country's name in every language (Qt only the English one).
    const QByteArray locale = "und_" + code.toLatin1();
    const QByteArray display = QLocale().name().toLatin1();
    UChar buffer[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t n = uloc_getDisplayCountry(locale.constData(), display.constData(), buffer, 128, &status);
    const QString name =
        U_SUCCESS(status) && n > 0 ? QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer), n) : code;
    return tr("%1 (%2)").arg(name, code);
}

} // namespace guanxi
