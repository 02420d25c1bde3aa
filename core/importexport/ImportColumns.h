// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"
#include "core/importexport/ColumnMapping.h"
#include "core/importexport/ImportTable.h"

#include <QCoreApplication>
#include <QHash>

namespace guanxi {

// An address as the columns of one set hold it (Outlook's "Business …", Thunderbird's "Home …",
// Google's "Address 1 - …", a Chinese template's 省/市/区/详细地址).
struct ImportedAddress {
    QString region;
    QString city;
    QString address; // street (with district, postal code and a foreign country), or the formatted one

    bool isEmpty() const { return region.isEmpty() && city.isEmpty() && address.isEmpty(); }
    QString oneLine() const;
};

// The cells of a row by field, when several columns may feed one field: all phones and e-mails,
// name parts joined, the first non-empty value of a one-value field and the rest kept as lines
// for the notes, the address set that suits the record and the others as lines, the kind a
// label column ("Phone 1 - Type": Mobile) gives its neighbour.
class ImportColumns {
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)
public:
    ImportColumns(const ImportTable &table, const ColumnMapping &mapping);

    // The first non-empty value of the columns mapped to `f` (control characters taken out).
    QString first(const ImportRow &row, ImportField f) const;
    // Every non-empty value, in column order.
    QStringList all(const ImportRow &row, ImportField f) const;
    // The phones, e-mails and IM ids of the row, each with the kind its label gives it.
    QList<ContactChannel> channels(const ImportRow &row) const;
    // The address of the set a company (atWork) or a private person would use; the other sets'
    // addresses are added to `others` as note lines.
    ImportedAddress address(const ImportRow &row, bool atWork, QStringList *others) const;
    // Lines for the record's notes ("Nickname: Bob"): the columns kept in notes, and the second
    // values of fields that hold one.
    QStringList noteLines(const ImportRow &row) const;

    // `lines` appended to `notes` as a paragraph of their own, within `maxNotes`.
    static void appendLines(QString *notes, const QStringList &lines, int maxNotes);

private:
    QString value(const ImportRow &row, int column) const;
    QString columnName(int column) const;
    QString labelOf(const ImportRow &row, int column) const;

    const ImportTable &m_table;
    const ColumnMapping &m_mapping;
    QHash<int, int> m_labelColumn; // a column -> the column that labels it
    QList<QString> m_addressGroup; // per column: its address set ("home", "address1", "")
};

} // namespace guanxi
