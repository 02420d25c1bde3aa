// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliContext.h"

#include "app/cli/CliText.h"
#include "core/users/UserService.h"
#include "core/util/AppPaths.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace guanxi::cli {

namespace {

QString readPasswordFromTerminal(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    termios old{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
    return QString::fromStdString(line);
}

} // namespace

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Duplicate:
        return ExitDuplicate;
    case ErrorCode::Conflict:
        return ExitConflict;
    case ErrorCode::PermissionDenied:
        return ExitDenied;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Invalid:
        return ExitUsage;
    case ErrorCode::WrongState:
        return ExitWrongState;
    case ErrorCode::Busy:
        return ExitBusy;
    default:
        return ExitError;
    }
}

CliContext::CliContext(QCommandLineParser &parser)
    : m_parser(parser)
    , m_out(stdout)
    , m_err(stderr)
{
}

QString CliContext::databasePath() const
{
    const QString given = m_parser.value(QStringLiteral("db"));
    if (!given.isEmpty())
        return given;
    const QString env = qEnvironmentVariable("GUANXI_DB");
    return env.isEmpty() ? AppPaths::defaultDatabasePath() : env;
}

Result<Database *> CliContext::database(Database::OpenMode mode)
{
    if (!m_db) {
        Result<std::unique_ptr<Database>> db = openWorkspace(databasePath(), mode);
        if (!db) {
            if (db.error().code == ErrorCode::NotFound)
                return Error{ErrorCode::NotFound,
                             db.error().message + QLatin1Char(' ')
                                 + Cli::tr("Create it with: guanxi-cli init --db FILE"),
                             {}};
            return db.error();
        }
        m_db = std::move(*db);
        if (m_db->isReadOnly())
            m_err << Cli::tr("Note: %1 is open read-only: %2.")
                         .arg(QDir::toNativeSeparators(m_db->path()), m_db->readOnlyReason())
                  << Qt::endl;
        if (mode == Database::OpenMode::ToShare)
            return m_db.get();
        m_presence = std::make_unique<Presence>(*m_db, Clock::system());
        const QString who = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        if (Status s = m_presence->announce({}, who.isEmpty() ? QStringLiteral("guanxi-cli") : who,
                                            QStringLiteral("guanxi-cli"));
            !s)
            return s.error();
    }
    return m_db.get();
}

Result<Session> CliContext::actor()
{
    Result<Database *> db = database();
    if (!db)
        return db.error();
    UserService users(**db, Clock::system());
    Result<bool> needs = users.needsSignIn();
    if (!needs)
        return needs.error();
    if (!*needs)
        return users.soleUserSession();
    QString login = m_parser.value(QStringLiteral("user"));
    if (login.isEmpty())
        login = qEnvironmentVariable("GUANXI_USER");
    if (login.isEmpty())
        return Error{ErrorCode::PermissionDenied,
                     Cli::tr("This database has several users: say who you are with --user LOGIN "
                             "(or GUANXI_USER) and give the password in GUANXI_PASSWORD or at the prompt."),
                     {}};
    QString password = qEnvironmentVariable("GUANXI_PASSWORD");
    if (password.isEmpty() && !qEnvironmentVariableIsSet("GUANXI_PASSWORD"))
        password = readPasswordFromTerminal(Cli::tr("Password for %1: ").arg(login));
    return users.signIn(login, password);
}

Result<CliContext::Opened> CliContext::open()
{
    Result<Database *> db = database();
    if (!db)
        return db.error();
    Result<Session> who = actor();
    if (!who)
        return who.error();
    return Opened{*db, *who};
}

int CliContext::fail(const Error &error)
{
    m_err << Cli::tr("Error: ") << error.message << Qt::endl;
    if (!error.detail.isEmpty() && error.detail != error.message)
        m_err << Cli::tr("Details: ") << error.detail << Qt::endl;
    return exitCodeFor(error);
}

int CliContext::usage(const QString &message)
{
    m_err << message << Qt::endl << Cli::tr("See: guanxi-cli --help") << Qt::endl;
    return ExitUsage;
}

ProgressFn CliContext::progressLine(const QString &label)
{
    if (!isatty(STDERR_FILENO))
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [this, label, timer](qint64 done, qint64 total) {
        if (done < total && timer->elapsed() < 200)
            return true;
        timer->restart();
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        m_err << '\r' << label << QStringLiteral(" %1% (%2/%3)").arg(percent).arg(done).arg(total);
        if (done >= total)
            m_err << '\n';
        m_err.flush();
        return true;
    };
}

} // namespace guanxi::cli
