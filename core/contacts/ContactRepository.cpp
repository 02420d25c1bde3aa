// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contacts/ContactRepository.h"

#include "core/audit/FieldHistory.h"
#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/TableDescription.h"
#include "core/storage/VersionedUpdate.h"
#include "core/util/Uuid7.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

// The contacts table, said once: each column, what it is to the program and where a Contact
// holds it.
const TableDescription<Contact> &table()
{
    using namespace columns;
    using C = Contact;
    using D = ContactDraft;
    const auto profile = [](QString ContactProfile::*m) {
        return [m](auto &c) -> auto &
        {
            return c.fields.profile.*m;
        };
    };
    static const TableDescription<Contact> t(
        QStringLiteral("contacts"),
        {own(QStringLiteral("id"), ColumnRole::Key, &C::id),
         reference(QStringLiteral("customer_id"), &C::fields, &D::customerId),
         text(QStringLiteral("name"), &C::fields, &D::name),
         derived<C>(QStringLiteral("name_key"),
                    [](const C &c) { return QVariant(CollationKey::ofPerson(c.fields.name)); }),
         text(QStringLiteral("title"), &C::fields, &D::title),
         code(QStringLiteral("level"), &C::fields, &D::level),
         code(QStringLiteral("function"), &C::fields, &D::function),
         reference(QStringLiteral("superior_id"), &C::fields, &D::superiorId),
         reference(QStringLiteral("assistant_id"), &C::fields, &D::assistantId),
         textAt<C>(QStringLiteral("gender"), profile(&ContactProfile::gender)),
         textAt<C>(QStringLiteral("birthday"), profile(&ContactProfile::birthday)),
         textAt<C>(QStringLiteral("hometown"), profile(&ContactProfile::hometown)),
         textAt<C>(QStringLiteral("university"), profile(&ContactProfile::university)),
         textAt<C>(QStringLiteral("sports"), profile(&ContactProfile::sports)),
         textAt<C>(QStringLiteral("favourite_food"), profile(&ContactProfile::favouriteFood)),
         textAt<C>(QStringLiteral("pets"), profile(&ContactProfile::pets)),
         textAt<C>(QStringLiteral("books"), profile(&ContactProfile::books)),
         textAt<C>(QStringLiteral("last_holiday"), profile(&ContactProfile::lastHoliday)),
         textAt<C>(QStringLiteral("next_holiday"), profile(&ContactProfile::nextHoliday)),
         textAt<C>(QStringLiteral("goals"), profile(&ContactProfile::goals)),
         text(QStringLiteral("notes"), &C::fields, &D::notes),
         joined(QStringLiteral("coalesce(c.name, '')"), &C::customerName),
         joined(QStringLiteral("coalesce(c.owner_id, '')"), &C::ownerId),
         joined(QStringLiteral("coalesce(o.department_id, '')"), &C::ownerDepartmentId),
         joined(QStringLiteral("coalesce(sup.name, '')"), &C::superiorName),
         joined(QStringLiteral("coalesce(asst.name, '')"), &C::assistantName),
         own(QStringLiteral("created_at"), ColumnRole::Stamp, &C::createdAt),
         own(QStringLiteral("updated_at"), ColumnRole::Stamp, &C::updatedAt),
         own(QStringLiteral("updated_by"), ColumnRole::Stamp, &C::updatedBy, false),
         own(QStringLiteral("row_version"), ColumnRole::Stamp, &C::rowVersion, false),
         own(QStringLiteral("deleted_at"), ColumnRole::Stamp, &C::deletedAt, false)});
    return t;
}

// A contact with its company, the company's owner (whose reach decides who sees the contact),
// and the names of its superior and assistant. `extra` is selected after the table's columns.
QString selectContacts(const QString &extra = {})
{
    return QStringLiteral("SELECT %1%2 FROM contacts ct "
                          "LEFT JOIN customers c ON c.id = ct.customer_id "
                          "LEFT JOIN users o ON o.id = c.owner_id "
                          "LEFT JOIN contacts sup ON sup.id = ct.superior_id "
                          "LEFT JOIN contacts asst ON asst.id = ct.assistant_id ")
        .arg(table().selectList(QStringLiteral("ct")), extra);
}

// A stored phone number or address with what the channel itself does not hold: whose it is and
// where it stands in the contact's list.
struct ChannelRow {
    ContactChannel channel;
    QString contactId;
    qint64 position = 0;
    Stamps stamps;
    qint64 rowVersion = 1; // the channel's own, so that sync can tell its edits apart
};

const TableDescription<ChannelRow> &channelTable()
{
    using namespace columns;
    using R = ChannelRow;
    using Ch = ContactChannel;
    static const TableDescription<ChannelRow> t(
        QStringLiteral("contact_channels"),
        {referenceAt<R>(QStringLiteral("id"), memberOf(&R::channel, &Ch::id), ColumnRole::Key),
         own(QStringLiteral("contact_id"), ColumnRole::Key, &R::contactId),
         code(QStringLiteral("kind"), &R::channel, &Ch::kind), text(QStringLiteral("label"), &R::channel, &Ch::label),
         text(QStringLiteral("value"), &R::channel, &Ch::value),
         text(QStringLiteral("normalized"), &R::channel, &Ch::normalized),
         valueAt<R>(
             QStringLiteral("position"), [](auto &r) -> auto & { return r.position; }),
         readOnly(ColumnRole::Stamp,
                  valueAt<R>(
                      QStringLiteral("row_version"), [](auto &r) -> auto & { return r.rowVersion; }))},
        &R::stamps);
    return t;
}

// One position a contact held, with the company's name read alongside.
struct PositionRow {
    ContactPosition position;
    QString id;
    QString contactId;
    Stamps stamps;
};

const TableDescription<PositionRow> &positionTable()
{
    using namespace columns;
    using R = PositionRow;
    using P = ContactPosition;
    static const TableDescription<PositionRow> t(
        QStringLiteral("contact_positions"),
        {own(QStringLiteral("id"), ColumnRole::Key, &R::id),
         own(QStringLiteral("contact_id"), ColumnRole::Key, &R::contactId),
         reference(QStringLiteral("customer_id"), &R::position, &P::customerId),
         joinedAt<R>(QStringLiteral("coalesce(c.name, '')"), memberOf(&R::position, &P::customerName)),
         text(QStringLiteral("title"), &R::position, &P::title),
         value(QStringLiteral("started_at"), &R::position, &P::startedAt),
         momentAt<R>(QStringLiteral("ended_at"), memberOf(&R::position, &P::endedAt))},
        &R::stamps);
    return t;
}

PositionRow firstPosition(const Contact &c)
{
    PositionRow p;
    p.id = newUuid7(c.createdAt);
    p.contactId = c.id;
    p.position.customerId = c.fields.customerId;
    p.position.title = c.fields.title;
    p.position.startedAt = c.createdAt;
    p.stamps = Stamps::at(c.createdAt);
    return p;
}

} // namespace

Result<std::optional<Contact>> ContactRepository::findById(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectContacts() + QStringLiteral("WHERE ct.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Contact>();
    Contact c = table().read(q);
    q.finish();
    Result<QList<ContactChannel>> ch = channels(id);
    if (!ch)
        return ch.error();
    c.fields.channels = *ch;
    return std::optional<Contact>(c);
}

Result<QList<Contact>> ContactRepository::listForCustomer(const QString &customerId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectContacts()
              + QStringLiteral("WHERE ct.customer_id = ? AND ct.deleted_at IS NULL ORDER BY ct.name_key, ct.id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Contact> list;
    while (q.next())
        list.append(table().read(q));
    q.finish();
    for (Contact &c : list) {
        Result<QList<ContactChannel>> ch = channels(c.id);
        if (!ch)
            return ch.error();
        c.fields.channels = *ch;
    }
    return list;
}

Status ContactRepository::forEachVisible(const QString &visibility, const QVariantList &binds,
                                         const std::function<bool(const Contact &)> &each)
{
    const QString select = selectContacts(
        QStringLiteral(", (SELECT group_concat(ch.kind || ':' || ch.value, char(10)) FROM contact_channels ch "
                       "WHERE ch.contact_id = ct.id AND ch.deleted_at IS NULL)"));
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(select + QStringLiteral("WHERE ct.deleted_at IS NULL AND ") + visibility
              + QStringLiteral(" ORDER BY c.name_key, ct.name_key, ct.id"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return toError(q);
    while (q.next()) {
        Contact c;
        const int channelsColumn = table().read(q, &c);
        for (const QString &ch : q.value(channelsColumn).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype colon = ch.indexOf(QLatin1Char(':'));
            ContactChannel channel;
            fromCode(ch.left(colon), &channel.kind);
            channel.value = ch.mid(colon + 1);
            c.fields.channels.append(channel);
        }
        if (!each(c))
            return Error{ErrorCode::Cancelled, {}, {}};
    }
    return {};
}

Status ContactRepository::insert(const Contact &c, const QString &actorId)
{
    return table().insert(m_db, c, actorId);
}

Result<bool> ContactRepository::update(const QString &id, const ContactDraft &d, qint64 expectedVersion, qint64 now,
                                       const QString &actorId)
{
    Contact c;
    c.fields = d;
    return table().update(m_db, id, c, expectedVersion, now, actorId, WhenDeleted::Refuse);
}

Result<bool> ContactRepository::setDeleted(const QString &id, bool deleted, qint64 expectedVersion, qint64 now,
                                           const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("contacts"), {QStringLiteral("deleted_at")},
                           {deleted ? QVariant(now) : QVariant(QMetaType::fromType<qint64>())}, id, expectedVersion,
                           now, actorId);
}

namespace {

Result<QList<ChannelRow>> channelRows(Database &db, const QString &contactId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM contact_channels WHERE contact_id = ? AND deleted_at IS NULL "
                             "ORDER BY position, id")
                  .arg(channelTable().selectList()));
    q.addBindValue(contactId);
    if (!q.exec())
        return toError(q);
    QList<ChannelRow> out;
    while (q.next())
        out.append(channelTable().read(q));
    return out;
}

Status versionKept(const Result<bool> &written)
{
    if (!written)
        return written.error();
    if (!*written)
        return Error{
            ErrorCode::Conflict,
            QCoreApplication::translate("ContactRepository",
                                        "Someone changed this contact's phone numbers or addresses in the meantime. "
                                        "Reload it and make your change again."),
            {}};
    return {};
}

} // namespace

Result<QList<ContactChannel>> ContactRepository::channels(const QString &contactId)
{
    Result<QList<ChannelRow>> rows = channelRows(m_db, contactId);
    if (!rows)
        return rows.error();
    QList<ContactChannel> out;
    for (const ChannelRow &r : std::as_const(*rows))
        out.append(r.channel);
    return out;
}

Status ContactRepository::saveChannels(const QString &contactId, QList<ContactChannel> *list, qint64 now,
                                       const QString &actorId)
{
    Result<QList<ChannelRow>> stored = channelRows(m_db, contactId);
    if (!stored)
        return stored.error();
    QStringList keep;
    for (int pos = 0; pos < list->size(); ++pos) {
        ContactChannel &c = (*list)[pos];
        const ChannelRow next{c, contactId, pos, Stamps::at(now)};
        const auto known = std::find_if(stored->cbegin(), stored->cend(),
                                        [&c](const ChannelRow &r) { return !c.id.isEmpty() && r.channel.id == c.id; });
        if (known == stored->cend()) {
            c.id = newUuid7(now);
            ChannelRow added = next;
            added.channel.id = c.id;
            if (Status s = channelTable().insert(m_db, added, actorId); !s)
                return s;
        } else if (Status s = versionKept(
                       channelTable().updateChanged(m_db, c.id, *known, next, known->rowVersion, now, actorId));
                   !s) {
            return s;
        }
        keep.append(c.id);
    }
    for (const ChannelRow &r : std::as_const(*stored)) {
        if (keep.contains(r.channel.id))
            continue;
        if (Status s = versionKept(updateVersioned(m_db, channelTable().table(), {QStringLiteral("deleted_at")}, {now},
                                                   r.channel.id, r.rowVersion, now, actorId));
            !s)
            return s;
    }
    return {};
}

Status ContactRepository::startPosition(const QString &contactId, const QString &customerId, const QString &title,
                                        qint64 now, const QString &actorId)
{
    PositionRow p;
    p.id = newUuid7(now);
    p.contactId = contactId;
    p.position.customerId = customerId;
    p.position.title = title;
    p.position.startedAt = now;
    p.stamps = Stamps::at(now);
    return positionTable().insert(m_db, p, actorId);
}

Status ContactRepository::endPosition(const QString &contactId, qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE contact_positions SET ended_at = ?, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 WHERE contact_id = ? AND ended_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(contactId);
    if (!q.exec())
        return toError(q);
    return {};
}

Result<QList<ContactPosition>> ContactRepository::positions(const QString &contactId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM contact_positions p LEFT JOIN customers c ON c.id = p.customer_id "
                             "WHERE p.contact_id = ? AND p.deleted_at IS NULL ORDER BY p.started_at DESC, p.id DESC")
                  .arg(positionTable().selectList(QStringLiteral("p"))));
    q.addBindValue(contactId);
    if (!q.exec())
        return toError(q);
    QList<ContactPosition> out;
    while (q.next())
        out.append(positionTable().read(q).position);
    return out;
}

struct ContactRepository::Inserter::Tables {
    TableDescription<Contact>::Inserter contacts;
    TableDescription<ChannelRow>::Inserter channels;
    TableDescription<PositionRow>::Inserter positions;
};

ContactRepository::Inserter::Inserter(Database &db)
    : m_tables(new Tables{{db, table()}, {db, channelTable()}, {db, positionTable()}})
{
}

ContactRepository::Inserter::~Inserter() = default;

Status ContactRepository::Inserter::insert(Contact *c, const QString &actorId, const QByteArray &knownNameKey)
{
    if (!knownNameKey.isEmpty())
        m_tables->contacts.preset(QStringLiteral("name_key"), knownNameKey);
    if (Status s = m_tables->contacts.add(*c, actorId); !s)
        return s;
    for (int pos = 0; pos < c->fields.channels.size(); ++pos) {
        ContactChannel &ch = c->fields.channels[pos];
        ch.id = newUuid7(c->createdAt);
        if (Status s = m_tables->channels.add({ch, c->id, pos, Stamps::at(c->createdAt)}, actorId); !s)
            return s;
    }
    if (!c->fields.customerId.isEmpty())
        return m_tables->positions.add(firstPosition(*c), actorId);
    return {};
}

Status ContactRepository::moveAll(const QString &fromCustomerId, const QString &toCustomerId, qint64 now,
                                  const QString &actorId)
{
    return reassignCustomer(m_db, QStringLiteral("contacts"), fromCustomerId, toCustomerId, now, actorId,
                            QStringLiteral("deleted_at IS NULL"));
}

} // namespace guanxi
