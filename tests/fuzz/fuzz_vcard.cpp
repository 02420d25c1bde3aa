// SPDX-License-Identifier: GPL-3.0-or-later
// vCard import: folding, escapes, parameters, quoted-printable, charsets; and writing what was
// read must read back as the same people.
#include "core/importexport/VCard.h"

#include "PlanRows.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QList<guanxi::VCard::Parsed> cards = guanxi::VCard::parse(bytes);
    QList<guanxi::VCardPerson> people;
    for (const guanxi::VCard::Parsed &c : cards)
        if (c.problem.isEmpty() && !c.person.name.trimmed().isEmpty())
            people.append(c.person);
    const QList<guanxi::VCard::Parsed> again = guanxi::VCard::parse(guanxi::VCard::write(people));
    if (again.size() != people.size())
        __builtin_trap();
    if (guanxi::Result<guanxi::ImportTable> table = guanxi::VCard::toImportTable(bytes))
        planRowsOf(*table);
    return 0;
}
