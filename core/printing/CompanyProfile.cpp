// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/CompanyProfile.h"

#include "core/storage/DbSettings.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"

namespace guanxi {

namespace {
const QString kName = QStringLiteral("company.name");
const QString kAddress = QStringLiteral("company.address");
const QString kPhone = QStringLiteral("company.phone");
const QString kTaxId = QStringLiteral("company.tax_id");
const QString kBank = QStringLiteral("company.bank");
const QString kLogo = QStringLiteral("company.logo"); // base64
} // namespace

Result<CompanyProfile> CompanyProfile::load(Database &db)
{
    CompanyProfile p;
    const std::pair<const QString *, QString *> fields[] = {
        {&kName, &p.name}, {&kAddress, &p.address}, {&kPhone, &p.phone}, {&kTaxId, &p.taxId}, {&kBank, &p.bank}};
    for (const auto &[key, out] : fields) {
        Result<QString> v = dbsettings::value(db, *key);
        if (!v)
            return v.error();
        *out = *v;
    }
    Result<QString> logo = dbsettings::value(db, kLogo);
    if (!logo)
        return logo.error();
    p.logo = QByteArray::fromBase64(logo->toLatin1());
    return p;
}

Status CompanyProfile::save(Database &db, const Session &actor, const CompanyProfile &p)
{
    if (!AccessPolicy(actor).leadsTeam())
        return Error{
            ErrorCode::PermissionDenied, tr("Only a manager or an administrator may change the letterhead."), {}};
    if (!p.logo.isEmpty() && !p.logo.startsWith("\x89PNG\r\n\x1a\n") && !p.logo.startsWith("\xFF\xD8\xFF"))
        return Error{ErrorCode::Invalid, tr("The logo must be a PNG or JPEG image."), {}, QStringLiteral("logo")};
    if (p.logo.size() > 512 * 1024)
        return Error{ErrorCode::Invalid, tr("The logo is larger than 512 KB."), {}, QStringLiteral("logo")};
    return inWriteTransaction(db, [&]() -> Status {
        const std::pair<const QString *, QString> fields[] = {
            {&kName, p.name.trimmed()},   {&kAddress, p.address.trimmed()},
            {&kPhone, p.phone.trimmed()}, {&kTaxId, p.taxId.trimmed()},
            {&kBank, p.bank.trimmed()},   {&kLogo, QString::fromLatin1(p.logo.toBase64())}};
        for (const auto &[key, value] : fields)
            if (Status s = dbsettings::setValue(db, *key, value); !s)
                return s;
        return Status{};
    });
}

} // namespace guanxi
