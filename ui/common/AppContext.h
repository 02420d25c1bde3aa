// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "users/User.h"

namespace guanxi {

class Clock;
class Database;

// What every page needs: the open database (owned by the application), who signed in, and the
// clock the services use.
struct AppContext {
    Database *db = nullptr;
    Session session;
    const Clock *clock = nullptr;
};

} // namespace guanxi
