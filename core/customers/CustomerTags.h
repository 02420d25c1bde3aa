// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace guanxi {

class Clock;
class Database;

struct TaggingReport {
    int tagged = 0;
    int alreadyTagged = 0;
    int notAllowed = 0; // customers the actor may see but not change (a colleague's)
};

// One tag onto many customers at once, so a segment from the report center becomes a list to
// follow up (filter the customer list by the tag, save it as a smart list). Each customer is
// written as the customer service writes it: versioned, stamped, its search entry refreshed.
class CustomerTags {
    Q_DECLARE_TR_FUNCTIONS(CustomerTags)
public:
    static Result<TaggingReport> addTag(Database &db, const Clock &clock, const Session &actor,
                                        const QStringList &customerIds, const QString &tag);
};

} // namespace guanxi
