// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export: encodings (UTF-8 with and without BOM, GB18030, mixed), malformed CSV, column
// mapping by header (Chinese, English, Outlook, Google), the duplicate guard per row, rejected rows
// with their reasons, previews that write nothing, a 10,000-row file from another CRM, XLSX and
// vCard both ways.
#include "core/contacts/ContactService.h"
#include "core/contacts/ContactValidator.h"
#include "core/customers/CustomerListQuery.h"
#include "core/customers/CustomerService.h"
#include "core/importexport/ColumnMapping.h"
#include "core/importexport/CsvReader.h"
#include "core/importexport/Exporter.h"
#include "core/importexport/Importer.h"
#include "core/importexport/TextDecoding.h"
#include "core/importexport/VCard.h"
#include "core/importexport/XlsxReader.h"
#include "core/importexport/ZipReader.h"
#include "core/leads/LeadService.h"
#include "core/reports/ReportTable.h"
#include "core/search/SearchService.h"

#include "TestWorkspace.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QXmlStreamReader>

#include <unicode/ucnv.h>

#include <random>

using namespace guanxi;
using namespace guanxi::test;

namespace {

// The cells of an .xlsx file's first sheet as Excel sees them: the cell's type attribute ("" or
// "n" for a number, "inlineStr" or "s" for text), its stored value and its number format's code.
struct XlsxCell {
    QString type, value, format;
};
using XlsxCells = QHash<QString, XlsxCell>;

QByteArray readMember(const ZipReader &zip, const QString &member)
{
    Result<QByteArray> bytes = zip.read(member, 1 << 24);
    return bytes ? *bytes : QByteArray();
}

XlsxCells xlsxCells(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const ZipReader zip(f.readAll());
    QHash<int, QString> codes;
    QList<int> styleFormat;
    QXmlStreamReader styles(readMember(zip, QStringLiteral("xl/styles.xml")));
    bool inXfs = false;
    while (!styles.atEnd()) {
        styles.readNext();
        if (styles.isStartElement() && styles.name() == QLatin1String("numFmt"))
            codes.insert(styles.attributes().value(QLatin1String("numFmtId")).toInt(),
                         styles.attributes().value(QLatin1String("formatCode")).toString());
        else if (styles.isStartElement() && styles.name() == QLatin1String("cellXfs"))
            inXfs = true;
        else if (styles.isEndElement() && styles.name() == QLatin1String("cellXfs"))
            inXfs = false;
        else if (inXfs && styles.isStartElement() && styles.name() == QLatin1String("xf"))
            styleFormat.append(styles.attributes().value(QLatin1String("numFmtId")).toInt());
    }
    XlsxCells out;
    QXmlStreamReader sheet(readMember(zip, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString ref;
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (sheet.isStartElement() && sheet.name() == QLatin1String("c")) {
            ref = sheet.attributes().value(QLatin1String("r")).toString();
            XlsxCell &cell = out[ref];
            cell.type = sheet.attributes().value(QLatin1String("t")).toString();
            cell.format = codes.value(styleFormat.value(sheet.attributes().value(QLatin1String("s")).toInt(), 0));
        } else if (sheet.isStartElement()
                   && (sheet.name() == QLatin1String("v") || sheet.name() == QLatin1String("t"))) {
            out[ref].value = sheet.readElementText();
        }
    }
    return out;
}

// `text` in the encoding `charset` (any ICU converter name), as other programs write it.
QByteArray encoded(const QString &text, const char *charset)
{
    UErrorCode e = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &e);
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t n =
        ucnv_fromUChars(conv, out.data(), static_cast<int32_t>(out.size()),
                        reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()), &e);
    ucnv_close(conv);
    out.truncate(n);
    return out;
}

QByteArray gb18030(const QString &text)
{
    return encoded(text, "GB18030");
}

int count(Database &db, const char *table)
{
    QSqlQuery q(db.sql());
    const QString table_ = QLatin1String(table);
    q.exec(table_ == QLatin1String("search_docs")
               ? QStringLiteral("SELECT count(*) FROM search_docs")
               : QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(table_));
    q.next();
    return q.value(0).toInt();
}

// Live rows of `table` with a name as given (bound, so any character can be asked for).
int countNamed(Database &db, const char *table, const QString &name)
{
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL AND name = ?").arg(QLatin1String(table)));
    q.addBindValue(name);
    q.exec();
    q.next();
    return q.value(0).toInt();
}

Result<ImportReport> importCsv(TestWorkspace &w, const Session &as, const QByteArray &csv, ImportTarget target,
                               DuplicateAction onDuplicate = DuplicateAction::Skip, bool commit = true,
                               bool keep = false)
{
    Result<ImportTable> table = ImportFiles::fromCsv(csv);
    if (!table)
        return table.error();
    ImportOptions o;
    o.target = target;
    o.mapping = ColumnMapping::guess(table->headers, target);
    o.onDuplicate = onDuplicate;
    o.keepOwnerAndDates = keep;
    return Importer(*w.db, w.clock).run(as, *table, o, commit);
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private slots:
    void decodesEveryEncoding()
    {
        const QString text = QStringLiteral("客户名称,电话\n北京华联,010-65529988\n");
        QCOMPARE(decodeText(text.toUtf8()).text, text);
        QCOMPARE(decodeText(text.toUtf8()).encoding, DecodedText::Encoding::Utf8);
        const DecodedText bom = decodeText(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
        QCOMPARE(bom.text, text);
        QCOMPARE(bom.encoding, DecodedText::Encoding::Utf8WithBom);
        const DecodedText gbk = decodeText(gb18030(text));
        QCOMPARE(gbk.encoding, DecodedText::Encoding::Gb18030);
        QCOMPARE(gbk.text, text);
        // One line in UTF-8, the next in GBK: each read in its own encoding.
        const QByteArray mixed = QStringLiteral("客户名称,电话\n").toUtf8()
            + gb18030(QStringLiteral("上海华联,021-1\n")) + QByteArray("\xFF\xFE\xFF,x\n");
        const DecodedText m = decodeText(mixed);
        QVERIFY(m.text.startsWith(QStringLiteral("客户名称,电话\n上海华联,021-1\n")));
        QVERIFY(m.encoding == DecodedText::Encoding::Mixed || m.encoding == DecodedText::Encoding::Gb18030);
    }

    void otherEncodingsAreDetectedNotReadAsGbk_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("text");
        QTest::newRow("Shift_JIS")
            << "Shift_JIS"
            << QStringLiteral(
                   "氏名,会社名,電話番号\n山田太郎,株式会社サンプル,03-1234-5678\n鈴木花子,東京商事,06-9876-5432\n");
        QTest::newRow("EUC-KR") << "EUC-KR"
                                << QStringLiteral(
                                       "이름,회사,전화\n김철수,삼성전자,02-123-4567\n이영희,현대자동차,031-987-6543\n");
        QTest::newRow("Big5")
            << "Big5"
            << QStringLiteral(
                   "客戶名稱,聯絡人,電話\n臺北華聯科技股份有限公司,張三豐,02-2345-6789\n高雄東方貿易,李四,07-555-6666\n");
        QTest::newRow("windows-1251")
            << "windows-1251"
            << QStringLiteral(
                   "Имя,Компания,Телефон\nИван Петров,ООО Ромашка,+7 495 123-45-67\nАнна Смирнова,Газпром,+7 812 765-43-21\n");
        QTest::newRow("windows-1252")
            << "windows-1252"
            << QStringLiteral(
                   "Nom,Société,Téléphone\nJérôme Dupré,Crédit Agricole,01 23 45 67 89\nHélène Gaël,Société Générale,04 98 76 54 32\n");
        QTest::newRow("GBK") << "GBK" << QStringLiteral("客户名称,电话\n北京华联,010-65529988\n");
    }

    void otherEncodingsAreDetectedNotReadAsGbk()
    {
        QFETCH(QString, charset);
        QFETCH(QString, text);
        const DecodedText d = decodeText(encoded(text, charset.toLatin1().constData()));
        QCOMPARE(d.text, text);
        QVERIFY(!d.uncertain);
        if (charset != QLatin1String("GBK"))
            QVERIFY2(d.encodingName().startsWith(charset), qPrintable(d.encodingName()));
    }

    void anUncertainEncodingIsLeftToTheUser()
    {
        // Two rare characters and nothing else (not UTF-8): GB18030 can read them, but nothing says
        // it is Chinese.
        const QByteArray bytes("name\n\xF0\xA1\xF1\xA2\n");
        const DecodedText d = decodeText(bytes);
        QVERIFY(d.uncertain);
        Result<ImportTable> t = ImportFiles::fromCsv(bytes);
        QVERIFY(t && t->encodingUncertain && !t->warnings.isEmpty());
        Result<ImportTable> chosen = ImportFiles::fromCsv(bytes, QStringLiteral("GBK"));
        QVERIFY(chosen && !chosen->encodingUncertain);
        QCOMPARE(chosen->rows.first().fields.first(), d.text.split(QLatin1Char('\n')).at(1));
        QVERIFY(!ImportFiles::fromCsv(bytes, QStringLiteral("no-such-encoding")));
    }

    void csvIsReadForgivingly()
    {
        const QList<CsvRecord> r = CsvReader::parse(
            QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n1\"2,3,4\r\n\r\nlast,\"open"));
        QCOMPARE(r.size(), 4);
        QCOMPARE(r[1].fields,
                 (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
        QCOMPARE(r[2].fields.first(), QStringLiteral("1\"2")); // a stray quote is kept
        QCOMPARE(r[2].line, 4);
        QVERIFY(!r[3].problem.isEmpty()); // the quote never closes
        QCOMPARE(CsvReader::guessSeparator(QStringLiteral("a;b;c\n1;2;3")), QLatin1Char(';'));
        QCOMPARE(CsvReader::guessSeparator(QStringLiteral("a\tb\n")), QLatin1Char('\t'));
        QCOMPARE(CsvReader::formatRecord({QStringLiteral("a,b"), QStringLiteral("say \"x\""), QStringLiteral("plain")}),
                 QStringLiteral("\"a,b\",\"say \"\"x\"\"\",plain"));
    }

    void headersMapInChineseEnglishOutlookAndGoogle()
    {
        auto codes = [](const QStringList &headers, ImportTarget t) {
            QStringList out;
            for (ImportField f : ColumnMapping::guess(headers, t).columns)
                out.append(importFieldCode(f));
            return out;
        };
        QCOMPARE(
            codes({QStringLiteral("客户名称"), QStringLiteral("联系人"), QStringLiteral("手机"), QStringLiteral("电话"),
                   QStringLiteral("邮箱"), QStringLiteral("负责人"), QStringLiteral("乱七八糟")},
                  ImportTarget::Customers),
            (QStringList{QStringLiteral("customer_name"), QStringLiteral("person_name"), QStringLiteral("mobile"),
                         QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("owner"),
                         QStringLiteral("keep_in_notes")}));
        // Without a contact column, 电话 and 邮箱 are the company's own.
        QCOMPARE(codes({QStringLiteral("公司名称"), QStringLiteral("电话"), QStringLiteral("邮箱")},
                       ImportTarget::Customers),
                 (QStringList{QStringLiteral("customer_name"), QStringLiteral("customer_phone"),
                              QStringLiteral("customer_email")}));
        // Outlook's contact export.
        QCOMPARE(
            codes({QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Company"),
                   QStringLiteral("Job Title"), QStringLiteral("E-mail Address"), QStringLiteral("Mobile Phone"),
                   QStringLiteral("Business Phone")},
                  ImportTarget::Contacts),
            (QStringList{QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("customer_name"),
                         QStringLiteral("title"), QStringLiteral("email"), QStringLiteral("mobile"),
                         QStringLiteral("phone")})); // the person's office line; "Company Main Phone" is the company's
        // Google Contacts: the type column labels the value beside it.
        QCOMPARE(codes({QStringLiteral("Name"), QStringLiteral("Given Name"), QStringLiteral("Organization 1 - Name"),
                        QStringLiteral("Organization 1 - Title"), QStringLiteral("E-mail 1 - Value"),
                        QStringLiteral("Phone 1 - Type"), QStringLiteral("Phone 1 - Value")},
                       ImportTarget::Contacts),
                 (QStringList{QStringLiteral("person_name"), QStringLiteral("given_name"),
                              QStringLiteral("customer_name"), QStringLiteral("title"), QStringLiteral("email"),
                              QStringLiteral("label"), QStringLiteral("phone")}));
    }

    void gbkFileFromAnotherCrmWithBadRows()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const QString csv = QStringLiteral(
            "客户名称,联系人,手机,电话,邮箱,省份,客户级别,负责人,创建时间\r\n"
            "北京华联科技有限公司,张三丰,13800138000,010-65529988,zsf@hualian.cn,北京,重要,sales1,2023-05-01\r\n"
            "上海东方贸易有限公司,李四,12345,021-55556666,,上海,普通,sales1,2023-05-02\r\n"
            "广州南方物流有限公司,王五,13900139000,,wangwu@,广东,普通,sales1,2023-05-03\r\n"
            "深圳前海电子有限公司,赵六,13700137000,,,广东,超级,sales1,2023-05-04\r\n"
            "杭州西湖茶叶有限公司,钱七,13600136000,,,浙江,普通,nobody,2023-05-05\r\n"
            "成都天府软件有限公司,孙八,13500135000,,,四川,普通,sales1,not a date\r\n"
            ",,,,,,,,\r\n"
            "南京金陵建材有限公司,周九,13300133000,,,江苏,普通,sales1,2023-05-06,多出来的值\r\n"
            ",,13900000000,,,北京,普通,sales1,2023-05-07\r\n");
        auto r = importCsv(w, w.manager, gb18030(csv), ImportTarget::Customers, DuplicateAction::Skip, true, true);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        // A value that cannot be read costs only that value: every company is imported, and each
        // value left out is listed by line and kept in the record's notes.
        QCOMPARE(r->created, 7);
        QCOMPARE(r->contactsCreated, 7);
        QCOMPARE(r->rows, 8);            // the blank line is no row
        QCOMPARE(r->rejected.size(), 1); // only the row without any name
        QCOMPARE(r->rejected.first().line, 10);
        QStringList notes;
        for (const ImportNote &x : r->unverified)
            notes.append(QString::number(x.line) + QLatin1Char(' ') + x.message);
        const QString all = notes.join(QLatin1Char('\n'));
        QCOMPARE(r->unverified.size(), 6);
        QVERIFY2(all.contains(QStringLiteral("3 ")) && all.contains(QStringLiteral("12345")),
                 qPrintable(all)); // bad mobile
        QVERIFY2(all.contains(QStringLiteral("4 ")) && all.contains(QStringLiteral("wangwu@")),
                 qPrintable(all));                                             // bad e-mail
        QVERIFY2(all.contains(QStringLiteral("超级")), qPrintable(all));       // unknown tier: normal
        QVERIFY2(all.contains(QStringLiteral("nobody")), qPrintable(all));     // unknown owner: the importer
        QVERIFY2(all.contains(QStringLiteral("not a date")), qPrintable(all)); // creation date: now
        QVERIFY2(all.contains(QStringLiteral("9 ")) && all.contains(QStringLiteral("多出来的值")), qPrintable(all));
        const auto byName = [&](const QString &name) {
            CustomerDraft d;
            d.name = name;
            auto found = CustomerService(*w.db, w.clock).findDuplicates(w.admin, d);
            return found && found->size() == 1 ? CustomerService(*w.db, w.clock).get(w.admin, found->first().customerId)
                                               : Result<Customer>(Error{ErrorCode::NotFound, {}, {}});
        };
        auto shanghai = byName(QStringLiteral("上海东方贸易有限公司"));
        QVERIFY(shanghai);
        const Result<QList<Contact>> li = ContactService(*w.db, w.clock).listForCustomer(w.admin, shanghai->id);
        QCOMPARE(li->size(), 1);
        QCOMPARE(li->first().fields.name, QStringLiteral("李四"));
        QCOMPARE(li->first().fields.phones(), QStringList{QStringLiteral("021-55556666")}); // the good value stays
        QVERIFY2(li->first().fields.notes.contains(QStringLiteral("12345")), qPrintable(li->first().fields.notes));
        auto hangzhou = byName(QStringLiteral("杭州西湖茶叶有限公司"));
        QCOMPARE(hangzhou->fields.ownerId, w.manager.userId);
        QVERIFY2(hangzhou->fields.notes.contains(QStringLiteral("nobody")), qPrintable(hangzhou->fields.notes));
        auto shenzhen = byName(QStringLiteral("深圳前海电子有限公司"));
        QCOMPARE(shenzhen->fields.tier, Tier::Normal);
        QVERIFY(shenzhen->fields.notes.contains(QStringLiteral("超级")));
        auto nanjing = byName(QStringLiteral("南京金陵建材有限公司"));
        QVERIFY(nanjing->fields.notes.contains(QStringLiteral("多出来的值")));
        auto c = CustomerService(*w.db, w.clock).findDuplicates(w.admin, [] {
            CustomerDraft d;
            d.name = QStringLiteral("北京華聯科技");
            return d;
        }());
        QVERIFY(c && c->size() == 1);
        auto imported = CustomerService(*w.db, w.clock).get(w.admin, c->first().customerId);
        QCOMPARE(imported->fields.ownerId, w.sales1.userId); // owner kept from the file
        QCOMPARE(imported->fields.tier, Tier::Important);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(imported->createdAt).date(), QDate(2023, 5, 1));
    }

    void controlCharactersCostNothingButThemselves()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        // A NUL inside a contact's name once failed SQLite's CHECK and sank the whole file.
        QByteArray csv("company,contact,mobile\ngoodorg,");
        csv += QByteArray("\0x", 2);
        csv += ",13912345678\nsecondorg,\x1b[31mLi\x1b[0m,13812345678\nthirdorg,王五,13712345678\n";
        auto r = importCsv(w, w.sales1, csv, ImportTarget::Customers);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->created, 3);
        QCOMPARE(r->contactsCreated, 3);
        QCOMPARE(r->rejected.size(), 0);
        QCOMPARE(countNamed(*w.db, "contacts", QStringLiteral("x")), 1);
        QCOMPARE(countNamed(*w.db, "contacts", QStringLiteral("[31mLi[0m")), 1); // the escapes go, the text stays
        // The same file as contacts, and the validator agrees with the database for forms too.
        ContactDraft nul;
        nul.name = QString::fromLatin1("a\0b", 3);
        QVERIFY(!ContactValidator::check(&nul).isEmpty());
    }

    void aRowTheDatabaseRefusesCostsOnlyThatRow()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        // A rule of the database the validators do not know (here a trigger stands in for one; not a
        // TEMP one, which the import's temp_store pragma would drop).
        QSqlQuery rule(w.db->sql());
        QVERIFY(rule.exec(
            QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON contacts "
                           "WHEN NEW.name = '坏行' BEGIN SELECT RAISE(ABORT, 'a rule of this database'); END")));
        const QByteArray csv = QStringLiteral("客户名称,联系人,手机\n"
                                              "第一有限公司,张三,13900000001\n"
                                              "第二有限公司,坏行,13900000002\n"
                                              "第三有限公司,李四,13900000003\n")
                                   .toUtf8();
        auto r = importCsv(w, w.sales1, csv, ImportTarget::Customers);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rows, 3);
        QCOMPARE(r->created, 2);
        QCOMPARE(r->contactsCreated, 2);
        QCOMPARE(r->rejected.size(), 1);
        QCOMPARE(r->rejected.first().line, 3);
        QVERIFY2(r->rejected.first().reason.contains(QStringLiteral("a rule of this database")),
                 qPrintable(r->rejected.first().reason));
        // Nothing of the refused row is left half-written: its company went with its contact.
        QCOMPARE(countNamed(*w.db, "customers", QStringLiteral("第二有限公司")), 0);
        QCOMPARE(count(*w.db, "customers"), 2);
        QCOMPARE(count(*w.db, "contacts"), 2);
    }

    void previewWritesNothing()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const QByteArray csv = QStringLiteral("客户名称,电话\n北京华联科技有限公司,010-65529988\n").toUtf8();
        auto preview = importCsv(w, w.sales1, csv, ImportTarget::Customers, DuplicateAction::Skip, false);
        QVERIFY(preview);
        QCOMPARE(preview->created, 1);
        QVERIFY(!preview->committed);
        QCOMPARE(count(*w.db, "customers"), 0);
        QCOMPARE(count(*w.db, "search_docs"), 0);
        auto real = importCsv(w, w.sales1, csv, ImportTarget::Customers);
        QVERIFY(real && real->committed);
        QCOMPARE(count(*w.db, "customers"), 1);
    }

    void duplicatesAreSkippedUpdatedOrCreated()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerDraft d;
        d.name = QStringLiteral("北京华联科技有限公司");
        d.industry = QStringLiteral("IT");
        auto existing = CustomerService(*w.db, w.clock).create(w.sales1, d);
        QVERIFY(existing);
        const QByteArray csv =
            QStringLiteral("客户名称,行业,联系人,手机\n北京華聯科技股份有限公司,软件,陈静,13912345678\n"
                           "北京华联科技,软件,,\n")
                .toUtf8();
        auto skip = importCsv(w, w.sales1, csv, ImportTarget::Customers, DuplicateAction::Skip);
        QVERIFY(skip);
        QCOMPARE(skip->skipped, 2);
        QCOMPARE(skip->duplicates.size(), 2);
        QCOMPARE(count(*w.db, "customers"), 1);

        // A colleague may not update it: the rows are refused, naming the owner.
        auto colleague = importCsv(w, w.sales2, csv, ImportTarget::Customers, DuplicateAction::Update);
        QVERIFY(colleague);
        QCOMPARE(colleague->rejected.size(), 2);
        QVERIFY(colleague->rejected.first().reason.contains(QStringLiteral("张三")));

        auto update = importCsv(w, w.sales1, csv, ImportTarget::Customers, DuplicateAction::Update);
        QVERIFY(update);
        QCOMPARE(update->updated, 2);
        QCOMPARE(update->contactsCreated, 1);
        auto after = CustomerService(*w.db, w.clock).get(w.sales1, existing->id);
        QCOMPARE(after->fields.industry, QStringLiteral("软件"));
        QCOMPARE(after->fields.name, QStringLiteral("北京华联科技有限公司")); // the name stays
        auto contacts = ContactService(*w.db, w.clock).listForCustomer(w.sales1, existing->id);
        QCOMPARE(contacts->size(), 1);

        auto create = importCsv(w, w.sales1, csv, ImportTarget::Customers, DuplicateAction::Create);
        QVERIFY(create);
        QCOMPARE(create->created, 2);
        QCOMPARE(count(*w.db, "customers"), 3);
    }

    void outlookContactsJoinTheirCompanies()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerDraft d;
        d.name = QStringLiteral("Contoso Ltd.");
        auto contoso = CustomerService(*w.db, w.clock).create(w.sales1, d);
        const QByteArray csv = "First Name,Last Name,Company,Job Title,E-mail Address,Mobile Phone\r\n"
                               "Ada,Lovelace,\"Contoso, Ltd\",Engineer,ada@contoso.com,+44 7911 123456\r\n"
                               "San,Zhang,Fabrikam Inc.,Buyer,zs@fabrikam.com,13800138000\r\n"
                               "Lone,Wolf,,,,13900139000\r\n"
                               "Ada,Lovelace,Contoso,Engineer,ada@contoso.com,\r\n";
        auto r = importCsv(w, w.sales1, csv, ImportTarget::Contacts);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->contactsCreated, 2);
        QCOMPARE(r->created, 2); // Fabrikam, and Lone Wolf as a private customer
        QCOMPARE(r->skipped, 1); // Ada again, by her e-mail
        auto atContoso = ContactService(*w.db, w.clock).listForCustomer(w.sales1, contoso->id);
        QCOMPARE(atContoso->size(), 1);
        QCOMPARE(atContoso->first().fields.name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(atContoso->first().fields.channels.first().normalized, QStringLiteral("+447911123456"));
    }

    void leadsImportByRule()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        LeadAssignmentRule rr;
        rr.mode = LeadAssignmentRule::Mode::RoundRobin;
        rr.users = {w.sales1.userId, w.sales2.userId};
        QVERIFY(LeadService(*w.db, w.clock).setAssignmentRule(w.manager, rr));
        const QByteArray csv =
            QStringLiteral("姓名,公司,手机,来源\n王红,红星机械,13700001111,展会\n刘强,,13700002222,官网\n"
                           ",,,\n")
                .toUtf8();
        auto r = importCsv(w, w.manager, csv, ImportTarget::Leads);
        QVERIFY(r);
        QCOMPARE(r->created, 2);
        auto mine = LeadService(*w.db, w.clock).list(w.sales1);
        auto theirs = LeadService(*w.db, w.clock).list(w.sales2);
        QCOMPARE(mine->size(), 1);
        QCOMPARE(theirs->size(), 1);
        QCOMPARE(mine->first().fields.source, QStringLiteral("展会"));
    }

    // A salesperson imports 10,000 customers exported from another CRM (GBK, its own headers),
    // then finds one of them by the pinyin initials of its contact.
    void tenThousandRowsFromAnotherCrm()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        std::mt19937 rng(11);
        const QString surnames = QStringLiteral("张王李赵陈刘杨黄周吴徐孙胡朱高林何郭马罗");
        const QStringList given = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("秀英"),
                                   QStringLiteral("敏"), QStringLiteral("静"), QStringLiteral("强"),
                                   QStringLiteral("磊"), QStringLiteral("军")};
        const QStringList cities = {QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("重庆"),
                                    QStringLiteral("长沙")};
        QString csv = QStringLiteral(
            "客户编号,客户名称,联系人,手机,电话,电子邮件,地址,省份,城市,行业,客户来源,客户级别,备注\r\n");
        QString firstCity;
        for (int i = 0; i < 10000; ++i) {
            const QString city = cities.at(static_cast<qsizetype>(rng() % 4));
            if (i == 0)
                firstCity = city;
            const QString person = surnames.at(static_cast<qsizetype>(rng() % surnames.size()))
                + given.at(static_cast<qsizetype>(rng() % given.size()));
            const QString mobile = QStringLiteral("13%1").arg(100000000 + i * 7919 % 899999999);
            csv +=
                QStringLiteral("C%1,%2第%3号贸易有限公司,%4,%5,023-6%6,,\"%2市解放路%3号\",%2,%2,贸易,老系统,普通,\r\n")
                    .arg(i, 5, 10, QLatin1Char('0'))
                    .arg(city)
                    .arg(i)
                    .arg(person, mobile)
                    .arg(1000000 + i);
        }
        csv += QStringLiteral("C99999,%1第0号贸易有限公司,曾三丰,13912345678,,,,重庆,重庆,贸易,老系统,普通,\r\n")
                   .arg(firstCity);
        auto r = importCsv(w, w.sales1, gb18030(csv), ImportTarget::Customers);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rows, 10001);
        QCOMPARE(r->created, 10000);
        QCOMPARE(r->contactsCreated, 10001); // the last row repeats a company of the file: its person joins it
        QCOMPARE(r->skipped, 0);
        QVERIFY(r->rejected.isEmpty());
        QCOMPARE(count(*w.db, "customers"), 10000);
        qInfo("10,001 rows imported in %lld ms", r->elapsedMs);

        auto hits = SearchService(*w.db).search(w.sales1, QStringLiteral("cq"), 0);
        QVERIFY(hits);
        QVERIFY(hits->size() >= 2500);
        auto byContact = SearchService(*w.db).search(w.sales1, QStringLiteral("13100007919"));
        QVERIFY(byContact && !byContact->isEmpty());
        QCOMPARE(byContact->first().kind, SearchKind::Contact);
        QVERIFY(byContact->first().detail.contains(QStringLiteral("第1号贸易有限公司")));
        // The repeated company's row added its person to the company an earlier row made.
        auto joined = SearchService(*w.db).search(w.sales1, QStringLiteral("zsf"));
        QVERIFY(joined && !joined->isEmpty());
        QCOMPARE(joined->first().kind, SearchKind::Contact);
        QVERIFY(joined->first().detail.contains(QStringLiteral("第0号贸易有限公司")));
    }

    void xlsxAndVCardBothWays()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        CustomerDraft d;
        d.name = QStringLiteral("北京华联科技有限公司");
        d.tier = Tier::Vip;
        d.tags = {QStringLiteral("重点"), QStringLiteral("科技")};
        d.phone = QStringLiteral("010-65529988");
        auto c = customers.create(w.sales1, d);
        QVERIFY(c);
        ContactDraft p;
        p.customerId = c->id;
        p.name = QStringLiteral("欧阳修");
        p.title = QStringLiteral("总经理");
        p.channels = {{{}, ChannelKind::Mobile, {}, QStringLiteral("13800138000"), {}},
                      {{}, ChannelKind::Email, {}, QStringLiteral("oyx@hualian.cn"), {}}};
        p.profile.birthday = QStringLiteral("1970-08-01");
        QVERIFY(ContactService(*w.db, w.clock).create(w.sales1, p));

        const QString xlsx = w.dir.filePath(QStringLiteral("customers.xlsx"));
        auto n = Exporter(*w.db).exportCustomers(w.sales1, {}, CustomerSortColumn::Name, Qt::AscendingOrder, xlsx);
        QVERIFY2(n, n ? "" : qPrintable(n.error().message));
        QCOMPARE(*n, 1);
        auto table = ImportFiles::read(xlsx);
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->rows.size(), 1);
        const ColumnMapping m = ColumnMapping::guess(table->headers, ImportTarget::Customers);
        QCOMPARE(table->value(table->rows.first(), m.columnOf(ImportField::CustomerName)), d.name);
        QCOMPARE(table->value(table->rows.first(), m.columnOf(ImportField::Tier)), tierDisplayName(Tier::Vip));

        const QString vcf = w.dir.filePath(QStringLiteral("contacts.vcf"));
        QVERIFY(Exporter(*w.db).exportContacts(w.sales1, vcf));
        QFile f(vcf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray card = f.readAll();
        QVERIFY(card.contains("N:欧阳;修;;;"));
        QVERIFY(card.contains("TEL;TYPE=CELL:138 0013 8000"));
        const QList<VCard::Parsed> back = VCard::parse(card);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().person.name, QStringLiteral("欧阳修"));
        QCOMPARE(back.first().person.company, d.name);
        QCOMPARE(back.first().person.birthday, QStringLiteral("1970-08-01"));

        // The exported customers import again into another database without mapping by hand.
        TestWorkspace other;
        QVERIFY(other.init());
        ImportOptions o;
        o.mapping = m;
        auto again = Importer(*other.db, other.clock).run(other.admin, *table, o, true);
        QVERIFY(again);
        QCOMPARE(again->created, 1);
        QVERIFY(again->rejected.isEmpty());
    }

    void vcardVariants()
    {
        const QByteArray cards =
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=B8=89=E4=B8=B0;;;\r\n"
            "TEL;CELL:138-0013-8000\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nORG:Analytical Engines\\, Ltd;R&D\r\n"
            "item1.EMAIL;type=INTERNET:ada@example.org\r\nTEL;VALUE=uri;TYPE=\"voice,cell\":tel:+44-7700-900123\r\n"
            "NOTE:first line\\nsecond line that is long enough to be folded by a careful writer of vcards\r\n"
            " and continues here\r\nBDAY:--1210\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nTITLE:nobody\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Never closed\r\n";
        const QList<VCard::Parsed> p = VCard::parse(cards);
        QCOMPARE(p.size(), 4);
        QCOMPARE(p[0].person.name, QStringLiteral("张三丰"));
        QCOMPARE(p[0].person.mobiles, QStringList{QStringLiteral("138-0013-8000")});
        QCOMPARE(p[1].person.company, QStringLiteral("Analytical Engines, Ltd"));
        QCOMPARE(p[1].person.emails, QStringList{QStringLiteral("ada@example.org")});
        QCOMPARE(p[1].person.mobiles, QStringList{QStringLiteral("+44-7700-900123")});
        QVERIFY(p[1].person.note.endsWith(QStringLiteral("and continues here")));
        QVERIFY(p[1].person.note.contains(QLatin1Char('\n')));
        QVERIFY(!p[2].problem.isEmpty()); // no name
        QVERIFY(p[3].problem.isEmpty());  // not closed at the end of the file: kept as it is
        QCOMPARE(p[3].person.name, QStringLiteral("Never closed"));
        const QByteArray written = VCard::write({p[1].person});
        for (const QByteArray &line : written.split('\n'))
            QVERIFY(line.size() <= 76); // 75 octets and the CR
        QCOMPARE(VCard::parse(written).first().person.note, p[1].person.note);
    }

    void vcardDetailsThatLostRecords()
    {
        const QByteArray cards =
            // a ':' inside a quoted parameter; an escaped ';' inside an e-mail; two ORG and two ADR
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Li\r\nTEL;TYPE=\"work,voice:x\":+86 10 6552 9988\r\n"
            "EMAIL:semicolon\\;@points.net\r\nORG:First Co\r\nORG:Second Co\r\n"
            "ADR;TYPE=work:;;1 Main St;Springfield;;;\r\nADR;TYPE=home:;;2 Side Rd;Shelbyville;;;\r\nEND:VCARD\r\n"
            // a company's own card, no person
            "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:华东机电有限公司\r\nX-ABShowAs:COMPANY\r\nTEL:0571-88886666\r\nEND:VCARD\r\n"
            // a card inside a card (AGENT): both people kept, the outer one goes on after it
            "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Boss Wang\r\nAGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Assistant Zhao\r\n"
            "END:VCARD\r\nTITLE:CEO\r\nEND:VCARD\r\n";
        const QList<VCard::Parsed> p = VCard::parse(cards);
        QCOMPARE(p.size(), 4);
        QCOMPARE(p[0].person.phones, QStringList{QStringLiteral("+86 10 6552 9988")});
        QCOMPARE(p[0].person.emails, QStringList{QStringLiteral("semicolon;@points.net")});
        QCOMPARE(p[0].person.company, QStringLiteral("First Co"));
        QVERIFY(p[0].person.extraNotes.contains(QStringLiteral("ORG: Second Co")));
        QCOMPARE(p[0].person.address, QStringLiteral("1 Main St Springfield"));
        QVERIFY(p[0].person.extraNotes.contains(QStringLiteral("ADR: 2 Side Rd Shelbyville")));
        QVERIFY(p[1].problem.isEmpty());
        QCOMPARE(p[1].person.company, QStringLiteral("华东机电有限公司"));
        QCOMPARE(p[2].person.name, QStringLiteral("Boss Wang"));
        QCOMPARE(p[2].person.title, QStringLiteral("CEO"));
        QCOMPARE(p[3].person.name, QStringLiteral("Assistant Zhao"));

        // Imported as contacts: every person (one without a company as a private customer), and the
        // company's card as a customer of its own.
        TestWorkspace w;
        QVERIFY(w.init());
        Result<ImportTable> table = VCard::toImportTable(cards);
        QVERIFY(table);
        ImportOptions o;
        o.target = ImportTarget::Contacts;
        o.mapping = ColumnMapping::guess(table->headers, o.target);
        auto r = Importer(*w.db, w.clock).run(w.sales1, *table, o, true);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rejected.size(), 0);
        QCOMPARE(countNamed(*w.db, "customers", QStringLiteral("华东机电有限公司")), 1);
        QCOMPARE(countNamed(*w.db, "customers", QStringLiteral("Assistant Zhao")),
                 1); // nobody's employee: a private customer
        QCOMPARE(countNamed(*w.db, "customers", QStringLiteral("Boss Wang")), 1);
        QCOMPARE(countNamed(*w.db, "contacts", QStringLiteral("Bo Li")), 1);
    }

    void notAnXlsxIsRefusedClearly()
    {
        auto r = XlsxReader::read(QByteArray("PK\x03\x04 this is no zip at all"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral(".xlsx")));
        auto text = XlsxReader::read(QByteArray("客户名称,电话\n"));
        QVERIFY(!text);
    }

    // Figures leave as figures: an .xlsx export holds money, shares, counts and dates as typed
    // cells with their number formats (Excel and WPS sum and sort them), a .csv as plain figures.
    // Read back from the file's own XML, as Excel reads it.
    void exportsWriteTypedCells()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        ReportTable t;
        t.currency = QStringLiteral("CNY");
        t.columns = {{QStringLiteral("name"), QStringLiteral("销售代表"), ReportValue::Text},
                     {QStringLiteral("orders"), QStringLiteral("订单"), ReportValue::Integer},
                     {QStringLiteral("revenue"), QStringLiteral("销售额"), ReportValue::Money},
                     {QStringLiteral("share"), QStringLiteral("占比"), ReportValue::Percent},
                     {QStringLiteral("average"), QStringLiteral("平均"), ReportValue::Number}};
        t.rows = {{QStringLiteral("王芳"), 1234, qint64(116'011'105), 0.47, 3.25},
                  {QStringLiteral("李强"), 7, qint64(-5'399'40), QVariant(), 0.5}};
        const QString xlsx = w.dir.filePath(QStringLiteral("report.xlsx"));
        QVERIFY(ReportExport::toFile(t, xlsx));
        const XlsxCells cells = xlsxCells(xlsx);
        QCOMPARE(cells.value(QStringLiteral("A2")).type, QStringLiteral("inlineStr")); // text stays text
        QCOMPARE(cells.value(QStringLiteral("B2")).value, QStringLiteral("1234"));
        QCOMPARE(cells.value(QStringLiteral("C2")).value, QStringLiteral("1160111.05"));
        QCOMPARE(cells.value(QStringLiteral("C3")).value, QStringLiteral("-5399.4")); // −5,399.40
        QCOMPARE(cells.value(QStringLiteral("D2")).value, QStringLiteral("0.47"));
        QVERIFY(!cells.contains(QStringLiteral("D3"))); // no share: an empty cell, not "—"
        for (const QString &ref :
             {QStringLiteral("B2"), QStringLiteral("C2"), QStringLiteral("D2"), QStringLiteral("E2")})
            QVERIFY2(cells.value(ref).type.isEmpty() || cells.value(ref).type == QLatin1String("n"), qPrintable(ref));
        QCOMPARE(cells.value(QStringLiteral("C2")).format, QStringLiteral("#,##0.00"));
        QCOMPARE(cells.value(QStringLiteral("D2")).format, QStringLiteral("0.0%"));
        QCOMPARE(cells.value(QStringLiteral("E2")).format, QStringLiteral("#,##0.00"));

        const QString csv = w.dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(ReportExport::toFile(t, csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("王芳,1234,1160111.05,47.0%,3.25")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("李强,7,-5399.40,,0.50")), qPrintable(text));

        // A customer list: the dates are dates (and import reads them back as dates).
        CustomerDraft d;
        d.name = QStringLiteral("北京华联科技有限公司");
        QVERIFY(CustomerService(*w.db, w.clock).create(w.sales1, d));
        const QString customers = w.dir.filePath(QStringLiteral("customers.xlsx"));
        QVERIFY(Exporter(*w.db).exportCustomers(w.sales1, {}, CustomerSortColumn::Name, Qt::AscendingOrder, customers));
        auto table = ImportFiles::read(customers);
        QVERIFY(table);
        const ColumnMapping m = ColumnMapping::guess(table->headers, ImportTarget::Customers);
        const int created = m.columnOf(ImportField::CreatedAt);
        QVERIFY(created >= 0);
        const QString ref = QString(QChar(u'A' + created)) + QStringLiteral("2");
        QCOMPARE(xlsxCells(customers).value(ref).format, QStringLiteral("yyyy-mm-dd hh:mm"));
        QCOMPARE(table->value(table->rows.first(), created),
                 QDateTime::fromMSecsSinceEpoch(w.clock.nowMs()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
