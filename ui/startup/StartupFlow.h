// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "ui/common/AppContext.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace guanxi {

class Database;

// From start to a signed-in session: opens (or creates) the database, explains any problem with
// the file and offers another one, runs the first-start dialog on a new database, and asks who
// signs in once there are several users. Returns no database when the user gives up.
class StartupFlow {
    Q_DECLARE_TR_FUNCTIONS(StartupFlow)
public:
    StartupFlow(QString path, bool pathGiven, const Clock &clock);

    std::unique_ptr<Database> run(Session *session);

private:
    enum class Offer {
        Retry,
        OtherFile,
        Quit
    };

    std::unique_ptr<Database> openDatabase();
    // A file on a network share that is not shared yet: offer to share it (an administrator
    // signs in) rather than open it unsafely.
    Offer offerSharing(const Error &why);
    bool chooseAnotherFile();
    bool firstRun(Database &db, Session *session);

    QString m_path;
    bool m_pathGiven;
    const Clock &m_clock;
};

} // namespace guanxi
