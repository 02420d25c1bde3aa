// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contacts/ContactValidator.h"

#include "core/customers/CustomerValidator.h"
#include "core/util/ControlCharacters.h"
#include "core/util/PhoneNumber.h"

#include <QDate>
#include <QRegularExpression>

#include <utility>

namespace guanxi {

QString ContactValidator::normaliseBirthday(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    // vCard and XLSX write a date-time ("1978-12-29T00:00:00Z"): its day is the birthday.
    static const QRegularExpression timeOfDay(
        QStringLiteral("[T ]\\d{1,2}:?\\d{2}(?::?\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?$"));
    t.remove(timeOfDay);
    // ISO 8601's basic forms (vCard 3 and 4): 19781229, --1229.
    static const QRegularExpression basic(QStringLiteral("^(\\d{4}|--)(\\d{2})(\\d{2})$"));
    if (const QRegularExpressionMatch m = basic.match(t); m.hasMatch())
        t = m.captured(1) + (m.captured(1) == QLatin1String("--") ? QString() : QStringLiteral("-")) + m.captured(2)
            + QLatin1Char('-') + m.captured(3);
    // Outlook's and American spreadsheets' month/day/year (day/month when the first cannot be a month).
    static const QRegularExpression monthFirst(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    if (const QRegularExpressionMatch m = monthFirst.match(t); m.hasMatch()) {
        int month = m.captured(1).toInt(), day = m.captured(2).toInt();
        if (month > 12)
            std::swap(month, day);
        t = QStringLiteral("%1-%2-%3").arg(m.captured(3)).arg(month).arg(day);
    }
    static const QRegularExpression withYear(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression withoutYear(QStringLiteral("^(?:--)?(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    if (const QRegularExpressionMatch m = withYear.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() && d.year() >= 1900 ? d.toString(Qt::ISODate) : QString();
    }
    if (const QRegularExpressionMatch m = withoutYear.match(t); m.hasMatch()) {
        const QDate d(2000, m.captured(1).toInt(), m.captured(2).toInt()); // a leap year: 29 Feb is a day
        return d.isValid() ? d.toString(QStringLiteral("--MM-dd")) : QString();
    }
    return {};
}

QString ContactValidator::checkChannel(ContactChannel *c)
{
    c->value = c->value.normalized(QString::NormalizationForm_KC).simplified();
    c->label = c->label.simplified();
    if (c->value.size() > kMaxText)
        return tr("\"%1…\" is too long for a phone number, e-mail or IM id.").arg(c->value.left(20));
    if (isPhoneKind(c->kind)) {
        const PhoneNumber p = PhoneNumber::parse(c->value);
        if (!p.valid)
            return tr("\"%1\" is not a valid phone number. Write it with its area code, for example "
                      "138 0013 8000, 010 6552 9988 or +1 650 253 0000.")
                .arg(c->value);
        if (c->kind == ChannelKind::Phone && p.mobile)
            c->kind = ChannelKind::Mobile;
        else if (c->kind == ChannelKind::Mobile && !p.mobile)
            c->kind = ChannelKind::Phone;
        c->normalized = p.e164;
        if (!p.shown().isEmpty())
            c->value = PhoneNumber::display(c->value); // with its extension, if it has one
        return {};
    }
    switch (c->kind) {
    case ChannelKind::Email:
        if (!CustomerValidator::isValidEmail(c->value))
            return tr("\"%1\" is not an e-mail address, for example name@example.com.").arg(c->value);
        c->normalized = c->value.toLower();
        return {};
    case ChannelKind::WeChat: {
        // A WeChat id: 6-20 letters, digits, _ or -, starting with a letter; or the phone number
        // the account was opened with.
        static const QRegularExpression id(QStringLiteral("^[A-Za-z][-_A-Za-z0-9]{5,19}$"));
        const PhoneNumber p = PhoneNumber::parse(c->value);
        if (!id.match(c->value).hasMatch() && !(p.valid && p.mobile))
            return tr("\"%1\" is not a WeChat id: 6 to 20 letters, digits, _ or -, starting with a "
                      "letter, or a mobile number.")
                .arg(c->value);
        c->normalized = c->value.toLower();
        return {};
    }
    case ChannelKind::QQ: {
        static const QRegularExpression qq(QStringLiteral("^[1-9][0-9]{4,11}$"));
        if (!qq.match(c->value).hasMatch())
            return tr("\"%1\" is not a QQ number (5 to 12 digits).").arg(c->value);
        c->normalized = c->value;
        return {};
    }
    default:
        c->normalized = c->value;
        return {};
    }
}

QList<FieldProblem> ContactValidator::check(ContactDraft *d)
{
    QList<FieldProblem> problems;
    d->name = d->name.simplified();
    d->title = d->title.simplified();
    if (d->name.isEmpty())
        problems.append({QStringLiteral("name"), tr("Enter the contact's name.")});
    else if (d->name.size() > kMaxName)
        problems.append({QStringLiteral("name"), tr("The name may have at most %1 characters.").arg(kMaxName)});
    else if (hasControlCharacters(d->name, false))
        problems.append({QStringLiteral("name"), tr("The name contains control characters.")});
    if (d->title.size() > kMaxText)
        problems.append({QStringLiteral("title"), tr("The title may have at most %1 characters.").arg(kMaxText)});
    else if (hasControlCharacters(d->title, false))
        problems.append({QStringLiteral("title"), tr("The title contains control characters.")});

    QList<ContactChannel> kept;
    for (ContactChannel c : std::as_const(d->channels)) {
        if (c.value.trimmed().isEmpty())
            continue;
        if (const QString problem = checkChannel(&c); !problem.isEmpty())
            problems.append({QStringLiteral("channels"), problem});
        kept.append(c);
    }
    d->channels = kept;
    if (d->channels.size() > kMaxChannels)
        problems.append({QStringLiteral("channels"),
                         tr("A contact may have at most %1 phone numbers, e-mails and IM ids.").arg(kMaxChannels)});

    ContactProfile &p = d->profile;
    if (!p.birthday.trimmed().isEmpty()) {
        const QString day = normaliseBirthday(p.birthday);
        if (day.isEmpty())
            problems.append({QStringLiteral("birthday"),
                             tr("\"%1\" is not a date, for example 1985-03-21 or 03-21.").arg(p.birthday)});
        else
            p.birthday = day;
    } else {
        p.birthday.clear();
    }
    if (!p.gender.isEmpty() && p.gender != QLatin1String("f") && p.gender != QLatin1String("m"))
        problems.append({QStringLiteral("gender"), tr("Unknown gender code \"%1\".").arg(p.gender)});
    for (QString *text : {&p.hometown, &p.university, &p.sports, &p.favouriteFood, &p.pets, &p.books, &p.lastHoliday,
                          &p.nextHoliday, &p.goals}) {
        *text = text->trimmed();
        if (text->size() > kMaxText) {
            problems.append(
                {QStringLiteral("profile"), tr("A profile entry may have at most %1 characters.").arg(kMaxText)});
            break;
        }
    }
    if (d->notes.size() > kMaxNotes)
        problems.append({QStringLiteral("notes"), tr("The notes may have at most %1 characters.").arg(kMaxNotes)});
    return problems;
}

} // namespace guanxi
