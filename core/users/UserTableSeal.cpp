// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/users/UserTableSeal.h"

#include "core/storage/Database.h"
#include "core/storage/DbSettings.h"
#include "core/storage/SqlError.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi::UserTableSeal {

namespace {

const QString kKeySetting = QStringLiteral("users.seal.key");
const QString kSealSetting = QStringLiteral("users.seal");

Result<QByteArray> key(Database &db, bool create)
{
    Result<QString> stored = dbsettings::value(db, kKeySetting);
    if (!stored)
        return stored.error();
    if (!stored->isEmpty() || !create)
        return QByteArray::fromHex(stored->toLatin1());
    QByteArray fresh(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(fresh.data()), fresh.size() / 4);
    if (Status s = dbsettings::setValue(db, kKeySetting, QString::fromLatin1(fresh.toHex())); !s)
        return s.error();
    return fresh;
}

Result<QString> digest(Database &db, const QByteArray &k)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT id, login, role, coalesce(department_id, ''), coalesce(password_hash, ''), "
                               "coalesce(deleted_at, 0) FROM users ORDER BY id")))
        return toError(q);
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, k);
    while (q.next()) {
        for (int i = 0; i < 6; ++i) {
            mac.addData(q.value(i).toString().toUtf8());
            mac.addData("\x1f", 1);
        }
        mac.addData("\x1e", 1);
    }
    return QString::fromLatin1(mac.result().toHex());
}

} // namespace

Status renew(Database &db)
{
    Result<QByteArray> k = key(db, true);
    if (!k)
        return k.error();
    Result<QString> d = digest(db, *k);
    if (!d)
        return d.error();
    return dbsettings::setValue(db, kSealSetting, *d);
}

Result<bool> intact(Database &db)
{
    Result<QString> seal = dbsettings::value(db, kSealSetting);
    if (!seal)
        return seal.error();
    if (seal->isEmpty()) {
        // A file from before the seal: seal it as it is now, if it can be written.
        if (!db.isReadOnly())
            if (Status s = renew(db); !s)
                return s.error();
        return true;
    }
    Result<QByteArray> k = key(db, false);
    if (!k)
        return k.error();
    Result<QString> d = digest(db, *k);
    if (!d)
        return d.error();
    return *d == *seal;
}

} // namespace guanxi::UserTableSeal
