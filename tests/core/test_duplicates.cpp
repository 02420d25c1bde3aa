// SPDX-License-Identifier: GPL-3.0-or-later
// The duplicate guard (防撞单): normalised company names, phones, e-mails and domains; what a
// salesperson learns about a colleague's customer; refusing and allowing a duplicate on save.
#include "core/audit/AuditLog.h"
#include "core/contacts/PhoneRules.h"
#include "core/customers/CustomerService.h"
#include "core/duplicates/DuplicatePolicy.h"
#include "core/duplicates/MatchKeyFilter.h"
#include "core/duplicates/MatchKeys.h"
#include "core/tasks/TaskService.h"
#include "core/util/PhoneNumber.h"

#include "Builders.h"
#include "TestWorkspace.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace guanxi;
using namespace guanxi::test;

class TestDuplicates : public QObject {
    Q_OBJECT

private slots:
    void companyNamesCompareNormalised_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("suffix") << "北京华联科技有限公司"
                                << "北京华联科技";
        QTest::newRow("joint-stock") << "北京华联科技股份有限公司"
                                     << "北京华联科技有限公司";
        QTest::newRow("group") << "华联集团股份有限公司"
                               << "华联";
        QTest::newRow("traditional") << "北京華聯科技有限公司"
                                     << "北京华联科技有限公司";
        QTest::newRow("bracketed place") << "华联科技（北京）有限公司"
                                         << "北京华联科技有限公司";
        QTest::newRow("bracketed place, Latin") << "Acme (Shanghai) Co., Ltd."
                                                << "Shanghai Acme Ltd";
        QTest::newRow("full-width and spaces") << "ＡＢＣ 贸易 有限公司"
                                               << "abc贸易";
        QTest::newRow("punctuation") << "华联·科技有限公司"
                                     << "华联科技";
        QTest::newRow("Co., Ltd.") << "Huawei Technologies Co., Ltd."
                                   << "HUAWEI TECHNOLOGIES";
        QTest::newRow("Inc") << "Acme, Inc."
                             << "acme";
    }
    void companyNamesCompareNormalised()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(!MatchKeys::companyName(a).isEmpty());
        QCOMPARE(MatchKeys::companyName(a), MatchKeys::companyName(b));
    }

    void differentCompaniesStayDifferent()
    {
        QVERIFY(MatchKeys::companyName(QStringLiteral("Costco")) != MatchKeys::companyName(QStringLiteral("Cost")));
        QVERIFY(MatchKeys::companyName(QStringLiteral("北京华联"))
                != MatchKeys::companyName(QStringLiteral("上海华联")));
        QVERIFY(MatchKeys::companyName(QStringLiteral("有限公司")).size() >= 2); // never strips to nothing
        QVERIFY(MatchKeys::companyName(QStringLiteral("厂")).isEmpty());         // too short to identify anyone
    }

    void phonesEmailsAndDomains()
    {
        QCOMPARE(MatchKeys::phone(QStringLiteral("138 0013 8000")), QStringLiteral("+8613800138000"));
        QCOMPARE(MatchKeys::phone(QStringLiteral("+86 138-0013-8000")), QStringLiteral("+8613800138000"));
        QCOMPARE(MatchKeys::phone(QStringLiteral("１３８００１３８０００")), QStringLiteral("+8613800138000"));
        QCOMPARE(MatchKeys::phone(QStringLiteral("010 6552 9988")), QStringLiteral("+861065529988"));
        QVERIFY(MatchKeys::phone(QStringLiteral("call me")).isEmpty());
        QCOMPARE(MatchKeys::domainOfEmail(QStringLiteral("Li.Ming@HuaLian.com.cn")), QStringLiteral("hualian.com.cn"));
        QVERIFY(MatchKeys::domainOfEmail(QStringLiteral("liming@qq.com")).isEmpty()); // a public mail service
        QCOMPARE(MatchKeys::domainOfWebsite(QStringLiteral("https://www.hualian.com.cn/about")),
                 QStringLiteral("hualian.com.cn"));
        QCOMPARE(MatchKeys::domainOfWebsite(QStringLiteral("hualian.com.cn")), QStringLiteral("hualian.com.cn"));
    }

    void privatePeopleAndPublicDomainsAreNotOneCompany()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        // Two private people at one family's domain: not the same customer.
        CustomerDraft a;
        a.name = QStringLiteral("黄敏");
        a.kind = CustomerKind::Consumer;
        a.email = QStringLiteral("huangmin@family-huang.net");
        a.website = QStringLiteral("https://family-huang.net");
        QVERIFY(s.create(w.sales1, a));
        CustomerDraft b = a;
        b.name = QStringLiteral("黄军");
        b.email = QStringLiteral("huangjun@family-huang.net");
        QVERIFY(s.findDuplicates(w.sales1, b)->isEmpty());
        // Two companies at one domain are.
        CustomerDraft c1 = aCustomer(QStringLiteral("苏州工业园区甲公司"));
        c1.email = QStringLiteral("sales@sip-example.cn");
        QVERIFY(s.create(w.sales1, c1));
        CustomerDraft c2 = aCustomer(QStringLiteral("完全不同的乙公司"));
        c2.email = QStringLiteral("info@sip-example.cn");
        QCOMPARE(s.findDuplicates(w.sales1, c2)->size(), 1);
        // Until the company says that domain is a public mail service: the keys are rebuilt.
        DuplicateRules rules(*w.db);
        QVERIFY(!rules.setExtraPublicDomains(w.sales1, {QStringLiteral("sip-example.cn")})); // not a salesperson's rule
        QVERIFY(!rules.setExtraPublicDomains(w.manager, {QStringLiteral("not a domain")}));
        QVERIFY(
            rules.setExtraPublicDomains(w.manager, {QStringLiteral("@SIP-example.cn"), QStringLiteral("21cn.com")}));
        QCOMPARE(*rules.extraPublicDomains(),
                 (QStringList{QStringLiteral("sip-example.cn"), QStringLiteral("21cn.com")}));
        QVERIFY(MatchKeys::isPublicMailDomain(QStringLiteral("sip-example.cn")));
        QVERIFY(s.findDuplicates(w.sales1, c2)->isEmpty());
        QVERIFY(rules.setExtraPublicDomains(w.manager, {}));
        QCOMPARE(s.findDuplicates(w.sales1, c2)->size(), 1);
    }

    void phoneNumbersOfTheCompanysCountry()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        PhoneRules rules(*w.db);
        QCOMPARE(*rules.region(), QStringLiteral("CN"));
        QVERIFY(MatchKeys::phone(QStringLiteral("(650) 253-0000"))
                != QStringLiteral("+16502530000")); // read as Chinese
        QVERIFY(!rules.setRegion(w.sales1, QStringLiteral("US")));
        QVERIFY(!rules.setRegion(w.manager, QStringLiteral("XX")));
        QVERIFY(rules.setRegion(w.manager, QStringLiteral("us")));
        QCOMPARE(*rules.region(), QStringLiteral("US"));
        QCOMPARE(MatchKeys::phone(QStringLiteral("(650) 253-0000")), QStringLiteral("+16502530000"));
        QCOMPARE(PhoneNumber::display(QStringLiteral("650-253-0000 x102")), QStringLiteral("+1 650-253-0000 x102"));
        QCOMPARE(PhoneNumber::display(QStringLiteral("tel:+1-418-656-9254;ext=102")),
                 QStringLiteral("+1 418-656-9254 ext. 102"));
        // Chinese numbers are written in full where China is not the default.
        QCOMPARE(PhoneNumber::display(QStringLiteral("+86 138 0013 8000")), QStringLiteral("+86 138 0013 8000"));
        // Another process opening the file reads numbers the same way.
        PhoneNumber::setDefaultRegion(QStringLiteral("CN"));
        QVERIFY(rules.apply());
        QCOMPARE(PhoneNumber::defaultRegion(), QStringLiteral("US"));
        QVERIFY(rules.setRegion(w.manager, QStringLiteral("CN")));
        QCOMPARE(PhoneNumber::display(QStringLiteral("+86 138 0013 8000")), QStringLiteral("138 0013 8000"));
    }

    void colleagueSeesOnlyOwnerOfTheMatch()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        CustomerDraft first = aCustomer(QStringLiteral("北京华联科技有限公司"));
        first.phone = QStringLiteral("010 6552 9988");
        auto existing = s.create(w.sales1, first);
        QVERIFY(existing);

        // Another salesperson types the same company in another form.
        auto refused = s.create(w.sales2, aCustomer(QStringLiteral("北京華聯科技股份有限公司")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Duplicate);
        QCOMPARE(refused.error().recordId, existing->id); // what "open the existing one" opens
        QVERIFY(refused.error().field.isEmpty() && refused.error().detail.isEmpty());
        QVERIFY2(refused.error().message.contains(QStringLiteral("张三")), qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QStringLiteral("北京华联科技有限公司"))); // no details

        auto found = s.findDuplicates(w.sales2, aCustomer(QStringLiteral("华联科技(北京)有限公司")));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().customerId, existing->id);
        QCOMPARE(found->first().ownerName, QStringLiteral("张三"));
        QVERIFY(!found->first().visible);
        QVERIFY(found->first().customerName.isEmpty());

        // The manager sees which customer it is.
        auto asManager = s.findDuplicates(w.manager, aCustomer(QStringLiteral("北京华联科技")));
        QVERIFY(asManager);
        QCOMPARE(asManager->size(), 1);
        QVERIFY(asManager->first().visible);
        QCOMPARE(asManager->first().customerName, QStringLiteral("北京华联科技有限公司"));

        // The same phone number under another name is found too.
        CustomerDraft byPhone = aCustomer(QStringLiteral("华联北京分部"));
        byPhone.phone = QStringLiteral("+86 10 6552 9988");
        auto phoneMatch = s.findDuplicates(w.admin, byPhone);
        QVERIFY(phoneMatch);
        QCOMPARE(phoneMatch->size(), 1);
        QVERIFY(phoneMatch->first().reasons.join(QString()).contains(QStringLiteral("+861065529988")));

        // Having seen the warning, the user may still save.
        auto allowed = s.create(w.sales2, aCustomer(QStringLiteral("北京華聯科技股份有限公司")), OnDuplicate::Allow);
        QVERIFY(allowed);
    }

    void theCompanyDecidesWhoMaySaveADuplicate()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        DuplicateRules rules(*w.db);
        auto existing = s.create(w.sales1, aCustomer(QStringLiteral("杭州西子电梯有限公司")));
        QVERIFY(existing);
        const auto savedPast = [&](const QString &id) {
            const Result<QList<AuditLog::Entry>> entries = AuditLog(*w.db).forEntity(id);
            for (const AuditLog::Entry &e : *entries)
                if (e.action == kDuplicateSavedAction)
                    return e.detail;
            return QJsonObject();
        };

        // Warn (the default): a salesperson may save anyway, and that is recorded with the match.
        QCOMPARE(*rules.policy(), DuplicatePolicy::Warn);
        auto warned = s.create(w.sales2, aCustomer(QStringLiteral("杭州西子电梯股份有限公司")), OnDuplicate::Allow);
        QVERIFY(warned);
        const QJsonObject first = savedPast(warned->id);
        QCOMPARE(first.value(QStringLiteral("policy")).toString(), QStringLiteral("warn"));
        QCOMPARE(first.value(QStringLiteral("matches"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("customer_id"))
                     .toString(),
                 existing->id);
        QVERIFY(savedPast(existing->id).isEmpty()); // a save with no match is not one

        // Block: only managers and administrators set it; then a salesperson may not save one,
        // and nothing is written; a manager may, recorded.
        QCOMPARE(rules.setPolicy(w.sales1, DuplicatePolicy::Block).error().code, ErrorCode::PermissionDenied);
        QVERIFY(rules.setPolicy(w.manager, DuplicatePolicy::Block));
        QCOMPARE(*rules.policy(), DuplicatePolicy::Block);
        const QString other = QStringLiteral("西子电梯(杭州)有限公司");
        auto blocked = s.create(w.sales2, aCustomer(other), OnDuplicate::Allow);
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(blocked.error().message.contains(QStringLiteral("张三")), qPrintable(blocked.error().message));
        QCOMPARE(s.findDuplicates(w.admin, aCustomer(other))->size(), 2); // still the two from before
        // An edit that adds a duplicate name is held to the same rule.
        auto own = s.create(w.sales2, aCustomer(QStringLiteral("宁波港务")));
        CustomerDraft renamed = own->fields;
        renamed.name = QStringLiteral("杭州西子电梯");
        QCOMPARE(s.update(w.sales2, own->id, renamed, own->rowVersion, OnDuplicate::Allow).error().code,
                 ErrorCode::PermissionDenied);
        auto overridden = s.create(w.manager, aCustomer(other), OnDuplicate::Allow);
        QVERIFY(overridden);
        QCOMPARE(savedPast(overridden->id).value(QStringLiteral("policy")).toString(), QStringLiteral("block"));

        // Instead, the salesperson asks the owner to share it: a to-do for the owner, today.
        Result<QString> asked =
            TaskService(*w.db, w.clock).askOwnerToShare(w.sales2, existing->id, QStringLiteral("客户找我报价"));
        QVERIFY2(asked, asked ? "" : qPrintable(asked.error().message));
        QCOMPARE(*asked, QStringLiteral("张三"));
        const Result<QList<Task>> todo = TaskService(*w.db, w.clock).open(w.sales1);
        QCOMPARE(todo->size(), 1);
        QVERIFY(todo->first().fields.title.contains(w.sales2.displayName));
        QCOMPARE(todo->first().fields.customerId, existing->id);
        QCOMPARE(todo->first().fields.notes, QStringLiteral("客户找我报价"));
        QCOMPARE(TaskService(*w.db, w.clock).askOwnerToShare(w.sales1, existing->id).error().code,
                 ErrorCode::WrongState);
    }

    void keyFilterNeverMissesAFiledKey()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        for (int i = 0; i < 200; ++i) {
            CustomerDraft d = aCustomer(QStringLiteral("滤器测试%1号有限公司").arg(i));
            d.phone = QStringLiteral("021-6%1").arg(1000000 + i);
            QVERIFY(s.create(w.admin, d));
        }
        auto filter = MatchKeyFilter::load(*w.db);
        QVERIFY(filter);
        int filed = 0;
        for (int i = 0; i < 200; ++i) {
            CustomerDraft d = aCustomer(QStringLiteral("滤器测试%1号有限公司").arg(i));
            d.phone = QStringLiteral("021-6%1").arg(1000000 + i);
            for (const QString &key : CustomerService::matchKeys(d)) {
                QVERIFY2(filter->mayContain(key), qPrintable(key));
                ++filed;
            }
        }
        QCOMPARE(filed, 400);
        // Keys added during an import are found too, and unknown keys are nearly always told apart.
        filter->add(QStringLiteral("p:+8613800000000"));
        QVERIFY(filter->mayContain(QStringLiteral("p:+8613800000000")));
        int falseAlarms = 0;
        for (int i = 0; i < 10000; ++i)
            falseAlarms += filter->mayContain(QStringLiteral("n:unknown%1").arg(i)) ? 1 : 0;
        QVERIFY2(falseAlarms < 10, qPrintable(QString::number(falseAlarms)));
    }

    void editsCheckOnlyWhatTheyAdd()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService s(*w.db, w.clock);
        auto a = s.create(w.admin, aCustomer(QStringLiteral("深圳华信电子有限公司")));
        auto b = s.create(w.admin, aCustomer(QStringLiteral("深圳华信电子")), OnDuplicate::Allow);
        auto c = s.create(w.admin, aCustomer(QStringLiteral("广州南方物流有限公司")));
        QVERIFY(a && b && c);

        // Editing a known duplicate without touching its name is fine.
        CustomerDraft keep = b->fields;
        keep.notes = QStringLiteral("same company as the other one; to merge");
        QVERIFY(s.update(w.admin, b->id, keep, b->rowVersion));

        // Renaming another customer into a duplicate is refused, and nothing is written.
        CustomerDraft rename = c->fields;
        rename.name = QStringLiteral("深圳華信電子有限公司");
        auto refused = s.update(w.admin, c->id, rename, c->rowVersion);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Duplicate);
        auto unchanged = s.get(w.admin, c->id);
        QVERIFY(unchanged);
        QCOMPARE(unchanged->fields.name, QStringLiteral("广州南方物流有限公司"));
        QCOMPARE(unchanged->rowVersion, c->rowVersion);

        // A customer in the recycle bin is no longer a duplicate.
        auto removed = s.remove(w.admin, a->id, a->rowVersion);
        QVERIFY(removed);
        auto b2 = s.get(w.admin, b->id);
        auto removedB = s.remove(w.admin, b->id, b2->rowVersion);
        QVERIFY(removedB);
        QVERIFY(s.update(w.admin, c->id, rename, c->rowVersion));
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "test_duplicates.moc"
