// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every importer's table goes through next: the columns guessed for each kind of record,
// and the first rows read into drafts (several columns per field, labels, address sets, notes,
// validation and salvage), touching no database.
#include "core/importexport/ColumnMapping.h"
#include "core/importexport/ImportRowReader.h"

#include <algorithm>

inline void planRowsOf(const guanxi::ImportTable &table)
{
    using namespace guanxi;
    const Session actor{QStringLiteral("u"), QStringLiteral("u"), Role::Manager, {}};
    const QHash<QString, User> users;
    for (ImportTarget t : {ImportTarget::Customers, ImportTarget::Contacts, ImportTarget::Leads}) {
        ImportOptions o;
        o.target = t;
        o.mapping = ColumnMapping::guess(table.headers, t);
        if (o.mapping.columns.size() != table.headers.size())
            __builtin_trap();
        const ImportRowReader reader(table, o, actor, users, 0);
        for (qsizetype i = 0; i < std::min<qsizetype>(table.rows.size(), 50); ++i) {
            const CustomerRowPlan plan = reader.planCustomerRow(table.rows.at(i));
            if (plan.rejection.isEmpty() && !plan.blank && plan.customer.name.isEmpty())
                __builtin_trap(); // only a record with a name is kept
            (void)reader.noteLines(table.rows.at(i));
        }
    }
}
