// SPDX-License-Identifier: GPL-3.0-or-later
// guanxi-cli as a script uses it: commands, formats, exit codes, and read-modify-write from
// several processes at once losing no update.
#include "core/customers/CustomerService.h"
#include "core/products/ProductService.h"
#include "core/quotes/QuoteService.h"
#include "core/storage/Database.h"
#include "core/storage/WriteTransaction.h"
#include "core/tasks/TaskService.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/OpenWorkspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <atomic>
#include <thread>
#include <vector>

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    QString db;

    struct Run {
        int code;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), dir.path()); // settings of the test, not the user
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("GUANXI_CLI"), QStringList{QStringLiteral("--db"), db} + args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    // The test database's administrator, to set up records through the services.
    static guanxi::Session administrator(guanxi::Database &d)
    {
        const QList<guanxi::User> users = *guanxi::UserService(d, guanxi::Clock::system()).users();
        for (const guanxi::User &u : users)
            if (u.role == guanxi::Role::Admin)
                return guanxi::Session::fromUser(u);
        return {};
    }
    QJsonObject show(const QString &id) const
    {
        return QJsonDocument::fromJson(cli({QStringLiteral("customers"), QStringLiteral("show"), id,
                                            QStringLiteral("--format"), QStringLiteral("json")})
                                           .out.toUtf8())
            .object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("GUANXI_CLI").isEmpty());
        db = dir.filePath(QStringLiteral("cli.sqlite3"));
        QCOMPARE(cli({QStringLiteral("init")}).code, 0);
    }
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("0.")));
    }
    void addShowListEdit()
    {
        Run add = cli({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("成都天府软件有限公司"), QStringLiteral("--phone"),
                       QStringLiteral("028-85556666"), QStringLiteral("--email"), QStringLiteral("info@tianfu.cn")});
        QCOMPARE(add.code, 0);
        const QString id = add.out.trimmed();
        QCOMPARE(id.size(), 36);
        QJsonObject o = show(id);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("成都天府软件有限公司"));
        QCOMPARE(o.value(QStringLiteral("row_version")).toInt(), 1);

        Run list = cli(
            {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        Run csv = cli(
            {QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith(QStringLiteral("id,name,owner,")));

        QCOMPARE(cli({QStringLiteral("customers"), QStringLiteral("edit"), id, QStringLiteral("--set"),
                      QStringLiteral("tier=vip"), QStringLiteral("--expect-version"), QStringLiteral("1")})
                     .code,
                 0);
        // Version 1 is gone now: exit code 4, and the message says who changed it.
        Run stale = cli({QStringLiteral("customers"), QStringLiteral("edit"), id, QStringLiteral("--set"),
                         QStringLiteral("tier=normal"), QStringLiteral("--expect-version"), QStringLiteral("1")});
        QCOMPARE(stale.code, 4);
        QVERIFY2(stale.err.contains(QStringLiteral("Administrator")), qPrintable(stale.err));
        QCOMPARE(show(id).value(QStringLiteral("tier")).toString(), QStringLiteral("vip"));
    }
    void duplicateIsRefusedWithExitCode3UnlessForced()
    {
        const QStringList first = {QStringLiteral("customers"), QStringLiteral("add"),
                                   QStringLiteral("--name"),    QStringLiteral("杭州西子电梯有限公司"),
                                   QStringLiteral("--tags"),    QStringLiteral("重点,电梯")};
        QCOMPARE(cli(first).code, 0);
        const QStringList again = {QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("杭州西子電梯股份有限公司")};
        Run refused = cli(again);
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("杭州西子电梯有限公司")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("Administrator")), qPrintable(refused.err)); // the owner
        QCOMPARE(cli(again + QStringList{QStringLiteral("--force")}).code, 0);
    }
    void searchPrintsMatchesBestFirst()
    {
        QCOMPARE(cli({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("重庆山城火锅"), QStringLiteral("--phone"), QStringLiteral("023-6666 1234")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("老重庆面馆")})
                     .code,
                 0);
        Run r = cli({QStringLiteral("search"), QStringLiteral("cq"), QStringLiteral("--limit"), QStringLiteral("5"),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY2(hits.size() == 2, qPrintable(r.out));
        QCOMPARE(hits[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("重庆山城火锅"));
        QCOMPARE(hits[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("customer"));
        QCOMPARE(hits[0].toObject().value(QStringLiteral("id")).toString().size(), 36);
        QCOMPARE(hits[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("老重庆面馆"));
        Run phone = cli({QStringLiteral("search"), QStringLiteral("6666 1234"), QStringLiteral("--format"),
                         QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(phone.out.toUtf8()).array().size(), 1);
        QCOMPARE(cli({QStringLiteral("search")}).code, 2);
    }
    void productsAreAddedAndListedForScripts()
    {
        const auto args = [](std::initializer_list<const char *> words) {
            QStringList out;
            for (const char *w : words)
                out.append(QString::fromUtf8(w));
            return out;
        };
        Run added = cli(args({"products", "add", "--code", "NB-X1", "--name", "商务笔记本 X1", "--price", "8,999.00",
                              "--floor-price", "7999", "--cost", "6200", "--unit", "台", "--tax-rate", "13"}));
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QCOMPARE(added.out.trimmed().size(), 36); // the new id
        QCOMPARE(cli(args({"products", "add", "--code", "NB-X1", "--name", "again", "--price", "1"})).code, 3);
        QCOMPARE(cli(args({"products", "add", "--code", "K", "--name", "k", "--price", "1.234"})).code, 2);
        QCOMPARE(cli(args({"products", "add", "--code", "K", "--name", "k"})).code, 2); // no price
        Run listed = cli(args({"products", "list", "--format", "json"}));
        QCOMPARE(listed.code, 0);
        const QJsonArray products = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(products.size(), 1);
        const QJsonObject p = products[0].toObject();
        QCOMPARE(p.value(QStringLiteral("list_price_minor")).toInteger(), 899900);
        QCOMPARE(p.value(QStringLiteral("floor_price_minor")).toInteger(), 799900);
        QCOMPARE(p.value(QStringLiteral("cost_minor")).toInteger(), 620000); // the administrator sees it
        QCOMPARE(p.value(QStringLiteral("tax_rate_bp")).toInteger(), 1300);
        QVERIFY(cli(args({"products", "list"})).out.contains(QStringLiteral("8,999.00")));
    }

    // quotes list --format json and print … --pdf, as a script drives them.
    void quotesAreListedAndPrintedHeadless()
    {
        QString quoteId;
        qint64 total = 0;
        {
            auto opened = guanxi::openWorkspace(db, guanxi::Database::OpenMode::OpenExisting);
            QVERIFY(opened);
            guanxi::Database &d = **opened;
            const guanxi::Clock &clock = guanxi::Clock::system();
            const guanxi::Session admin = administrator(d);
            guanxi::CustomerDraft c;
            c.name = QStringLiteral("脚本打印测试有限公司");
            c.ownerId = admin.userId;
            auto customer = guanxi::CustomerService(d, clock).create(admin, c, guanxi::OnDuplicate::Allow);
            QVERIFY2(customer, customer ? "" : qPrintable(customer.error().message));
            guanxi::ProductDraft p;
            p.code = QStringLiteral("PRN-1");
            p.name = QStringLiteral("打印机");
            p.listPriceMinor = 123'456;
            auto product = guanxi::ProductService(d, clock).create(admin, p);
            QVERIFY(product);
            guanxi::QuoteDraft q;
            q.customerId = customer->id;
            q.lines = {{product->id, 3000, -1, 0, -1, {}}};
            auto quote = guanxi::QuoteService(d, clock).create(admin, q);
            QVERIFY(quote);
            quoteId = quote->id;
            total = quote->totals.total;
        }
        const Run listed =
            cli({QStringLiteral("quotes"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QJsonArray quotes = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(quotes.size(), 1);
        const QJsonObject q = quotes[0].toObject();
        QCOMPARE(q.value(QStringLiteral("id")).toString(), quoteId);
        QVERIFY(q.value(QStringLiteral("number")).toString().startsWith(QStringLiteral("QT")));
        QCOMPARE(q.value(QStringLiteral("customer")).toString(), QStringLiteral("脚本打印测试有限公司"));
        QCOMPARE(q.value(QStringLiteral("total_minor")).toInteger(), total);
        QCOMPARE(q.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(q.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));

        const QString pdf = dir.filePath(QStringLiteral("quote.pdf"));
        const Run printed =
            cli({QStringLiteral("print"), QStringLiteral("quote"), quoteId, QStringLiteral("--pdf"), pdf});
        QVERIFY2(printed.code == 0, qPrintable(printed.err));
        QVERIFY(QFile::exists(pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30'000));
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("脚本打印测试有限公司")));
        // Bad input: an unknown kind, a missing --pdf, a document that does not exist.
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("invoice"), quoteId, QStringLiteral("--pdf"), pdf}).code,
                 2);
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("quote"), quoteId}).code, 2);
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("order"), QStringLiteral("nope"), QStringLiteral("--pdf"),
                      pdf})
                     .code,
                 6);
        // A refusal because of the record's state has its own exit code: a quote at full price has
        // nothing waiting for approval.
        const Run notWaiting = cli({QStringLiteral("quotes"), QStringLiteral("approve"), quoteId});
        QCOMPARE(notWaiting.code, 7);
        QVERIFY2(notWaiting.err.contains(QStringLiteral("approval")), qPrintable(notWaiting.err));
    }

    // Each command has its own options: its --help lists them (and not another command's), and an
    // option of another command is bad input, not silently ignored.
    void eachCommandHasItsOwnHelpAndOptions()
    {
        const Run help = cli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *own : {"--encoding", "--sheet", "--dry-run", "--on-duplicate", "--db"})
            QVERIFY2(help.out.contains(QLatin1String(own)), qPrintable(help.out));
        for (const char *other : {"--admin-login", "--calibration-end", "--pdf", "--floor-price"})
            QVERIFY2(!help.out.contains(QLatin1String(other)), qPrintable(help.out));
        const Run overview = cli({QStringLiteral("--help")});
        QCOMPARE(overview.code, 0);
        for (const char *command : {"import customers", "report clv", "share on|off|status", "Exit codes"})
            QVERIFY2(overview.out.contains(QLatin1String(command)), qPrintable(overview.out));
        const Run wrong = cli({QStringLiteral("check"), QStringLiteral("--encoding"), QStringLiteral("GBK")});
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("encoding")), qPrintable(wrong.err));
        // Shared options may come before the command, with their values.
        const Run before = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("check")});
        QCOMPARE(before.code, 0);
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("frobnicate")));
    }

    // Another user keeps the file locked through every retry: exit code 8, so a script can try again.
    void aBusyFileHasItsOwnExitCode()
    {
        auto opened = guanxi::openWorkspace(db, guanxi::Database::OpenMode::OpenExisting);
        QVERIFY(opened);
        guanxi::WriteTransaction holder(**opened);
        QVERIFY(holder.begin());
        const Run r = cli({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("等锁的客户")});
        QCOMPARE(r.code, 8);
        QVERIFY(!r.err.isEmpty());
    }

    void priceApprovalsAreAskedAnsweredAndListedHeadless()
    {
        QString quoteId;
        {
            auto opened = guanxi::openWorkspace(db, guanxi::Database::OpenMode::OpenExisting);
            QVERIFY(opened);
            guanxi::Database &d = **opened;
            const guanxi::Clock &clock = guanxi::Clock::system();
            const guanxi::Session admin = administrator(d);
            guanxi::CustomerDraft c;
            c.name = QStringLiteral("审批脚本测试有限公司");
            auto customer = guanxi::CustomerService(d, clock).create(admin, c, guanxi::OnDuplicate::Allow);
            QVERIFY(customer);
            guanxi::ProductDraft p;
            p.code = QStringLiteral("SRV-9");
            p.name = QStringLiteral("服务器");
            p.listPriceMinor = 5'000'000;
            p.floorPriceMinor = 4'500'000;
            auto product = guanxi::ProductService(d, clock).create(admin, p);
            QVERIFY(product);
            guanxi::QuoteDraft q;
            q.customerId = customer->id;
            q.lines = {{product->id, 1000, -1, 2000, -1, {}}}; // 20 % off: below the floor
            auto quote = guanxi::QuoteService(d, clock).create(admin, q);
            QVERIFY(quote);
            quoteId = quote->id;
        }
        const auto approvals = [&] {
            const Run r = cli({QStringLiteral("quotes"), QStringLiteral("approvals"), QStringLiteral("--format"),
                               QStringLiteral("json")});
            return QJsonDocument::fromJson(r.out.toUtf8()).array();
        };
        QCOMPARE(approvals().size(), 0);
        const Run asked = cli({QStringLiteral("quotes"), QStringLiteral("ask-approval"), quoteId,
                               QStringLiteral("--message"), QStringLiteral("老客户续约")});
        QVERIFY2(asked.code == 0, qPrintable(asked.err));
        const QJsonArray waiting = approvals();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0].toObject().value(QStringLiteral("quote_id")).toString(), quoteId);
        QCOMPARE(waiting[0].toObject().value(QStringLiteral("message")).toString(), QStringLiteral("老客户续约"));
        QCOMPARE(waiting[0].toObject().value(QStringLiteral("decision")).toString(), QStringLiteral("pending"));
        // A refusal needs its reason (bad input); asking twice is refused by the quote's state.
        QCOMPARE(cli({QStringLiteral("quotes"), QStringLiteral("refuse"), quoteId}).code, 2);
        QCOMPARE(cli({QStringLiteral("quotes"), QStringLiteral("ask-approval"), quoteId}).code, 7);
        QCOMPARE(cli({QStringLiteral("quotes"), QStringLiteral("refuse"), quoteId, QStringLiteral("--message"),
                      QStringLiteral("折扣太大")})
                     .code,
                 0);
        QCOMPARE(approvals().size(), 0);
        QCOMPARE(cli({QStringLiteral("quotes"), QStringLiteral("ask-approval"), quoteId}).code, 0);
        QCOMPARE(cli({QStringLiteral("quotes"), QStringLiteral("approve"), quoteId}).code, 0);
        const QJsonArray quotes = QJsonDocument::fromJson(cli({QStringLiteral("quotes"), QStringLiteral("list"),
                                                               QStringLiteral("--format"), QStringLiteral("json")})
                                                              .out.toUtf8())
                                      .array();
        bool approved = false;
        for (const QJsonValue &v : quotes)
            approved |= v.toObject().value(QStringLiteral("id")).toString() == quoteId
                && v.toObject().value(QStringLiteral("approval")).toString() == QLatin1String("approved");
        QVERIFY(approved);
        QCOMPARE(cli({QStringLiteral("quotes"), QStringLiteral("approve"), QStringLiteral("nope")}).code, 6);
        QCOMPARE(cli({QStringLiteral("quotes"), QStringLiteral("frobnicate"), quoteId}).code, 2);
    }

    void anUncertainEncodingIsRefusedUntilTheUserNamesIt()
    {
        const QString path = dir.filePath(QStringLiteral("uncertain.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name\n\xF0\xA1\xF1\xA2\n");
        f.close();
        const Run refused =
            cli({QStringLiteral("import"), QStringLiteral("customers"), path, QStringLiteral("--dry-run")});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--encoding")), qPrintable(refused.err));
        const Run named = cli({QStringLiteral("import"), QStringLiteral("customers"), path, QStringLiteral("--dry-run"),
                               QStringLiteral("--encoding"), QStringLiteral("GBK")});
        QVERIFY2(named.code == 0, qPrintable(named.err));
        QVERIFY2(named.out.contains(QStringLiteral("1 would be created")), qPrintable(named.out));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("customers"), path, QStringLiteral("--dry-run"),
                      QStringLiteral("--encoding"), QStringLiteral("klingon")})
                     .code,
                 2);
    }

    void remindersAreListedSnoozedAndDoneHeadless()
    {
        QString taskId;
        qint64 startsAt = 0;
        {
            auto opened = guanxi::openWorkspace(db, guanxi::Database::OpenMode::OpenExisting);
            QVERIFY(opened);
            const guanxi::Clock &clock = guanxi::Clock::system();
            guanxi::Session admin;
            const QList<guanxi::User> users = *guanxi::UserService(**opened, clock).users();
            for (const guanxi::User &u : users)
                if (u.role == guanxi::Role::Admin)
                    admin = guanxi::Session::fromUser(u);
            guanxi::TaskDraft call;
            call.kind = guanxi::TaskKind::Call;
            call.title = QStringLiteral("回电话确认交货期");
            call.startsAt = startsAt = clock.nowMs() + 10 * 60 * 1000; // reminded 15 minutes before: due now
            auto task = guanxi::TaskService(**opened, clock).create(admin, call);
            QVERIFY2(task, task ? "" : qPrintable(task.error().message));
            taskId = task->id;
        }
        const auto dueKeys = [&](const QStringList &extra = {}) {
            const Run r = cli(QStringList{QStringLiteral("reminders"), QStringLiteral("--due"),
                                          QStringLiteral("--format"), QStringLiteral("json")}
                              + extra);
            QStringList keys;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
                keys << v.toObject().value(QStringLiteral("key")).toString();
            return keys;
        };
        const Run listed = cli(
            {QStringLiteral("reminders"), QStringLiteral("--due"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        const QJsonArray due = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(due.size(), 1);
        const QJsonObject r = due[0].toObject();
        const QString key = r.value(QStringLiteral("key")).toString();
        QCOMPARE(key, QStringLiteral("task:%1:%2").arg(taskId).arg(startsAt));
        QCOMPARE(r.value(QStringLiteral("rule")).toString(), QStringLiteral("task"));
        QCOMPARE(r.value(QStringLiteral("title")).toString(), QStringLiteral("回电话确认交货期"));
        QVERIFY(QDateTime::fromString(r.value(QStringLiteral("due_at")).toString(), Qt::ISODate).isValid());

        const QDateTime now = QDateTime::currentDateTime();
        const QString inTwoHours = now.addSecs(2 * 3600).toString(Qt::ISODate);
        const QString inThreeHours = now.addSecs(3 * 3600).toString(Qt::ISODate);
        const QString beforeIt = now.addSecs(-3600).toString(Qt::ISODate);
        QCOMPARE(dueKeys({QStringLiteral("--at"), beforeIt}), QStringList());
        const Run snoozed =
            cli({QStringLiteral("reminders"), QStringLiteral("snooze"), key, QStringLiteral("--until"), inTwoHours});
        QVERIFY2(snoozed.code == 0, qPrintable(snoozed.err));
        QCOMPARE(dueKeys(), QStringList());
        QCOMPARE(dueKeys({QStringLiteral("--at"), inThreeHours}), QStringList{key});
        QCOMPARE(cli({QStringLiteral("reminders"), QStringLiteral("done"), key}).code, 0);
        QCOMPARE(dueKeys({QStringLiteral("--at"), inThreeHours}), QStringList());

        // Bad input: a moment that is not one, a snooze without an end or into the past, an unknown key.
        QCOMPARE(
            cli({QStringLiteral("reminders"), QStringLiteral("--due"), QStringLiteral("--at"), QStringLiteral("明天")})
                .code,
            2);
        QCOMPARE(cli({QStringLiteral("reminders"), QStringLiteral("snooze"), key}).code, 2);
        QCOMPARE(
            cli({QStringLiteral("reminders"), QStringLiteral("snooze"), key, QStringLiteral("--until"), beforeIt}).code,
            2);
        QCOMPARE(cli({QStringLiteral("reminders"), QStringLiteral("done"), QStringLiteral("task:nope")}).code, 6);
        QCOMPARE(cli({QStringLiteral("reminders")}).code, 2);
    }

    void purchaseLogImportedAndCustomerValueReported()
    {
        const QString sample = QStringLiteral(GUANXI_FIXTURES "/cdnow/CDNOW_sample.txt");
        const Run imported =
            cli({QStringLiteral("import-transactions"), sample, QStringLiteral("--currency"), QStringLiteral("USD")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("6919")));
        const Run report = cli({QStringLiteral("report"), QStringLiteral("clv"), QStringLiteral("--calibration-end"),
                                QStringLiteral("1997-09-30"), QStringLiteral("--currency"), QStringLiteral("USD"),
                                QStringLiteral("--per-customer"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(report.code == 0, qPrintable(report.err));
        const QJsonObject o = QJsonDocument::fromJson(report.out.toUtf8()).object();
        const QJsonObject b = o.value(QStringLiteral("bgnbd")).toObject();
        const QJsonObject g = o.value(QStringLiteral("gamma_gamma")).toObject();
        QCOMPARE(o.value(QStringLiteral("customers")).toInt(), 2357);
        QCOMPARE(qRound(b.value(QStringLiteral("r")).toDouble() * 1000), 243);
        QCOMPARE(qRound(b.value(QStringLiteral("alpha")).toDouble() * 1000), 4414);
        QCOMPARE(qRound(b.value(QStringLiteral("a")).toDouble() * 1000), 793);
        QCOMPARE(qRound(b.value(QStringLiteral("b")).toDouble() * 1000), 2426);
        QCOMPARE(qRound(b.value(QStringLiteral("log_likelihood")).toDouble() * 10), -95824);
        QCOMPARE(qRound(g.value(QStringLiteral("p")).toDouble() * 100), 625);
        QCOMPARE(qRound(g.value(QStringLiteral("q")).toDouble() * 100), 374);
        QCOMPARE(qRound(g.value(QStringLiteral("gamma")).toDouble() * 100), 1544);
        const QJsonArray each = o.value(QStringLiteral("per_customer")).toArray();
        QCOMPARE(each.size(), 2357);
        QVERIFY(each[0].toObject().contains(QStringLiteral("probability_alive")));
        QVERIFY(each[0].toObject().value(QStringLiteral("clv")).toDouble() > 0);
        // Bad input: no end date, an unreadable log.
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("clv")}).code, 2);
        QCOMPARE(cli({QStringLiteral("import-transactions"), dir.filePath(QStringLiteral("missing.txt"))}).code, 6);
    }

    void badInputExitsNonZero()
    {
        Run badMail = cli({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("X"), QStringLiteral("--email"), QStringLiteral("not-an-address")});
        QCOMPARE(badMail.code, 2);
        QVERIFY(badMail.err.contains(QStringLiteral("not-an-address")));
        QCOMPARE(cli({QStringLiteral("customers"), QStringLiteral("show"),
                      QStringLiteral("01234567-0000-7000-8000-000000000000")})
                     .code,
                 6);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"),
                      QStringLiteral("xml")})
                     .code,
                 2);
        QProcess p;
        p.start(qEnvironmentVariable("GUANXI_CLI"),
                {QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.sqlite3")), QStringLiteral("check")});
        p.waitForFinished();
        QCOMPARE(p.exitCode(), 6);
    }
    void checkBackupRestore()
    {
        QCOMPARE(cli({QStringLiteral("check")}).code, 0);
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite3"));
        QCOMPARE(cli({QStringLiteral("backup"), copy}).code, 0);
        Run add = cli(
            {QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("备份之后")});
        QCOMPARE(add.code, 0);
        QCOMPARE(cli({QStringLiteral("restore"), copy}).code, 0);
        QCOMPARE(cli({QStringLiteral("customers"), QStringLiteral("show"), add.out.trimmed()}).code, 6);
    }

    // Root may read and write any file, so as root these run as an ordinary user (setpriv).
    void badFilePermissionsGetAClearMessage_data()
    {
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QString>("message");
        QTest::newRow("read-only") << int(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther) << "read-only";
        QTest::newRow("unreadable") << 0 << "cannot be read";
    }
    void badFilePermissionsGetAClearMessage()
    {
        QFETCH(int, permissions);
        QFETCH(QString, message);
        QTemporaryDir ro;
        const QString path = ro.filePath(QStringLiteral("guarded.sqlite3"));
        QVERIFY(QFile::copy(db, path));
        QFile::setPermissions(ro.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                  | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        QFile::setPermissions(path, QFile::Permissions(permissions));
        QStringList command{qEnvironmentVariable("GUANXI_CLI"),
                            QStringLiteral("--db"),
                            path,
                            QStringLiteral("customers"),
                            QStringLiteral("add"),
                            QStringLiteral("--name"),
                            QStringLiteral("X")};
        if (geteuid() == 0)
            command =
                QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), QStringLiteral("--")}
                + command;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), ro.path());
        p.setProcessEnvironment(env);
        p.start(command.first(), command.mid(1));
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(message), qPrintable(err));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // Each worker repeats: read the counter and its version, write counter + 1 expecting that
    // version, and on exit code 4 (someone else was first) read again. No increment may be lost.
    void concurrentReadModifyWriteLosesNoUpdate()
    {
        Run add = cli({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("计数器"), QStringLiteral("--notes"), QStringLiteral("0")});
        QCOMPARE(add.code, 0);
        const QString id = add.out.trimmed();
        const int workers = 4, increments = 8;
        std::atomic<int> conflicts{0}, failures{0};
        std::vector<std::thread> threads;
        for (int w = 0; w < workers; ++w) {
            threads.emplace_back([&]() {
                for (int done = 0; done < increments;) {
                    const QJsonObject o = show(id);
                    const int value = o.value(QStringLiteral("notes")).toString().toInt();
                    const int version = o.value(QStringLiteral("row_version")).toInt();
                    const Run r = cli({QStringLiteral("customers"), QStringLiteral("edit"), id, QStringLiteral("--set"),
                                       QStringLiteral("notes=%1").arg(value + 1), QStringLiteral("--expect-version"),
                                       QString::number(version)});
                    if (r.code == 0)
                        ++done;
                    else if (r.code == 4)
                        ++conflicts;
                    else if (++failures > 20)
                        return;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        const QJsonObject end = show(id);
        QCOMPARE(end.value(QStringLiteral("notes")).toString(), QString::number(workers * increments));
        QCOMPARE(end.value(QStringLiteral("row_version")).toInt(), 1 + workers * increments);
        qInfo("conflicts seen and retried: %d", conflicts.load());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
