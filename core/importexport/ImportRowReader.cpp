// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportRowReader.h"

#include "contacts/ContactValidator.h"
#include "customers/CustomerService.h"
#include "customers/CustomerValidator.h"
#include "duplicates/MatchKeys.h"
#include "i18n/CollationKey.h"
#include "importexport/ImportValues.h"
#include "users/AccessPolicy.h"
#include "util/ControlCharacters.h"
#include "util/FieldProblem.h"

#include <algorithm>

namespace guanxi {

ImportRowReader::ImportRowReader(const ImportTable &table, const ImportOptions &options, const Session &actor,
                                 const QHash<QString, User> &users, qint64 now)
    : m_table(table), m_options(options), m_actor(actor), m_users(users), m_now(now)
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
    const bool lines = f == ImportField::Notes || f == ImportField::Address;
    return withoutControlCharacters(m_table.value(row, m_options.mapping.columnOf(f)), lines).trimmed();
}

void ImportRowReader::readCustomer(const ImportRow &row, CustomerDraft *c, QList<UnreadField> *unread) const
{
    c->name = cell(row, ImportField::CustomerName);
    c->shortName = cell(row, ImportField::ShortName);
    c->region = cell(row, ImportField::Region);
    c->city = cell(row, ImportField::City);
    c->address = cell(row, ImportField::Address);
    c->industry = cell(row, ImportField::Industry);
    c->phone = cell(row, ImportField::CustomerPhone);
    c->email = cell(row, ImportField::CustomerEmail);
    c->website = cell(row, ImportField::Website);
    c->source = cell(row, ImportField::Source);
    c->notes = cell(row, ImportField::Notes);
    c->externalCode = cell(row, ImportField::ExternalCode);
    if (const QString tags = cell(row, ImportField::Tags); !tags.isEmpty())
        c->tags = {tags};
    // A code that cannot be read is noted; the default stays.
    const auto parse = [&](ImportField f, auto *out, const char *choices) {
        const QString v = cell(row, f);
        if (!v.isEmpty() && !fromCode(v, out))
            unread->append({importFieldName(f), v, Importer::tr("\"%1\" is not a %2 (use one of: %3).")
                                                       .arg(v, importFieldName(f).toLower(), QLatin1String(choices))});
    };
    if (const QString tier = cell(row, ImportField::Tier); !tier.isEmpty() && !tierFromCode(tier, &c->tier)) {
        c->tier = Tier::Normal;
        unread->append({importFieldName(ImportField::Tier), tier,
                        Importer::tr("\"%1\" is not an importance (use normal, important or vip; 普通, 重要 or 贵宾).").arg(tier)});
    }
    parse(ImportField::CustomerKind, &c->kind, "business, consumer, channel, internal");
    parse(ImportField::Stage, &c->stage, "potential, new, old, loyal");
}

ContactDraft ImportRowReader::readPerson(const ImportRow &row) const
{
    ContactDraft p;
    p.name = importvalues::personName(cell(row, ImportField::PersonName), cell(row, ImportField::GivenName),
                                      cell(row, ImportField::FamilyName));
    p.title = cell(row, ImportField::Title);
    const std::pair<ImportField, ChannelKind> channels[] = {
        {ImportField::Mobile, ChannelKind::Mobile}, {ImportField::PersonPhone, ChannelKind::Phone},
        {ImportField::Fax, ChannelKind::Fax},       {ImportField::PersonEmail, ChannelKind::Email},
        {ImportField::WeChat, ChannelKind::WeChat}, {ImportField::QQ, ChannelKind::QQ}};
    for (const auto &[field, kind] : channels)
        for (const QString &v : importvalues::splitList(cell(row, field)))
            p.channels.append({{}, kind, {}, v, {}});
    p.profile.birthday = cell(row, ImportField::Birthday);
    p.profile.gender = importvalues::gender(cell(row, ImportField::Gender));
    return p;
}

bool ImportRowReader::ownerFor(const ImportRow &row, QString *ownerId, QString *error) const
{
    const QString wanted = cell(row, ImportField::Owner);
    if (!m_options.keepOwnerAndDates || wanted.isEmpty() || m_actor.role == Role::Salesperson) {
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
    for (const auto &[field, out] : {std::pair{ImportField::CreatedAt, created},
                                     std::pair{ImportField::LastContactAt, lastContact}}) {
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
            continue;   // the default (now, or never contacted) stays
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
        const QStringList phones = person.phones(), emails = person.emails();
        if (c.phone.isEmpty() && !phones.isEmpty())
            c.phone = phones.first();
        if (c.email.isEmpty() && !emails.isEmpty())
            c.email = emails.first();
        person = ContactDraft{};
    }
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
