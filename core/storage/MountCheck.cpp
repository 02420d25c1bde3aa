// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/MountCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QStringList>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace guanxi {

namespace {

// mountinfo escapes space, tab, newline and backslash as octal (\040 …).
QString unescape(const QString &field)
{
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == QLatin1Char('\\') && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(QChar(code));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return out;
}

bool isUnder(const QString &path, const QString &mountPoint)
{
    if (mountPoint == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == mountPoint || path.startsWith(mountPoint + QLatin1Char('/'));
}

bool hasOption(const QStringList &options, QLatin1StringView name)
{
    for (const QString &o : options) {
        if (o == name)
            return true;
    }
    return false;
}

QString optionValue(const QStringList &options, QLatin1StringView name)
{
    const QString prefix = name + QLatin1Char('=');
    for (const QString &o : options) {
        if (o.startsWith(prefix))
            return o.mid(prefix.size());
    }
    return {};
}

} // namespace

MountInfo MountInfo::classify(const QString &fsType, const QString &optionText)
{
    MountInfo m;
    m.fsType = fsType;
    const QStringList options = optionText.split(QLatin1Char(','), Qt::SkipEmptyParts);
    m.readOnly = hasOption(options, QLatin1StringView("ro"));
    const QString type = fsType.toLower();
    if (type == QLatin1String("cifs") || type == QLatin1String("smb3") || type == QLatin1String("smbfs")) {
        m.network = true;
        if (hasOption(options, QLatin1StringView("nobrl"))) {
            m.locksTrusted = false;
            m.reason = QCoreApplication::translate(
                "Storage", "the SMB share is mounted with \"nobrl\", so file locks stay on this computer");
        }
    } else if (type == QLatin1String("nfs") || type == QLatin1String("nfs4")) {
        m.network = true;
        const QString localLock = optionValue(options, QLatin1StringView("local_lock"));
        if (hasOption(options, QLatin1StringView("nolock"))) {
            m.locksTrusted = false;
            m.reason = QCoreApplication::translate(
                "Storage", "the NFS share is mounted with \"nolock\", so file locks stay on this computer");
        } else if (!localLock.isEmpty() && localLock != QLatin1String("none")) {
            m.locksTrusted = false;
            m.reason =
                QCoreApplication::translate(
                    "Storage", "the NFS share is mounted with \"local_lock=%1\", so file locks stay on this computer")
                    .arg(localLock);
        }
    } else if (type == QLatin1String("fuseblk")) {
        // A local disk driven through FUSE (NTFS, exFAT): one computer, its locks are the kernel's.
    } else if (type == QLatin1String("fuse") || type.startsWith(QLatin1String("fuse."))) {
        m.network = true;
        m.locksTrusted = false;
        m.reason =
            QCoreApplication::translate(
                "Storage", "the folder is mounted through FUSE (%1), which keeps file locks on one computer only")
                .arg(type.startsWith(QLatin1String("fuse.")) ? type.mid(5) : type);
    } else if (type == QLatin1String("9p") || type == QLatin1String("davfs") || type == QLatin1String("webdav")
               || type == QLatin1String("ncpfs") || type == QLatin1String("vboxsf")
               || type == QLatin1String("vmhgfs")) {
        m.network = true;
        m.locksTrusted = false;
        m.reason =
            QCoreApplication::translate("Storage", "the folder is shared through %1, which does not pass file locks on")
                .arg(type);
    } else if (type == QLatin1String("afs") || type == QLatin1String("ceph") || type == QLatin1String("glusterfs")
               || type == QLatin1String("afpfs") || type == QLatin1String("lustre") || type == QLatin1String("gfs2")
               || type == QLatin1String("ocfs2")) {
        m.network = true;
    }
    return m;
}

MountInfo MountInfo::fromMountInfo(const QString &text, const QString &canonicalPath)
{
    MountInfo best;
    qsizetype bestLength = -1;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        // id parent major:minor root mount-point mount-options [optional…] - type source super-options
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const qsizetype dash = f.indexOf(QStringLiteral("-"));
        if (f.size() < 6 || dash < 6 || dash + 2 >= f.size())
            continue;
        const QString mountPoint = unescape(f.at(4));
        if (!isUnder(canonicalPath, mountPoint) || mountPoint.size() < bestLength)
            continue;
        // A later line on the same point is mounted over the earlier one.
        const QString options = f.at(5) + QLatin1Char(',') + (dash + 3 < f.size() ? f.at(dash + 3) : QString());
        MountInfo m = classify(f.at(dash + 1), options);
        m.mountPoint = mountPoint;
        m.source = unescape(f.at(dash + 2));
        // Only the mount options say read-only; the super block's "ro" covers every mount of it.
        m.readOnly = f.at(5).split(QLatin1Char(',')).contains(QStringLiteral("ro"));
        best = m;
        bestLength = mountPoint.size();
    }
    return best;
}

MountInfo MountInfo::forPath(const QString &path)
{
    const QFileInfo info(path);
    // The folder, made canonical (symbolic links resolved) so the mount table's paths match.
    QString canonical = info.exists() ? info.canonicalFilePath() : QFileInfo(info.absolutePath()).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = info.absoluteFilePath();
#if defined(Q_OS_LINUX)
    QFile table(QStringLiteral("/proc/self/mountinfo"));
    if (table.open(QIODevice::ReadOnly | QIODevice::Text))
        return fromMountInfo(QString::fromUtf8(table.readAll()), canonical);
#elif defined(Q_OS_WIN)
    // A UNC path or a mapped drive is SMB, which passes byte-range locks on.
    const QString native = QDir::toNativeSeparators(canonical);
    MountInfo m;
    if (native.startsWith(QLatin1String("\\\\"))) {
        m.network = true;
        m.fsType = QStringLiteral("smb");
        return m;
    }
    const std::wstring root = native.left(3).toStdWString();
    if (GetDriveTypeW(root.c_str()) == DRIVE_REMOTE) {
        m.network = true;
        m.fsType = QStringLiteral("smb");
    }
    return m;
#endif
    const QStorageInfo storage(QFileInfo(canonical).absolutePath());
    MountInfo m =
        classify(QString::fromUtf8(storage.fileSystemType()), storage.isReadOnly() ? QStringLiteral("ro") : QString());
    m.mountPoint = storage.rootPath();
    m.source = QString::fromUtf8(storage.device());
    return m;
}

} // namespace guanxi
