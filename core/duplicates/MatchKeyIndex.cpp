// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/duplicates/MatchKeyIndex.h"

#include "core/duplicates/MatchKeys.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

const char *const kCustomers = "SELECT id, name, phone, email, website, kind FROM customers WHERE deleted_at IS NULL";
const char *const kContacts =
    "SELECT ct.id, (SELECT group_concat(ch.kind || ':' || ch.value, char(10)) FROM contact_channels ch "
    "               WHERE ch.contact_id = ct.id AND ch.deleted_at IS NULL) AS channels "
    "FROM contacts ct WHERE ct.deleted_at IS NULL";

QStringList customerKeysOf(const ResultRow &r)
{
    return MatchKeyIndex::customerKeys(r.text("name"_L1), r.text("kind"_L1) != QLatin1String("consumer"),
                                       r.text("phone"_L1), r.text("email"_L1), r.text("website"_L1));
}

QStringList contactKeys(const ResultRow &r)
{
    QStringList phones, emails;
    for (const QString &ch : r.text("channels"_L1).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = ch.indexOf(QLatin1Char(':'));
        const QString kind = ch.left(colon);
        if (kind == QLatin1String("email"))
            emails.append(ch.mid(colon + 1));
        else if (kind == QLatin1String("mobile") || kind == QLatin1String("phone"))
            phones.append(ch.mid(colon + 1));
    }
    return MatchKeys::forPerson(phones, emails);
}

} // namespace

QStringList MatchKeyIndex::customerKeys(const QString &name, bool company, const QString &phone, const QString &email,
                                        const QString &website)
{
    // A person's name is shared by many people, and so is a private person's mail domain or
    // personal website (family.net, someone.github.io): only a company's name and domain identify it.
    if (!company)
        return MatchKeys::forPerson({phone}, {email});
    return MatchKeys::forCompany(name, {phone}, {email}, website);
}

MatchKeyIndex::Appender::Appender(Database &db)
    : m_insert(db, "INSERT OR IGNORE INTO match_keys (key, kind, entity_id) VALUES (?, ?, ?)")
{
}

Status MatchKeyIndex::Appender::add(SearchKind kind, const QString &entityId, const QStringList &keys)
{
    for (const QString &key : keys) {
        m_insert.bindView(1, key);
        m_insert.bind(2, static_cast<int>(kind));
        m_insert.bindView(3, entityId);
        if (Status s = m_insert.execute(); !s)
            return s;
    }
    return {};
}

Status MatchKeyIndex::replaceKeys(SearchKind kind, const QString &entityId, const QStringList &keys)
{
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral("DELETE FROM match_keys WHERE entity_id = ?"));
    del.addBindValue(entityId);
    if (!del.exec())
        return toError(del);
    return Appender(m_db).add(kind, entityId, keys);
}

Status MatchKeyIndex::refresh(SearchKind kind, const QString &entityId)
{
    if (kind == SearchKind::Lead)
        return {};
    const bool customer = kind == SearchKind::Customer;
    QSqlQuery q(m_db.sql());
    q.prepare(QLatin1String(customer ? kCustomers : kContacts)
              + QLatin1String(customer ? " AND id = ?" : " AND ct.id = ?"));
    q.addBindValue(entityId);
    if (!q.exec())
        return toError(q);
    QStringList keys;
    if (const ResultRow r(q); q.next())
        keys = customer ? customerKeysOf(r) : contactKeys(r);
    q.finish();
    return replaceKeys(kind, entityId, keys);
}

Status MatchKeyIndex::rebuild()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("DELETE FROM match_keys")))
        return toError(q);
    Appender append(m_db);
    for (SearchKind kind : {SearchKind::Customer, SearchKind::Contact}) {
        const bool customer = kind == SearchKind::Customer;
        QSqlQuery read(m_db.sql());
        read.setForwardOnly(true);
        if (!read.exec(QLatin1String(customer ? kCustomers : kContacts)))
            return toError(read);
        for (const ResultRow row(read); read.next();) {
            if (Status s = append.add(kind, row.text("id"_L1), customer ? customerKeysOf(row) : contactKeys(row)); !s)
                return s;
        }
    }
    return {};
}

} // namespace guanxi
