// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seed/DemoPipeline.h"

#include "core/storage/Statement.h"

#include <QDateTime>

namespace guanxi {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kMaxDeals = 50'000;

struct StageStep {
    const char *id;
    int probability;
};
// The default stages (migration 5) in order; won and lost after them.
constexpr StageStep kOpen[] = {{"initial", 10}, {"needs", 25}, {"proposal", 50}, {"negotiation", 75}};

const char16_t *const kDealNames[] = {u"机房改造",     u"办公电脑更新", u"网络升级",   u"视频会议系统",
                                      u"门店收银设备", u"打印服务外包", u"服务器扩容", u"年度维保合同",
                                      u"安防监控",     u"云桌面试点"};
const char16_t *const kSources[] = {u"老客户复购", u"展会", u"官网咨询", u"电话营销", u"朋友介绍"};
const char16_t *const kCompetitors[] = {u"", u"联想", u"华为", u"戴尔", u"惠普", u"新华三"};

QString dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

Result<int> seedPipeline(Database &db, demo::Dice &dice, const std::function<QString(qint64)> &idAt,
                         const std::vector<SeededCustomer> &customers, qint64 todayMs)
{
    Statement deal(
        db,
        "INSERT INTO opportunities (id, customer_id, name, amount_minor, currency, stage, probability_pct, "
        "expected_close_on, closed_on, source, competitors, owner_id, stage_entered_at, created_at, "
        "updated_at, updated_by, reached_stage) VALUES (?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement visit(db,
                    "INSERT INTO opportunity_stage_history (id, opportunity_id, stage_id, entered_at, entered_by, "
                    "amount_minor, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!deal.isValid())
        return deal.lastError();
    if (!visit.isValid())
        return visit.lastError();
    int made = 0;
    for (size_t i = 0; i < customers.size() && made < kMaxDeals; ++i) {
        const SeededCustomer &c = customers[i];
        if (c.ownerId.isEmpty() || !dice.chance(55))
            continue;
        // Where the deal stands: 45 % open (fewer the further along), 35 % won, 20 % lost.
        const int roll = dice.below(100);
        const bool won = roll >= 45 && roll < 80;
        const bool lost = roll >= 80;
        const int furthest = won ? 3 : lost ? dice.below(4) : (roll < 18 ? 0 : roll < 31 ? 1 : roll < 40 ? 2 : 3);
        const qint64 amount = (5'000 + 1'000LL * dice.below(495)) * 100; // 5,000 to 500,000 yuan
        const qint64 createdMs = todayMs - (30 + dice.below(400)) * kDayMs;
        const QString id = idAt(createdMs);
        // The visits: the open stages up to the furthest, spaced a few days to weeks apart, then
        // won or lost (never later than today).
        std::vector<std::pair<QString, qint64>> steps;
        qint64 at = createdMs;
        for (int s = 0; s <= furthest; ++s) {
            steps.emplace_back(QLatin1String(kOpen[s].id), at);
            at = std::min(todayMs - kDayMs, at + (3 + dice.below(25)) * kDayMs);
        }
        if (won || lost)
            steps.emplace_back(won ? QStringLiteral("won") : QStringLiteral("lost"), at);
        const QString stage = steps.back().first;
        const int probability = won ? 100 : lost ? 0 : kOpen[furthest].probability;
        const QString expected = dayOf(won || lost ? at : todayMs + (dice.below(210) - 30) * kDayMs);
        const QString closed = won || lost ? dayOf(at) : QString();

        deal.bindView(1, id);
        deal.bindView(2, c.id);
        deal.bindView(3, QString::fromUtf16(kDealNames[dice.below(std::size(kDealNames))]));
        deal.bind(4, amount);
        deal.bindView(5, stage);
        deal.bind(6, probability);
        deal.bindView(7, expected);
        deal.bindView(8, closed);
        deal.bindView(9, QString::fromUtf16(kSources[dice.below(std::size(kSources))]));
        deal.bindView(10, QString::fromUtf16(kCompetitors[dice.below(std::size(kCompetitors))]));
        deal.bindView(11, c.ownerId);
        deal.bind(12, steps.back().second);
        deal.bind(13, createdMs);
        deal.bind(14, steps.back().second);
        deal.bindView(15, c.ownerId);
        deal.bindView(16, QLatin1String(kOpen[furthest].id));
        if (Status s = deal.execute(); !s)
            return s.error();
        for (const auto &[stageId, enteredAt] : steps) {
            visit.bindView(1, idAt(enteredAt));
            visit.bindView(2, id);
            visit.bindView(3, stageId);
            visit.bind(4, enteredAt);
            visit.bindView(5, c.ownerId);
            visit.bind(6, amount);
            visit.bind(7, enteredAt);
            visit.bind(8, enteredAt);
            visit.bindView(9, c.ownerId);
            if (Status s = visit.execute(); !s)
                return s.error();
        }
        ++made;
    }
    return made;
}

} // namespace guanxi
