// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace guanxi {

class Database;

// The letterhead every printed document carries: the company's name, address, phone, tax number
// (税号), bank account and logo. Kept in the database, so every user prints the same.
struct CompanyProfile {
    Q_DECLARE_TR_FUNCTIONS(CompanyProfile)
public:
    QString name;
    QString address;
    QString phone;
    QString taxId;
    QString bank;
    QByteArray logo; // PNG or JPEG

    static Result<CompanyProfile> load(Database &db);
    // Managers and administrators only.
    static Status save(Database &db, const Session &actor, const CompanyProfile &profile);
};

} // namespace guanxi
