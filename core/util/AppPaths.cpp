// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/AppPaths.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace guanxi::AppPaths {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Guanxi"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("guanxi.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Guanxi"));
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString defaultDatabasePath()
{
    return dataFolder() + QStringLiteral("/guanxi.sqlite3");
}

} // namespace guanxi::AppPaths
