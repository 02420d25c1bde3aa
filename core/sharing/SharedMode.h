// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace guanxi {

class Clock;
class Database;
struct Session;

// Turning a file's sharing on or off: the mark in the file (PRAGMA application_id) and the journal
// mode it implies. Shared, every opener uses the rollback journal, whatever path it came by;
// private, the computer whose disk holds the file uses WAL. Either switch needs everyone else out:
// leaving WAL fails while another connection is open, and a colleague still open in the rollback
// journal when WAL comes back would put WAL's shared memory on the network.
namespace SharedMode {

// Only an administrator may switch; `ownSession` is this process's presence row (not counted).
Status turnOn(Database &db, const Session &actor, const Clock &clock, const QString &ownSession = {});
Status turnOff(Database &db, const Session &actor, const Clock &clock, const QString &ownSession = {});

// What the sharing settings say of the limits, in the user's language.
QString honestBound();

} // namespace SharedMode

} // namespace guanxi
