// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"
#include "core/customers/Customer.h"
#include "core/util/FieldProblem.h"

#include <QCoreApplication>

namespace guanxi {

// A value an import could not take as it stands: which field (translated), what the file held,
// and why. The record is imported without it; the value goes into the record's notes, marked as
// not checked, and the import report lists it with its line.
struct UnreadField {
    QString field;
    QString value;
    QString reason;

    QString describe() const; // "电话「905-555-1234」：…"
};

// One bad field must cost only that field: these take a draft as read from a file, clear every
// field its validator refuses (a name too long is cut to its limit), and note what each held.
// What is left is only what the record cannot be without: a name.
class FieldSalvage {
    Q_DECLARE_TR_FUNCTIONS(FieldSalvage)
public:
    // Returns the problems left after clearing (only the name's, if it has none).
    static QList<FieldProblem> customer(CustomerDraft *draft, QList<UnreadField> *unread);
    static QList<FieldProblem> contact(ContactDraft *draft, QList<UnreadField> *unread);
    // Appends the unread values to `notes` as a paragraph of their own (within `maxNotes`).
    static void keepInNotes(QString *notes, const QList<UnreadField> &unread, int maxNotes);
};

} // namespace guanxi
