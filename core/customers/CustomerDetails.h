// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/users/User.h"
#include "core/util/CodeTable.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>

namespace guanxi {

class Clock;
class Database;

// The customer card's other tabs: competitors at the customer, its projects, its links to other
// customers, and the files kept with it.
struct Competitor {
    QString id;
    QString competitor;
    QString product;
    int satisfaction = 0;    // the customer's satisfaction with it, 1–5; 0 unknown
    QString repName;         // the competitor's sales rep
    QString repRelationship; // and how close they are to the customer
    QString notes;
    qint64 rowVersion = 0;
};

struct ProjectPerson {
    QString contactId;
    QString contactName;
    QString role; // "decision_maker" or "influencer"
};

struct Project {
    QString id;
    QString name;
    QString problem;
    QString purchasePlan;
    QString timeline;
    qint64 budgetMinor = 0; // fen
    QString currency = QStringLiteral("CNY");
    QString purchasingProcess;
    QList<ProjectPerson> people;
    qint64 rowVersion = 0;
};

enum class RelationKind {
    Supplier,
    Distributor,
    EndUser,
    Partner
};
// Stored codes and translated names: codeOf, displayName, fromCode, allValuesOf.
CodeTableRef<RelationKind> codesOf(RelationKind);
// How the link reads from one side: "supplier of X" on the supplier's card, "supplied by X" on the other.
QString relationLabel(RelationKind kind, bool outgoing);

struct Relation {
    QString id;
    QString otherId;
    QString otherName;
    RelationKind kind = RelationKind::Partner;
    bool outgoing = true; // this customer is the `from` side (the supplier, the distributor)
    QString notes;
};

struct Attachment {
    QString id;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;
    qint64 createdAt = 0;
};

class CustomerDetails {
    Q_DECLARE_TR_FUNCTIONS(CustomerDetails)
public:
    static constexpr qint64 kMaxAttachmentBytes = 20LL * 1024 * 1024;

    CustomerDetails(Database &db, const Clock &clock);

    Result<QList<Competitor>> competitors(const Session &actor, const QString &customerId);
    Result<QString> addCompetitor(const Session &actor, const QString &customerId, Competitor c);
    // Changes an entry in place, if it is still at c.rowVersion.
    Status updateCompetitor(const Session &actor, const QString &customerId, Competitor c);

    Result<QList<Project>> projects(const Session &actor, const QString &customerId);
    Result<QString> addProject(const Session &actor, const QString &customerId, Project p);
    Status updateProject(const Session &actor, const QString &customerId, Project p);

    Result<QList<Relation>> relations(const Session &actor, const QString &customerId);
    Result<QString> addRelation(const Session &actor, const QString &fromId, const QString &toId, RelationKind kind,
                                const QString &notes);

    Result<QList<Attachment>> attachments(const Session &actor, const QString &customerId);
    Result<QString> addAttachment(const Session &actor, const QString &customerId, const QString &fileName,
                                  const QByteArray &content);
    Result<QByteArray> attachmentContent(const Session &actor, const QString &customerId, const QString &attachmentId);

    // The four tabs of details a customer card has.
    enum class Kind {
        Competitors,
        Projects,
        Relations,
        Attachments
    };
    // Removes one entry of any of the four tabs (a tombstone, like every synced row).
    Status remove(const Session &actor, const QString &customerId, Kind kind, const QString &id);

private:
    // Changes one entry of the customer's tab in place with `write` (a versioned update, false
    // when the row version moved on), and `more` (writing related rows) in the same transaction.
    Status updateEntry(const Session &actor, const QString &customerId, const QString &table, const QString &id,
                       const std::function<Result<bool>(qint64 now)> &write, const std::function<Status()> &more = {});
    Status validate(Competitor *c);
    Status validate(Project *p);
    Status savePeople(const QString &customerId, const Project &p);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace guanxi
