// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guanxi {

// Importance tier (客户等级). Stored as its number; higher is more important.
enum class Tier { Normal = 0, Important = 1, Vip = 2 };

QString tierCode(Tier tier);                        // "normal", "important", "vip"
bool tierFromCode(const QString &code, Tier *out);   // accepts the codes and 0-2
QString tierDisplayName(Tier tier);                 // translated: 普通, 重要, 贵宾

// The fields a user edits; the rest of a customer is kept by the service.
struct CustomerDraft {
    QString name;
    Tier tier = Tier::Normal;
    QString region;
    QString industry;
    QString phone;
    QString email;
    QString notes;
    QString ownerId;   // empty: unowned (public pool)
};

struct Customer {
    QString id;
    CustomerDraft fields;
    QString ownerName;
    QString ownerDepartmentId;
    qint64 lastContactAt = 0;   // UTC ms, 0 = never
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
    QString updatedByName;
    qint64 rowVersion = 0;
    qint64 deletedAt = 0;       // 0 = live; otherwise in the recycle bin
};

} // namespace guanxi
