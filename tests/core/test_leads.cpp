// SPDX-License-Identifier: GPL-3.0-or-later
// Leads: capture, assignment by hand and by rule, qualification, follow-up on the lead's own
// timeline, and conversion into customer, contact and opportunity in one step.
#include "core/contacts/ContactService.h"
#include "core/customers/CustomerService.h"
#include "core/leads/LeadService.h"
#include "core/opportunities/OpportunityRepository.h"
#include "core/search/SearchService.h"
#include "core/timeline/TimelineService.h"

#include "TestWorkspace.h"

#include <QSqlQuery>

using namespace guanxi;
using namespace guanxi::test;

class TestLeads : public QObject {
    Q_OBJECT

    static LeadDraft lead(const QString &person, const QString &company, const QString &region = {})
    {
        LeadDraft d;
        d.personName = person;
        d.company = company;
        d.region = region;
        d.phone = QStringLiteral("13700001111");
        d.email = QStringLiteral("wang@hongxing.cn");
        d.source = QStringLiteral("展会");
        d.title = QStringLiteral("总经理");
        return d;
    }

    static int count(Database &db, const char *table)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(QLatin1String(table)));
        q.next();
        return q.value(0).toInt();
    }

private slots:
    void captureAndAssign()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        LeadService leads(*w.db, w.clock);
        auto mine = leads.create(w.sales1, lead(QStringLiteral("王红"), QStringLiteral("红星机械")));
        QVERIFY(mine);
        QCOMPARE(mine->fields.ownerId, w.sales1.userId);
        QCOMPARE(mine->status, LeadStatus::New);
        QVERIFY(!leads.create(w.sales1, lead({}, {}))); // neither person nor company

        // Round robin between the two salespeople of the department.
        LeadAssignmentRule rr;
        rr.mode = LeadAssignmentRule::Mode::RoundRobin;
        rr.users = {w.sales1.userId, w.sales2.userId};
        QVERIFY(!leads.setAssignmentRule(w.sales1, rr)); // not a salesperson's decision
        QVERIFY(leads.setAssignmentRule(w.manager, rr));
        QStringList owners;
        for (int i = 0; i < 4; ++i) {
            auto l = leads.create(w.manager, lead(QStringLiteral("客户%1").arg(i), {}));
            QVERIFY(l);
            owners.append(l->fields.ownerId);
        }
        QCOMPARE(owners, (QStringList{w.sales1.userId, w.sales2.userId, w.sales1.userId, w.sales2.userId}));

        // By region, with a fallback.
        LeadAssignmentRule byRegion;
        byRegion.mode = LeadAssignmentRule::Mode::ByRegion;
        byRegion.regionOwners.insert(QStringLiteral("广东"), w.otherDeptSales.userId);
        byRegion.fallbackUserId = w.sales2.userId;
        QVERIFY(leads.setAssignmentRule(w.admin, byRegion));
        auto south = leads.create(w.admin, lead(QStringLiteral("刘强"), {}, QStringLiteral("广东")));
        auto north = leads.create(w.admin, lead(QStringLiteral("孙丽"), {}, QStringLiteral("北京")));
        QCOMPARE(south->fields.ownerId, w.otherDeptSales.userId);
        QCOMPARE(north->fields.ownerId, w.sales2.userId);

        // By hand: a manager within the department only.
        auto moved = leads.assign(w.manager, north->id, w.sales1.userId, north->rowVersion);
        QVERIFY(moved);
        QCOMPARE(moved->fields.ownerId, w.sales1.userId);
        auto outside = leads.assign(w.manager, moved->id, w.otherDeptSales.userId, moved->rowVersion);
        QVERIFY(!outside);
        QCOMPARE(outside.error().code, ErrorCode::PermissionDenied);
        auto others = leads.list(w.sales2);
        QVERIFY(others);
        for (const Lead &l : *others)
            QCOMPARE(l.fields.ownerId, w.sales2.userId);
    }

    void qualifyAndDisqualify()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        LeadService leads(*w.db, w.clock);
        auto l = leads.create(w.sales1, lead(QStringLiteral("王红"), QStringLiteral("红星机械")));
        auto noReason = leads.setStatus(w.sales1, l->id, LeadStatus::Disqualified, QStringLiteral("  "), l->rowVersion);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, ErrorCode::Invalid);
        auto out =
            leads.setStatus(w.sales1, l->id, LeadStatus::Disqualified, QStringLiteral("没有预算"), l->rowVersion);
        QVERIFY(out);
        QCOMPARE(out->statusReason, QStringLiteral("没有预算"));
        auto converted = leads.convert(w.sales1, l->id, {}, out->rowVersion);
        QVERIFY(!converted); // disqualified leads are not converted
        auto back = leads.setStatus(w.sales1, l->id, LeadStatus::Qualified, {}, out->rowVersion);
        QVERIFY(back);
        QCOMPARE(back->status, LeadStatus::Qualified);
    }

    void convertKeepsTheHistory()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        LeadService leads(*w.db, w.clock);
        auto l = leads.create(w.sales1, lead(QStringLiteral("王红"), QStringLiteral("红星机械有限公司")));
        QVERIFY(l);
        TimelineService timeline(*w.db, w.clock);
        InteractionDraft call;
        call.leadId = l->id;
        call.subject = QStringLiteral("首次电话");
        call.outcome = QStringLiteral("有采购意向");
        QVERIFY(timeline.log(w.sales1, call));
        auto cur = leads.get(w.sales1, l->id);
        QVERIFY(cur->lastContactAt > 0);

        w.clock.advance(3'600'000);
        LeadConversion how;
        how.amountMinor = 50'000'00;
        how.expectedCloseOn = QStringLiteral("2025-12-31");
        auto done = leads.convert(w.sales1, l->id, how, cur->rowVersion);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));

        auto customer = CustomerService(*w.db, w.clock).get(w.sales1, done->customerId);
        QVERIFY(customer);
        QCOMPARE(customer->fields.name, QStringLiteral("红星机械有限公司"));
        QCOMPARE(customer->fields.ownerId, w.sales1.userId);
        QCOMPARE(customer->fields.source, QStringLiteral("展会"));
        QCOMPARE(customer->lastContactAt, cur->lastContactAt);
        auto contact = ContactService(*w.db, w.clock).get(w.sales1, done->contactId);
        QVERIFY(contact);
        QCOMPARE(contact->fields.name, QStringLiteral("王红"));
        QCOMPARE(contact->fields.title, QStringLiteral("总经理"));
        QCOMPARE(contact->fields.channels.size(), 2);
        QCOMPARE(contact->fields.channels[0].normalized, QStringLiteral("+8613700001111"));
        auto opps = OpportunityRepository(*w.db).listForCustomer(done->customerId);
        QVERIFY(opps);
        QCOMPARE(opps->size(), 1);
        QCOMPARE(opps->first().amountMinor, 50'000'00);
        QCOMPARE(opps->first().leadId, l->id);

        // The lead's call is on the customer's timeline, under the note of the conversion.
        auto entries = timeline.customerTimeline(w.sales1, done->customerId);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).kind, QStringLiteral("system"));
        QCOMPARE(entries->at(1).title, QStringLiteral("首次电话"));

        auto after = leads.get(w.sales1, l->id);
        QCOMPARE(after->status, LeadStatus::Converted);
        QCOMPARE(after->customerId, done->customerId);
        QVERIFY(!leads.convert(w.sales1, l->id, how, after->rowVersion)); // once only
        auto hits = SearchService(*w.db).search(w.sales1, QStringLiteral("hxjx"));
        QVERIFY(hits);
        QVERIFY(!hits->isEmpty());
        QCOMPARE(hits->first().kind, SearchKind::Customer);
    }

    void convertingAColleaguesCompanyIsRefusedAndWritesNothing()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerDraft existing;
        existing.name = QStringLiteral("红星机械有限公司");
        QVERIFY(CustomerService(*w.db, w.clock).create(w.sales2, existing));
        LeadService leads(*w.db, w.clock);
        auto l = leads.create(w.sales1, lead(QStringLiteral("王红"), QStringLiteral("紅星機械")));
        QVERIFY(l);
        const int customersBefore = count(*w.db, "customers");
        const int contactsBefore = count(*w.db, "contacts");
        auto refused = leads.convert(w.sales1, l->id, {}, l->rowVersion);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Duplicate);
        QVERIFY2(refused.error().message.contains(QStringLiteral("李四")), qPrintable(refused.error().message));
        QCOMPARE(count(*w.db, "customers"), customersBefore);
        QCOMPARE(count(*w.db, "contacts"), contactsBefore);
        QCOMPARE(count(*w.db, "opportunities"), 0);
        QCOMPARE(leads.get(w.sales1, l->id)->status, LeadStatus::New);
    }

    void convertOntoAnExistingCustomer()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerDraft existing;
        existing.name = QStringLiteral("红星机械有限公司");
        auto cu = CustomerService(*w.db, w.clock).create(w.sales1, existing);
        LeadService leads(*w.db, w.clock);
        auto l = leads.create(w.sales1, lead(QStringLiteral("王红"), QStringLiteral("红星机械")));
        LeadConversion how;
        how.existingCustomerId = cu->id;
        how.createOpportunity = false;
        auto done = leads.convert(w.sales1, l->id, how, l->rowVersion);
        QVERIFY(done);
        QCOMPARE(done->customerId, cu->id);
        QVERIFY(done->opportunityId.isEmpty());
        auto contacts = ContactService(*w.db, w.clock).listForCustomer(w.sales1, cu->id);
        QCOMPARE(contacts->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLeads)
#include "test_leads.moc"
