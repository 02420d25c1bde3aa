// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerTags.h"

#include "core/customers/Customer.h"
#include "core/customers/CustomerAccess.h"
#include "core/search/DerivedIndexes.h"
#include "core/storage/VersionedUpdate.h"
#include "core/storage/WriteTransaction.h"
#include "core/util/Clock.h"

namespace guanxi {

Result<TaggingReport> CustomerTags::addTag(Database &db, const Clock &clock, const Session &actor,
                                           const QStringList &customerIds, const QString &tagIn)
{
    const QString tag = tagIn.trimmed();
    if (tag.isEmpty() || tag.contains(QLatin1Char('|')) || tag.size() > 50)
        return Error{ErrorCode::Invalid,
                     tr("A tag is a short word or phrase of up to 50 characters, without \"|\"."),
                     {},
                     QStringLiteral("tag")};
    return inWriteTransaction(db, [&]() -> Result<TaggingReport> {
        TaggingReport report;
        const qint64 now = clock.nowMs();
        for (const QString &id : customerIds) {
            Result<Customer> c = CustomerAccess::writable(db, actor, id);
            if (!c) {
                if (c.error().code != ErrorCode::PermissionDenied && c.error().code != ErrorCode::NotFound)
                    return c.error();
                ++report.notAllowed;
                continue;
            }
            QStringList tags = c->fields.tags;
            if (tags.contains(tag)) {
                ++report.alreadyTagged;
                continue;
            }
            tags.append(tag);
            Result<bool> ok = updateVersioned(db, QStringLiteral("customers"), {QStringLiteral("tags")},
                                              {tagsToStored(tags)}, id, c->rowVersion, now, actor.userId);
            if (!ok)
                return ok.error();
            if (!*ok)
                return Error{
                    ErrorCode::Conflict, tr("Someone changed %1 in the meantime. Try again.").arg(c->fields.name), {}};
            if (Status s = refreshDerivedIndexes(db, SearchKind::Customer, id); !s)
                return s.error();
            ++report.tagged;
        }
        return report;
    });
}

} // namespace guanxi
