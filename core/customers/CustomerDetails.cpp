// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerDetails.h"

#include "core/customers/CustomerAccess.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"
#include "core/storage/WriteTransaction.h"
#include "core/util/Clock.h"
#include "core/util/CodeTable.h"
#include "core/util/Uuid7.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

constexpr CodeTable<RelationKind, 4> kKinds{
    {{
        {RelationKind::Supplier, "supplier", QT_TRANSLATE_NOOP("CustomerDetails", "Supplier"), "供应商"},
        {RelationKind::Distributor, "distributor", QT_TRANSLATE_NOOP("CustomerDetails", "Distributor"),
         "经销商|分销商"},
        {RelationKind::EndUser, "end_user", QT_TRANSLATE_NOOP("CustomerDetails", "End user"), "最终用户"},
        {RelationKind::Partner, "partner", QT_TRANSLATE_NOOP("CustomerDetails", "Partner"), "合作伙伴"},
    }},
    "CustomerDetails"};

// The tables of CustomerDetails::Kind, in its order.
const QStringList kTables = {QStringLiteral("competitors"), QStringLiteral("projects"),
                             QStringLiteral("customer_relations"), QStringLiteral("attachments")};

Status exec(QSqlQuery &q)
{
    if (!q.exec())
        return toError(q);
    return {};
}

Error required(const QString &what)
{
    return {ErrorCode::Invalid, CustomerDetails::tr("Enter the %1.").arg(what), {}};
}

} // namespace

QString codeOf(RelationKind v)
{
    return kKinds.code(v);
}
bool fromCode(const QString &code, RelationKind *out)
{
    return kKinds.parse(code, out);
}
QList<RelationKind> allRelationKinds()
{
    return kKinds.values();
}

QString relationLabel(RelationKind kind, bool outgoing)
{
    switch (kind) {
    case RelationKind::Supplier:
        return outgoing ? CustomerDetails::tr("supplier of") : CustomerDetails::tr("supplied by");
    case RelationKind::Distributor:
        return outgoing ? CustomerDetails::tr("distributor of") : CustomerDetails::tr("distributed by");
    case RelationKind::EndUser:
        return outgoing ? CustomerDetails::tr("end user of") : CustomerDetails::tr("has as end user");
    case RelationKind::Partner:
        break;
    }
    return CustomerDetails::tr("partner of");
}

CustomerDetails::CustomerDetails(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<Competitor>> CustomerDetails::competitors(const Session &actor, const QString &customerId)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT id, competitor, product, satisfaction, rep_name, rep_relationship, notes, row_version "
                       "FROM competitors WHERE customer_id = ? AND deleted_at IS NULL ORDER BY created_at"));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Competitor> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong()});
    return out;
}

Status CustomerDetails::validate(Competitor *c)
{
    c->competitor = c->competitor.simplified();
    if (c->competitor.isEmpty())
        return required(tr("competitor's name"));
    if (c->satisfaction < 0 || c->satisfaction > 5)
        return Error{
            ErrorCode::Invalid, tr("Satisfaction is from 1 (poor) to 5 (very good), or 0 when not known."), {}};
    return {};
}

Status CustomerDetails::validate(Project *p)
{
    p->name = p->name.simplified();
    if (p->name.isEmpty())
        return required(tr("project's name"));
    if (p->budgetMinor < 0)
        return Error{ErrorCode::Invalid, tr("The budget cannot be negative."), {}};
    for (const ProjectPerson &pp : std::as_const(p->people))
        if (pp.role != QLatin1String("decision_maker") && pp.role != QLatin1String("influencer"))
            return Error{ErrorCode::Invalid, tr("A project's people are decision makers or influencers."), {}};
    return {};
}

Status CustomerDetails::updateEntry(const Session &actor, const QString &customerId, const QString &table,
                                    const QString &id, qint64 rowVersion, const QStringList &columns,
                                    const QVariantList &values, const std::function<Status()> &more)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Result<Customer> cu = CustomerAccess::writable(m_db, actor, customerId); !cu)
        return cu.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND customer_id = ? AND deleted_at IS NULL").arg(table));
    q.addBindValue(id);
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("The entry no longer exists."), {}};
    q.finish();
    Result<bool> done = updateVersioned(m_db, table, columns, values, id, rowVersion, m_clock.nowMs(), actor.userId);
    if (!done)
        return done.error();
    if (!*done)
        return Error{ErrorCode::Conflict, tr("Someone changed this entry in the meantime. Reload and try again."), {}};
    if (more) {
        if (Status s = more(); !s)
            return s;
    }
    return tx.commit();
}

Status CustomerDetails::savePeople(const QString &customerId, const Project &p)
{
    QSqlQuery clear(m_db.sql());
    clear.prepare(QStringLiteral("DELETE FROM project_contacts WHERE project_id = ?"));
    clear.addBindValue(p.id);
    if (Status s = exec(clear); !s)
        return s;
    QSqlQuery person(m_db.sql());
    person.prepare(
        QStringLiteral("INSERT INTO project_contacts (project_id, contact_id, role) "
                       "SELECT ?, id, ? FROM contacts WHERE id = ? AND customer_id = ? AND deleted_at IS NULL"));
    for (const ProjectPerson &pp : p.people) {
        for (const QVariant &v : {QVariant(p.id), QVariant(pp.role), QVariant(pp.contactId), QVariant(customerId)})
            person.addBindValue(v);
        if (Status s = exec(person); !s)
            return s;
        if (person.numRowsAffected() != 1)
            return Error{
                ErrorCode::Invalid, tr("A decision maker or influencer must be a contact of this customer."), {}};
    }
    return {};
}

Status CustomerDetails::updateCompetitor(const Session &actor, const QString &customerId, Competitor c)
{
    if (Status s = validate(&c); !s)
        return s;
    return updateEntry(actor, customerId, QStringLiteral("competitors"), c.id, c.rowVersion,
                       {QStringLiteral("competitor"), QStringLiteral("product"), QStringLiteral("satisfaction"),
                        QStringLiteral("rep_name"), QStringLiteral("rep_relationship"), QStringLiteral("notes")},
                       {c.competitor, sql::text(c.product), c.satisfaction, sql::text(c.repName),
                        sql::text(c.repRelationship), sql::text(c.notes)});
}

Status CustomerDetails::updateProject(const Session &actor, const QString &customerId, Project p)
{
    if (Status s = validate(&p); !s)
        return s;
    return updateEntry(actor, customerId, QStringLiteral("projects"), p.id, p.rowVersion,
                       {QStringLiteral("name"), QStringLiteral("problem"), QStringLiteral("purchase_plan"),
                        QStringLiteral("timeline"), QStringLiteral("budget_minor"), QStringLiteral("currency"),
                        QStringLiteral("purchasing_process")},
                       {p.name, sql::text(p.problem), sql::text(p.purchasePlan), sql::text(p.timeline), p.budgetMinor,
                        p.currency, sql::text(p.purchasingProcess)},
                       [this, &customerId, &p] { return savePeople(customerId, p); });
}

Result<QString> CustomerDetails::addCompetitor(const Session &actor, const QString &customerId, Competitor c)
{
    if (Status s = validate(&c); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Result<Customer> cu = CustomerAccess::writable(m_db, actor, customerId); !cu)
        return cu.error();
    const qint64 now = m_clock.nowMs();
    c.id = newUuid7(now);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO competitors (id, customer_id, competitor, product, satisfaction, rep_name, "
        "rep_relationship, notes, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(c.id), QVariant(customerId), QVariant(c.competitor), sql::text(c.product),
                              QVariant(c.satisfaction), sql::text(c.repName), sql::text(c.repRelationship),
                              sql::text(c.notes), QVariant(now), QVariant(now), QVariant(actor.userId)})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c.id;
}

Result<QList<Project>> CustomerDetails::projects(const Session &actor, const QString &customerId)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT id, name, problem, purchase_plan, timeline, budget_minor, currency, purchasing_process, "
                       "row_version FROM projects WHERE customer_id = ? AND deleted_at IS NULL ORDER BY created_at"));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Project> out;
    while (q.next()) {
        Project p;
        p.id = q.value(0).toString();
        p.name = q.value(1).toString();
        p.problem = q.value(2).toString();
        p.purchasePlan = q.value(3).toString();
        p.timeline = q.value(4).toString();
        p.budgetMinor = q.value(5).toLongLong();
        p.currency = q.value(6).toString();
        p.purchasingProcess = q.value(7).toString();
        p.rowVersion = q.value(8).toLongLong();
        out.append(p);
    }
    QSqlQuery people(m_db.sql());
    people.prepare(QStringLiteral(
        "SELECT pc.contact_id, ct.name, pc.role FROM project_contacts pc "
        "JOIN contacts ct ON ct.id = pc.contact_id WHERE pc.project_id = ? ORDER BY pc.role, ct.name_key"));
    for (Project &p : out) {
        people.bindValue(0, p.id);
        if (!people.exec())
            return toError(people);
        while (people.next())
            p.people.append({people.value(0).toString(), people.value(1).toString(), people.value(2).toString()});
    }
    return out;
}

Result<QString> CustomerDetails::addProject(const Session &actor, const QString &customerId, Project p)
{
    if (Status s = validate(&p); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Result<Customer> cu = CustomerAccess::writable(m_db, actor, customerId); !cu)
        return cu.error();
    const qint64 now = m_clock.nowMs();
    p.id = newUuid7(now);
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO projects (id, customer_id, name, problem, purchase_plan, timeline, budget_minor, "
                       "currency, purchasing_process, created_at, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(p.id), QVariant(customerId), QVariant(p.name), sql::text(p.problem), sql::text(p.purchasePlan),
          sql::text(p.timeline), QVariant(p.budgetMinor), QVariant(p.currency), sql::text(p.purchasingProcess),
          QVariant(now), QVariant(now), QVariant(actor.userId)})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (Status s = savePeople(customerId, p); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return p.id;
}

Result<QList<Relation>> CustomerDetails::relations(const Session &actor, const QString &customerId)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT r.id, CASE WHEN r.from_id = ? THEN r.to_id ELSE r.from_id END, c.name, r.kind, r.from_id = ?, r.notes "
        "FROM customer_relations r JOIN customers c ON c.id = (CASE WHEN r.from_id = ? THEN r.to_id ELSE r.from_id END) "
        "WHERE (r.from_id = ? OR r.to_id = ?) AND r.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY r.created_at"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Relation> out;
    while (q.next()) {
        Relation r;
        r.id = q.value(0).toString();
        r.otherId = q.value(1).toString();
        r.otherName = q.value(2).toString();
        fromCode(q.value(3).toString(), &r.kind);
        r.outgoing = q.value(4).toBool();
        r.notes = q.value(5).toString();
        out.append(r);
    }
    return out;
}

Result<QString> CustomerDetails::addRelation(const Session &actor, const QString &fromId, const QString &toId,
                                             RelationKind kind, const QString &notes)
{
    if (fromId == toId)
        return Error{ErrorCode::Invalid, tr("A customer cannot be linked to itself."), {}};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Result<Customer> a = CustomerAccess::writable(m_db, actor, fromId); !a)
        return a.error();
    if (Result<Customer> b = CustomerAccess::readable(m_db, actor, toId); !b)
        return b.error();
    const qint64 now = m_clock.nowMs();
    const QString id = newUuid7(now);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO customer_relations (id, from_id, to_id, kind, notes, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(id), QVariant(fromId), QVariant(toId), QVariant(codeOf(kind)),
                              sql::text(notes.trimmed()), QVariant(now), QVariant(now), QVariant(actor.userId)})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Attachment>> CustomerDetails::attachments(const Session &actor, const QString &customerId)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, file_name, mime_type, size_bytes, sha256, created_at FROM attachments "
                             "WHERE customer_id = ? AND deleted_at IS NULL ORDER BY created_at DESC"));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Attachment> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toString(), q.value(5).toLongLong()});
    return out;
}

Result<QString> CustomerDetails::addAttachment(const Session &actor, const QString &customerId, const QString &fileName,
                                               const QByteArray &content)
{
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty())
        return required(tr("file name"));
    if (content.size() > kMaxAttachmentBytes)
        return Error{ErrorCode::Invalid,
                     tr("%1 is larger than 20 MB; keep large files elsewhere and note where on the card.").arg(name),
                     {}};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Result<Customer> cu = CustomerAccess::writable(m_db, actor, customerId); !cu)
        return cu.error();
    const qint64 now = m_clock.nowMs();
    const QString id = newUuid7(now);
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO attachments (id, customer_id, file_name, mime_type, size_bytes, sha256, content, "
                       "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(id), QVariant(customerId), QVariant(name),
          QVariant(QMimeDatabase().mimeTypeForFileNameAndData(name, content).name()),
          QVariant(static_cast<qint64>(content.size())),
          QVariant(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())),
          QVariant(content), QVariant(now), QVariant(now), QVariant(actor.userId)})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QByteArray> CustomerDetails::attachmentContent(const Session &actor, const QString &customerId,
                                                      const QString &attachmentId)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT content FROM attachments WHERE id = ? AND customer_id = ? AND deleted_at IS NULL"));
    q.addBindValue(attachmentId);
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("The file is no longer attached."), {}};
    return q.value(0).toByteArray();
}

Status CustomerDetails::remove(const Session &actor, const QString &customerId, Kind kind, const QString &id)
{
    const QString table = kTables.value(static_cast<int>(kind));
    if (table.isEmpty())
        return Error{ErrorCode::Invalid, QStringLiteral("unknown kind of detail"), QString::number(int(kind))};
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Result<Customer> cu = CustomerAccess::writable(m_db, actor, customerId); !cu)
        return cu.error();
    const qint64 now = m_clock.nowMs();
    // Relations belong to either side; the rest to the customer.
    const bool relation = table == QLatin1String("customer_relations");
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND %2")
            .arg(table, relation ? QStringLiteral("(from_id = ? OR to_id = ?)") : QStringLiteral("customer_id = ?")));
    for (const QVariant &v : {QVariant(now), QVariant(now), QVariant(actor.userId), QVariant(id), QVariant(customerId)})
        q.addBindValue(v);
    if (relation)
        q.addBindValue(customerId);
    if (Status s = exec(q); !s)
        return s;
    return tx.commit();
}

} // namespace guanxi
