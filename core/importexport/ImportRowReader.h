// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"
#include "core/customers/Customer.h"
#include "core/importexport/FieldSalvage.h"
#include "core/importexport/ImportColumns.h"
#include "core/importexport/ImportTable.h"
#include "core/importexport/Importer.h"
#include "core/search/SearchDoc.h"
#include "core/users/User.h"

#include <QHash>

namespace guanxi {

// A row of a customers' file, read and checked, with everything its records and their index
// entries need: only the duplicate check and the writes are left to do.
struct CustomerRowPlan {
    bool blank = false;        // an empty line between records: no row at all
    QString rejection;         // translated; set: the row is refused for this reason
    QList<UnreadField> unread; // values left out of the records (kept in their notes)
    CustomerDraft customer;    // validated and normalised
    ContactDraft person;       // the row's contact person; no name: none
    qint64 created = 0;
    qint64 lastContact = 0;   // 0: never
    QStringList customerKeys; // the duplicate guard's keys of the customer and of the person
    QStringList personKeys;
    QByteArray customerNameKey; // collation keys of the names (list order)
    QByteArray personNameKey;
    SearchDoc::IndexText customerText;
    SearchDoc::IndexText personText;
};

// Reads rows of an import file into drafts: cells by the column mapping, codes and dates parsed,
// the owner found among the users, values validated and normalised, index text worked out.
// Touches no database and changes nothing, so a second thread can read rows while the first one
// writes those before them.
class ImportRowReader {
public:
    // `users`: the active users by case-folded login and display name.
    ImportRowReader(const ImportTable &table, const ImportOptions &options, const Session &actor,
                    const QHash<QString, User> &users, qint64 now);

    static bool isBlank(const ImportRow &row);
    // The values of `row` beyond the header, as one unread field (none when there are none).
    static QList<UnreadField> extraValues(const ImportRow &row);
    // The first non-empty value of the columns mapped to `f`.
    QString cell(const ImportRow &row, ImportField f) const;
    // What the row holds beyond the records' fields, as lines for the notes: columns kept in
    // notes, second values of one-value fields, the addresses the record does not live at.
    QStringList noteLines(const ImportRow &row) const;
    const ImportColumns &columns() const { return m_columns; }
    // A person without a company as a private customer: the first phone and e-mail are the
    // customer's, the others go to `lines`.
    static void personAsCustomer(const ContactDraft &person, CustomerDraft *c, QStringList *lines);

    // A value that cannot be read (a tier, kind or stage code) is noted in `unread`, the default kept.
    void readCustomer(const ImportRow &row, CustomerDraft *c, QList<UnreadField> *unread) const;
    ContactDraft readPerson(const ImportRow &row) const;
    // The owner the row asks for (when kept from the file) or the importing user.
    bool ownerFor(const ImportRow &row, QString *ownerId, QString *error) const;

    // A row of a customers' file: the company and its contact, or a private person.
    CustomerRowPlan planCustomerRow(const ImportRow &row) const;
    // A customer and (when it has a name) its contact read from `row` by the caller.
    // Fields that cannot be read are left out and noted (`unread`: those noted while reading).
    CustomerRowPlan plan(const ImportRow &row, CustomerDraft customer, ContactDraft person,
                         QList<UnreadField> unread = {}) const;

private:
    void datesFor(const ImportRow &row, qint64 *created, qint64 *lastContact, QList<UnreadField> *unread) const;

    bool atWork(const ImportRow &row) const { return !cell(row, ImportField::CustomerName).isEmpty(); }

    const ImportOptions &m_options;
    const ImportColumns m_columns;
    const Session &m_actor;
    const QHash<QString, User> &m_users;
    const qint64 m_now;
};

} // namespace guanxi
