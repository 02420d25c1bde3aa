// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importexport/ImportTable.h"

#include <QCoreApplication>

namespace guanxi {

// One person as a vCard carries it, in the fields Guanxi keeps.
struct VCardPerson {
    QString name;    // FN, or built from N
    QString company; // ORG (first component)
    QString title;
    QStringList mobiles;
    QStringList phones;
    QStringList faxes;
    QStringList emails;
    QString wechat;
    QString qq;
    QString birthday; // as written (the contact validator reads the forms vCard uses)
    QString note;
    QString website;
    QString address;
    QStringList extraNotes; // a second ORG or ADR, kept for the notes ("ORG: …")
};

// vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350) for contacts: folded lines, escapes, groups,
// quoted-printable and charset parameters of 2.1, TYPE parameters in their several spellings.
// A card that is not closed or has no name is reported, not guessed.
class VCard {
    Q_DECLARE_TR_FUNCTIONS(VCard)
public:
    struct Parsed {
        VCardPerson person;
        int line = 0;
        QString problem;
    };
    static QList<Parsed> parse(const QByteArray &bytes);
    // The cards as an import table with the importer's English headers.
    static Result<ImportTable> toImportTable(const QByteArray &bytes);
    // vCard 3.0, CRLF line ends, lines folded at 75 octets.
    static QByteArray write(const QList<VCardPerson> &people);
};

} // namespace guanxi
