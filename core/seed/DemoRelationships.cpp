// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seed/DemoRelationships.h"

#include "core/i18n/CollationKey.h"
#include "core/search/Pinyin.h"
#include "core/seed/DemoDice.h"
#include "core/storage/Statement.h"
#include "core/util/PhoneNumber.h"

#include <QDateTime>

#include <algorithm>
#include <array>

namespace guanxi {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct Role {
    const char16_t *title;
    const char *level;
    const char *function;
};

constexpr std::array<Role, 10> kRoles{{
    {u"总经理", "decision", ""},
    {u"副总经理", "decision", ""},
    {u"采购经理", "management", "purchasing"},
    {u"采购专员", "operation", "purchasing"},
    {u"技术总监", "management", "technical"},
    {u"工程师", "operation", "technical"},
    {u"财务经理", "management", "finance"},
    {u"会计", "operation", "finance"},
    {u"生产主管", "management", "user"},
    {u"设备管理员", "operation", "user"},
}};

constexpr std::array<const char16_t *, 8> kSubjects{u"电话回访",     u"产品演示", u"报价沟通",     u"需求调研",
                                                    u"合同细节确认", u"售后回访", u"年度采购计划", u"新品推介"};
constexpr std::array<const char16_t *, 6> kOutcomes{u"客户有兴趣，约下周再谈", u"需要内部讨论后答复",
                                                    u"已发送资料和报价单",     u"客户反馈价格偏高",
                                                    u"确认了采购时间表",       u"客户对服务满意"};
constexpr std::array<const char *, 5> kKinds{"call", "visit", "meeting", "wechat", "email"};
constexpr std::array<const char16_t *, 5> kPromises{u"寄送样品", u"报价保持到月底", u"安排工程师上门调试",
                                                    u"提供培训资料", u"下周给出交货期"};
constexpr std::array<const char16_t *, 6> kSources{u"展会",     u"官网咨询", u"老客户介绍",
                                                   u"电话营销", u"广告",     u"合作伙伴"};

} // namespace

Result<RelationshipCounts> RelationshipSeeder::run(const std::vector<SeededCustomer> &customers,
                                                   const std::function<bool()> &tick)
{
    RelationshipCounts n;
    Statement contact(db,
                      "INSERT INTO contacts (id, customer_id, name, name_key, title, level, function, birthday, "
                      "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement channel(db,
                      "INSERT INTO contact_channels (id, contact_id, kind, value, normalized, position, "
                      "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement position(db,
                       "INSERT INTO contact_positions (id, contact_id, customer_id, title, started_at, "
                       "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Statement interaction(db,
                          "INSERT INTO interactions (id, customer_id, contact_id, kind, occurred_at, subject, "
                          "outcome, follow_up_on, author_id, created_at, updated_at, updated_by) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement promise(db,
                      "INSERT INTO commitments (id, customer_id, description, due_on, author_id, created_at, "
                      "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Statement *s : {&contact, &channel, &position, &interaction, &promise})
        if (!s->isValid())
            return s->lastError();

    const qint64 createdMs = todayMs - 400 * kDayMs;
    // With a target for the timelines (a scale database), each contacted customer gets its share,
    // the fraction settled by the dice.
    double perCustomer = 0;
    if (touchPoints > 0) {
        const auto contacted = std::count_if(customers.begin(), customers.end(),
                                             [](const SeededCustomer &c) { return c.lastContactMs > 0; });
        perCustomer = contacted > 0 ? double(touchPoints) / double(contacted) : 0.0;
    }
    for (const SeededCustomer &c : customers) {
        // Contacts: one to five per company, the first one the main contact.
        QString firstContact;
        const int people = c.company ? 1 + dice.below(5) : 0;
        for (int p = 0; p < people; ++p) {
            const QString id = idAt(createdMs);
            if (p == 0)
                firstContact = id;
            const QString name = demo::personName(dice);
            const Role &role =
                kRoles[static_cast<size_t>(p == 0 ? dice.below(3) : dice.below(static_cast<int>(kRoles.size())))];
            const QString title = QString::fromUtf16(role.title);
            QString birthday;
            if (dice.chance(40))
                birthday = QDate(1965 + dice.below(31), 1 + dice.below(12), 1 + dice.below(28)).toString(Qt::ISODate);
            const QString level = QLatin1String(role.level), function = QLatin1String(role.function);
            const QByteArray key = CollationKey::ofPerson(name);
            contact.bindView(1, id);
            contact.bindView(2, c.id);
            contact.bindView(3, name);
            contact.bindView(4, key);
            contact.bindView(5, title);
            contact.bindView(6, level);
            contact.bindView(7, function);
            contact.bindView(8, birthday);
            contact.bind(9, createdMs);
            contact.bind(10, createdMs);
            contact.bindView(11, adminId);
            if (Status s = contact.execute(); !s)
                return s.error();

            QList<std::pair<QString, QString>> channels;
            const QString phone = demo::mobile(dice);
            channels.append({QStringLiteral("mobile"), phone});
            if (!c.mailDomain.isEmpty() && dice.chance(60))
                channels.append(
                    {QStringLiteral("email"), Pinyin::of(name).full.value(0) + QLatin1Char('@') + c.mailDomain});
            for (int k = 0; k < channels.size(); ++k) {
                const QString channelId = idAt(createdMs);
                const QString &kind = channels[k].first;
                const QString &value = channels[k].second;
                const QString normalized = kind == QLatin1String("mobile") ? PhoneNumber::toE164(value) : value;
                channel.bindView(1, channelId);
                channel.bindView(2, id);
                channel.bindView(3, kind);
                channel.bindView(4, value);
                channel.bindView(5, normalized);
                channel.bind(6, k);
                channel.bind(7, createdMs);
                channel.bind(8, createdMs);
                channel.bindView(9, adminId);
                if (Status s = channel.execute(); !s)
                    return s.error();
            }
            const QString positionId = idAt(createdMs);
            position.bindView(1, positionId);
            position.bindView(2, id);
            position.bindView(3, c.id);
            position.bindView(4, title);
            position.bind(5, createdMs);
            position.bind(6, createdMs);
            position.bind(7, createdMs);
            position.bindView(8, adminId);
            if (Status s = position.execute(); !s)
                return s.error();
            ++n.contacts;
        }

        // The timeline: the touch point behind the last contact, an earlier one for some, and a
        // follow-up planned for a quarter of the customers.
        const QString &author = c.ownerId.isEmpty() ? adminId : c.ownerId;
        int touches = c.lastContactMs > 0 ? 1 + (dice.chance(50) ? 1 : 0) : 0;
        if (perCustomer > 0 && c.lastContactMs > 0)
            touches =
                std::max(1, static_cast<int>(perCustomer) + (dice.unit() < perCustomer - int(perCustomer) ? 1 : 0));
        for (int t = 0; t < touches; ++t) {
            const qint64 at = t == 0 ? c.lastContactMs : c.lastContactMs - (7 + dice.below(t < 2 ? 120 : 700)) * kDayMs;
            QString followUp;
            if (t == 0 && dice.chance(25))
                followUp = asOf.addDays(dice.below(15) - 3).toString(Qt::ISODate); // a few already overdue
            const QString id = idAt(at);
            const QString kind = QLatin1String(dice.pick(std::span<const char *const>(kKinds)));
            const QString subject = QString::fromUtf16(dice.pick(std::span<const char16_t *const>(kSubjects)));
            const QString outcome = QString::fromUtf16(dice.pick(std::span<const char16_t *const>(kOutcomes)));
            interaction.bindView(1, id);
            interaction.bindView(2, c.id);
            if (firstContact.isEmpty())
                interaction.bindNull(3);
            else
                interaction.bindView(3, firstContact);
            interaction.bindView(4, kind);
            interaction.bind(5, at);
            interaction.bindView(6, subject);
            interaction.bindView(7, outcome);
            interaction.bindView(8, followUp);
            interaction.bindView(9, author);
            interaction.bind(10, at);
            interaction.bind(11, at);
            interaction.bindView(12, author);
            if (Status s = interaction.execute(); !s)
                return s.error();
            ++n.interactions;
        }
        if (!c.ownerId.isEmpty() && dice.chance(5)) {
            const QString id = idAt(todayMs);
            const QString text = QString::fromUtf16(dice.pick(std::span<const char16_t *const>(kPromises)));
            const QString due = asOf.addDays(dice.below(30) - 5).toString(Qt::ISODate);
            promise.bindView(1, id);
            promise.bindView(2, c.id);
            promise.bindView(3, text);
            promise.bindView(4, due);
            promise.bindView(5, c.ownerId);
            promise.bind(6, todayMs);
            promise.bind(7, todayMs);
            promise.bindView(8, c.ownerId);
            if (Status s = promise.execute(); !s)
                return s.error();
            ++n.commitments;
        }
        if (!tick())
            return Error{ErrorCode::Cancelled, {}, {}};
    }

    // Leads of the last two months, one for every twenty customers.
    Statement lead(db,
                   "INSERT INTO leads (id, person_name, company, title, phone, source, status, status_reason, "
                   "owner_id, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!lead.isValid())
        return lead.lastError();
    const int leads = static_cast<int>(customers.size() / 20);
    static const char *const statuses[] = {"new", "new", "working", "working", "qualified", "disqualified"};
    for (int i = 0; i < leads; ++i) {
        const qint64 at = todayMs - dice.below(60) * kDayMs - dice.below(8 * 3600) * 1000LL;
        const QString id = idAt(at);
        const QString person = demo::personName(dice);
        QString company;
        if (dice.chance(70)) {
            const demo::Word &a = dice.pick(demo::tradeNameFirst());
            const demo::Word &b = dice.pick(demo::tradeNameSecond());
            const auto lines = demo::businessLines();
            company = QString::fromUtf16(a.text) + QString::fromUtf16(b.text)
                + QString::fromUtf16(lines[static_cast<size_t>(dice.below(static_cast<int>(lines.size())))].text)
                + QStringLiteral("有限公司");
        }
        const QString title =
            company.isEmpty() ? QString() : QString::fromUtf16(dice.pick(std::span<const Role>(kRoles)).title);
        const QString phone = demo::mobile(dice);
        const QString source = QString::fromUtf16(dice.pick(std::span<const char16_t *const>(kSources)));
        const QString status = QLatin1String(statuses[dice.below(static_cast<int>(std::size(statuses)))]);
        const QString reason = status == QLatin1String("disqualified") ? QStringLiteral("暂无预算") : QString();
        lead.bindView(1, id);
        lead.bindView(2, person);
        lead.bindView(3, company);
        lead.bindView(4, title);
        lead.bindView(5, phone);
        lead.bindView(6, source);
        lead.bindView(7, status);
        lead.bindView(8, reason);
        if (salespeople.empty() || dice.chance(20))
            lead.bindNull(9);
        else
            lead.bindView(9, salespeople[static_cast<size_t>(dice.below(static_cast<int>(salespeople.size())))]);
        lead.bind(10, at);
        lead.bind(11, at);
        lead.bindView(12, adminId);
        if (Status s = lead.execute(); !s)
            return s.error();
        ++n.leads;
    }
    return n;
}

} // namespace guanxi
