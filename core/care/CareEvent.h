// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CodeTable.h"

#include <QList>
#include <QString>

namespace guanxi {

// A day of customer care (客户关怀) besides a contact's birthday.
enum class CareKind {
    Anniversary,
    Festival,
    Other
};

// Stored codes and translated names: codeOf, displayName, fromCode, allValuesOf.
CodeTableRef<CareKind> codesOf(CareKind);
QList<CareKind> careKinds();

struct CareEventDraft {
    QString customerId;
    QString contactId; // optional
    CareKind kind = CareKind::Anniversary;
    QString title; // 公司成立纪念日, 结婚纪念日, 中秋 …
    QString onDay; // yyyy-MM-dd
    bool yearly = true;
};

struct CareEvent {
    QString id;
    CareEventDraft fields;
    QString contactName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
};

} // namespace guanxi
