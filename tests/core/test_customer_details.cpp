// SPDX-License-Identifier: GPL-3.0-or-later
// The card's other tabs: competitors, projects with their decision makers, relations shown from
// both sides, and files kept in the database.
#include "core/contacts/ContactService.h"
#include "core/customers/CustomerDetails.h"
#include "core/customers/CustomerService.h"

#include "TestWorkspace.h"

using namespace guanxi;
using namespace guanxi::test;

class TestCustomerDetails : public QObject {
    Q_OBJECT

    static Customer make(TestWorkspace &w, const Session &as, const char *name)
    {
        CustomerDraft d;
        d.name = QString::fromUtf8(name);
        return *CustomerService(*w.db, w.clock).create(as, d);
    }

private slots:
    void competitorsAndProjects()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Customer c = make(w, w.sales1, "华联科技有限公司");
        const Customer other = make(w, w.sales1, "南方物流有限公司");
        CustomerDetails details(*w.db, w.clock);
        QVERIFY(!details.addCompetitor(w.sales1, c.id, {{}, QStringLiteral("  "), {}, 0, {}, {}, {}}));
        QVERIFY(!details.addCompetitor(w.sales1, c.id, {{}, QStringLiteral("用友"), {}, 6, {}, {}, {}}));
        QVERIFY(
            !details.addCompetitor(w.sales2, c.id, {{}, QStringLiteral("用友"), {}, 3, {}, {}, {}})); // a colleague's
        auto id = details.addCompetitor(w.sales1, c.id,
                                        {{},
                                         QStringLiteral("用友"),
                                         QStringLiteral("U8"),
                                         2,
                                         QStringLiteral("刘经理"),
                                         QStringLiteral("校友"),
                                         {}});
        QVERIFY(id);
        auto list = details.competitors(w.sales1, c.id);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().satisfaction, 2);
        Competitor changed = list->first();
        changed.satisfaction = 1;
        changed.notes = QStringLiteral("客户抱怨售后");
        QVERIFY(details.updateCompetitor(w.sales1, c.id, changed));
        auto stale = details.updateCompetitor(w.sales1, c.id, changed); // still at the old version
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QVERIFY(!details.updateCompetitor(w.sales1, other.id, changed)); // not that customer's entry
        QCOMPARE(details.competitors(w.sales1, c.id)->first().notes, QStringLiteral("客户抱怨售后"));
        QVERIFY(details.remove(w.sales1, c.id, CustomerDetails::Kind::Competitors, *id));
        QVERIFY(details.competitors(w.sales1, c.id)->isEmpty());

        ContactDraft boss;
        boss.customerId = c.id;
        boss.name = QStringLiteral("王总");
        auto bossId = ContactService(*w.db, w.clock).create(w.sales1, boss);
        ContactDraft outsider;
        outsider.customerId = other.id;
        outsider.name = QStringLiteral("外人");
        auto outsiderId = ContactService(*w.db, w.clock).create(w.sales1, outsider);
        Project p;
        p.name = QStringLiteral("ERP 升级");
        p.budgetMinor = 300'000'00;
        p.people = {{outsiderId->id, {}, QStringLiteral("decision_maker")}};
        QVERIFY(!details.addProject(w.sales1, c.id, p));      // not a contact of this customer
        QVERIFY(details.projects(w.sales1, c.id)->isEmpty()); // nothing half-written
        p.people = {{bossId->id, {}, QStringLiteral("decision_maker")}};
        QVERIFY(details.addProject(w.sales1, c.id, p));
        auto projects = details.projects(w.sales1, c.id);
        QCOMPARE(projects->size(), 1);
        QCOMPARE(projects->first().budgetMinor, 300'000'00);
        QCOMPARE(projects->first().people.first().contactName, QStringLiteral("王总"));
        Project edited = projects->first();
        edited.budgetMinor = 350'000'00;
        edited.people.clear();
        QVERIFY(details.updateProject(w.sales1, c.id, edited));
        auto after = details.projects(w.sales1, c.id);
        QCOMPARE(after->first().budgetMinor, 350'000'00);
        QVERIFY(after->first().people.isEmpty());
    }

    void relationsReadFromBothSides()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Customer supplier = make(w, w.sales1, "上游原料厂");
        const Customer buyer = make(w, w.sales1, "下游制造厂");
        CustomerDetails details(*w.db, w.clock);
        QVERIFY(!details.addRelation(w.sales1, supplier.id, supplier.id, RelationKind::Supplier, {}));
        QVERIFY(details.addRelation(w.sales1, supplier.id, buyer.id, RelationKind::Supplier, QStringLiteral("年供货")));
        auto fromSupplier = details.relations(w.sales1, supplier.id);
        auto fromBuyer = details.relations(w.sales1, buyer.id);
        QCOMPARE(fromSupplier->size(), 1);
        QCOMPARE(fromBuyer->size(), 1);
        QVERIFY(fromSupplier->first().outgoing);
        QCOMPARE(fromSupplier->first().otherName, QStringLiteral("下游制造厂"));
        QVERIFY(!fromBuyer->first().outgoing);
        QCOMPARE(fromBuyer->first().otherName, QStringLiteral("上游原料厂"));
        QVERIFY(relationLabel(RelationKind::Supplier, true) != relationLabel(RelationKind::Supplier, false));
    }

    void filesAreKeptInTheDatabase()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        const Customer c = make(w, w.sales1, "华联科技有限公司");
        CustomerDetails details(*w.db, w.clock);
        const QByteArray pdf = "%PDF-1.4\n% a tiny file\n";
        auto id = details.addAttachment(w.sales1, c.id, QStringLiteral("/home/someone/报价单.pdf"), pdf);
        QVERIFY(id);
        auto list = details.attachments(w.sales1, c.id);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().fileName, QStringLiteral("报价单.pdf"));
        QCOMPARE(list->first().mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(list->first().sizeBytes, pdf.size());
        QCOMPARE(*details.attachmentContent(w.sales1, c.id, *id), pdf);
        QVERIFY(!details.attachmentContent(w.sales2, c.id, *id)); // a colleague cannot read it
        QVERIFY(!details.addAttachment(w.sales1, c.id, QStringLiteral("big.bin"),
                                       QByteArray(CustomerDetails::kMaxAttachmentBytes + 1, 'x')));
    }
};

QTEST_GUILESS_MAIN(TestCustomerDetails)
#include "test_customer_details.moc"
