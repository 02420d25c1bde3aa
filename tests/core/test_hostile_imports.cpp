// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files given to `guanxi-cli import` as a user might give them by mistake (or someone on
// purpose): each is read in bounded memory (the process runs under a 512 MB address-space limit)
// and bounded time, and ends with a clear answer, never a crash or a hang. The files are made
// here: a workbook whose rows each hold one cell in column XFD, a CSV header of 100,000 columns, a
// file of 20 MB of commas, a quoted-printable vCard value of 80,000 soft line breaks, a pipe named
// like a CSV file, and a workbook whose sheet unpacks to 300 MB.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <xlsxwriter.h>
#include <zip.h>

class TestHostileImports : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString db;

    struct Run {
        int code = -1;
        qint64 ms = 0;
        QString out;
    };
    // The CLI as a user runs it, under a 512 MB address-space limit and a minute at most.
    Run import(const QString &what, const QString &file) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer t;
        t.start();
        const QStringList cli{
            qEnvironmentVariable("GUANXI_CLI"), QStringLiteral("--db"), db, QStringLiteral("import"), what, file,
            QStringLiteral("--dry-run")};
#ifdef __SANITIZE_ADDRESS__
        // AddressSanitizer reserves terabytes of address space for its shadow, so the limit is on
        // the memory really used, checked by the sanitizer itself (twice the bound: its own overhead).
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":hard_rss_limit_mb=1024"));
        p.setProcessEnvironment(env);
        p.start(cli.first(), cli.mid(1));
#else
        p.start(QStringLiteral("prlimit"), QStringList{QStringLiteral("--as=536870912"), QStringLiteral("--")} + cli);
#endif
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished();
            return {-2, t.elapsed(), QString::fromUtf8(p.readAll())};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, t.elapsed(),
                QString::fromUtf8(p.readAll())};
    }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    // Ends normally with "ok" or "bad input" (0 or 2), within the time, saying `expected`.
    static void answersClearly(const Run &r, const char *expected)
    {
        QVERIFY2(r.code == 0 || r.code == 2,
                 qPrintable(QStringLiteral("exit %1 after %2 ms: %3").arg(r.code).arg(r.ms).arg(r.out.left(2000))));
        QVERIFY2(r.ms < 30'000, qPrintable(QStringLiteral("%1 ms").arg(r.ms)));
        QVERIFY2(r.out.contains(QLatin1String(expected)), qPrintable(r.out.left(2000)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        db = dir.filePath(QStringLiteral("hostile.sqlite3"));
        QProcess init;
        init.start(qEnvironmentVariable("GUANXI_CLI"), {QStringLiteral("--db"), db, QStringLiteral("init")});
        QVERIFY(init.waitForFinished(60'000));
        QCOMPARE(init.exitCode(), 0);
    }

    void aCellInColumnXfdOnEveryRow()
    {
        const QByteArray path = dir.filePath(QStringLiteral("xfd.xlsx")).toLocal8Bit();
        lxw_workbook *wb = workbook_new(path.constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
        worksheet_write_string(ws, 0, 0, "客户名称", nullptr);
        for (lxw_row_t r = 1; r <= 20'000; ++r) {
            if (r % 100 == 0)
                worksheet_write_string(ws, r, 0, "有名字的公司", nullptr);
            worksheet_write_string(ws, r, 16'383, "x", nullptr);
        }
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
        answersClearly(import(QStringLiteral("customers"), QString::fromLocal8Bit(path)), "1024");
    }

    void aHeaderOfAHundredThousandColumns()
    {
        QByteArray csv;
        for (int c = 0; c < 100'000; ++c)
            csv += (c ? "," : "") + QByteArray("c") + QByteArray::number(c);
        csv.replace(0, 2, "名称");
        csv += '\n';
        for (int r = 0; r < 5'000; ++r)
            csv += "公司" + QByteArray::number(r) + ",y\n";
        answersClearly(import(QStringLiteral("customers"), write(QStringLiteral("wide.csv"), csv)), "1024");
    }

    void twentyMegabytesOfCommas()
    {
        answersClearly(
            import(QStringLiteral("customers"), write(QStringLiteral("commas.csv"), QByteArray(20 << 20, ','))), "");
    }

    void aQuotedPrintableValueOfEightyThousandSoftBreaks()
    {
        QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8:张三\r\nNOTE;ENCODING=QUOTED-PRINTABLE:";
        for (int i = 0; i < 80'000; ++i)
            card += "=E5=A4=87=\r\n";
        card += "=E6=B3=A8\r\nEND:VCARD\r\n";
        answersClearly(import(QStringLiteral("contacts"), write(QStringLiteral("soft.vcf"), card)), "1");
    }

    void aPipeNamedLikeACsvFile()
    {
        const QString path = dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const Run r = import(QStringLiteral("customers"), path);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("not a regular file")), qPrintable(r.out));
    }

    void anEmptySharedStringCellDoesNotFailTheWorkbook()
    {
        const QByteArray path = dir.filePath(QStringLiteral("emptyv.xlsx")).toLocal8Bit();
        zipFile z = zipOpen(path.constData(), APPEND_STATUS_CREATE);
        QVERIFY(z);
        const auto part = [&](const char *name, const QByteArray &xml) {
            QCOMPARE(zipOpenNewFileInZip(z, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6), ZIP_OK);
            QCOMPARE(zipWriteInFileInZip(z, xml.constData(), unsigned(xml.size())), ZIP_OK);
            QCOMPARE(zipCloseFileInZip(z), ZIP_OK);
        };
        part("xl/sharedStrings.xml", "<sst><si><t>客户名称</t></si><si><t>华东机电有限公司</t></si></sst>");
        part("xl/worksheets/sheet1.xml",
             "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
             "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v/></c></row>"
             "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>南方物流有限公司</t></is></c></row>"
             "</sheetData></worksheet>");
        QCOMPARE(zipClose(z, nullptr), ZIP_OK);
        const Run r = import(QStringLiteral("customers"), QString::fromLocal8Bit(path));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2 would be created")), qPrintable(r.out));
    }

    void aSheetThatUnpacksToThreeHundredMegabytes()
    {
        const QByteArray path = dir.filePath(QStringLiteral("bomb.xlsx")).toLocal8Bit();
        zipFile z = zipOpen(path.constData(), APPEND_STATUS_CREATE);
        QVERIFY(z);
        QCOMPARE(
            zipOpenNewFileInZip(z, "xl/worksheets/sheet1.xml", nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 1),
            ZIP_OK);
        const QByteArray chunk(1 << 20, ' ');
        for (int i = 0; i < 300; ++i)
            QCOMPARE(zipWriteInFileInZip(z, chunk.constData(), unsigned(chunk.size())), ZIP_OK);
        QCOMPARE(zipCloseFileInZip(z), ZIP_OK);
        QCOMPARE(zipClose(z, nullptr), ZIP_OK);
        QVERIFY(QFileInfo(QString::fromLocal8Bit(path)).size() < 2 << 20);
        const Run r = import(QStringLiteral("customers"), QString::fromLocal8Bit(path));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("too large")), qPrintable(r.out)); // not "it has no worksheet"
    }
};

QTEST_GUILESS_MAIN(TestHostileImports)
#include "test_hostile_imports.moc"
