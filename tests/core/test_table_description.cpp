// SPDX-License-Identifier: GPL-3.0-or-later
// A table described once: the SELECT list, reading a row, inserting (one or many), the per-field
// diff and the versioned update of only the fields that changed.
#include "core/storage/Database.h"
#include "core/storage/TableDescription.h"
#include "core/storage/WriteTransaction.h"

#include "TestWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace guanxi;

namespace {

struct NoteDraft {
    QString title;
    QString body;
    qint64 amountMinor = 0;
    bool pinned = false;
    QByteArray picture;
};

struct Note {
    QString id;
    NoteDraft fields;
    QString shouted; // joined: not a column of test_notes
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
};

const TableDescription<Note> &notes()
{
    using namespace columns;
    static const TableDescription<Note> t(
        QStringLiteral("test_notes"),
        {own(QStringLiteral("id"), ColumnRole::Key, &Note::id),
         text(QStringLiteral("title"), &Note::fields, &NoteDraft::title),
         derived<Note>(QStringLiteral("title_key"), [](const Note &n) { return QVariant(n.fields.title.toUpper()); }),
         text(QStringLiteral("body"), &Note::fields, &NoteDraft::body),
         value(QStringLiteral("amount_minor"), &Note::fields, &NoteDraft::amountMinor),
         flag(QStringLiteral("pinned"), &Note::fields, &NoteDraft::pinned),
         bytes(QStringLiteral("picture"), &Note::fields, &NoteDraft::picture),
         own(QStringLiteral("created_at"), ColumnRole::Stamp, &Note::createdAt),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &Note::updatedAt),
         own(QStringLiteral("row_version"), ColumnRole::Stamp, &Note::rowVersion, false)});
    return t;
}

// The same table read with a value the SELECT works out (as a joined table's column would be).
const TableDescription<Note> &notesShouted()
{
    using namespace columns;
    static const TableDescription<Note> t(QStringLiteral("test_notes"),
                                          {own(QStringLiteral("id"), ColumnRole::Key, &Note::id),
                                           joined(QStringLiteral("upper(n.title) || '!'"), &Note::shouted)});
    return t;
}

Note note(const QString &id, const QString &title)
{
    Note n;
    n.id = id;
    n.fields.title = title;
    n.createdAt = n.updatedAt = 1000;
    return n;
}

} // namespace

class TestTableDescription : public QObject {
    Q_OBJECT

    test::TestWorkspace w;

    QVariant column(const QString &id, const char *name)
    {
        QSqlQuery q(w.db->sql());
        q.prepare(QStringLiteral("SELECT %1 FROM test_notes WHERE id = ?").arg(QLatin1String(name)));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0) : QVariant(QStringLiteral("<no row>"));
    }
    std::optional<Note> find(const QString &id)
    {
        QSqlQuery q(w.db->sql());
        q.prepare(QStringLiteral("SELECT %1 FROM test_notes WHERE id = ?").arg(notes().selectList()));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return notes().read(q);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(w.init(false));
        QSqlQuery q(w.db->sql());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE test_notes (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', title_key TEXT, "
            "body TEXT NOT NULL DEFAULT '', amount_minor INTEGER NOT NULL DEFAULT 0, pinned INTEGER NOT NULL, "
            "picture BLOB, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT, "
            "row_version INTEGER NOT NULL DEFAULT 1, deleted_at INTEGER)")));
    }

    void theSelectListIsTheColumnsThatAreRead()
    {
        QCOMPARE(notes().selectList(),
                 QStringLiteral("id, title, body, amount_minor, pinned, picture, created_at, "
                                "updated_at, row_version"));
        QCOMPARE(notes().selectList(QStringLiteral("n")).left(17), QStringLiteral("n.id, n.title, n."));
        QCOMPARE(notes().readCount(), 9);
    }

    void whatIsInsertedIsReadBack()
    {
        Note n = note(QStringLiteral("n1"), QStringLiteral("first"));
        n.fields.amountMinor = 12'345;
        n.fields.pinned = true;
        n.fields.picture = QByteArray("\x89PNG", 4);
        QVERIFY(notes().insert(*w.db, n, w.admin.userId));
        const std::optional<Note> back = find(QStringLiteral("n1"));
        QVERIFY(back);
        QCOMPARE(back->fields.title, QStringLiteral("first"));
        QCOMPARE(back->fields.body, QString()); // stored as '', read as empty
        QCOMPARE(back->fields.amountMinor, 12'345);
        QVERIFY(back->fields.pinned);
        QCOMPARE(back->fields.picture, n.fields.picture);
        QCOMPARE(back->rowVersion, 1);
        QCOMPARE(column(QStringLiteral("n1"), "title_key").toString(), QStringLiteral("FIRST"));
        QCOMPARE(column(QStringLiteral("n1"), "updated_by").toString(), w.admin.userId);
        QVERIFY(column(QStringLiteral("n1"), "body").toString().isEmpty());
        QVERIFY(!column(QStringLiteral("n1"), "body").isNull()); // '' for the NOT NULL column
        // No picture is NULL, not an empty blob.
        QVERIFY(notes().insert(*w.db, note(QStringLiteral("n2"), QStringLiteral("second")), {}));
        QVERIFY(column(QStringLiteral("n2"), "picture").isNull());
        QVERIFY(column(QStringLiteral("n2"), "updated_by").isNull());
    }

    void aJoinedValueIsSelectedAsWrittenAndNeverWritten()
    {
        QCOMPARE(notesShouted().selectList(QStringLiteral("n")), QStringLiteral("n.id, upper(n.title) || '!'"));
        QVERIFY(notes().insert(*w.db, note(QStringLiteral("j1"), QStringLiteral("quiet")), {}));
        QSqlQuery q(w.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM test_notes n WHERE n.id = 'j1'")
                           .arg(notesShouted().selectList(QStringLiteral("n")))));
        QVERIFY(q.next());
        const Note read = notesShouted().read(q);
        QCOMPARE(read.shouted, QStringLiteral("QUIET!"));
    }

    void theDiffNamesTheFieldsThatDiffer()
    {
        Note a = note(QStringLiteral("x"), QStringLiteral("same"));
        Note b = a;
        QVERIFY(notes().changedFields(a, b).isEmpty());
        b.fields.body = QStringLiteral("new");
        b.fields.pinned = true;
        b.updatedAt = 99; // a stamp is no change of the record
        QCOMPARE(notes().changedFields(a, b), QStringList({QStringLiteral("body"), QStringLiteral("pinned")}));
    }

    void anUpdateWritesOnlyWhatChangedAtTheVersionRead()
    {
        QVERIFY(notes().insert(*w.db, note(QStringLiteral("u1"), QStringLiteral("before")), {}));
        const Note read = *find(QStringLiteral("u1"));
        // Meanwhile someone else changes the body (and so the version).
        QSqlQuery other(w.db->sql());
        QVERIFY(other.exec(
            QStringLiteral("UPDATE test_notes SET body = 'theirs', row_version = row_version + 1 WHERE id = 'u1'")));
        Note mine = read;
        mine.fields.title = QStringLiteral("after");
        // At the version read: refused, nothing written.
        Result<bool> stale = notes().updateChanged(*w.db, mine.id, read, mine, read.rowVersion, 2000, w.admin.userId);
        QVERIFY(stale);
        QVERIFY(!*stale);
        QCOMPARE(column(QStringLiteral("u1"), "title").toString(), QStringLiteral("before"));
        // At the current version: only the title (and its key) are written; their body stays.
        const qint64 current = find(QStringLiteral("u1"))->rowVersion;
        Result<bool> saved = notes().updateChanged(*w.db, mine.id, read, mine, current, 2000, w.admin.userId);
        QVERIFY(saved && *saved);
        const Note after = *find(QStringLiteral("u1"));
        QCOMPARE(after.fields.title, QStringLiteral("after"));
        QCOMPARE(after.fields.body, QStringLiteral("theirs"));
        QCOMPARE(after.rowVersion, current + 1);
        QCOMPARE(after.updatedAt, 2000);
        QCOMPARE(column(QStringLiteral("u1"), "title_key").toString(), QStringLiteral("AFTER"));
        // Nothing changed: nothing written, the version stays.
        QVERIFY(*notes().updateChanged(*w.db, after.id, after, after, after.rowVersion, 3000, w.admin.userId));
        QCOMPARE(find(QStringLiteral("u1"))->rowVersion, after.rowVersion);
        // A full update writes every field.
        Note all = after;
        all.fields.body = QStringLiteral("mine");
        QVERIFY(*notes().update(*w.db, all.id, all, after.rowVersion, 4000, w.admin.userId));
        QCOMPARE(find(QStringLiteral("u1"))->fields.body, QStringLiteral("mine"));
    }

    void manyRowsGoThroughOnePreparedInsert()
    {
        WriteTransaction tx(*w.db);
        QVERIFY(tx.begin());
        TableDescription<Note>::Inserter insert(*w.db, notes());
        for (int i = 0; i < 2000; ++i)
            QVERIFY(insert.add(note(QStringLiteral("bulk%1").arg(i), QStringLiteral("第%1条").arg(i)), {}));
        QVERIFY(tx.commit());
        QSqlQuery q(w.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM test_notes WHERE id LIKE 'bulk%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2000);
        // A duplicate id is refused with the database's reason, and the inserter goes on.
        Status again = insert.add(note(QStringLiteral("bulk0"), QStringLiteral("again")), {});
        QVERIFY(!again);
        QVERIFY(insert.add(note(QStringLiteral("bulk-extra"), QStringLiteral("extra")), {}));
    }
};

QTEST_GUILESS_MAIN(TestTableDescription)
#include "test_table_description.moc"
