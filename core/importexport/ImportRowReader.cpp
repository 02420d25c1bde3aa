// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/ImportRowReader.h"

#include "core/contacts/ContactValidator.h"
#include "core/customers/CustomerService.h"
#include "core/customers/CustomerValidator.h"
#include "core/duplicates/MatchKeys.h"
#include "core/i18n/CollationKey.h"
#include "core/importexport/ImportValues.h"
#include "core/users/AccessPolicy.h"
#include "core/util/ControlCharacters.h"
#include "core/util/FieldProblem.h"

#include <algorithm>

namespace guanxi {

ImportRowReader::ImportRowReader(const ImportTable &table, const ImportOptions &options, const Session &actor,
                                 const QHash<QString, User> &users, qint64 now)
    : m_options(options)
    , m_columns(table, options.mapping)
    , m_actor(actor)
    , m_users(users)
    , m_now(now)
{
}

QList<UnreadField> ImportRowReader::extraValues(const ImportRow &row)
{
    QStringList values;
    for (const QString &v : row.extra)
        if (!v.trimmed().isEmpty())
            values.append(withoutControlCharacters(v.trimmed(), false));
    if (values.isEmpty())
        return {};
    return {{Importer::tr("Values without a column"), values.join(QStringLiteral(" | ")),
             Importer::tr("the row has %n value(s) more than the header has columns", "", int(row.extra.size()))}};
}

bool ImportRowReader::isBlank(const ImportRow &row)
{
    return row.problem.isEmpty()
        && std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
}

QString ImportRowReader::cell(const ImportRow &row, ImportField f) const
{
    // Control characters (a NUL, an escape) never reach a record: SQLite's checks would refuse it.
    return m_columns.first(row, f);
}

QStringList ImportRowReader::noteLines(const ImportRow &row) const
{
    QStringList lines = m_columns.noteLines(row);
    m_columns.address(row, atWork(row), &lines);
    return lines;
}

void ImportRowReader::personAsCustomer(const ContactDraft &person, CustomerDraft *c, QStringList *lines)
{
    const QStringList phones = person.phones(), emails = person.emails();
    for (const QString &p : phones)
        if (c->phone.isEmpty())
            c->phone = p;
        else if (p != c->phone)
            lines->append(Importer::tr("Phone: %1").arg(p));
    for (const QString &e : emails)
        if (c->email.isEmpty())
            c->email = e;
        else if (e != c->email)
            lines->append(Importer::tr("E-mail: %1").arg(e));
    for (const ContactChannel &ch : person.channels)
        if (ch.kind == ChannelKind::WeChat || ch.kind == ChannelKind::QQ)
            lines->append(
                (ch.kind == ChannelKind::QQ ? Importer::tr("QQ: %1") : Importer::tr("WeChat: %1")).arg(ch.value));
    if (!person.profile.birthday.isEmpty())
        lines->append(Importer::tr("Birthday: %1").arg(person.profile.birthday));
    if (!person.title.isEmpty())
        lines->append(Importer::tr("Job title: %1").arg(person.title));
}

void ImportRowReader::readCustomer(const ImportRow &row, CustomerDraft *c, QList<UnreadField> *unread) const
{
    c->name = cell(row, ImportField::CustomerName);
    c->shortName = cell(row, ImportField::ShortName);
    QStringList otherAddresses; // kept by noteLines()
    const ImportedAddress at = m_columns.address(row, !c->name.isEmpty(), &otherAddresses);
    c->region = at.region;
    c->city = at.city;
    c->address = at.address;
    c->industry = cell(row, ImportField::Industry);
    c->phone = cell(row, ImportField::CustomerPhone);
    c->email = cell(row, ImportField::CustomerEmail);
    c->website = cell(row, ImportField::Website);
    c->source = cell(row, ImportField::Source);
    c->notes = m_columns.all(row, ImportField::Notes).join(QLatin1Char('\n'));
    c->externalCode = cell(row, ImportField::ExternalCode);
    for (const QString &cellTags : m_columns.all(row, ImportField::Tags))
        for (const QString &t : importvalues::splitTags(cellTags))
            if (!c->tags.contains(t))
                c->tags.append(t);
    // A code that cannot be read is noted; the default stays.
    const auto parse = [&](ImportField f, auto *out, const char *choices) {
        const QString v = cell(row, f);
        if (!v.isEmpty() && !fromCode(v, out))
            unread->append({importFieldName(f), v,
                            Importer::tr("\"%1\" is not a %2 (use one of: %3).")
                                .arg(v, importFieldName(f).toLower(), QLatin1String(choices))});
    };
    if (const QString tier = cell(row, ImportField::Tier); !tier.isEmpty() && !tierFromCode(tier, &c->tier)) {
        c->tier = Tier::Normal;
        unread->append({importFieldName(ImportField::Tier), tier,
                        Importer::tr("\"%1\" is not an importance (use normal, important or vip; 普通, 重要 or 贵宾).")
                            .arg(tier)});
    }
    parse(ImportField::CustomerKind, &c->kind, "business, consumer, channel, internal");
    parse(ImportField::Stage, &c->stage, "potential, new, old, loyal");
}

ContactDraft ImportRowReader::readPerson(const ImportRow &row) const
{
    ContactDraft p;
    p.name = importvalues::personName(cell(row, ImportField::PersonName),
                                      m_columns.all(row, ImportField::GivenName).join(QLatin1Char(' ')),
                                      m_columns.all(row, ImportField::FamilyName).join(QLatin1Char(' ')));
    p.title = cell(row, ImportField::Title);
    p.channels = m_columns.channels(row);
    p.profile.birthday = importvalues::birthday(cell(row, ImportField::Birthday), cell(row, ImportField::BirthYear),
                                                cell(row, ImportField::BirthMonth), cell(row, ImportField::BirthDay));
    p.profile.gender = importvalues::gender(cell(row, ImportField::Gender));
    return p;
}

bool ImportRowReader::ownerFor(const ImportRow &row, QString *ownerId, QString *error) const
{
    const QString wanted = cell(row, ImportField::Owner);
    if (!m_options.keepOwnerAndDates || wanted.isEmpty() || !AccessPolicy(m_actor).leadsTeam()) {
        *ownerId = m_actor.userId;
        return true;
    }
    const auto it = m_users.constFind(wanted.toCaseFolded());
    if (it == m_users.constEnd()) {
        *error = Importer::tr("The owner \"%1\" is not a user of this database.").arg(wanted);
        return false;
    }
    if (!AccessPolicy(m_actor).canAssignTo(it->id, it->departmentId)) {
        *error = Importer::tr("You may not give customers to %1.").arg(it->displayName);
        return false;
    }
    *ownerId = it->id;
    return true;
}

void ImportRowReader::datesFor(const ImportRow &row, qint64 *created, qint64 *lastContact,
                               QList<UnreadField> *unread) const
{
    *created = m_now;
    *lastContact = 0;
    if (!m_options.keepOwnerAndDates)
        return;
    for (const auto &[field, out] :
         {std::pair{ImportField::CreatedAt, created}, std::pair{ImportField::LastContactAt, lastContact}}) {
        const QString text = cell(row, field);
        bool ok = true;
        const qint64 at = importvalues::instant(text, &ok);
        QString why;
        if (!ok)
            why = Importer::tr("\"%1\" is not a date (for example 2024-03-21 or 2024-03-21 14:30).").arg(text);
        else if (at > m_now + 86'400'000)
            why = Importer::tr("The date %1 lies in the future.").arg(text);
        if (!why.isEmpty()) {
            unread->append({importFieldName(field), text, why});
            continue; // the default (now, or never contacted) stays
        }
        if (at != 0)
            *out = at;
    }
}

CustomerRowPlan ImportRowReader::planCustomerRow(const ImportRow &row) const
{
    CustomerRowPlan refused;
    if (isBlank(row)) {
        refused.blank = true;
        return refused;
    }
    if (!row.problem.isEmpty()) {
        refused.rejection = row.problem;
        return refused;
    }
    CustomerDraft c;
    QList<UnreadField> unread = extraValues(row);
    readCustomer(row, &c, &unread);
    ContactDraft person = readPerson(row);
    QStringList lines = noteLines(row);
    if (c.name.isEmpty()) {
        if (person.name.isEmpty()) {
            refused.rejection = Importer::tr("The row has neither a customer name nor a contact name.");
            return refused;
        }
        // A person without a company is a private customer.
        c.name = person.name;
        c.kind = CustomerKind::Consumer;
        person.name.clear();
    }
    if (person.name.isEmpty()) {
        // Phones and e-mails without a person to reach are the customer's own.
        personAsCustomer(person, &c, &lines);
        person = ContactDraft{};
    }
    ImportColumns::appendLines(&c.notes, lines, CustomerValidator::kMaxNotes);
    return plan(row, std::move(c), std::move(person), std::move(unread));
}

CustomerRowPlan ImportRowReader::plan(const ImportRow &row, CustomerDraft customer, ContactDraft person,
                                      QList<UnreadField> unread) const
{
    CustomerRowPlan p;
    // What cannot be read costs only itself: the owner falls back to the importing user, a date to
    // its default, a bad field is left out and kept in the notes. Only a record without a name is refused.
    if (QString error; !ownerFor(row, &customer.ownerId, &error)) {
        unread.append({importFieldName(ImportField::Owner), cell(row, ImportField::Owner), error});
        customer.ownerId = m_actor.userId;
    }
    datesFor(row, &p.created, &p.lastContact, &unread);
    if (QList<FieldProblem> problems = FieldSalvage::customer(&customer, &unread); !problems.isEmpty()) {
        p.rejection = problemsInOneLine(problems);
        return p;
    }
    if (!person.name.isEmpty()) {
        QList<UnreadField> personUnread;
        if (QList<FieldProblem> problems = FieldSalvage::contact(&person, &personUnread); !problems.isEmpty()) {
            p.rejection = problemsInOneLine(problems);
            return p;
        }
        FieldSalvage::keepInNotes(&person.notes, personUnread, ContactValidator::kMaxNotes);
        p.unread += personUnread;
        p.personKeys = MatchKeys::forPerson(person.phones(), person.emails());
        p.personNameKey = CollationKey::ofPerson(person.name);
        // A contact's index text is made of its own fields only: it holds whichever customer it joins.
        p.personText = SearchDoc::forContact({}, person, customer.name, customer.ownerId).indexText();
    }
    FieldSalvage::keepInNotes(&customer.notes, unread, CustomerValidator::kMaxNotes);
    p.unread = unread + p.unread;
    p.customerKeys = CustomerService::matchKeys(customer);
    p.customerNameKey = CollationKey::of(customer.name);
    p.customerText = SearchDoc::forCustomer({}, customer).indexText();
    p.customer = std::move(customer);
    p.person = std::move(person);
    return p;
}

} // namespace guanxi
