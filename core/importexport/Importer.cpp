// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/Importer.h"

#include "contacts/ContactRepository.h"
#include "contacts/ContactValidator.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerService.h"
#include "duplicates/DuplicateFinder.h"
#include "duplicates/MatchKeyIndex.h"
#include "duplicates/MatchKeys.h"
#include "importexport/CsvReader.h"
#include "importexport/ImportValues.h"
#include "leads/LeadService.h"
#include "search/DerivedIndexes.h"
#include "search/SearchIndex.h"
#include "storage/BulkLoad.h"
#include "storage/WriteTransaction.h"
#include "users/AccessPolicy.h"
#include "users/UserRepository.h"
#include "util/Clock.h"
#include "util/CodeTable.h"
#include "util/Uuid7.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include "storage/Database.h"
#include "storage/SqlError.h"

namespace guanxi {

namespace {

constexpr CodeTable<DuplicateAction, 3> kActions{{{
    {DuplicateAction::Skip, "skip", QT_TRANSLATE_NOOP("Import", "Skip the row"), "跳过"},
    {DuplicateAction::Update, "update", QT_TRANSLATE_NOOP("Import", "Update the existing record"), "更新"},
    {DuplicateAction::Create, "create", QT_TRANSLATE_NOOP("Import", "Create it anyway"), "新建"},
}}, "Import"};

QString joinProblems(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines.append(p.message);
    return lines.join(QLatin1Char(' '));
}

// One import: the prepared statements, the caches and the report, for the length of a run.
class ImportRun {
public:
    ImportRun(Database &db, const Clock &clock, const Session &actor, const ImportTable &table,
              const ImportOptions &options)
        : m_db(db), m_clock(clock), m_actor(actor), m_table(table), m_options(options), m_now(clock.nowMs()),
          m_customers(db), m_contacts(db), m_search(db), m_keys(db), m_lookup(db)
    {
    }

    Status loadUsers()
    {
        Result<QList<User>> users = UserRepository(m_db).listActive();
        if (!users)
            return users.error();
        for (const User &u : *users) {
            m_users.insert(u.login.toCaseFolded(), u);
            m_users.insert(u.displayName.toCaseFolded(), u);
        }
        return {};
    }

    // Returns an error only for storage failures; a bad row goes to the report.
    Status importRow(const ImportRow &row)
    {
        if (std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); })
            && row.problem.isEmpty())
            return {};   // a blank line between records is no row
        ++report.rows;
        if (!row.problem.isEmpty())
            return reject(row, row.problem);
        switch (m_options.target) {
        case ImportTarget::Customers:
            return customerRow(row);
        case ImportTarget::Contacts:
            return contactRow(row);
        case ImportTarget::Leads:
            return leadRow(row);
        }
        return {};
    }

    ImportReport report;

private:
    QString cell(const ImportRow &row, ImportField f) const
    {
        return m_table.value(row, m_options.mapping.columnOf(f)).trimmed();
    }

    Status reject(const ImportRow &row, const QString &reason)
    {
        report.rejected.append({row.line, reason, row.fields});
        return {};
    }

    // The customer's fields of a row; false with `error` set when a value cannot be read.
    bool readCustomer(const ImportRow &row, CustomerDraft *c, QString *error) const
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
        const auto parse = [&](ImportField f, auto *out, const char *choices) {
            const QString v = cell(row, f);
            if (!v.isEmpty() && !fromCode(v, out)) {
                *error = Importer::tr("\"%1\" is not a %2 (use one of: %3).")
                             .arg(v, importFieldName(f).toLower(), QLatin1String(choices));
                return false;
            }
            return true;
        };
        if (const QString tier = cell(row, ImportField::Tier); !tier.isEmpty() && !tierFromCode(tier, &c->tier)) {
            *error = Importer::tr("\"%1\" is not an importance (use normal, important or vip; 普通, 重要 or 贵宾).").arg(tier);
            return false;
        }
        return parse(ImportField::CustomerKind, &c->kind, "business, consumer, channel, internal")
               && parse(ImportField::Stage, &c->stage, "potential, new, old, loyal");
    }

    ContactDraft readPerson(const ImportRow &row) const
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

    // The owner the row asks for (when kept from the file) or the importing user.
    bool ownerFor(const ImportRow &row, QString *ownerId, QString *error) const
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

    bool datesFor(const ImportRow &row, qint64 *created, qint64 *lastContact, QString *error) const
    {
        *created = m_now;
        *lastContact = 0;
        if (!m_options.keepOwnerAndDates)
            return true;
        for (const auto &[field, out] : {std::pair{ImportField::CreatedAt, created},
                                         std::pair{ImportField::LastContactAt, lastContact}}) {
            const QString text = cell(row, field);
            bool ok = true;
            const qint64 at = importvalues::instant(text, &ok);
            if (!ok) {
                *error = Importer::tr("\"%1\" is not a date (for example 2024-03-21 or 2024-03-21 14:30).").arg(text);
                return false;
            }
            if (at > m_now + 86'400'000) {
                *error = Importer::tr("The date %1 lies in the future.").arg(text);
                return false;
            }
            if (at != 0)
                *out = at;
        }
        return true;
    }

    Status createCustomer(CustomerDraft &c, qint64 created, qint64 lastContact, QString *id)
    {
        Customer record;
        record.id = newUuid7(created);
        record.fields = c;
        record.createdAt = created;
        record.updatedAt = m_now;
        record.lastContactAt = lastContact;
        if (Status s = m_customers.insert(record, m_actor.userId); !s)
            return s;
        if (Status s = m_search.add(SearchDoc::forCustomer(record.id, c)); !s)
            return s;
        if (Status s = m_keys.add(SearchKind::Customer, record.id, CustomerService::matchKeys(c)); !s)
            return s;
        *id = record.id;
        ++report.created;
        return {};
    }

    Status createContact(ContactDraft &p, const QString &customerName, const QString &ownerId, qint64 created)
    {
        Contact c;
        c.id = newUuid7(created);
        c.fields = p;
        c.createdAt = created;
        c.updatedAt = m_now;
        if (Status s = m_contacts.insert(&c, m_actor.userId); !s)
            return s;
        if (Status s = m_search.add(SearchDoc::forContact(c.id, p, customerName, ownerId)); !s)
            return s;
        if (Status s = m_keys.add(SearchKind::Contact, c.id, MatchKeys::forPerson(p.phones(), p.emails())); !s)
            return s;
        ++report.contactsCreated;
        return {};
    }

    // Fills the existing customer with the row's non-empty values.
    Status updateCustomer(const ImportRow &row, const Customer &existing, const CustomerDraft &fromRow,
                          bool *rejected)
    {
        CustomerDraft d = existing.fields;
        const ColumnMapping &m = m_options.mapping;
        const std::pair<ImportField, std::pair<QString *, const QString *>> texts[] = {
            {ImportField::ShortName, {&d.shortName, &fromRow.shortName}}, {ImportField::Region, {&d.region, &fromRow.region}},
            {ImportField::City, {&d.city, &fromRow.city}},               {ImportField::Address, {&d.address, &fromRow.address}},
            {ImportField::Industry, {&d.industry, &fromRow.industry}},   {ImportField::CustomerPhone, {&d.phone, &fromRow.phone}},
            {ImportField::CustomerEmail, {&d.email, &fromRow.email}},    {ImportField::Website, {&d.website, &fromRow.website}},
            {ImportField::Source, {&d.source, &fromRow.source}},         {ImportField::Notes, {&d.notes, &fromRow.notes}},
            {ImportField::ExternalCode, {&d.externalCode, &fromRow.externalCode}}};
        for (const auto &[field, target] : texts)
            if (m.has(field) && !target.second->isEmpty())
                *target.first = *target.second;
        if (m.has(ImportField::Tier) && !cell(row, ImportField::Tier).isEmpty())
            d.tier = fromRow.tier;
        if (m.has(ImportField::Stage) && !cell(row, ImportField::Stage).isEmpty())
            d.stage = fromRow.stage;
        if (m.has(ImportField::CustomerKind) && !cell(row, ImportField::CustomerKind).isEmpty())
            d.kind = fromRow.kind;
        for (const QString &t : fromRow.tags)
            if (!d.tags.contains(t))
                d.tags.append(t);
        if (QList<FieldProblem> problems = CustomerValidator::check(&d); !problems.isEmpty()) {
            *rejected = true;
            return reject(row, joinProblems(problems));
        }
        Result<bool> done = CustomerRepository(m_db).update(existing.id, d, existing.rowVersion, m_now, m_actor.userId);
        if (!done)
            return done.error();
        if (Status s = refreshDerivedIndexes(m_db, SearchKind::Customer, existing.id); !s)
            return s;
        ++report.updated;
        return {};
    }

    // A row matched `matches`: skip it, update the first match, or (returning false) create it.
    Result<bool> handleDuplicate(const ImportRow &row, const QList<DuplicateMatch> &matches, const CustomerDraft &c,
                                 ContactDraft &person)
    {
        const DuplicateMatch &m = matches.first();
        switch (m_options.onDuplicate) {
        case DuplicateAction::Create:
            report.duplicates.append({row.line, Importer::tr("%1 Created anyway.").arg(m.describe())});
            return false;
        case DuplicateAction::Skip:
            report.duplicates.append({row.line, Importer::tr("%1 Skipped.").arg(m.describe())});
            ++report.skipped;
            return true;
        case DuplicateAction::Update:
            break;
        }
        Result<std::optional<Customer>> existing = CustomerRepository(m_db).findById(m.customerId);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            return false;
        const Customer &cur = **existing;
        if (!AccessPolicy(m_actor).canEdit(cur.fields.ownerId, cur.ownerDepartmentId)) {
            if (Status s = reject(row, Importer::tr("%1 You may not change it.").arg(m.describe())); !s)
                return s.error();
            return true;
        }
        bool rejected = false;
        if (Status s = updateCustomer(row, cur, c, &rejected); !s)
            return s.error();
        if (rejected)
            return true;
        report.duplicates.append({row.line, Importer::tr("%1 Updated.").arg(m.describe())});
        // The row's person joins the customer unless a contact with the same phone or e-mail is there.
        if (!person.name.isEmpty()) {
            Result<QList<std::pair<QString, QString>>> same = m_lookup.contacts(MatchKeys::forPerson(person.phones(), person.emails()));
            if (!same)
                return same.error();
            const bool known = std::any_of(same->cbegin(), same->cend(),
                                           [&cur](const auto &p) { return p.second == cur.id; });
            if (!known) {
                person.customerId = cur.id;
                if (Status s = createContact(person, cur.fields.name, cur.fields.ownerId, m_now); !s)
                    return s.error();
            }
        }
        return true;
    }

    Status customerRow(const ImportRow &row)
    {
        CustomerDraft c;
        QString error;
        if (!readCustomer(row, &c, &error))
            return reject(row, error);
        ContactDraft person = readPerson(row);
        if (c.name.isEmpty()) {
            if (person.name.isEmpty())
                return reject(row, Importer::tr("The row has neither a customer name nor a contact name."));
            // A person without a company is a private customer.
            c.name = person.name;
            c.kind = CustomerKind::Consumer;
            const QStringList phones = person.phones(), emails = person.emails();
            if (c.phone.isEmpty() && !phones.isEmpty())
                c.phone = phones.first();
            if (c.email.isEmpty() && !emails.isEmpty())
                c.email = emails.first();
            person = ContactDraft{};
        }
        if (person.name.isEmpty()) {
            // Phones and e-mails without a person to reach are the company's own.
            const QStringList phones = person.phones(), emails = person.emails();
            if (c.phone.isEmpty() && !phones.isEmpty())
                c.phone = phones.first();
            if (c.email.isEmpty() && !emails.isEmpty())
                c.email = emails.first();
        }
        return saveCustomerAndPerson(row, c, person);
    }

    Status saveCustomerAndPerson(const ImportRow &row, CustomerDraft &c, ContactDraft &person)
    {
        QString error;
        if (!ownerFor(row, &c.ownerId, &error))
            return reject(row, error);
        qint64 created = 0, lastContact = 0;
        if (!datesFor(row, &created, &lastContact, &error))
            return reject(row, error);
        if (QList<FieldProblem> problems = CustomerValidator::check(&c); !problems.isEmpty())
            return reject(row, joinProblems(problems));
        if (!person.name.isEmpty()) {
            if (QList<FieldProblem> problems = ContactValidator::check(&person); !problems.isEmpty())
                return reject(row, joinProblems(problems));
        }
        QStringList keys = CustomerService::matchKeys(c);
        keys += MatchKeys::forPerson(person.phones(), person.emails());
        Result<QList<DuplicateMatch>> matches = m_lookup.find(m_actor, keys);
        if (!matches)
            return matches.error();
        if (!matches->isEmpty()) {
            Result<bool> handled = handleDuplicate(row, *matches, c, person);
            if (!handled)
                return handled.error();
            if (*handled)
                return {};
        }
        QString id;
        if (Status s = createCustomer(c, created, lastContact, &id); !s)
            return s;
        if (!person.name.isEmpty()) {
            person.customerId = id;
            return createContact(person, c.name, c.ownerId, created);
        }
        return {};
    }

    Status contactRow(const ImportRow &row)
    {
        ContactDraft person = readPerson(row);
        if (person.name.isEmpty())
            return reject(row, Importer::tr("The row has no contact name."));
        if (QList<FieldProblem> problems = ContactValidator::check(&person); !problems.isEmpty())
            return reject(row, joinProblems(problems));
        // The same person already in the database (same phone or e-mail)?
        Result<QList<std::pair<QString, QString>>> same = m_lookup.contacts(MatchKeys::forPerson(person.phones(), person.emails()));
        if (!same)
            return same.error();
        if (!same->isEmpty() && m_options.onDuplicate != DuplicateAction::Create) {
            report.duplicates.append({row.line, Importer::tr("%1 has the same phone number or e-mail as a contact "
                                                             "already in the database; skipped.").arg(person.name)});
            ++report.skipped;
            return {};
        }
        CustomerDraft c;
        QString error;
        if (!readCustomer(row, &c, &error))
            return reject(row, error);
        if (c.name.isEmpty()) {
            // Nobody's employee: the person is a private customer.
            c.name = person.name;
            c.kind = CustomerKind::Consumer;
            const QStringList phones = person.phones(), emails = person.emails();
            c.phone = phones.value(0);
            c.email = emails.value(0);
            ContactDraft none;
            return saveCustomerAndPerson(row, c, none);
        }
        // The company: an existing customer with that name, or a new one.
        const QString nameKey = MatchKeys::companyName(c.name);
        Result<QList<DuplicateMatch>> company = m_lookup.find(m_actor, nameKey.isEmpty() ? QStringList{}
                                                                                         : QStringList{QStringLiteral("n:") + nameKey});
        if (!company)
            return company.error();
        if (company->isEmpty())
            return saveCustomerAndPerson(row, c, person);
        const DuplicateMatch &m = company->first();
        Result<std::optional<Customer>> existing = CustomerRepository(m_db).findById(m.customerId);
        if (!existing)
            return existing.error();
        const Customer &cur = **existing;
        if (!AccessPolicy(m_actor).canEdit(cur.fields.ownerId, cur.ownerDepartmentId))
            return reject(row, Importer::tr("%1 You may not add contacts to it.").arg(m.describe()));
        person.customerId = cur.id;
        return createContact(person, cur.fields.name, cur.fields.ownerId, m_now);
    }

    Status leadRow(const ImportRow &row)
    {
        LeadDraft l;
        l.personName = importvalues::personName(cell(row, ImportField::PersonName), cell(row, ImportField::GivenName),
                                                cell(row, ImportField::FamilyName));
        l.company = cell(row, ImportField::CustomerName);
        l.title = cell(row, ImportField::Title);
        for (ImportField f : {ImportField::Mobile, ImportField::PersonPhone, ImportField::CustomerPhone})
            if (l.phone.isEmpty())
                l.phone = importvalues::splitList(cell(row, f)).value(0);
        for (ImportField f : {ImportField::PersonEmail, ImportField::CustomerEmail})
            if (l.email.isEmpty())
                l.email = importvalues::splitList(cell(row, f)).value(0);
        l.region = cell(row, ImportField::Region);
        l.industry = cell(row, ImportField::Industry);
        l.source = cell(row, ImportField::Source);
        l.notes = cell(row, ImportField::Notes);
        QString error;
        if (m_options.keepOwnerAndDates && !cell(row, ImportField::Owner).isEmpty() && !ownerFor(row, &l.ownerId, &error))
            return reject(row, error);
        if (QList<FieldProblem> problems = LeadService::validate(&l); !problems.isEmpty())
            return reject(row, joinProblems(problems));
        // A lead for a company that is already a customer is worth knowing before anyone calls.
        QStringList keys = MatchKeys::forPerson({l.phone}, {l.email});
        if (const QString n = MatchKeys::companyName(l.company); !n.isEmpty())
            keys.append(QStringLiteral("n:") + n);
        Result<QList<DuplicateMatch>> matches = m_lookup.find(m_actor, keys);
        if (!matches)
            return matches.error();
        if (!matches->isEmpty() && m_options.onDuplicate != DuplicateAction::Create) {
            report.duplicates.append({row.line, Importer::tr("%1 Skipped.").arg(matches->first().describe())});
            ++report.skipped;
            return {};
        }
        Result<QString> id = LeadService(m_db, m_clock).createWithin(m_actor, l);
        if (!id) {
            if (id.error().code == ErrorCode::Invalid || id.error().code == ErrorCode::PermissionDenied)
                return reject(row, id.error().message);
            return id.error();
        }
        ++report.created;
        return {};
    }

    Database &m_db;
    const Clock &m_clock;
    const Session &m_actor;
    const ImportTable &m_table;
    const ImportOptions &m_options;
    const qint64 m_now;
    CustomerRepository::Inserter m_customers;
    ContactRepository::Inserter m_contacts;
    SearchIndex::Appender m_search;
    MatchKeyIndex::Appender m_keys;
    DuplicateFinder::Lookup m_lookup;
    QHash<QString, User> m_users;
};

} // namespace

QString codeOf(DuplicateAction a) { return kActions.code(a); }
bool fromCode(const QString &code, DuplicateAction *out) { return kActions.parse(code, out); }

Importer::Importer(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<ImportReport> Importer::run(const Session &actor, const ImportTable &table, const ImportOptions &options,
                                   bool commit, const ProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (options.mapping.columns.size() != table.headers.size())
        return Error{ErrorCode::Invalid, tr("The column mapping does not fit the file."), {}};
    const bool hasName = options.mapping.has(ImportField::CustomerName) || options.mapping.has(ImportField::PersonName)
                         || options.mapping.has(ImportField::GivenName) || options.mapping.has(ImportField::FamilyName);
    if (!hasName)
        return Error{ErrorCode::Invalid,
                     tr("No column holds a name. Map the customer's or the contact's name to a column."), {}};

    BulkLoad bulkLoad(m_db);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // Many new records: FTS5 segments are merged once at the end instead of while inserting.
    QSqlQuery fts(m_db.sql());
    const bool large = table.rows.size() > 5000;
    if (large && !fts.exec(QStringLiteral("INSERT INTO search_grams (search_grams, rank) VALUES ('automerge', 0)")))
        return toError(fts);
    ImportRun run(m_db, m_clock, actor, table, options);
    if (Status s = run.loadUsers(); !s)
        return s.error();
    run.report.warnings = table.warnings;
    const qint64 total = table.rows.size();
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        if (Status s = run.importRow(table.rows.at(i)); !s)
            return s.error();   // the transaction rolls back: nothing of the file is kept
        if (i % 500 == 0 && !reportProgress(progress, i, total))
            return Error{ErrorCode::Cancelled, tr("Import cancelled; nothing was imported."), {}};
    }
    ImportReport report = run.report;
    if (large && (!fts.exec(QStringLiteral("INSERT INTO search_grams (search_grams, rank) VALUES ('merge', 2000)"))
                  || !fts.exec(QStringLiteral("INSERT INTO search_grams (search_grams, rank) VALUES ('automerge', 4)"))))
        return toError(fts);
    if (commit) {
        if (Status s = tx.commit(); !s)
            return s.error();
        report.committed = true;
    } else {
        tx.rollback();
    }
    reportProgress(progress, total, total);
    report.elapsedMs = timer.elapsed();
    return report;
}

QByteArray Importer::rejectsCsv(const ImportTable &table, const ImportReport &report)
{
    QByteArray out("\xEF\xBB\xBF");
    out += CsvReader::formatRecord(table.headers + QStringList{tr("Line"), tr("Problem")}).toUtf8() + "\r\n";
    for (const ImportRejection &r : report.rejected) {
        QStringList fields = r.fields;
        while (fields.size() < table.headers.size())
            fields.append(QString());
        fields = fields.mid(0, table.headers.size());
        out += CsvReader::formatRecord(fields + QStringList{QString::number(r.line), r.reason}).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace guanxi
