// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guanxi {

// How the folder of a database file is mounted, and whether the file locks SQLite relies on reach
// every computer that opens the file. SQLite on a network share is only as safe as the share's
// byte-range locks: a mount that keeps them on one machine (CIFS with nobrl, NFS with nolock or
// local_lock, FUSE file systems such as sshfs or bindfs) lets two writers in at once.
struct MountInfo {
    QString mountPoint;
    QString fsType;           // as the kernel names it: ext4, cifs, nfs4, fuse.sshfs, …
    QString source;           // the device or share: /dev/sda1, //server/share, host:/export
    bool network = false;     // another computer may open the same file
    bool locksTrusted = true; // byte-range locks reach everyone who opens the file
    bool readOnly = false;    // mounted read-only
    QString reason;           // why locks cannot be trusted, in the user's language

    // The mount that holds `path` on this computer (Linux: /proc/self/mountinfo; Windows: the
    // drive type; elsewhere the file system's name).
    static MountInfo forPath(const QString &path);
    // The same from the text of a mountinfo table, for a path already made canonical.
    static MountInfo fromMountInfo(const QString &mountInfoText, const QString &canonicalPath);
    // The judgement for one file system type and its options (mount and super options together).
    static MountInfo classify(const QString &fsType, const QString &options);
};

} // namespace guanxi
