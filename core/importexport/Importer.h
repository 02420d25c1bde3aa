// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/importexport/ColumnMapping.h"
#include "core/importexport/ImportTable.h"
#include "core/users/User.h"
#include "core/util/CodeTable.h"
#include "core/util/Progress.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace guanxi {

class Clock;
class Database;

// What to do with a row the duplicate guard says is already in the database.
enum class DuplicateAction {
    Skip,   // leave the existing record alone
    Update, // fill the existing record with the row's non-empty values
    Create, // create it anyway
};
// Stored codes and translated names: codeOf, displayName, fromCode, allValuesOf.
CodeTableRef<DuplicateAction> codesOf(DuplicateAction);

struct ImportOptions {
    ImportTarget target = ImportTarget::Customers;
    ColumnMapping mapping;
    DuplicateAction onDuplicate = DuplicateAction::Skip;
    bool keepOwnerAndDates = false; // take owner, created and last-contact from the file
};

struct ImportRejection {
    int line = 0;
    QString reason;     // translated
    QStringList fields; // the row as it was, to fix and import again
};

struct ImportNote {
    int line = 0;
    QString message; // translated: which existing record the row matched, and what was done
};

struct ImportReport {
    int rows = 0;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int contactsCreated = 0;
    QList<ImportRejection> rejected;
    QList<ImportNote> duplicates;
    QList<ImportNote> unverified; // values left out of an imported record, one per field (kept in its notes)
    QStringList warnings;
    bool committed = false;
    qint64 elapsedMs = 0;
};

// Imports customers (with their main contact), contacts (with their company) or leads from a
// table. Every row is validated and checked by the duplicate guard; rejected rows are reported
// with the reason and never half-written. The whole file is one transaction: a preview runs the
// same import and rolls it back, so its numbers are exactly what committing would do.
class Importer {
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    Importer(Database &db, const Clock &clock);

    Result<ImportReport> run(const Session &actor, const ImportTable &table, const ImportOptions &options, bool commit,
                             const ProgressFn &progress = {});

    // The rejected rows as CSV (UTF-8 with BOM, so Excel opens it): the file's own columns and the
    // reason, ready to be fixed and imported again.
    static QByteArray rejectsCsv(const ImportTable &table, const ImportReport &report);

private:
    // One pass over the file in one transaction; `rowRefused` tells a row's refusal by the database
    // (worth a pass with savepoints) from other failures.
    Result<ImportReport> attempt(const Session &actor, const ImportTable &table, const ImportOptions &options,
                                 bool commit, const ProgressFn &progress, bool perRowSavepoints, bool *rowRefused);

    Result<QHash<QString, User>> usersByName();

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
