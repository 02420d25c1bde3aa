// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seed/DemoSeeder.h"

#include "core/i18n/CollationKey.h"
#include "core/search/DerivedIndexes.h"
#include "core/seed/DemoAgenda.h"
#include "core/seed/DemoCardDetails.h"
#include "core/seed/DemoDeals.h"
#include "core/seed/DemoDice.h"
#include "core/seed/DemoPipeline.h"
#include "core/seed/DemoRelationships.h"
#include "core/seed/DemoShowroom.h"
#include "core/seed/DemoVocabulary.h"
#include "core/storage/BulkLoad.h"
#include "core/storage/Database.h"
#include "core/storage/DeferredIndexes.h"
#include "core/storage/SqlError.h"
#include "core/storage/Statement.h"
#include "core/storage/WriteTransaction.h"
#include "core/users/AccessPolicy.h"
#include "core/users/PasswordHasher.h"
#include "core/users/UserRepository.h"
#include "core/util/Uuid7.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <future>
#include <random>
#include <vector>

namespace guanxi {

namespace {
using demo::Dice;
using demo::digits;
using demo::mobile;
using demo::personName;

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kHistoryDays = 3 * 365;

struct PlannedOrder {
    int day; // days before asOf
    int customer;
    qint64 totalMinor;
};

struct SeedUser {
    QString id;
    QString departmentId;
};

} // namespace

Result<SeedSummary> DemoSeeder::run(const Session *actor, const SeedOptions &o, const ProgressFn &progress)
{
    if (o.customers < 0 || o.customers > 10'000'000 || o.orders < 0 || o.orders > 50'000'000)
        return Error{ErrorCode::Invalid, tr("The number of customers or orders is out of range."), {}};
    if (o.orders > 0 && o.customers == 0)
        return Error{ErrorCode::Invalid, tr("Orders need customers: ask for at least one customer."), {}};

    QElapsedTimer timer;
    timer.start();
    SeedSummary summary;
    const QDate asOf = o.asOf.isValid() ? o.asOf : QDate::currentDate();
    const qint64 todayMs = QDateTime(asOf, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 historyStartMs = todayMs - kHistoryDays * kDayMs;
    Dice dice(o.seed);
    quint16 counter = 0;
    auto idAt = [&](qint64 ms) { return uuid7FromParts(ms, (counter++) & 0x0fff, dice.raw()); };

    // Every account gets a hash of its own (its own salt). Argon2id takes about 0.3 s a hash, so
    // they are made on a second thread while the data loads on this one, and set before the commit.
    const int accounts = 1 + int(demo::departments().size()) * 4;
    std::future<QStringList> hashing = std::async(std::launch::async, [password = o.demoPassword, accounts] {
        QStringList out;
        for (int i = 0; i < accounts; ++i)
            out.append(PasswordHasher::hash(password));
        return out;
    });
    QStringList needHash; // the accounts, in the order their hashes are taken
    // The whole data set is one transaction.
    BulkLoad bulkLoad(m_db);
    const qint64 total = 2LL * o.customers + o.orders; // customers, orders, then their people and history
    const Status dataSet = inWriteTransaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db.sql());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM customers")) || !q.next())
            return toError(q);
        if (q.value(0).toLongLong() > 0)
            return Error{ErrorCode::Invalid,
                         tr("This database already has customers. Demo data goes into a new, empty database."),
                         {}};

        // The team: the administrator, then a manager and three salespeople per department.
        UserRepository users(m_db);
        Result<QList<User>> existing = users.listActive();
        if (!existing)
            return existing.error();
        QString adminId;
        if (existing->isEmpty()) {
            User admin;
            admin.id = idAt(historyStartMs);
            admin.login = QStringLiteral("admin");
            admin.displayName = QStringLiteral("管理员");
            admin.role = Role::Admin;
            needHash.append(admin.id);
            if (Status s = users.insert(admin, {}, historyStartMs, admin.id); !s)
                return s.error();
            adminId = admin.id;
            ++summary.users;
        } else {
            if (!actor || !AccessPolicy(*actor).administers())
                return Error{ErrorCode::PermissionDenied, tr("Only an administrator can load demo data."), {}};
            adminId = actor->userId;
            Result<QString> own = users.passwordHash(adminId);
            if (!own)
                return own.error();
            if (own->isEmpty()) {
                needHash.append(adminId);
            }
        }

        std::vector<SeedUser> sales;
        int managerNo = 0;
        int salesNo = 0;
        for (const char16_t *deptName : demo::departments()) {
            Department d{idAt(historyStartMs), QString::fromUtf16(deptName)};
            if (Status s = users.insertDepartment(d, historyStartMs, adminId); !s)
                return s.error();
            ++summary.departments;
            for (int i = 0; i < 4; ++i) {
                User u;
                u.id = idAt(historyStartMs);
                u.role = i == 0 ? Role::Manager : Role::Salesperson;
                u.login =
                    i == 0 ? QStringLiteral("manager%1").arg(++managerNo) : QStringLiteral("sales%1").arg(++salesNo);
                u.displayName = personName(dice);
                u.departmentId = d.id;
                needHash.append(u.id);
                if (Status s = users.insert(u, {}, historyStartMs, adminId); !s)
                    return s.error();
                ++summary.users;
                if (u.role == Role::Salesperson)
                    sales.push_back({u.id, d.id});
            }
        }

        // Orders are planned first: a customer's last contact follows its latest order, and orders
        // are written in date order so their time-ordered ids append to the index.
        std::vector<int> customerStartDay(static_cast<size_t>(o.customers));
        for (int i = 0; i < o.customers; ++i)
            customerStartDay[static_cast<size_t>(i)] =
                kHistoryDays - static_cast<int>(static_cast<qint64>(i) * kHistoryDays / std::max(1, o.customers));
        std::vector<PlannedOrder> orders(static_cast<size_t>(o.orders));
        std::vector<int> lastOrderDay(static_cast<size_t>(o.customers), -1);
        for (PlannedOrder &po : orders) {
            // Some customers buy far more often than others: favour the low indexes a little.
            const int c = dice.chance(30) ? dice.below(std::max(1, o.customers / 5)) : dice.below(o.customers);
            po.customer = c;
            po.day = dice.below(customerStartDay[static_cast<size_t>(c)] + 1);
            // Order sizes spread over three orders of magnitude (300 to 300,000 yuan), whole yuan.
            const double yuan = std::exp(std::log(300.0) + dice.unit() * (std::log(300000.0) - std::log(300.0)));
            po.totalMinor = static_cast<qint64>(std::llround(yuan)) * 100;
            int &last = lastOrderDay[static_cast<size_t>(c)];
            last = last < 0 ? po.day : std::min(last, po.day);
        }
        std::stable_sort(orders.begin(), orders.end(),
                         [](const PlannedOrder &a, const PlannedOrder &b) { return a.day > b.day; });

        // Bulk load into empty tables: building each secondary index once from sorted data is several
        // times faster than updating it row by row. Dropped and rebuilt inside this transaction, so a
        // cancelled or failed seed leaves them exactly as they were.
        q.finish(); // no statement of ours may still read the tables whose indexes go
        DeferredIndexes indexes(m_db);
        if (Status s = indexes.drop({QStringLiteral("customers"), QStringLiteral("orders")}); !s)
            return s.error();

        qint64 done = 0;
        auto tick = [&]() { return (++done % 2000) != 0 || reportProgress(progress, done, total); };
        const Error cancelled{ErrorCode::Cancelled, tr("Cancelled; no demo data was written."), {}};

        Statement ins(m_db,
                      "INSERT INTO customers (id, name, name_key, tier, region, industry, phone, email, notes, "
                      "owner_id, last_contact_at, created_at, updated_at, updated_by, kind, stage, city) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!ins.isValid())
            return ins.lastError();
        std::vector<QString> customerIds(static_cast<size_t>(o.customers));
        std::vector<QString> customerOwners(static_cast<size_t>(o.customers));
        std::vector<SeededCustomer> seeded(static_cast<size_t>(o.customers));
        const auto lines = demo::businessLines();
        for (int i = 0; i < o.customers; ++i) {
            const demo::City &city = dice.pick(demo::cities());
            const QString cityName = QString::fromUtf16(city.name);
            const QString region =
                city.province[0] ? QString::fromUtf16(city.province) + QLatin1Char(' ') + cityName : cityName;
            QString name, industry, phone, email;
            if (dice.chance(15)) { // a private customer
                name = personName(dice);
                industry = QStringLiteral("个人客户");
                phone = mobile(dice);
                if (dice.chance(40))
                    email = QChar(u'1' + dice.below(9)) + digits(dice, 7 + dice.below(3)) + QStringLiteral("@qq.com");
            } else {
                const demo::Word &a = dice.pick(demo::tradeNameFirst());
                const demo::Word &b = dice.pick(demo::tradeNameSecond());
                const int lineIndex = dice.below(static_cast<int>(lines.size()));
                const demo::Word &line = lines[static_cast<size_t>(lineIndex)];
                name = cityName + QString::fromUtf16(a.text) + QString::fromUtf16(b.text)
                    + QString::fromUtf16(line.text) + QString::fromUtf16(dice.pick(demo::companySuffixes()));
                industry = QString::fromUtf16(demo::industryOfBusinessLine()[static_cast<size_t>(lineIndex)]);
                phone = QLatin1String(city.areaCode) + QLatin1Char('-') + QChar(u'2' + dice.below(7)) + digits(dice, 7);
                if (dice.chance(60))
                    email = QStringLiteral("sales@") + QLatin1String(a.pinyin) + QLatin1String(b.pinyin)
                        + QLatin1Char('-') + QLatin1String(line.pinyin) + QStringLiteral(".com.cn");
            }
            const int r = dice.below(100);
            const int tier = r < 8 ? 2 : (r < 30 ? 1 : 0);
            const SeedUser *owner = dice.chance(5) || sales.empty()
                ? nullptr
                : &sales[static_cast<size_t>(dice.below(static_cast<int>(sales.size())))];
            const qint64 createdMs =
                todayMs - customerStartDay[static_cast<size_t>(i)] * kDayMs + dice.below(8 * 3600) * 1000LL;
            const int lastOrder = lastOrderDay[static_cast<size_t>(i)];
            int contactDay =
                dice.chance(10) ? -1 : dice.below(std::min(180, customerStartDay[static_cast<size_t>(i)] + 1));
            if (lastOrder >= 0 && (contactDay < 0 || lastOrder < contactDay))
                contactDay = lastOrder;
            const qint64 lastContact =
                contactDay < 0 ? 0 : todayMs - contactDay * kDayMs + dice.below(9 * 3600) * 1000LL;

            const QString id = idAt(createdMs);
            customerIds[static_cast<size_t>(i)] = id;
            customerOwners[static_cast<size_t>(i)] = owner ? owner->id : QString();
            seeded[static_cast<size_t>(i)] = {
                id, customerOwners[static_cast<size_t>(i)],
                industry == QStringLiteral("个人客户") ? QString() : email.mid(email.indexOf(QLatin1Char('@')) + 1),
                industry != QStringLiteral("个人客户"), lastContact};
            const QByteArray nameKey = CollationKey::of(name);
            ins.bindView(1, id);
            ins.bindView(2, name);
            ins.bindView(3, nameKey);
            ins.bind(4, static_cast<qint64>(tier));
            ins.bindView(5, region);
            ins.bindView(6, industry);
            ins.bindView(7, phone);
            ins.bindView(8, email);
            if (owner)
                ins.bindView(9, owner->id);
            else
                ins.bindNull(9);
            ins.bind(10, lastContact);
            ins.bind(11, createdMs);
            ins.bind(12, createdMs);
            ins.bindView(13, adminId);
            const QString kind =
                industry == QStringLiteral("个人客户") ? QStringLiteral("consumer") : QStringLiteral("business");
            // The stage follows the history: no order yet, a first year, or a long relationship.
            const QString stage = lastOrder < 0                  ? QStringLiteral("potential")
                : customerStartDay[static_cast<size_t>(i)] < 365 ? QStringLiteral("new")
                : tier == 2                                      ? QStringLiteral("loyal")
                                                                 : QStringLiteral("old");
            ins.bindView(14, kind);
            ins.bindView(15, stage);
            ins.bindView(16, cityName);
            if (Status st = ins.execute(); !st)
                return st.error();
            ++summary.customers;
            if (!tick())
                return cancelled;
        }

        Statement ord(m_db,
                      "INSERT INTO orders (id, order_no, customer_id, owner_id, ordered_on, total_minor, currency, "
                      "status, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?)");
        if (!ord.isValid())
            return ord.lastError();
        int seqDay = -1;
        int seq = 0;
        QString isoDay, orderPrefix;
        const QString statusNames[] = {QStringLiteral("open"), QStringLiteral("delivered"), QStringLiteral("paid"),
                                       QStringLiteral("closed"), QStringLiteral("cancelled")};
        for (const PlannedOrder &po : orders) {
            if (po.day != seqDay) {
                seqDay = po.day;
                seq = 0;
                const QDate date = asOf.addDays(-po.day);
                isoDay = date.toString(Qt::ISODate);
                orderPrefix = QStringLiteral("SO") + date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-');
            }
            ++seq;
            const qint64 createdMs = todayMs - po.day * kDayMs + seq * 1000LL;
            // Older orders are mostly paid; recent ones still open or on their way.
            const int status = po.day > 90 ? (dice.chance(5)        ? 4
                                                  : dice.chance(12) ? 3
                                                                    : 2)
                : po.day > 30              ? (dice.chance(50) ? 2 : 1)
                                           : (dice.chance(60) ? 0 : 1);
            const QString &owner = customerOwners[static_cast<size_t>(po.customer)];
            // Every string bound here lives until execute(), so none is copied.
            const QString orderId = idAt(createdMs);
            const QString orderNo = orderPrefix + QString::number(100000 + seq).mid(1);
            ord.bindView(1, orderId);
            ord.bindView(2, orderNo);
            ord.bindView(3, customerIds[static_cast<size_t>(po.customer)]);
            if (owner.isEmpty())
                ord.bindNull(4);
            else
                ord.bindView(4, owner);
            ord.bindView(5, isoDay);
            ord.bind(6, po.totalMinor);
            ord.bindView(7, statusNames[status]);
            ord.bind(8, createdMs);
            ord.bind(9, createdMs);
            ord.bindView(10, adminId);
            if (Status st = ord.execute(); !st)
                return st.error();
            ++summary.orders;
            if (!tick())
                return cancelled;
        }

        std::vector<QString> salespeople;
        for (const SeedUser &u : sales)
            salespeople.push_back(u.id);
        RelationshipSeeder people{m_db, dice, idAt, adminId, salespeople, asOf, todayMs, o.interactions};
        Result<RelationshipCounts> relationships = people.run(seeded, tick);
        if (!relationships)
            return relationships.error().code == ErrorCode::Cancelled ? cancelled : relationships.error();
        summary.contacts = relationships->contacts;
        summary.interactions = relationships->interactions;
        summary.leads = relationships->leads;
        Result<int> products = seedShowroom(m_db, idAt, historyStartMs, adminId);
        if (!products)
            return products.error();
        summary.products = *products;
        Result<int> deals = seedPipeline(m_db, dice, idAt, seeded, todayMs);
        if (!deals)
            return deals.error();
        summary.opportunities = *deals;
        Result<AgendaCounts> agenda = seedAgenda(m_db, dice, idAt, salespeople, seeded, asOf, todayMs);
        if (!agenda)
            return agenda.error();
        summary.tasks = agenda->tasks;
        summary.careEvents = agenda->careEvents;

        if (Status s = indexes.rebuild(); !s)
            return s.error();
        if (Status s = rebuildDerivedIndexes(m_db); !s)
            return s.error();
        const QStringList hashes = hashing.get();
        for (qsizetype i = 0; i < needHash.size(); ++i) {
            if (hashes.at(i).isEmpty())
                return Error{ErrorCode::Storage, tr("Not enough memory to make the demo passwords."), {}};
            if (Status s = users.setPasswordHash(needHash.at(i), hashes.at(i), todayMs, adminId); !s)
                return s.error();
        }
        return Status{};
    });
    if (!dataSet)
        return dataSet.error();
    Result<DemoDealCounts> quoted = seedDeals(m_db, asOf, o.seed);
    if (!quoted)
        return quoted.error();
    summary.quotes = quoted->quotes;
    summary.salesOrders = quoted->orders;
    Result<int> cards = seedCardDetails(m_db, asOf, o.seed);
    if (!cards)
        return cards.error();
    summary.detailedCards = *cards;
    reportProgress(progress, total, total);
    summary.elapsedMs = timer.elapsed();
    return summary;
}

} // namespace guanxi
