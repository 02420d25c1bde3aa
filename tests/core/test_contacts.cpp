// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts: channels validated and normalised (E.164, Chinese mobiles recognised), birthdays,
// who may add them, moving between companies with the history kept, and finding a customer by
// the pinyin initials of one of its contacts.
#include "core/contacts/ContactService.h"
#include "core/contacts/ContactValidator.h"
#include "core/customers/CustomerService.h"
#include "core/search/SearchService.h"
#include "core/util/PhoneNumber.h"

#include "Builders.h"
#include "TestWorkspace.h"

#include <random>

using namespace guanxi;
using namespace guanxi::test;

class TestContacts : public QObject {
    Q_OBJECT

private slots:
    void channelsAreNormalised()
    {
        ContactDraft d = aContact({}, QStringLiteral("张三丰"),
                                  {{{}, ChannelKind::Phone, {}, QStringLiteral("１３８ ００１３ ８０００"), {}},
                                   {{}, ChannelKind::Mobile, {}, QStringLiteral("010-6552 9988"), {}},
                                   {{}, ChannelKind::Email, {}, QStringLiteral("Zhang.SF@HuaLian.com"), {}},
                                   {{}, ChannelKind::WeChat, {}, QStringLiteral("zsf_1985"), {}},
                                   {{}, ChannelKind::QQ, {}, QStringLiteral("12345678"), {}},
                                   {{}, ChannelKind::Phone, {}, QStringLiteral("   "), {}}});
        d.profile.birthday = QStringLiteral("1985年3月21日");
        QVERIFY(ContactValidator::check(&d).isEmpty());
        QCOMPARE(d.channels.size(), 5);                    // the empty one is dropped
        QCOMPARE(d.channels[0].kind, ChannelKind::Mobile); // a Chinese mobile, recognised
        QCOMPARE(d.channels[0].normalized, QStringLiteral("+8613800138000"));
        QCOMPARE(d.channels[1].kind, ChannelKind::Phone); // a Beijing landline is no mobile
        QCOMPARE(d.channels[1].normalized, QStringLiteral("+861065529988"));
        QCOMPARE(d.channels[2].normalized, QStringLiteral("zhang.sf@hualian.com"));
        QCOMPARE(d.profile.birthday, QStringLiteral("1985-03-21"));

        QCOMPARE(ContactValidator::normaliseBirthday(QStringLiteral("3-21")), QStringLiteral("--03-21"));
        QCOMPARE(ContactValidator::normaliseBirthday(QStringLiteral("2月29日")), QStringLiteral("--02-29"));
        QCOMPARE(ContactValidator::normaliseBirthday(QStringLiteral("1990/5/3")), QStringLiteral("1990-05-03"));
        QVERIFY(ContactValidator::normaliseBirthday(QStringLiteral("1990-02-30")).isEmpty());
        QVERIFY(ContactValidator::normaliseBirthday(QStringLiteral("next week")).isEmpty());
    }

    // However a number came in (typed, imported, the demo), it is written one way.
    void phonesAreWrittenOneWay_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::newRow("mobile") << "13700001111"
                                << "137 0000 1111";
        QTest::newRow("mobile, dashes") << "137-0000-1111"
                                        << "137 0000 1111";
        QTest::newRow("mobile, +86") << "+86 137 0000 1111"
                                     << "137 0000 1111";
        QTest::newRow("full width") << "１３７００００１１１１"
                                    << "137 0000 1111";
        QTest::newRow("Beijing") << "01065529988"
                                 << "010-65529988";
        QTest::newRow("Hangzhou") << "0571 8888 6666"
                                  << "0571-88886666";
        QTest::newRow("Shanghai, +86") << "+86 21 5080 8899"
                                       << "021-50808899";
        QTest::newRow("extension") << "0571-88886666 转 102"
                                   << "0571-88886666 转 102";
        QTest::newRow("Germany") << "+49 30 1234567"
                                 << "+49 30 1234567";
        QTest::newRow("USA") << "+1 650-253-0000"
                             << "+1 650-253-0000";
        QTest::newRow("not a number") << "pager"
                                      << "pager";
    }

    void phonesAreWrittenOneWay()
    {
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        QCOMPARE(PhoneNumber::display(typed), shown);
    }

    // The quick E.164 form of common Chinese numbers must be libphonenumber's: generated mobiles
    // and landlines, with and without +86, spaces and dashes.
    void quickE164AgreesWithLibphonenumber()
    {
        std::mt19937 rng(3);
        auto digits = [&rng](int n) {
            QString s;
            for (int i = 0; i < n; ++i)
                s.append(QChar(u'0' + static_cast<char16_t>(rng() % 10)));
            return s;
        };
        const QStringList areas = {QStringLiteral("010"),  QStringLiteral("021"),  QStringLiteral("023"),
                                   QStringLiteral("0755"), QStringLiteral("0571"), QStringLiteral("0898"),
                                   QStringLiteral("0351"), QStringLiteral("0991")};
        int quick = 0;
        for (int i = 0; i < 3000; ++i) {
            QString n;
            if (i % 2 == 0) {
                n = QStringLiteral("1") + digits(10);
                if (rng() % 3 == 0)
                    n = n.left(3) + QLatin1Char(' ') + n.mid(3, 4) + QLatin1Char(' ') + n.mid(7);
            } else {
                n = areas.at(static_cast<qsizetype>(rng() % areas.size())) + QLatin1Char('-')
                    + digits(6 + static_cast<int>(rng() % 4));
            }
            if (rng() % 4 == 0)
                n = QStringLiteral("+86 ") + (n.startsWith(QLatin1Char('0')) ? n.mid(1) : n);
            const PhoneNumber slow = PhoneNumber::parseWithLibraryOnly(n, QStringLiteral("CN"));
            const PhoneNumber quickParse = PhoneNumber::parse(n);
            const QString fast = PhoneNumber::toE164(n);
            QVERIFY2(fast == slow.e164,
                     qPrintable(QStringLiteral("%1: quick %2, libphonenumber %3").arg(n, fast, slow.e164)));
            QVERIFY2(quickParse.e164 == slow.e164 && quickParse.valid == slow.valid && quickParse.mobile == slow.mobile,
                     qPrintable(QStringLiteral("%1: quick %2 %3 %4, libphonenumber %5 %6 %7")
                                    .arg(n, quickParse.e164)
                                    .arg(quickParse.valid)
                                    .arg(quickParse.mobile)
                                    .arg(slow.e164)
                                    .arg(slow.valid)
                                    .arg(slow.mobile)));
            quick += fast.isEmpty() ? 0 : 1;
        }
        QVERIFY(quick > 2000);
    }

    void badChannelsAreRefusedWithTheirValue_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::newRow("short phone") << int(ChannelKind::Phone) << "12345";
        QTest::newRow("letters") << int(ChannelKind::Mobile) << "call me";
        QTest::newRow("unassigned mobile prefix") << int(ChannelKind::Mobile) << "120 0000 0000";
        QTest::newRow("e-mail") << int(ChannelKind::Email) << "zhang@";
        QTest::newRow("wechat") << int(ChannelKind::WeChat) << "1x";
        QTest::newRow("qq") << int(ChannelKind::QQ) << "0123";
    }
    void badChannelsAreRefusedWithTheirValue()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        TestWorkspace w;
        QVERIFY(w.init());
        auto c = CustomerService(*w.db, w.clock).create(w.sales1, aCustomer(QStringLiteral("华联科技")));
        QVERIFY(c);
        ContactService contacts(*w.db, w.clock);
        auto r = contacts.create(
            w.sales1, aContact(c->id, QStringLiteral("李四"), {{{}, static_cast<ChannelKind>(kind), {}, value, {}}}));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(value.trimmed()), qPrintable(r.error().message));
        auto list = contacts.listForCustomer(w.sales1, c->id);
        QVERIFY(list && list->isEmpty()); // nothing written
    }

    void onlyTheCustomersOwnerAddsContacts()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        auto mine = customers.create(w.sales1, aCustomer(QStringLiteral("华联科技")));
        auto pool = customers.create(w.admin, aCustomer(QStringLiteral("南方物流")));
        QVERIFY(mine && pool);
        ContactService contacts(*w.db, w.clock);
        auto colleague = contacts.create(w.sales2, aContact(mine->id, QStringLiteral("王五")));
        QVERIFY(!colleague);
        QCOMPARE(colleague.error().code, ErrorCode::PermissionDenied);
        QVERIFY(colleague.error().message.contains(QStringLiteral("张三")));
        auto unclaimed = contacts.create(w.sales2, aContact(pool->id, QStringLiteral("王五")));
        QVERIFY(!unclaimed);
        QCOMPARE(unclaimed.error().code, ErrorCode::PermissionDenied);
        QVERIFY(contacts.create(w.sales1, aContact(mine->id, QStringLiteral("王五"))));
        QVERIFY(contacts.create(w.manager, aContact(mine->id, QStringLiteral("赵六"))));
        auto seen = contacts.listForCustomer(w.sales2, mine->id);
        QVERIFY(!seen);
        QCOMPARE(seen.error().code, ErrorCode::PermissionDenied);
    }

    void movingToAnotherCompanyKeepsHistory()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        CustomerService customers(*w.db, w.clock);
        auto first = customers.create(w.sales1, aCustomer(QStringLiteral("华联科技")));
        auto second = customers.create(w.sales1, aCustomer(QStringLiteral("南方物流")));
        QVERIFY(first && second);
        ContactService contacts(*w.db, w.clock);
        ContactDraft d = aContact(first->id, QStringLiteral("陈静"));
        d.title = QStringLiteral("采购经理");
        auto c = contacts.create(w.sales1, d);
        QVERIFY(c);
        w.clock.advance(86'400'000);
        ContactDraft moved = c->fields;
        moved.customerId = second->id;
        moved.title = QStringLiteral("采购总监");
        auto after = contacts.update(w.sales1, c->id, moved, c->rowVersion);
        QVERIFY2(after, after ? "" : qPrintable(after.error().message));
        QCOMPARE(after->customerName, QStringLiteral("南方物流"));
        auto history = contacts.positions(w.sales1, c->id);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).customerName, QStringLiteral("南方物流"));
        QCOMPARE(history->at(0).endedAt, 0);
        QCOMPARE(history->at(1).customerName, QStringLiteral("华联科技"));
        QCOMPARE(history->at(1).title, QStringLiteral("采购经理"));
        QVERIFY(history->at(1).endedAt > 0);
        auto old = contacts.listForCustomer(w.sales1, first->id);
        QVERIFY(old && old->isEmpty());
    }

    void selfLinksAndConflictsAreRefused()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        auto cu = CustomerService(*w.db, w.clock).create(w.sales1, aCustomer(QStringLiteral("华联科技")));
        ContactService contacts(*w.db, w.clock);
        auto c = contacts.create(w.sales1, aContact(cu->id, QStringLiteral("陈静")));
        QVERIFY(c);
        ContactDraft self = c->fields;
        self.superiorId = c->id;
        auto r = contacts.update(w.sales1, c->id, self, c->rowVersion);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        ContactDraft renamed = c->fields;
        renamed.name = QStringLiteral("陈晶");
        QVERIFY(contacts.update(w.sales1, c->id, renamed, c->rowVersion));
        auto stale = contacts.update(w.sales1, c->id, renamed, c->rowVersion);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
    }

    void customerIsFoundByItsContactsInitials()
    {
        TestWorkspace w;
        QVERIFY(w.init());
        auto cu = CustomerService(*w.db, w.clock).create(w.sales1, aCustomer(QStringLiteral("华联科技有限公司")));
        ContactService contacts(*w.db, w.clock);
        auto c = contacts.create(w.sales1,
                                 aContact(cu->id, QStringLiteral("曾三丰"),
                                          {{{}, ChannelKind::Mobile, {}, QStringLiteral("13912345678"), {}}}));
        QVERIFY(c);
        SearchService search(*w.db);
        for (const QString &q :
             {QStringLiteral("zsf"), QStringLiteral("zengsanfeng"), QStringLiteral("2345"), QStringLiteral("曾三")}) {
            auto hits = search.search(w.sales1, q);
            QVERIFY(hits);
            QVERIFY2(!hits->isEmpty(), qPrintable(q));
            QCOMPARE(hits->first().kind, SearchKind::Contact);
            QCOMPARE(hits->first().customerId, cu->id);
            QVERIFY(hits->first().detail.contains(QStringLiteral("华联科技有限公司")));
        }
        // A colleague does not find it; after deletion nobody does.
        auto other = search.search(w.sales2, QStringLiteral("zsf"));
        QVERIFY(other && other->isEmpty());
        QVERIFY(contacts.remove(w.sales1, c->id, c->rowVersion));
        auto gone = search.search(w.sales1, QStringLiteral("zsf"));
        QVERIFY(gone && gone->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContacts)
#include "test_contacts.moc"
