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
    CustomerName, ShortName, CustomerKind, Tier, Stage, Region, City, Address, Industry, CustomerPhone,
    CustomerEmail, Website, Source, Tags, Notes, Owner, CreatedAt, LastContactAt, ExternalCode,
    // The person (a contact, or a lead's person)
    PersonName, GivenName, FamilyName, Title, Mobile, PersonPhone, Fax, PersonEmail, WeChat, QQ, Birthday, Gender,
};

enum class ImportTarget { Customers, Contacts, Leads };

QString importFieldName(ImportField f);        // translated, for the mapping step
QString importFieldCode(ImportField f);        // "customer_name", ... for guanxi-cli and saved mappings
bool importFieldFromCode(const QString &code, ImportField *out);
QList<ImportField> importFieldsFor(ImportTarget target);

// Which column feeds which field: one entry per column of the file.
struct ColumnMapping {
    QList<ImportField> columns;

    int columnOf(ImportField f) const { return static_cast<int>(columns.indexOf(f)); }
    bool has(ImportField f) const { return columns.contains(f); }

    // By header: Chinese and English names, and the CSV layouts Outlook and Google Contacts
    // export. A header can only claim a field once; later duplicates are ignored.
    static ColumnMapping guess(const QStringList &headers, ImportTarget target);
    static QString normalizeHeader(const QString &header);
};

} // namespace guanxi
