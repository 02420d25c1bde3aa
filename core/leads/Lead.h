// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CodeTable.h"

#include <QList>
#include <QString>

namespace guanxi {

// new → working → qualified → converted, or disqualified (with a reason) at any point before.
enum class LeadStatus {
    New,
    Working,
    Qualified,
    Disqualified,
    Converted
};

// Stored codes and translated names: codeOf, displayName, fromCode, allValuesOf.
CodeTableRef<LeadStatus> codesOf(LeadStatus);
// The leads still being worked: new, working, qualified (not disqualified, not converted).
QList<LeadStatus> openLeadStatuses();

struct LeadDraft {
    QString personName;
    QString company;
    QString title;
    QString phone;
    QString email;
    QString region;
    QString industry;
    QString source; // source channel: exhibition, website, referral, advertisement, ...
    QString notes;
    QString ownerId; // empty: not assigned yet (the assignment rule decides on create)
};

struct Lead {
    QString id;
    LeadDraft fields;
    LeadStatus status = LeadStatus::New;
    QString statusReason;
    QString ownerName;
    QString ownerDepartmentId;
    QString customerId; // after conversion
    QString contactId;
    QString opportunityId;
    qint64 convertedAt = 0;
    qint64 lastContactAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;

    QString displayName() const { return fields.personName.isEmpty() ? fields.company : fields.personName; }
};

} // namespace guanxi
