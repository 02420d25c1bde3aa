// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace guanxi {

// What a column of an imported file may hold.
enum class ImportField {
    Ignore,
    // The customer (or a lead's company)
    CustomerName,
    ShortName,
    CustomerKind,
    Tier,
    Stage,
    Region,
    City,
    Address,
    Industry,
    CustomerPhone,
    CustomerEmail,
    Website,
    Source,
    Tags,
    Notes,
    Owner,
    CreatedAt,
    LastContactAt,
    ExternalCode,
    // The person (a contact, or a lead's person)
    PersonName,
    GivenName,
    FamilyName,
    Title,
    Mobile,
    PersonPhone,
    Fax,
    PersonEmail,
    WeChat,
    QQ,
    Birthday,
    Gender,
    // Parts of an address beside Region, City and Address (several sets, home and work, may be in one file)
    District,
    PostalCode,
    Country,
    // A birthday in three columns (Thunderbird)
    BirthYear,
    BirthMonth,
    BirthDay,
    // The kind of the phone, e-mail or address in the column beside it ("Phone 1 - Type": Mobile)
    ChannelLabel,
    // No field of its own: each value goes into the record's notes under the column's name
    KeepInNotes,
};

enum class ImportTarget {
    Customers,
    Contacts,
    Leads
};

QString importFieldName(ImportField f); // translated, for the mapping step
QString importFieldCode(ImportField f); // "customer_name", ... for guanxi-cli and saved mappings
bool importFieldFromCode(const QString &code, ImportField *out);
QList<ImportField> importFieldsFor(ImportTarget target);
// "customers", "contacts", "leads" (guanxi-cli's words) to the target.
bool importTargetFromCode(const QString &code, ImportTarget *out);

// Which column feeds which field: one entry per column of the file.
struct ColumnMapping {
    QList<ImportField> columns;

    int columnOf(ImportField f) const { return static_cast<int>(columns.indexOf(f)); }
    bool has(ImportField f) const { return columns.contains(f); }
    // Several columns may feed one field: phones and e-mails are all kept, name parts joined, and
    // of a field that holds one value the first non-empty one is taken, the others kept in notes.
    QList<int> columnsOf(ImportField f) const;

    // By header: Chinese and English names, the layouts that Outlook, Thunderbird, Google Contacts
    // (old and new), Apple Numbers and Chinese CRMs' templates export. A column no field claims
    // is kept in the notes under its name, never dropped without a word.
    static ColumnMapping guess(const QStringList &headers, ImportTarget target);
    static QString normalizeHeader(const QString &header);
};

} // namespace guanxi
