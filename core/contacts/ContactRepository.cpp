// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contacts/ContactRepository.h"

#include "core/audit/FieldHistory.h"
#include "core/i18n/CollationKey.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"
#include "core/storage/VersionedUpdate.h"
#include "core/util/Uuid7.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

namespace {

const QString kSelect =
    QStringLiteral("SELECT ct.id, coalesce(ct.customer_id, ''), ct.name, ct.title, ct.level, ct.function, "
                   "       coalesce(ct.superior_id, ''), coalesce(ct.assistant_id, ''), ct.gender, ct.birthday, "
                   "       ct.hometown, ct.university, ct.sports, ct.favourite_food, ct.pets, ct.books, "
                   "       ct.last_holiday, ct.next_holiday, ct.goals, ct.notes, "
                   "       coalesce(c.name, ''), coalesce(c.owner_id, ''), coalesce(o.department_id, ''), "
                   "       coalesce(sup.name, ''), coalesce(asst.name, ''), ct.created_at, ct.updated_at, "
                   "       coalesce(ct.updated_by, ''), ct.row_version, coalesce(ct.deleted_at, 0) "
                   "FROM contacts ct "
                   "LEFT JOIN customers c ON c.id = ct.customer_id "
                   "LEFT JOIN users o ON o.id = c.owner_id "
                   "LEFT JOIN contacts sup ON sup.id = ct.superior_id "
                   "LEFT JOIN contacts asst ON asst.id = ct.assistant_id ");

Contact readContact(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toString();
    ContactDraft &f = c.fields;
    f.customerId = q.value(1).toString();
    f.name = q.value(2).toString();
    f.title = q.value(3).toString();
    fromCode(q.value(4).toString(), &f.level);
    fromCode(q.value(5).toString(), &f.function);
    f.superiorId = q.value(6).toString();
    f.assistantId = q.value(7).toString();
    ContactProfile &p = f.profile;
    QString *profile[] = {&p.gender, &p.birthday, &p.hometown,    &p.university,  &p.sports, &p.favouriteFood,
                          &p.pets,   &p.books,    &p.lastHoliday, &p.nextHoliday, &p.goals,  &f.notes};
    for (int i = 0; i < 12; ++i)
        *profile[i] = q.value(8 + i).toString();
    c.customerName = q.value(20).toString();
    c.ownerId = q.value(21).toString();
    c.ownerDepartmentId = q.value(22).toString();
    c.superiorName = q.value(23).toString();
    c.assistantName = q.value(24).toString();
    c.createdAt = q.value(25).toLongLong();
    c.updatedAt = q.value(26).toLongLong();
    c.updatedBy = q.value(27).toString();
    c.rowVersion = q.value(28).toLongLong();
    c.deletedAt = q.value(29).toLongLong();
    return c;
}

const QString kDraftColumns = QStringLiteral(
    "customer_id, name, name_key, title, level, function, superior_id, assistant_id, gender, birthday, "
    "hometown, university, sports, favourite_food, pets, books, last_holiday, next_holiday, goals, notes");

void bindDraft(QSqlQuery &q, const ContactDraft &d)
{
    q.addBindValue(sql::nullIfEmpty(d.customerId));
    q.addBindValue(d.name);
    q.addBindValue(CollationKey::ofPerson(d.name));
    q.addBindValue(sql::text(d.title));
    q.addBindValue(codeOf(d.level));
    q.addBindValue(sql::text(codeOf(d.function)));
    q.addBindValue(sql::nullIfEmpty(d.superiorId));
    q.addBindValue(sql::nullIfEmpty(d.assistantId));
    const ContactProfile &p = d.profile;
    for (const QString *t : {&p.gender, &p.birthday, &p.hometown, &p.university, &p.sports, &p.favouriteFood, &p.pets,
                             &p.books, &p.lastHoliday, &p.nextHoliday, &p.goals, &d.notes})
        q.addBindValue(sql::text(*t));
}

} // namespace

Result<std::optional<Contact>> ContactRepository::findById(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE ct.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<Contact>();
    Contact c = readContact(q);
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
    q.prepare(kSelect
              + QStringLiteral("WHERE ct.customer_id = ? AND ct.deleted_at IS NULL ORDER BY ct.name_key, ct.id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return toError(q);
    QList<Contact> list;
    while (q.next())
        list.append(readContact(q));
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
    QString select = kSelect;
    select.replace(
        QStringLiteral("FROM contacts ct "),
        QStringLiteral(", (SELECT group_concat(ch.kind || ':' || ch.value, char(10)) FROM contact_channels ch "
                       "WHERE ch.contact_id = ct.id AND ch.deleted_at IS NULL) "
                       "FROM contacts ct "));
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(select + QStringLiteral("WHERE ct.deleted_at IS NULL AND ") + visibility
              + QStringLiteral(" ORDER BY c.name_key, ct.name_key, ct.id"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return toError(q);
    while (q.next()) {
        Contact c = readContact(q);
        for (const QString &ch : q.value(30).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
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
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO contacts (id, %1, created_at, updated_at, updated_by) "
                             "VALUES (?, %2?, ?, ?)")
                  .arg(kDraftColumns, QStringLiteral("?, ").repeated(20)));
    q.addBindValue(c.id);
    bindDraft(q, c.fields);
    q.addBindValue(c.createdAt);
    q.addBindValue(c.updatedAt);
    q.addBindValue(sql::nullIfEmpty(actorId));
    if (!q.exec())
        return toError(q);
    return {};
}

Result<bool> ContactRepository::update(const QString &id, const ContactDraft &d, qint64 expectedVersion, qint64 now,
                                       const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    QString sets = kDraftColumns;
    sets.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    q.prepare(QStringLiteral("UPDATE contacts SET %1 = ?, updated_at = ?, updated_by = ?, "
                             "row_version = row_version + 1 "
                             "WHERE id = ? AND row_version = ? AND deleted_at IS NULL")
                  .arg(sets));
    bindDraft(q, d);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    return FieldHistory::runRecorded(m_db, q, QStringLiteral("contacts"), kDraftColumns.split(QStringLiteral(", ")), id,
                                     now, actorId);
}

Result<bool> ContactRepository::setDeleted(const QString &id, bool deleted, qint64 expectedVersion, qint64 now,
                                           const QString &actorId)
{
    return updateVersioned(m_db, QStringLiteral("contacts"), {QStringLiteral("deleted_at")},
                           {deleted ? QVariant(now) : QVariant(QMetaType::fromType<qint64>())}, id, expectedVersion,
                           now, actorId);
}

Result<QList<ContactChannel>> ContactRepository::channels(const QString &contactId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, kind, label, value, normalized FROM contact_channels "
                             "WHERE contact_id = ? AND deleted_at IS NULL ORDER BY position, id"));
    q.addBindValue(contactId);
    if (!q.exec())
        return toError(q);
    QList<ContactChannel> out;
    while (q.next()) {
        ContactChannel c;
        c.id = q.value(0).toString();
        fromCode(q.value(1).toString(), &c.kind);
        c.label = q.value(2).toString();
        c.value = q.value(3).toString();
        c.normalized = q.value(4).toString();
        out.append(c);
    }
    return out;
}

Status ContactRepository::saveChannels(const QString &contactId, QList<ContactChannel> *list, qint64 now,
                                       const QString &actorId)
{
    Result<QList<ContactChannel>> stored = channels(contactId);
    if (!stored)
        return stored.error();
    QStringList keep;
    for (int pos = 0; pos < list->size(); ++pos) {
        ContactChannel &c = (*list)[pos];
        QSqlQuery q(m_db.sql());
        const bool known = !c.id.isEmpty()
            && std::any_of(stored->cbegin(), stored->cend(), [&c](const ContactChannel &s) { return s.id == c.id; });
        if (known) {
            q.prepare(QStringLiteral("UPDATE contact_channels SET kind = ?, label = ?, value = ?, normalized = ?, "
                                     "position = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                                     "WHERE id = ?"));
        } else {
            c.id = newUuid7(now);
            q.prepare(QStringLiteral("INSERT INTO contact_channels (kind, label, value, normalized, position, "
                                     "created_at, updated_at, updated_by, id, contact_id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        }
        q.addBindValue(codeOf(c.kind));
        q.addBindValue(sql::text(c.label));
        q.addBindValue(c.value);
        q.addBindValue(sql::text(c.normalized));
        q.addBindValue(pos);
        if (!known)
            q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(sql::nullIfEmpty(actorId));
        q.addBindValue(c.id);
        if (!known)
            q.addBindValue(contactId);
        if (!q.exec())
            return toError(q);
        keep.append(c.id);
    }
    for (const ContactChannel &s : std::as_const(*stored)) {
        if (keep.contains(s.id))
            continue;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE contact_channels SET deleted_at = ?, updated_at = ?, updated_by = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(sql::nullIfEmpty(actorId));
        q.addBindValue(s.id);
        if (!q.exec())
            return toError(q);
    }
    return {};
}

Status ContactRepository::startPosition(const QString &contactId, const QString &customerId, const QString &title,
                                        qint64 now, const QString &actorId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO contact_positions (id, contact_id, customer_id, title, started_at, "
                             "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid7(now));
    q.addBindValue(contactId);
    q.addBindValue(customerId);
    q.addBindValue(sql::text(title));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sql::nullIfEmpty(actorId));
    if (!q.exec())
        return toError(q);
    return {};
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
    q.prepare(QStringLiteral("SELECT p.customer_id, coalesce(c.name, ''), p.title, p.started_at, "
                             "coalesce(p.ended_at, 0) FROM contact_positions p "
                             "LEFT JOIN customers c ON c.id = p.customer_id "
                             "WHERE p.contact_id = ? AND p.deleted_at IS NULL ORDER BY p.started_at DESC, p.id DESC"));
    q.addBindValue(contactId);
    if (!q.exec())
        return toError(q);
    QList<ContactPosition> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toLongLong()});
    return out;
}

ContactRepository::Inserter::Inserter(Database &db)
    : m_contact(
        db,
        QStringLiteral("INSERT INTO contacts (id, %1, created_at, updated_at, updated_by) VALUES (?, %2?, ?, ?)")
            .arg(kDraftColumns, QStringLiteral("?, ").repeated(20))
            .toUtf8()
            .constData())
    , m_channel(db,
                "INSERT INTO contact_channels (id, contact_id, kind, label, value, normalized, position, created_at, "
                "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_position(db,
                 "INSERT INTO contact_positions (id, contact_id, customer_id, title, started_at, created_at, "
                 "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
{
}

Status ContactRepository::Inserter::insert(Contact *c, const QString &actorId, const QByteArray &knownNameKey)
{
    // The columns of bindDraft(), bound without QVariant: imports insert 100,000 contacts.
    const ContactDraft &d = c->fields;
    const ContactProfile &p = d.profile;
    const QByteArray nameKey = knownNameKey.isEmpty() ? CollationKey::ofPerson(d.name) : knownNameKey;
    const QString level = codeOf(d.level), function = codeOf(d.function);
    int i = 1;
    m_contact.bindView(i++, c->id);
    m_contact.bindViewOrNull(i++, d.customerId);
    m_contact.bindView(i++, d.name);
    m_contact.bindView(i++, nameKey);
    m_contact.bindView(i++, d.title);
    m_contact.bindView(i++, level);
    m_contact.bindView(i++, function);
    m_contact.bindViewOrNull(i++, d.superiorId);
    m_contact.bindViewOrNull(i++, d.assistantId);
    for (const QString *t : {&p.gender, &p.birthday, &p.hometown, &p.university, &p.sports, &p.favouriteFood, &p.pets,
                             &p.books, &p.lastHoliday, &p.nextHoliday, &p.goals, &d.notes})
        m_contact.bindView(i++, *t);
    m_contact.bind(i++, c->createdAt);
    m_contact.bind(i++, c->updatedAt);
    m_contact.bindViewOrNull(i++, actorId);
    if (Status s = m_contact.execute(); !s)
        return s;
    for (int pos = 0; pos < c->fields.channels.size(); ++pos) {
        ContactChannel &ch = c->fields.channels[pos];
        ch.id = newUuid7(c->createdAt);
        const QString kind = codeOf(ch.kind);
        m_channel.bindView(1, ch.id);
        m_channel.bindView(2, c->id);
        m_channel.bindView(3, kind);
        m_channel.bindView(4, ch.label);
        m_channel.bindView(5, ch.value);
        m_channel.bindView(6, ch.normalized);
        m_channel.bind(7, pos);
        m_channel.bind(8, c->createdAt);
        m_channel.bind(9, c->createdAt);
        m_channel.bindViewOrNull(10, actorId);
        if (Status s = m_channel.execute(); !s)
            return s;
    }
    if (!d.customerId.isEmpty()) {
        const QString positionId = newUuid7(c->createdAt);
        m_position.bindView(1, positionId);
        m_position.bindView(2, c->id);
        m_position.bindView(3, d.customerId);
        m_position.bindView(4, d.title);
        m_position.bind(5, c->createdAt);
        m_position.bind(6, c->createdAt);
        m_position.bind(7, c->createdAt);
        m_position.bindViewOrNull(8, actorId);
        if (Status s = m_position.execute(); !s)
            return s;
    }
    return {};
}

Status ContactRepository::moveAll(const QString &fromCustomerId, const QString &toCustomerId, qint64 now,
                                  const QString &actorId)
{
    return reassignCustomer(m_db, QStringLiteral("contacts"), fromCustomerId, toCustomerId, now, actorId,
                            QStringLiteral("deleted_at IS NULL"));
}

} // namespace guanxi
