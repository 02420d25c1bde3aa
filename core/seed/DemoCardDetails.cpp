// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seed/DemoCardDetails.h"

#include "core/customers/CustomerDetails.h"
#include "core/seed/DemoDice.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/users/UserService.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Rival {
    const char *company;
    const char *product;
};
constexpr Rival kRivals[] = {
    {"联想", "ThinkPad T14 商务笔记本"},  {"戴尔", "PowerEdge R750 服务器"},     {"惠普", "EliteBook 840 商务笔记本"},
    {"新华三", "UniServer R4900 服务器"}, {"华为", "FusionServer 2288H 服务器"}, {"浪潮", "NF5280M6 服务器"},
};
constexpr const char *kReps[] = {"刘强", "陈静", "赵磊", "孙丽", "周涛", "吴敏"};
constexpr const char *kRepTies[] = {"与采购部长是大学同学", "每月上门拜访一次", "刚接手，关系一般",
                                    "和 IT 经理私交很好"};
constexpr const char *kCompetitorNotes[] = {"报价比我们低 8% 左右，但交期长。",
                                            "去年中标过一次，售后响应慢，客户有抱怨。", "主推融资租赁方案。"};

struct ProjectIdea {
    const char *name;
    const char *problem;
    const char *plan;
    const char *timeline;
    qint64 budgetYuan;
    const char *process;
};
constexpr ProjectIdea kProjects[] = {
    {"办公电脑更新（第一批）", "现有电脑使用超过五年，故障多，影响办公效率。",
     "先换销售和研发部门约 120 台，其余明年。", "12 月底前定方案，明年 1 月采购", 960'000,
     "IT 部提需求，三家比价，总经理审批"},
    {"数据中心扩容一期", "业务系统上云前，本地机房存储和算力不足。", "新增 6 台服务器和一套存储，含三年维保。",
     "明年第一季度招标，第二季度上线", 2'400'000, "公开招标，技术分 60%，商务分 40%"},
    {"分支机构网络改造", "各地门店网络不稳定，收银系统经常掉线。", "30 家门店统一更换路由与无线设备。",
     "春节前完成一半门店", 450'000, "采购部询价，财务总监审批"},
};

constexpr RelationKind kRelationKinds[] = {RelationKind::Supplier, RelationKind::Distributor, RelationKind::Partner};

QByteArray visitNotes(const QString &customer, const QDate &on)
{
    return QStringLiteral("拜访纪要\n客户：%1\n日期：%2\n\n"
                          "1. 客户确认明年的采购预算已经批下来，希望我们先出一版配置方案。\n"
                          "2. IT 经理关心交期和上门安装，要求提供三年原厂质保。\n"
                          "3. 下一步：一周内发送方案和报价，约采购部长面谈。\n")
        .arg(customer, on.toString(Qt::ISODate))
        .toUtf8();
}

} // namespace

Result<int> seedCardDetails(Database &db, const QDate &asOf, quint32 seed, int perSalesperson)
{
    FixedClock clock(QDateTime(asOf, QTime(1, 30), Qt::UTC).toMSecsSinceEpoch());
    demo::Dice dice(seed ^ 0xca4du);
    Result<QList<User>> users = UserService(db, clock).users();
    if (!users)
        return users.error();
    QHash<QString, Session> sessions;
    for (const User &u : *users)
        sessions.insert(u.id, Session::fromUser(u));

    // Each salesperson's first companies that have at least two contacts (a decision maker and an
    // influencer for the project).
    struct Pick {
        QString id, ownerId, name;
        QStringList contacts;
    };
    QList<Pick> picks;
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral(
            "SELECT id, owner_id, name FROM ("
            "  SELECT c.id, c.owner_id, c.name, row_number() OVER (PARTITION BY c.owner_id ORDER BY c.id) AS n "
            "  FROM customers c WHERE c.deleted_at IS NULL AND c.owner_id IS NOT NULL AND c.kind <> 'consumer' "
            "    AND (SELECT count(*) FROM contacts p WHERE p.customer_id = c.id AND p.deleted_at IS NULL) >= 2) "
            "WHERE n <= ? ORDER BY owner_id, id"));
        q.addBindValue(perSalesperson);
        if (!q.exec())
            return toError(q);
        for (const ResultRow r(q); q.next();)
            picks.append({r.text("id"_L1), r.text("owner_id"_L1), r.text("name"_L1), {}});
        QSqlQuery c(db.sql());
        c.prepare(
            QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 2"));
        for (Pick &p : picks) {
            c.bindValue(0, p.id);
            if (!c.exec())
                return toError(c);
            while (c.next())
                p.contacts.append(c.value(0).toString());
        }
    }

    CustomerDetails details(db, clock);
    int filled = 0;
    for (qsizetype i = 0; i < picks.size(); ++i) {
        const Pick &p = picks.at(i);
        const Session owner = sessions.value(p.ownerId);
        if (owner.userId.isEmpty())
            continue;
        const int rivals = 1 + dice.below(2);
        for (int r = 0; r < rivals; ++r) {
            const Rival &rival = kRivals[dice.below(int(std::size(kRivals)))];
            Competitor c;
            c.competitor = QString::fromUtf8(rival.company);
            c.product = QString::fromUtf8(rival.product);
            c.satisfaction = 2 + dice.below(3);
            c.repName = QString::fromUtf8(kReps[dice.below(int(std::size(kReps)))]);
            c.repRelationship = QString::fromUtf8(kRepTies[dice.below(int(std::size(kRepTies)))]);
            c.notes = QString::fromUtf8(kCompetitorNotes[dice.below(int(std::size(kCompetitorNotes)))]);
            if (Result<QString> added = details.addCompetitor(owner, p.id, c); !added)
                return added.error();
        }
        const ProjectIdea &idea = kProjects[dice.below(int(std::size(kProjects)))];
        Project project;
        project.name = QString::fromUtf8(idea.name);
        project.problem = QString::fromUtf8(idea.problem);
        project.purchasePlan = QString::fromUtf8(idea.plan);
        project.timeline = QString::fromUtf8(idea.timeline);
        project.budgetMinor = idea.budgetYuan * 100;
        project.purchasingProcess = QString::fromUtf8(idea.process);
        project.people = {{p.contacts.value(0), {}, QStringLiteral("decision_maker")},
                          {p.contacts.value(1), {}, QStringLiteral("influencer")}};
        if (Result<QString> added = details.addProject(owner, p.id, project); !added)
            return added.error();
        // A link to the next picked customer of the same owner, who may see both.
        if (i + 1 < picks.size() && picks.at(i + 1).ownerId == p.ownerId) {
            const RelationKind kind = kRelationKinds[dice.below(int(std::size(kRelationKinds)))];
            if (Result<QString> added = details.addRelation(owner, p.id, picks.at(i + 1).id, kind,
                                                            QStringLiteral("年度框架协议，按季度结算。"));
                !added)
                return added.error();
        }
        const QDate visited = asOf.addDays(-3 - dice.below(20));
        if (Result<QString> added =
                details.addAttachment(owner, p.id, QStringLiteral("拜访纪要-%1.txt").arg(visited.toString(Qt::ISODate)),
                                      visitNotes(p.name, visited));
            !added)
            return added.error();
        ++filled;
    }
    return filled;
}

} // namespace guanxi
