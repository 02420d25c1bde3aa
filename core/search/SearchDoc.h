// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace guanxi {

struct ContactDraft;
struct CustomerDraft;
struct LeadDraft;

enum class SearchKind {
    Customer = 1,
    Contact = 2,
    Lead = 3
};

QString searchKindCode(SearchKind kind); // "customer", "contact", "lead"

// What the search index knows of one record. `haystackLines()` is the definition of what search
// finds: a query matches a record when one of these lines contains it.
struct SearchDoc {
    SearchKind kind = SearchKind::Customer;
    QString entityId;
    QString customerId; // a contact's customer; a customer's own id
    QString ownerId;    // who owns the record (a contact: its customer's owner)
    QString name;       // shown in results
    QString detail;     // shown under the name
    QStringList names;  // indexed with their pinyin: name, short name, a lead's company
    QStringList phones; // indexed as digits
    QStringList texts;  // indexed as they are: e-mails, IM ids, tags

    QStringList haystackLines() const;

    // What the index keeps of a record: its searchable lines, and the tokens made of them. Needs
    // no database, so a bulk import works it out on a second thread while the first one writes.
    struct IndexText {
        QString haystack;
        QByteArray tokens;
    };
    IndexText indexText() const;
    // The tokens of a stored haystack: the same haystack always gives the same token text, which
    // the index needs to delete an entry again.
    static QByteArray tokensOf(const QString &haystack);

    // The entries for each kind of record, from the fields a user edits: one definition for the
    // index upkeep, rebuilds and imports.
    static SearchDoc forCustomer(const QString &id, const CustomerDraft &d);
    static SearchDoc forContact(const QString &id, const ContactDraft &d, const QString &customerName,
                                const QString &customerOwnerId);
    static SearchDoc forLead(const QString &id, const LeadDraft &d);
    static QString joinLines(const QStringList &lines) { return lines.join(QLatin1Char('\n')); }
};

} // namespace guanxi
