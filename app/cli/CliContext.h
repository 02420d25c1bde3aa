// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sharing/Presence.h"
#include "core/storage/Database.h"
#include "core/users/User.h"
#include "core/util/Progress.h"
#include "core/util/Result.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace guanxi::cli {

// Exit codes a script can rely on.
enum Exit {
    ExitOk = 0,
    ExitError = 1,
    ExitUsage = 2,
    ExitDuplicate = 3,
    ExitConflict = 4,
    ExitDenied = 5,
    ExitNotFound = 6,
    ExitWrongState = 7, // the record's state does not allow it (a quote already sent)
    ExitBusy = 8,       // the file stayed locked by another user after the retries
};

int exitCodeFor(const Error &error);

// What every command shares: the parsed options, the streams, the database and who is acting.
class CliContext {
public:
    explicit CliContext(QCommandLineParser &parser);

    QCommandLineParser &parser() { return m_parser; }
    QStringList positional() const { return m_parser.positionalArguments().mid(1); }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    QString databasePath() const;
    // Opens the database (creating it only when asked) and works out the acting user: the sole
    // user of a single-user database, or --user (GUANXI_USER) with GUANXI_PASSWORD or a prompt.
    Result<Database *> database(Database::OpenMode mode = Database::OpenMode::OpenExisting);
    Result<Session> actor();
    // Both at once: what every command that reads or writes records starts with.
    struct Opened {
        Database *db = nullptr;
        Session actor;
    };
    Result<Opened> open();

    int fail(const Error &error);
    int usage(const QString &message);

    // A progress line on a terminal; silent when output goes to a file or pipe.
    ProgressFn progressLine(const QString &label);

    // This run's row among those who have the file open (so sharing and restore wait for it).
    QString presenceSession() const { return m_presence ? m_presence->sessionId() : QString(); }

private:
    QCommandLineParser &m_parser;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Presence> m_presence; // declared after m_db: leaves before the database closes
};

} // namespace guanxi::cli
