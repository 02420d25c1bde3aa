// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/Importer.h"

#include "core/contacts/ContactRepository.h"
#include "core/contacts/ContactValidator.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/CustomerService.h"
#include "core/customers/CustomerValidator.h"
#include "core/duplicates/DuplicateFinder.h"
#include "core/duplicates/MatchKeyFilter.h"
#include "core/duplicates/MatchKeyIndex.h"
#include "core/duplicates/MatchKeys.h"
#include "core/importexport/CsvReader.h"
#include "core/importexport/FieldSalvage.h"
#include "core/importexport/ImportRowReader.h"
#include "core/importexport/ImportValues.h"
#include "core/leads/LeadService.h"
#include "core/search/DerivedIndexes.h"
#include "core/search/SearchIndex.h"
#include "core/storage/BulkLoad.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserRepository.h"
#include "core/util/Clock.h"
#include "core/util/CodeTable.h"
#include "core/util/FieldProblem.h"
#include "core/util/PipelinedBatches.h"
#include "core/util/Uuid7.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace guanxi {

namespace {

constexpr CodeTable<DuplicateAction, 3> kActions{
    {{
        {DuplicateAction::Skip, "skip", QT_TRANSLATE_NOOP("Import", "Skip the row"), "跳过"},
        {DuplicateAction::Update, "update", QT_TRANSLATE_NOOP("Import", "Update the existing record"), "更新"},
        {DuplicateAction::Create, "create", QT_TRANSLATE_NOOP("Import", "Create it anyway"), "新建"},
    }},
    "Import"};

// One import: the prepared statements, the caches and the report, for the length of a run.
class ImportRun {
public:
    ImportRun(Database &db, const Clock &clock, const Session &actor, const ImportRowReader &reader,
              const ImportOptions &options, qint64 now)
        : m_db(db)
        , m_clock(clock)
        , m_actor(actor)
        , m_reader(reader)
        , m_options(options)
        , m_now(now)
        , m_customers(db)
        , m_contacts(db)
        , m_search(db)
        , m_keys(db)
        , m_lookup(db)
    {
    }

    // A row of a customers' file, already read (perhaps on another thread). Returns an error only
    // for storage failures; a bad row goes to the report.
    Status customerRow(const ImportRow &row, CustomerRowPlan &plan)
    {
        if (Status s = ensureKeyFilter(); !s)
            return s;
        if (plan.blank)
            return {};
        ++report.rows;
        return savePlanned(row, plan);
    }

    Status importRow(const ImportRow &row)
    {
        if (Status s = ensureKeyFilter(); !s)
            return s;
        if (ImportRowReader::isBlank(row))
            return {}; // a blank line between records is no row
        ++report.rows;
        if (!row.problem.isEmpty())
            return reject(row, row.problem);
        switch (m_options.target) {
        case ImportTarget::Customers: {
            CustomerRowPlan plan = m_reader.planCustomerRow(row);
            return savePlanned(row, plan);
        }
        case ImportTarget::Contacts:
            return contactRow(row);
        case ImportTarget::Leads:
            return leadRow(row);
        }
        return {};
    }

    // Where the report stood before a row, so that a row the database refused can be taken back.
    // (Counts and list lengths, not a copy: a copy per row would copy the lists as they grow.)
    struct Mark {
        int rows, created, updated, skipped, contactsCreated;
        qsizetype rejected, duplicates, unverified;
    };
    Mark mark() const
    {
        return {report.rows,
                report.created,
                report.updated,
                report.skipped,
                report.contactsCreated,
                report.rejected.size(),
                report.duplicates.size(),
                report.unverified.size()};
    }
    // After ROLLBACK TO the row's savepoint: the report as before the row, and the row refused with
    // the database's words (a rule its checks hold that the row broke).
    void refusedByDatabase(const Mark &before, const ImportRow &row, const Error &e)
    {
        report.rows = before.rows + 1;
        report.created = before.created;
        report.updated = before.updated;
        report.skipped = before.skipped;
        report.contactsCreated = before.contactsCreated;
        report.rejected.resize(before.rejected);
        report.duplicates.resize(before.duplicates);
        report.unverified.resize(before.unverified);
        report.rejected.append(
            {row.line, Importer::tr("The database refused the row: %1 (%2)").arg(e.message, e.detail), row.fields});
    }

    // A large import keeps the filed keys in memory too: a key certainly not filed needs no lookup.
    // Read when the first row is written, so that the second thread reads rows meanwhile.
    void useKeyFilter() { m_filterWanted = true; }

    ImportReport report;

private:
    Status ensureKeyFilter()
    {
        if (!m_filterWanted || m_filter)
            return {};
        Result<MatchKeyFilter> filter = MatchKeyFilter::load(m_db);
        if (!filter)
            return filter.error();
        m_filter = std::move(*filter);
        return {};
    }

    QStringList mayBeFiled(const QStringList &keys) const
    {
        if (!m_filter)
            return keys;
        QStringList out;
        for (const QString &k : keys)
            if (m_filter->mayContain(k))
                out.append(k);
        return out;
    }

    Result<QList<DuplicateMatch>> findMatches(const QStringList &keys)
    {
        return m_lookup.find(m_actor, mayBeFiled(keys));
    }

    Result<QList<std::pair<QString, QString>>> findContacts(const QStringList &keys)
    {
        return m_lookup.contacts(mayBeFiled(keys));
    }

    Status fileKeys(SearchKind kind, const QString &entityId, const QStringList &keys)
    {
        if (m_filter)
            for (const QString &k : keys)
                m_filter->add(k);
        return m_keys.add(kind, entityId, keys);
    }

    QString cell(const ImportRow &row, ImportField f) const { return m_reader.cell(row, f); }

    // The values a record was imported without, for the report (the record's notes hold them).
    void noteUnread(const ImportRow &row, const QList<UnreadField> &unread)
    {
        for (const UnreadField &u : unread)
            report.unverified.append({row.line, u.describe()});
    }

    Status reject(const ImportRow &row, const QString &reason)
    {
        report.rejected.append({row.line, reason, row.fields});
        return {};
    }

    Status createCustomer(const CustomerRowPlan &plan, QString *id)
    {
        Customer record;
        record.id = newUuid7(plan.created);
        record.fields = plan.customer;
        record.createdAt = plan.created;
        record.updatedAt = m_now;
        record.lastContactAt = plan.lastContact;
        if (Status s = m_customers.insert(record, m_actor.userId, plan.customerNameKey); !s)
            return s;
        if (Status s = m_search.add(SearchDoc::forCustomer(record.id, record.fields), plan.customerText); !s)
            return s;
        if (Status s = fileKeys(SearchKind::Customer, record.id, plan.customerKeys); !s)
            return s;
        *id = record.id;
        m_createdHere.insert(record.id);
        ++report.created;
        return {};
    }

    // The row's person joins `cur` unless a contact with the same phone or e-mail is there.
    Status joinPerson(const Customer &cur, CustomerRowPlan &plan)
    {
        ContactDraft &person = plan.person;
        if (person.name.isEmpty())
            return {};
        Result<QList<std::pair<QString, QString>>> same = findContacts(plan.personKeys);
        if (!same)
            return same.error();
        if (std::any_of(same->cbegin(), same->cend(), [&cur](const auto &p) { return p.second == cur.id; }))
            return {};
        person.customerId = cur.id;
        return createContact(person, cur.fields.name, cur.fields.ownerId, m_now, &plan);
    }

    // `plan`: the row's plan when the person is its contact (keys, collation key and index text
    // worked out already); without one they are worked out here.
    Status createContact(ContactDraft &p, const QString &customerName, const QString &ownerId, qint64 created,
                         const CustomerRowPlan *plan = nullptr)
    {
        Contact c;
        c.id = newUuid7(created);
        c.fields = p;
        c.createdAt = created;
        c.updatedAt = m_now;
        if (Status s = m_contacts.insert(&c, m_actor.userId, plan ? plan->personNameKey : QByteArray()); !s)
            return s;
        const SearchDoc doc = SearchDoc::forContact(c.id, p, customerName, ownerId);
        if (Status s = plan ? m_search.add(doc, plan->personText) : m_search.add(doc); !s)
            return s;
        const QStringList keys = plan ? plan->personKeys : MatchKeys::forPerson(p.phones(), p.emails());
        if (Status s = fileKeys(SearchKind::Contact, c.id, keys); !s)
            return s;
        ++report.contactsCreated;
        return {};
    }

    // Fills the existing customer with the row's non-empty values.
    Status updateCustomer(const ImportRow &row, const Customer &existing, const CustomerDraft &fromRow, bool *rejected)
    {
        CustomerDraft d = existing.fields;
        const ColumnMapping &m = m_options.mapping;
        const std::pair<ImportField, std::pair<QString *, const QString *>> texts[] = {
            {ImportField::ShortName, {&d.shortName, &fromRow.shortName}},
            {ImportField::Region, {&d.region, &fromRow.region}},
            {ImportField::City, {&d.city, &fromRow.city}},
            {ImportField::Address, {&d.address, &fromRow.address}},
            {ImportField::Industry, {&d.industry, &fromRow.industry}},
            {ImportField::CustomerPhone, {&d.phone, &fromRow.phone}},
            {ImportField::CustomerEmail, {&d.email, &fromRow.email}},
            {ImportField::Website, {&d.website, &fromRow.website}},
            {ImportField::Source, {&d.source, &fromRow.source}},
            {ImportField::Notes, {&d.notes, &fromRow.notes}},
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
            return reject(row, problemsInOneLine(problems));
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
    Result<bool> handleDuplicate(const ImportRow &row, const QList<DuplicateMatch> &matches, CustomerRowPlan &plan)
    {
        const DuplicateMatch &m = matches.first();
        // An earlier row of this file made the customer: one row per contact is a common layout,
        // so this row's person is one more of its contacts, whatever the choice for duplicates.
        if (m_createdHere.contains(m.customerId)) {
            Result<std::optional<Customer>> made = CustomerRepository(m_db).findById(m.customerId);
            if (!made)
                return made.error();
            if (made->has_value()) {
                if (Status s = joinPerson(**made, plan); !s)
                    return s.error();
                if (!plan.person.name.isEmpty())
                    report.duplicates.append(
                        {row.line,
                         Importer::tr("%1 made by an earlier row of this file: %2 joins it as a contact.")
                             .arg(m.describe(), plan.person.name)});
                noteUnread(row, plan.unread);
                return true;
            }
        }
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
        if (Status s = updateCustomer(row, cur, plan.customer, &rejected); !s)
            return s.error();
        if (rejected)
            return true;
        report.duplicates.append({row.line, Importer::tr("%1 Updated.").arg(m.describe())});
        if (Status s = joinPerson(cur, plan); !s)
            return s.error();
        return true;
    }

    Status savePlanned(const ImportRow &row, CustomerRowPlan &plan)
    {
        if (!plan.rejection.isEmpty())
            return reject(row, plan.rejection);
        Result<QList<DuplicateMatch>> matches = findMatches(plan.customerKeys + plan.personKeys);
        if (!matches)
            return matches.error();
        if (!matches->isEmpty()) {
            Result<bool> handled = handleDuplicate(row, *matches, plan);
            if (!handled)
                return handled.error();
            if (*handled)
                return {};
        }
        QString id;
        if (Status s = createCustomer(plan, &id); !s)
            return s;
        noteUnread(row, plan.unread);
        if (plan.person.name.isEmpty())
            return {};
        plan.person.customerId = id;
        return createContact(plan.person, plan.customer.name, plan.customer.ownerId, plan.created, &plan);
    }

    Status contactRow(const ImportRow &row)
    {
        ContactDraft person = m_reader.readPerson(row);
        if (person.name.isEmpty()) {
            // A company's own card (ORG without a person, X-ABShowAs:COMPANY): the company is a customer.
            if (cell(row, ImportField::CustomerName).isEmpty())
                return reject(row, Importer::tr("The row has no contact name."));
            CustomerRowPlan plan = m_reader.planCustomerRow(row);
            return savePlanned(row, plan);
        }
        QList<UnreadField> unread = ImportRowReader::extraValues(row);
        if (QList<FieldProblem> problems = FieldSalvage::contact(&person, &unread); !problems.isEmpty())
            return reject(row, problemsInOneLine(problems));
        const QStringList lines = m_reader.noteLines(row);
        // The same person already in the database (same phone or e-mail)?
        Result<QList<std::pair<QString, QString>>> same =
            findContacts(MatchKeys::forPerson(person.phones(), person.emails()));
        if (!same)
            return same.error();
        if (!same->isEmpty() && m_options.onDuplicate != DuplicateAction::Create) {
            report.duplicates.append({row.line,
                                      Importer::tr("%1 has the same phone number or e-mail as a contact "
                                                   "already in the database; skipped.")
                                          .arg(person.name)});
            ++report.skipped;
            return {};
        }
        CustomerDraft c;
        QList<UnreadField> companyUnread;
        m_reader.readCustomer(row, &c, &companyUnread);
        if (c.name.isEmpty()) {
            // Nobody's employee: the person is a private customer.
            c.name = person.name;
            c.kind = CustomerKind::Consumer;
            QStringList customerLines = lines;
            ImportRowReader::personAsCustomer(person, &c, &customerLines);
            ImportColumns::appendLines(&c.notes, customerLines, CustomerValidator::kMaxNotes);
            ContactDraft none;
            CustomerRowPlan plan = m_reader.plan(row, std::move(c), std::move(none), companyUnread + unread);
            return savePlanned(row, plan);
        }
        // The person works there: the notes, and what the row holds beyond the fields, are the person's.
        person.notes = c.notes;
        c.notes.clear();
        ImportColumns::appendLines(&person.notes, lines, ContactValidator::kMaxNotes);
        FieldSalvage::keepInNotes(&person.notes, unread, ContactValidator::kMaxNotes);
        // The company: an existing customer with that name, or a new one.
        const QString nameKey = MatchKeys::companyName(c.name);
        Result<QList<DuplicateMatch>> company =
            findMatches(nameKey.isEmpty() ? QStringList{} : QStringList{QStringLiteral("n:") + nameKey});
        if (!company)
            return company.error();
        if (company->isEmpty()) {
            CustomerRowPlan plan = m_reader.plan(row, std::move(c), std::move(person), companyUnread);
            plan.unread += unread;
            return savePlanned(row, plan);
        }
        const DuplicateMatch &m = company->first();
        Result<std::optional<Customer>> existing = CustomerRepository(m_db).findById(m.customerId);
        if (!existing)
            return existing.error();
        const Customer &cur = **existing;
        if (!AccessPolicy(m_actor).canEdit(cur.fields.ownerId, cur.ownerDepartmentId))
            return reject(row, Importer::tr("%1 You may not add contacts to it.").arg(m.describe()));
        person.customerId = cur.id;
        if (Status s = createContact(person, cur.fields.name, cur.fields.ownerId, m_now); !s)
            return s;
        noteUnread(row, unread);
        return {};
    }

    Status leadRow(const ImportRow &row)
    {
        LeadDraft l;
        const ContactDraft person = m_reader.readPerson(row);
        l.personName = person.name;
        l.company = cell(row, ImportField::CustomerName);
        l.title = person.title;
        l.region = cell(row, ImportField::Region);
        l.industry = cell(row, ImportField::Industry);
        l.source = cell(row, ImportField::Source);
        l.notes = m_reader.columns().all(row, ImportField::Notes).join(QLatin1Char('\n'));
        // A lead holds one phone and one e-mail: the first that can be read; the others are kept in
        // its notes, and those that cannot be read are noted as such.
        QStringList lines = m_reader.noteLines(row);
        QList<UnreadField> unread = ImportRowReader::extraValues(row);
        const auto pick = [&](const QStringList &values, QString *out, bool (*valid)(const QString &),
                              const QString &field, const QString &reason, const QString &line) {
            for (const QString &v : values) {
                if (!valid(v))
                    unread.append({field, v, reason.arg(v)});
                else if (out->isEmpty())
                    *out = v;
                else if (v != *out)
                    lines.append(line.arg(v));
            }
        };
        pick(
            person.phones() + importvalues::splitList(cell(row, ImportField::CustomerPhone)), &l.phone,
            [](const QString &v) { return CustomerValidator::isValidPhone(CustomerValidator::normalisePhone(v)); },
            importFieldName(ImportField::PersonPhone), Importer::tr("\"%1\" is not a phone number."),
            Importer::tr("Phone: %1"));
        pick(
            person.emails() + importvalues::splitList(cell(row, ImportField::CustomerEmail)), &l.email,
            [](const QString &v) { return CustomerValidator::isValidEmail(v.trimmed()); },
            importFieldName(ImportField::PersonEmail), Importer::tr("\"%1\" is not an e-mail address."),
            Importer::tr("E-mail: %1"));
        ImportColumns::appendLines(&l.notes, lines, CustomerValidator::kMaxNotes);
        FieldSalvage::keepInNotes(&l.notes, unread, CustomerValidator::kMaxNotes);
        QString error;
        if (m_options.keepOwnerAndDates && !cell(row, ImportField::Owner).isEmpty()
            && !m_reader.ownerFor(row, &l.ownerId, &error))
            return reject(row, error);
        if (QList<FieldProblem> problems = LeadService::validate(&l); !problems.isEmpty())
            return reject(row, problemsInOneLine(problems));
        // A lead for a company that is already a customer is worth knowing before anyone calls.
        QStringList keys = MatchKeys::forPerson({l.phone}, {l.email});
        if (const QString n = MatchKeys::companyName(l.company); !n.isEmpty())
            keys.append(QStringLiteral("n:") + n);
        Result<QList<DuplicateMatch>> matches = findMatches(keys);
        if (!matches)
            return matches.error();
        if (!matches->isEmpty() && m_options.onDuplicate != DuplicateAction::Create) {
            report.duplicates.append({row.line, Importer::tr("%1 Skipped.").arg(matches->first().describe())});
            ++report.skipped;
            return {};
        }
        Result<Lead> made = LeadService(m_db, m_clock).create(m_actor, l);
        if (!made) {
            if (made.error().code == ErrorCode::Invalid || made.error().code == ErrorCode::PermissionDenied)
                return reject(row, made.error().message);
            return made.error();
        }
        ++report.created;
        noteUnread(row, unread);
        return {};
    }

    Database &m_db;
    const Clock &m_clock;
    const Session &m_actor;
    const ImportRowReader &m_reader;
    const ImportOptions &m_options;
    const qint64 m_now;
    CustomerRepository::Inserter m_customers;
    ContactRepository::Inserter m_contacts;
    SearchIndex::Appender m_search;
    MatchKeyIndex::Appender m_keys;
    DuplicateFinder::Lookup m_lookup;
    QSet<QString> m_createdHere; // customers this import made: later rows of theirs add contacts
    bool m_filterWanted = false;
    std::optional<MatchKeyFilter> m_filter;
};

} // namespace

CodeTableRef<DuplicateAction> codesOf(DuplicateAction)
{
    return kActions;
}

Importer::Importer(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

// The active users by login and by display name, case-folded: an owner column may hold either.
Result<QHash<QString, User>> Importer::usersByName()
{
    Result<QList<User>> users = UserRepository(m_db).listActive();
    if (!users)
        return users.error();
    QHash<QString, User> byName;
    for (const User &u : *users) {
        byName.insert(u.login.toCaseFolded(), u);
        byName.insert(u.displayName.toCaseFolded(), u);
    }
    return byName;
}

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
                     tr("No column holds a name. Map the customer's or the contact's name to a column."),
                     {}};
    // Validation agrees with the database's checks, so a row the database refuses is rare: then the
    // file is imported again with each row in a savepoint of its own (which costs about as much as
    // the import itself), the refused row reported and the rest kept.
    bool rowRefused = false;
    Result<ImportReport> report = attempt(actor, table, options, commit, progress, false, &rowRefused);
    if (!report && rowRefused)
        report = attempt(actor, table, options, commit, progress, true, &rowRefused);
    if (report)
        report->elapsedMs = timer.elapsed();
    return report;
}

Result<ImportReport> Importer::attempt(const Session &actor, const ImportTable &table, const ImportOptions &options,
                                       bool commit, const ProgressFn &progress, bool perRowSavepoints, bool *rowRefused)
{
    BulkLoad bulkLoad(m_db);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    const bool large = table.rows.size() > 5000;
    if (large) {
        if (Status s = SearchIndex(m_db).beginBulkInsert(); !s)
            return s.error();
    }
    Result<QHash<QString, User>> users = usersByName();
    if (!users)
        return users.error();
    const qint64 now = m_clock.nowMs();
    const ImportRowReader reader(table, options, actor, *users, now);
    ImportRun run(m_db, m_clock, actor, reader, options, now);
    if (large)
        run.useKeyFilter();
    run.report.warnings = table.warnings;
    const qint64 total = table.rows.size();
    const auto progressAt = [&](qsizetype i) -> Status {
        if (i % 500 == 0 && !reportProgress(progress, i, total))
            return Error{ErrorCode::Cancelled, tr("Import cancelled; nothing was imported."), {}};
        return {};
    };
    // With `perRowSavepoints`, each row in a savepoint of its own: a row the database refuses (a rule
    // the validators missed) is taken back and reported with its line, and the rest goes on.
    RowSavepoint savepoint(m_db, QStringLiteral("import_row"));
    const auto inSavepoint = [&](const ImportRow &row, const std::function<Status()> &write) -> Status {
        if (!perRowSavepoints) {
            Status s = write();
            *rowRefused = !s && s.error().code == ErrorCode::Invalid;
            return s;
        }
        if (Status s = savepoint.begin(); !s)
            return s;
        const ImportRun::Mark before = run.mark();
        Status s = write();
        if (!s && s.error().code == ErrorCode::Invalid) {
            if (Status undone = savepoint.rollbackTo(); !undone)
                return undone;
            run.refusedByDatabase(before, row, s.error());
            s = {};
        }
        if (!s)
            return s;
        return savepoint.release();
    };
    Status done;
    if (options.target == ImportTarget::Customers) {
        // Rows are read and checked on a second thread while this one writes (about half the work each).
        done = runPipelinedBatches<CustomerRowPlan>(
            total, 1024, [&](qsizetype i) { return reader.planCustomerRow(table.rows.at(i)); },
            [&](qsizetype i, CustomerRowPlan &plan) -> Status {
                const ImportRow &row = table.rows.at(i);
                if (Status s = inSavepoint(row, [&] { return run.customerRow(row, plan); }); !s)
                    return s;
                return progressAt(i);
            });
    } else {
        for (qsizetype i = 0; i < total && done; ++i) {
            const ImportRow &row = table.rows.at(i);
            done = inSavepoint(row, [&] { return run.importRow(row); });
            if (done)
                done = progressAt(i);
        }
    }
    if (!done)
        return done.error(); // the transaction rolls back: nothing of the file is kept
    ImportReport report = run.report;
    if (large) {
        if (Status s = SearchIndex(m_db).endBulkInsert(false); !s)
            return s.error();
    }
    if (commit) {
        if (Status s = tx.commit(); !s)
            return s.error();
        report.committed = true;
    } else {
        tx.rollback();
    }
    reportProgress(progress, total, total);
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
