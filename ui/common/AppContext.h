// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"

namespace guanxi {

class Clock;
class Database;
class Presence;

// What every page needs: the open database (owned by the application), who signed in, the
// clock the services use, and this window's row among those who have the file open (may be null).
struct AppContext {
    Database *db = nullptr;
    Session session;
    const Clock *clock = nullptr;
    Presence *presence = nullptr;
};

} // namespace guanxi
