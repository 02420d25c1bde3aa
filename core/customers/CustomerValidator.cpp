// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerValidator.h"

#include "core/i18n/Translations.h"
#include "core/util/ControlCharacters.h"
#include "core/util/PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace guanxi {

QString CustomerValidator::normalisePhone(const QString &phone)
{
    // Full-width digits and separators are common when typing with a Chinese IME; a number is then
    // written as every number in Guanxi is (138 0013 8000, 0571-88886666, +49 30 1234567).
    return PhoneNumber::display(phone.normalized(QString::NormalizationForm_KC).simplified());
}

bool CustomerValidator::isValidPhone(const QString &p)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()\\-]+(( ?(ext\\.?|x|转|分机) ?)[0-9]{1,6})?$"));
    if (!allowed.match(p).hasMatch())
        return false;
    int digits = 0;
    for (QChar c : p)
        digits += c.isDigit() ? 1 : 0;
    if (digits < 5 || digits > 20)
        return false;
    // An 11-digit number starting with 1 (no country code) is a Chinese mobile: 1[3-9]xxxxxxxxx.
    QString bare;
    for (QChar c : p)
        if (c.isDigit())
            bare.append(c);
    if (!p.startsWith(u'+') && !p.startsWith(u'0') && bare.size() == 11 && bare.startsWith(u'1'))
        return bare.at(1) >= u'3' && bare.at(1) <= u'9';
    return true;
}

QStringList CustomerValidator::normaliseTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags) {
        // Tags typed in one field are often separated by Chinese or Latin commas.
        static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
        for (const QString &part : t.split(separators, Qt::SkipEmptyParts)) {
            const QString tag = part.simplified();
            if (!tag.isEmpty() && !out.contains(tag, Qt::CaseInsensitive))
                out.append(tag);
        }
    }
    return out;
}

bool CustomerValidator::isValidWebsite(const QString &site)
{
    static const QRegularExpression re(QStringLiteral(
        "^(https?://)?[A-Za-z0-9\\x{80}-\\x{FFFF}]([A-Za-z0-9\\x{80}-\\x{FFFF}-]*[A-Za-z0-9\\x{80}-\\x{FFFF}])?"
        "(\\.[A-Za-z0-9\\x{80}-\\x{FFFF}]([A-Za-z0-9\\x{80}-\\x{FFFF}-]*[A-Za-z0-9\\x{80}-\\x{FFFF}])?)+(:[0-9]{1,5})?(/\\S*)?$"));
    return site.size() <= 500 && re.match(site).hasMatch();
}

bool CustomerValidator::isValidEmail(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return email.size() <= 254 && re.match(email).hasMatch() && !email.contains(QLatin1String(".."));
}

QList<FieldProblem> CustomerValidator::check(CustomerDraft *d)
{
    QList<FieldProblem> problems;
    for (QString *line :
         {&d->name, &d->shortName, &d->region, &d->city, &d->industry, &d->source, &d->externalCode, &d->address})
        *line = line->simplified();
    d->email = d->email.trimmed();
    d->website = d->website.trimmed();
    d->phone = normalisePhone(d->phone);
    d->tags = normaliseTags(d->tags);

    if (d->name.isEmpty())
        problems.append({QStringLiteral("name"), tr("Enter the customer's name.")});
    else if (d->name.size() > kMaxName)
        problems.append({QStringLiteral("name"), tr("The name may have at most %1 characters.").arg(kMaxName)});
    else if (hasControlCharacters(d->name, false))
        problems.append({QStringLiteral("name"), tr("The name contains control characters.")});

    if (!d->phone.isEmpty() && !isValidPhone(d->phone))
        problems.append({QStringLiteral("phone"),
                         tr("\"%1\" is not a phone number. Use digits, spaces, dashes and an optional "
                            "leading +, for example 138 0013 8000 or +86 10 6552 9988.")
                             .arg(d->phone)});
    if (!d->email.isEmpty() && !isValidEmail(d->email))
        problems.append({QStringLiteral("email"),
                         tr("\"%1\" is not an e-mail address, for example name@example.com.").arg(d->email)});
    if (d->region.size() > kMaxShortText)
        problems.append(
            {QStringLiteral("region"), tr("The region may have at most %1 characters.").arg(kMaxShortText)});
    if (d->industry.size() > kMaxShortText)
        problems.append(
            {QStringLiteral("industry"), tr("The industry may have at most %1 characters.").arg(kMaxShortText)});
    const std::initializer_list<std::pair<const QString *, const char *>> lines = {
        {&d->shortName, "shortName"}, {&d->city, "city"}, {&d->source, "source"}, {&d->externalCode, "externalCode"}};
    for (const auto &[value, field] : lines)
        if (value->size() > kMaxShortText || hasControlCharacters(*value, false))
            problems.append({QLatin1String(field),
                             tr("\"%1\" is too long (at most %2 characters) or contains "
                                "control characters.")
                                 .arg(value->left(40))
                                 .arg(kMaxShortText)});
    if (d->address.size() > kMaxName)
        problems.append({QStringLiteral("address"), tr("The address may have at most %1 characters.").arg(kMaxName)});
    d->documentLanguage = d->documentLanguage.trimmed();
    if (!d->documentLanguage.isEmpty() && !Translations::available().contains(d->documentLanguage))
        problems.append(
            {QStringLiteral("document_language"),
             tr("Printed documents are in zh_CN, zh_TW or en, not \"%1\".").arg(d->documentLanguage.left(20))});
    if (!d->website.isEmpty() && !isValidWebsite(d->website))
        problems.append({QStringLiteral("website"),
                         tr("\"%1\" is not a web address, for example www.example.com.").arg(d->website)});
    for (const QString &tag : std::as_const(d->tags)) {
        if (tag.size() > kMaxTag || tag.contains(QLatin1Char('|')) || hasControlCharacters(tag, false)) {
            problems.append({QStringLiteral("tags"),
                             tr("The tag \"%1\" is too long (at most %2 characters) or contains \"|\".")
                                 .arg(tag.left(40))
                                 .arg(kMaxTag)});
            break;
        }
    }
    if (d->tags.size() > kMaxTags)
        problems.append({QStringLiteral("tags"), tr("A customer may have at most %1 tags.").arg(kMaxTags)});
    const CustomerBackground &b = d->background;
    for (const QString *text :
         {&b.orgStructure, &b.businessSituation, &b.purchasingDept, &b.supportDept, &b.usingDept, &b.installedBase}) {
        if (text->size() > kMaxNotes) {
            problems.append(
                {QStringLiteral("background"), tr("A background text may have at most %1 characters.").arg(kMaxNotes)});
            break;
        }
    }
    if (d->notes.size() > kMaxNotes)
        problems.append({QStringLiteral("notes"), tr("The notes may have at most %1 characters.").arg(kMaxNotes)});
    else if (hasControlCharacters(d->notes, true))
        problems.append({QStringLiteral("notes"), tr("The notes contain control characters.")});
    return problems;
}

} // namespace guanxi
