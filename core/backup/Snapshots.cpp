// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/Snapshots.h"

#include "core/backup/OnlineBackup.h"
#include "core/util/AppPaths.h"
#include "core/util/Clock.h"

#include <QDir>
#include <QFileInfo>

namespace guanxi {

namespace {
const QString kPrefix = QStringLiteral("guanxi-");
const QString kSuffix = QStringLiteral(".sqlite3");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
} // namespace

Snapshots::Snapshots(QString folder, const Clock &clock, int keep)
    : m_folder(std::move(folder))
    , m_clock(clock)
    , m_keep(std::max(1, keep))
{
}

QString Snapshots::defaultFolder()
{
    return AppPaths::dataFolder() + QStringLiteral("/backups");
}

QList<Snapshot> Snapshots::list() const
{
    QList<Snapshot> result;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({kPrefix + QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &f : files) {
        const QString stamp = f.fileName().mid(kPrefix.size(), kStampFormat.size());
        const QDateTime at = QDateTime::fromString(stamp, kStampFormat);
        if (at.isValid())
            result.append({f.absoluteFilePath(), at, f.size()});
    }
    return result;
}

Result<Snapshot> Snapshots::take(Database &db, const ProgressFn &progress)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime();
    const QString path = m_folder + QLatin1Char('/') + kPrefix + now.toString(kStampFormat) + kSuffix;
    if (Status s = OnlineBackup::backupTo(db, path, progress); !s)
        return s.error();
    prune();
    return Snapshot{path, now, QFileInfo(path).size()};
}

bool Snapshots::isDailyDue() const
{
    const QList<Snapshot> existing = list();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime().date();
    return existing.isEmpty() || existing.first().takenAt.date() < today;
}

Result<bool> Snapshots::takeDailyIfDue(Database &db)
{
    if (!isDailyDue())
        return false;
    Result<Snapshot> s = take(db);
    if (!s)
        return s.error();
    return true;
}

void Snapshots::prune() const
{
    const QList<Snapshot> all = list();
    for (qsizetype i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

} // namespace guanxi
