// SPDX-License-Identifier: GPL-3.0-or-later
// The real system keychain (run by tests/support/with-keyring.sh inside a private D-Bus session
// with GNOME Keyring): a secret written is read back, replaced, and gone after removal.
#include "ui/common/KeychainSecretStore.h"

#include <QTest>

using namespace guanxi;

class TestKeychain : public QObject {
    Q_OBJECT
private slots:
    void writeReadRemove()
    {
        KeychainSecretStore store(QStringLiteral("org.example.guanxi.test"));
        const QString key = QStringLiteral("sign-in:/tmp/测试.sqlite3:sales1");
        QVERIFY(store.remove(key));
        auto none = store.read(key);
        QVERIFY2(none, none ? "" : qPrintable(none.error().message));
        QVERIFY(!none->has_value());
        Status w = store.write(key, QStringLiteral("密码 secret1"));
        QVERIFY2(w, w ? "" : qPrintable(w.error().message));
        auto back = store.read(key);
        QVERIFY(back && back->has_value());
        QCOMPARE(**back, QStringLiteral("密码 secret1"));
        QVERIFY(store.write(key, QStringLiteral("newer")));
        QCOMPARE(**store.read(key), QStringLiteral("newer"));
        QVERIFY(store.remove(key));
        QVERIFY(!store.read(key)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
