// SPDX-License-Identifier: GPL-3.0-or-later
// Every file in tests/data/import is an export of another program (phones, mail programs, old
// CRMs, spreadsheets), written from the formats' specifications and the programs' behaviour. Next
// to each, NAME.expected.json says what a correct import keeps: every record with its fields, how
// many records of each kind, how many rows are refused. The test imports each file into a fresh
// database as a salesperson would (the columns as guessed, duplicates skipped) and compares.
#include "core/contacts/ContactService.h"
#include "core/contacts/PhoneRules.h"
#include "core/customers/CustomerRepository.h"
#include "core/importexport/ColumnMapping.h"
#include "core/importexport/ImportTable.h"
#include "core/importexport/Importer.h"

#include "TestWorkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace guanxi;
using namespace guanxi::test;

namespace {

const QString kCorpus = QStringLiteral(GUANXI_IMPORT_CORPUS);

int countOf(Database &db, const char *table)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(QLatin1String(table)));
    q.next();
    return q.value(0).toInt();
}

QStringList idsNamed(Database &db, const char *table, const QString &name)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE deleted_at IS NULL AND name = ?").arg(QLatin1String(table)));
    q.addBindValue(name);
    q.exec();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

class TestImportCorpus : public QObject {
    Q_OBJECT

private slots:
    void corpusIsLargeEnough()
    {
        const QStringList files = QDir(kCorpus).entryList({QStringLiteral("*.expected.json")}, QDir::Files);
        QVERIFY2(files.size() >= 60, qPrintable(QStringLiteral("%1 files").arg(files.size())));
    }

    void everyRecordIsKept_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &e : QDir(kCorpus).entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name)) {
            const QString base = e.chopped(QStringLiteral(".expected.json").size());
            const QStringList data = QDir(kCorpus).entryList({base + QStringLiteral(".*")}, QDir::Files);
            for (const QString &f : data)
                if (f != e)
                    QTest::newRow(qPrintable(f)) << f;
        }
    }

    void everyRecordIsKept()
    {
        QFETCH(QString, file);
        const QString base = file.left(file.lastIndexOf(QLatin1Char('.')));
        QFile ef(kCorpus + QLatin1Char('/') + base + QStringLiteral(".expected.json"));
        QVERIFY(ef.open(QIODevice::ReadOnly));
        QJsonParseError perr;
        const QJsonObject expected = QJsonDocument::fromJson(ef.readAll(), &perr).object();
        QVERIFY2(perr.error == QJsonParseError::NoError, qPrintable(perr.errorString()));

        TestWorkspace w;
        QVERIFY(w.init());
        if (const QString region = expected.value(QStringLiteral("phone_region")).toString(); !region.isEmpty())
            QVERIFY(PhoneRules(*w.db).setRegion(w.manager, region));
        else
            QVERIFY(PhoneRules(*w.db).setRegion(w.manager, QStringLiteral("CN")));
        ImportTarget target = ImportTarget::Customers;
        QVERIFY(importTargetFromCode(expected.value(QStringLiteral("target")).toString(QStringLiteral("customers")),
                                     &target));

        // A file whose encoding cannot be told for sure must say so, naming the right one among
        // its guesses; the user then picks it.
        if (expected.value(QStringLiteral("encoding_uncertain")).toBool()) {
            Result<ImportTable> guessed = ImportFiles::read(kCorpus + QLatin1Char('/') + file);
            QVERIFY(guessed && guessed->encodingUncertain);
            QVERIFY2(guessed->encodingCandidates.join(QLatin1Char(' '))
                         .contains(expected.value(QStringLiteral("encoding")).toString()),
                     qPrintable(guessed->encodingCandidates.join(QLatin1Char(','))));
        }
        Result<ImportTable> table =
            ImportFiles::read(kCorpus + QLatin1Char('/') + file, expected.value(QStringLiteral("encoding")).toString());
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        if (expected.contains(QStringLiteral("format_contains")))
            QVERIFY2(table->format.contains(expected.value(QStringLiteral("format_contains")).toString()),
                     qPrintable(table->format));
        QVERIFY2(!table->encodingUncertain, qPrintable(table->encodingCandidates.join(QLatin1Char(','))));
        ImportOptions o;
        o.target = target;
        o.mapping = ColumnMapping::guess(table->headers, target);
        o.onDuplicate = DuplicateAction::Skip;
        Result<ImportReport> r = Importer(*w.db, w.clock).run(w.sales1, *table, o, true);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QStringList refused;
        for (const ImportRejection &x : r->rejected)
            refused.append(QStringLiteral("line %1: %2").arg(x.line).arg(x.reason));

        QCOMPARE(r->rejected.size(), expected.value(QStringLiteral("rejected")).toInt());
        if (expected.contains(QStringLiteral("unverified")))
            QCOMPARE(r->unverified.size(), expected.value(QStringLiteral("unverified")).toInt());
        QCOMPARE(countOf(*w.db, "customers"), expected.value(QStringLiteral("customers")).toInt());
        QCOMPARE(countOf(*w.db, "contacts"), expected.value(QStringLiteral("contacts")).toInt());
        if (expected.contains(QStringLiteral("leads")))
            QCOMPARE(countOf(*w.db, "leads"), expected.value(QStringLiteral("leads")).toInt());

        for (const QJsonValue &v : expected.value(QStringLiteral("records")).toArray()) {
            const QJsonObject rec = v.toObject();
            if (rec.contains(QStringLiteral("customer")))
                checkCustomer(w, rec);
            else
                checkContact(w, rec);
        }
    }

private:
    static void checkNotes(const QString &notes, const QJsonObject &rec)
    {
        for (const QString &part : strings(rec.value(QStringLiteral("notes_contain"))))
            QVERIFY2(notes.contains(part), qPrintable(QStringLiteral("\"%1\" not in notes: %2").arg(part, notes)));
    }

    void checkCustomer(TestWorkspace &w, const QJsonObject &rec)
    {
        const QString name = rec.value(QStringLiteral("customer")).toString();
        const QStringList ids = idsNamed(*w.db, "customers", name);
        QVERIFY2(ids.size() == 1, qPrintable(QStringLiteral("customer %1: %2 found").arg(name).arg(ids.size())));
        Result<std::optional<Customer>> c = CustomerRepository(*w.db).findById(ids.first());
        QVERIFY(c && c->has_value());
        const CustomerDraft &f = (*c)->fields;
        const std::pair<const char *, QString> fields[] = {
            {"phone", f.phone},       {"email", f.email},   {"address", f.address},
            {"city", f.city},         {"region", f.region}, {"website", f.website},
            {"industry", f.industry}, {"source", f.source}, {"kind", codeOf(f.kind)}};
        for (const auto &[key, actual] : fields)
            if (rec.contains(QLatin1String(key)))
                QVERIFY2(
                    actual == rec.value(QLatin1String(key)).toString(),
                    qPrintable(QStringLiteral("%1 of %2: \"%3\", expected \"%4\"")
                                   .arg(QLatin1String(key), name, actual, rec.value(QLatin1String(key)).toString())));
        for (const QString &t : strings(rec.value(QStringLiteral("tags"))))
            QVERIFY2(f.tags.contains(t), qPrintable(f.tags.join(QLatin1Char(','))));
        checkNotes(f.notes, rec);
    }

    void checkContact(TestWorkspace &w, const QJsonObject &rec)
    {
        const QString name = rec.value(QStringLiteral("contact")).toString();
        const QStringList ids = idsNamed(*w.db, "contacts", name);
        QVERIFY2(ids.size() == 1, qPrintable(QStringLiteral("contact %1: %2 found").arg(name).arg(ids.size())));
        Result<Contact> c = ContactService(*w.db, w.clock).get(w.sales1, ids.first());
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        if (rec.contains(QStringLiteral("at")))
            QCOMPARE(c->customerName, rec.value(QStringLiteral("at")).toString());
        const ContactDraft &f = c->fields;
        if (rec.contains(QStringLiteral("title")))
            QCOMPARE(f.title, rec.value(QStringLiteral("title")).toString());
        if (rec.contains(QStringLiteral("birthday")))
            QCOMPARE(f.profile.birthday, rec.value(QStringLiteral("birthday")).toString());
        QStringList have;
        for (const ContactChannel &ch : f.channels)
            have << ch.normalized << ch.value;
        for (const QString &ch : strings(rec.value(QStringLiteral("channels"))))
            QVERIFY2(have.contains(ch),
                     qPrintable(QStringLiteral("%1 of %2 not among: %3").arg(ch, name, have.join(QLatin1Char(',')))));
        if (rec.contains(QStringLiteral("mobiles"))) {
            QStringList mobiles;
            for (const ContactChannel &ch : f.channels)
                if (ch.kind == ChannelKind::Mobile)
                    mobiles.append(ch.normalized);
            QCOMPARE(mobiles, strings(rec.value(QStringLiteral("mobiles"))));
        }
        checkNotes(f.notes, rec);
    }
};

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "test_import_corpus.moc"
