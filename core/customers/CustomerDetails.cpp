// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerDetails.h"

#include "core/customers/CustomerAccess.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TableDescription.h"
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

// An entry of a customer's tab as stored: the entry, whose it is, and its stamps.
template <typename Entry> struct CustomerEntry {
    Entry entry;
    QString customerId;
    Stamps stamps;
};

// The columns every entry of a customer's tab has besides its own.
template <typename Entry> std::vector<Column<CustomerEntry<Entry>>> entryColumns()
{
    using namespace columns;
    using R = CustomerEntry<Entry>;
    return {referenceAt<R>(QStringLiteral("id"), memberOf(&R::entry, &Entry::id), ColumnRole::Key),
            own(QStringLiteral("customer_id"), ColumnRole::Fixed, &R::customerId)};
}
using CompetitorRow = CustomerEntry<Competitor>;
const TableDescription<CompetitorRow> &competitorTable()
{
    using namespace columns;
    using R = CompetitorRow;
    using C = Competitor;
    static const TableDescription<CompetitorRow> t(
        QStringLiteral("competitors"),
        with(entryColumns<Competitor>(),
             {text(QStringLiteral("competitor"), &R::entry, &C::competitor),
              text(QStringLiteral("product"), &R::entry, &C::product),
              value(QStringLiteral("satisfaction"), &R::entry, &C::satisfaction),
              text(QStringLiteral("rep_name"), &R::entry, &C::repName),
              text(QStringLiteral("rep_relationship"), &R::entry, &C::repRelationship),
              text(QStringLiteral("notes"), &R::entry, &C::notes),
              readOnly(ColumnRole::Stamp, value(QStringLiteral("row_version"), &R::entry, &C::rowVersion))}),
        &R::stamps);
    return t;
}

using ProjectRow = CustomerEntry<Project>;
const TableDescription<ProjectRow> &projectTable()
{
    using namespace columns;
    using R = ProjectRow;
    using P = Project;
    static const TableDescription<ProjectRow> t(
        QStringLiteral("projects"),
        with(entryColumns<Project>(),
             {text(QStringLiteral("name"), &R::entry, &P::name),
              text(QStringLiteral("problem"), &R::entry, &P::problem),
              text(QStringLiteral("purchase_plan"), &R::entry, &P::purchasePlan),
              text(QStringLiteral("timeline"), &R::entry, &P::timeline),
              value(QStringLiteral("budget_minor"), &R::entry, &P::budgetMinor),
              text(QStringLiteral("currency"), &R::entry, &P::currency),
              text(QStringLiteral("purchasing_process"), &R::entry, &P::purchasingProcess),
              readOnly(ColumnRole::Stamp, value(QStringLiteral("row_version"), &R::entry, &P::rowVersion))}),
        &R::stamps);
    return t;
}

// A contact's part in a project: a link row, written anew with the project.
const TableDescription<ProjectPerson> &projectPersonTable()
{
    using namespace columns;
    using P = ProjectPerson;
    static const TableDescription<ProjectPerson> t(
        QStringLiteral("project_contacts"),
        {fixed(textAt<P>(QStringLiteral("contact_id"), memberOf(&P::contactId))),
         joined(QStringLiteral("ct.name"), &P::contactName), textAt<P>(QStringLiteral("role"), memberOf(&P::role))});
    return t;
}

// A link between two customers, stored from one side (the supplier, the distributor) to the
// other; each side reads it as its own.
struct RelationRow {
    QString id;
    QString fromId;
    QString toId;
    RelationKind kind = RelationKind::Partner;
    QString notes;
    QString otherName;
    Stamps stamps;
};

const TableDescription<RelationRow> &relationTable()
{
    using namespace columns;
    using R = RelationRow;
    static const TableDescription<RelationRow> t(QStringLiteral("customer_relations"),
                                                 {own(QStringLiteral("id"), ColumnRole::Key, &R::id),
                                                  own(QStringLiteral("from_id"), ColumnRole::Fixed, &R::fromId),
                                                  own(QStringLiteral("to_id"), ColumnRole::Fixed, &R::toId),
                                                  codeAt<R>(QStringLiteral("kind"), memberOf(&R::kind)),
                                                  textAt<R>(QStringLiteral("notes"), memberOf(&R::notes)),
                                                  joined(QStringLiteral("c.name"), &R::otherName)},
                                                 &R::stamps);
    return t;
}

// A file on the card. Its content is written with it and read only when the file is opened,
// never in the list.
struct AttachmentRow {
    Attachment attachment;
    QString customerId;
    QByteArray content;
    qint64 updatedAt = 0;
};

const TableDescription<AttachmentRow> &attachmentTable()
{
    using namespace columns;
    using R = AttachmentRow;
    using A = Attachment;
    static const TableDescription<AttachmentRow> t(
        QStringLiteral("attachments"),
        {referenceAt<R>(QStringLiteral("id"), memberOf(&R::attachment, &A::id), ColumnRole::Key),
         own(QStringLiteral("customer_id"), ColumnRole::Fixed, &R::customerId),
         fixed(text(QStringLiteral("file_name"), &R::attachment, &A::fileName)),
         fixed(text(QStringLiteral("mime_type"), &R::attachment, &A::mimeType)),
         fixed(value(QStringLiteral("size_bytes"), &R::attachment, &A::sizeBytes)),
         fixed(text(QStringLiteral("sha256"), &R::attachment, &A::sha256)),
         writeOnly(fixed(bytesAt<R>(QStringLiteral("content"), memberOf(&R::content)))),
         as(ColumnRole::Stamp, value(QStringLiteral("created_at"), &R::attachment, &A::createdAt)),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &R::updatedAt)});
    return t;
}

Error required(const QString &what)
{
    return {ErrorCode::Invalid, CustomerDetails::tr("Enter the %1.").arg(what), {}};
}

} // namespace

CodeTableRef<RelationKind> codesOf(RelationKind)
{
    return kKinds;
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
        QStringLiteral("SELECT %1 FROM competitors WHERE customer_id = ? AND deleted_at IS NULL ORDER BY created_at")
            .arg(competitorTable().selectList()));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Competitor> out;
    while (q.next())
        out.append(competitorTable().read(q).entry);
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
                                    const QString &id, const std::function<Result<bool>(qint64 now)> &write,
                                    const std::function<Status()> &more)
{
    return inWriteTransaction(m_db, [&]() -> Status {
        if (Result<Customer> cu = CustomerAccess::writable(m_db, actor, customerId); !cu)
            return cu.error();
        QSqlQuery q(m_db.sql());
        q.prepare(
            QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND customer_id = ? AND deleted_at IS NULL").arg(table));
        q.addBindValue(id);
        q.addBindValue(customerId);
        if (!q.exec())
            return toError(q);
        if (!q.next())
            return Error{ErrorCode::NotFound, tr("The entry no longer exists."), {}};
        q.finish();
        Result<bool> done = write(m_clock.nowMs());
        if (!done)
            return done.error();
        if (!*done)
            return Error{
                ErrorCode::Conflict, tr("Someone changed this entry in the meantime. Reload and try again."), {}};
        if (more) {
            if (Status s = more(); !s)
                return s;
        }
        return Status{};
    });
}

Status CustomerDetails::savePeople(const QString &customerId, const Project &p)
{
    QSqlQuery clear(m_db.sql());
    clear.prepare(QStringLiteral("DELETE FROM project_contacts WHERE project_id = ?"));
    clear.addBindValue(p.id);
    if (Status s = exec(clear); !s)
        return s;
    for (const ProjectPerson &pp : p.people) {
        if (Status at = CustomerAccess::contactAt(m_db, pp.contactId, customerId, QStringLiteral("people")); !at) {
            if (at.error().code != ErrorCode::Invalid)
                return at;
            return Error{
                ErrorCode::Invalid, tr("A decision maker or influencer must be a contact of this customer."), {}};
        }
        QSqlQuery person(m_db.sql());
        person.prepare(QStringLiteral("INSERT INTO project_contacts (project_id, contact_id, role) VALUES (?, ?, ?)"));
        for (const QVariant &v : {QVariant(p.id), QVariant(pp.contactId), QVariant(pp.role)})
            person.addBindValue(v);
        if (Status s = exec(person); !s)
            return s;
    }
    return {};
}

Status CustomerDetails::updateCompetitor(const Session &actor, const QString &customerId, Competitor c)
{
    if (Status s = validate(&c); !s)
        return s;
    return updateEntry(actor, customerId, competitorTable().table(), c.id, [&](qint64 now) {
        return competitorTable().update(m_db, c.id, {c, customerId, {}}, c.rowVersion, now, actor.userId);
    });
}

Status CustomerDetails::updateProject(const Session &actor, const QString &customerId, Project p)
{
    if (Status s = validate(&p); !s)
        return s;
    return updateEntry(
        actor, customerId, projectTable().table(), p.id,
        [&](qint64 now) {
            return projectTable().update(m_db, p.id, {p, customerId, {}}, p.rowVersion, now, actor.userId);
        },
        [this, &customerId, &p] { return savePeople(customerId, p); });
}

Result<QString> CustomerDetails::addCompetitor(const Session &actor, const QString &customerId, Competitor c)
{
    if (Status s = validate(&c); !s)
        return s.error();
    return inWriteTransaction(m_db, [&]() -> Result<QString> {
        if (Result<Customer> cu = CustomerAccess::writable(m_db, actor, customerId); !cu)
            return cu.error();
        const qint64 now = m_clock.nowMs();
        c.id = newUuid7(now);
        if (Status s = competitorTable().insert(m_db, {c, customerId, Stamps::at(now)}, actor.userId); !s)
            return s.error();
        return c.id;
    });
}

Result<QList<Project>> CustomerDetails::projects(const Session &actor, const QString &customerId)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM projects WHERE customer_id = ? AND deleted_at IS NULL ORDER BY created_at")
                  .arg(projectTable().selectList()));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Project> out;
    while (q.next())
        out.append(projectTable().read(q).entry);
    QSqlQuery people(m_db.sql());
    people.prepare(QStringLiteral("SELECT %1 FROM project_contacts pc JOIN contacts ct ON ct.id = pc.contact_id "
                                  "WHERE pc.project_id = ? ORDER BY pc.role, ct.name_key")
                       .arg(projectPersonTable().selectList(QStringLiteral("pc"))));
    for (Project &p : out) {
        people.bindValue(0, p.id);
        if (!people.exec())
            return toError(people);
        while (people.next())
            p.people.append(projectPersonTable().read(people));
    }
    return out;
}

Result<QString> CustomerDetails::addProject(const Session &actor, const QString &customerId, Project p)
{
    if (Status s = validate(&p); !s)
        return s.error();
    return inWriteTransaction(m_db, [&]() -> Result<QString> {
        if (Result<Customer> cu = CustomerAccess::writable(m_db, actor, customerId); !cu)
            return cu.error();
        const qint64 now = m_clock.nowMs();
        p.id = newUuid7(now);
        if (Status s = projectTable().insert(m_db, {p, customerId, Stamps::at(now)}, actor.userId); !s)
            return s.error();
        if (Status s = savePeople(customerId, p); !s)
            return s.error();
        return p.id;
    });
}

Result<QList<Relation>> CustomerDetails::relations(const Session &actor, const QString &customerId)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM customer_relations r "
                             "JOIN customers c ON c.id = (CASE WHEN r.from_id = ? THEN r.to_id ELSE r.from_id END) "
                             "WHERE (r.from_id = ? OR r.to_id = ?) AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
                             "ORDER BY r.created_at")
                  .arg(relationTable().selectList(QStringLiteral("r"))));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Relation> out;
    while (q.next()) {
        const RelationRow row = relationTable().read(q);
        const bool outgoing = row.fromId == customerId;
        out.append({row.id, outgoing ? row.toId : row.fromId, row.otherName, row.kind, outgoing, row.notes});
    }
    return out;
}

Result<QString> CustomerDetails::addRelation(const Session &actor, const QString &fromId, const QString &toId,
                                             RelationKind kind, const QString &notes)
{
    if (fromId == toId)
        return Error{ErrorCode::Invalid, tr("A customer cannot be linked to itself."), {}};
    return inWriteTransaction(m_db, [&]() -> Result<QString> {
        if (Result<Customer> a = CustomerAccess::writable(m_db, actor, fromId); !a)
            return a.error();
        if (Result<Customer> b = CustomerAccess::readable(m_db, actor, toId); !b)
            return b.error();
        const qint64 now = m_clock.nowMs();
        const QString id = newUuid7(now);
        if (Status s = relationTable().insert(m_db, {id, fromId, toId, kind, notes.trimmed(), {}, Stamps::at(now)},
                                              actor.userId);
            !s)
            return s.error();
        return id;
    });
}

Result<QList<Attachment>> CustomerDetails::attachments(const Session &actor, const QString &customerId)
{
    if (Result<Customer> c = CustomerAccess::readable(m_db, actor, customerId); !c)
        return c.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM attachments WHERE customer_id = ? AND deleted_at IS NULL "
                             "ORDER BY created_at DESC")
                  .arg(attachmentTable().selectList()));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Attachment> out;
    while (q.next())
        out.append(attachmentTable().read(q).attachment);
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
    return inWriteTransaction(m_db, [&]() -> Result<QString> {
        if (Result<Customer> cu = CustomerAccess::writable(m_db, actor, customerId); !cu)
            return cu.error();
        const qint64 now = m_clock.nowMs();
        const QString id = newUuid7(now);
        const Attachment attachment{
            id,
            name,
            QMimeDatabase().mimeTypeForFileNameAndData(name, content).name(),
            static_cast<qint64>(content.size()),
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
            now};
        if (Status s = attachmentTable().insert(m_db, {attachment, customerId, content, now}, actor.userId); !s)
            return s.error();
        return id;
    });
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
    return inWriteTransaction(m_db, [&]() -> Status {
        if (Result<Customer> cu = CustomerAccess::writable(m_db, actor, customerId); !cu)
            return cu.error();
        const qint64 now = m_clock.nowMs();
        // Relations belong to either side; the rest to the customer.
        const bool relation = table == QLatin1String("customer_relations");
        QSqlQuery q(m_db.sql());
        q.prepare(
            QStringLiteral(
                "UPDATE %1 SET deleted_at = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                "WHERE id = ? AND %2")
                .arg(table,
                     relation ? QStringLiteral("(from_id = ? OR to_id = ?)") : QStringLiteral("customer_id = ?")));
        for (const QVariant &v :
             {QVariant(now), QVariant(now), QVariant(actor.userId), QVariant(id), QVariant(customerId)})
            q.addBindValue(v);
        if (relation)
            q.addBindValue(customerId);
        if (Status s = exec(q); !s)
            return s;
        return Status{};
    });
}

} // namespace guanxi
