// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchIndex.h"

#include "search/SearchText.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>


namespace guanxi {

namespace {

// One SELECT per kind, used both for a single record (with "AND x.id = ?") and for a rebuild.
const char *const kCustomers =
    "SELECT c.id, c.name, c.short_name, c.phone, c.email, c.tags, coalesce(c.owner_id, ''), c.region "
    "FROM customers c WHERE c.deleted_at IS NULL";
const char *const kContacts =
    "SELECT ct.id, ct.name, coalesce(ct.customer_id, ''), coalesce(c.name, ''), coalesce(c.owner_id, ''), "
    "       (SELECT group_concat(ch.kind || ':' || ch.value, char(10)) FROM contact_channels ch "
    "         WHERE ch.contact_id = ct.id AND ch.deleted_at IS NULL), ct.title "
    "FROM contacts ct LEFT JOIN customers c ON c.id = ct.customer_id AND c.deleted_at IS NULL "
    "WHERE ct.deleted_at IS NULL";
const char *const kLeads =
    "SELECT l.id, l.person_name, l.company, l.phone, l.email, coalesce(l.owner_id, '') "
    "FROM leads l WHERE l.deleted_at IS NULL";

QStringList tagsOf(const QString &stored)
{
    return stored.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

SearchDoc customerDoc(const QSqlQuery &q)
{
    SearchDoc d;
    d.kind = SearchKind::Customer;
    d.entityId = d.customerId = q.value(0).toString();
    d.name = q.value(1).toString();
    d.names = {d.name};
    if (const QString shortName = q.value(2).toString(); !shortName.isEmpty())
        d.names.append(shortName);
    d.phones = {q.value(3).toString()};
    d.texts = QStringList{q.value(4).toString()} + tagsOf(q.value(5).toString());
    d.ownerId = q.value(6).toString();
    d.detail = q.value(7).toString();
    return d;
}

SearchDoc contactDoc(const QSqlQuery &q)
{
    SearchDoc d;
    d.kind = SearchKind::Contact;
    d.entityId = q.value(0).toString();
    d.name = q.value(1).toString();
    d.names = {d.name};
    d.customerId = q.value(2).toString();
    d.detail = q.value(3).toString();
    d.ownerId = q.value(4).toString();
    const QStringList channels = q.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &ch : channels) {
        const qsizetype colon = ch.indexOf(QLatin1Char(':'));
        const QString kind = ch.left(colon);
        const QString value = ch.mid(colon + 1);
        if (kind == QLatin1String("mobile") || kind == QLatin1String("phone") || kind == QLatin1String("fax"))
            d.phones.append(value);
        else
            d.texts.append(value);
    }
    if (const QString title = q.value(6).toString(); !title.isEmpty() && !d.detail.isEmpty())
        d.detail = d.detail + QStringLiteral(" · ") + title;
    return d;
}

SearchDoc leadDoc(const QSqlQuery &q)
{
    SearchDoc d;
    d.kind = SearchKind::Lead;
    d.entityId = q.value(0).toString();
    const QString person = q.value(1).toString();
    const QString company = q.value(2).toString();
    d.name = person.isEmpty() ? company : person;
    d.detail = person.isEmpty() ? QString() : company;
    d.names = {person, company};
    d.names.removeAll(QString());
    d.phones = {q.value(3).toString()};
    d.texts = {q.value(4).toString()};
    d.ownerId = q.value(5).toString();
    return d;
}

const char *selectFor(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Customer:
        return kCustomers;
    case SearchKind::Contact:
        return kContacts;
    case SearchKind::Lead:
        return kLeads;
    }
    return kCustomers;
}

const char *idColumn(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Customer:
        return " AND c.id = ?";
    case SearchKind::Contact:
        return " AND ct.id = ?";
    case SearchKind::Lead:
        return " AND l.id = ?";
    }
    return "";
}

SearchDoc docFrom(SearchKind kind, const QSqlQuery &q)
{
    switch (kind) {
    case SearchKind::Customer:
        return customerDoc(q);
    case SearchKind::Contact:
        return contactDoc(q);
    case SearchKind::Lead:
        return leadDoc(q);
    }
    return {};
}

// The token text of a haystack; the same haystack always gives the same text, so an entry can
// be deleted from the contentless index by giving it the text again.
QString tokensOf(const QString &haystack)
{
    QSet<QString> seen;
    seen.reserve(256);
    QString out;
    out.reserve(4096);
    for (const QString &line : haystack.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        SearchText::addTokens(line, &seen, &out);
    return out;
}

} // namespace

Result<std::optional<SearchDoc>> SearchIndex::load(SearchKind kind, const QString &entityId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QLatin1String(selectFor(kind)) + QLatin1String(idColumn(kind)));
    q.addBindValue(entityId);
    if (!q.exec())
        return toError(q);
    if (!q.next())
        return std::optional<SearchDoc>();
    return std::optional<SearchDoc>(docFrom(kind, q));
}

Status SearchIndex::refresh(SearchKind kind, const QString &entityId)
{
    Result<std::optional<SearchDoc>> doc = load(kind, entityId);
    if (!doc)
        return doc.error();
    Status s = doc->has_value() ? put(**doc) : remove(kind, entityId);
    if (!s || kind != SearchKind::Customer)
        return s;
    // The customer's contacts show its name and share its owner.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT entity_id FROM search_docs WHERE kind = 2 AND customer_id = ?"));
    q.addBindValue(entityId);
    if (!q.exec())
        return toError(q);
    QStringList contacts;
    while (q.next())
        contacts.append(q.value(0).toString());
    for (const QString &c : contacts)
        if (Status cs = refresh(SearchKind::Contact, c); !cs)
            return cs;
    return {};
}

Status SearchIndex::put(const SearchDoc &doc)
{
    const QString haystack = SearchDoc::joinLines(doc.haystackLines());
    QSqlQuery find(m_db.sql());
    find.prepare(QStringLiteral("SELECT doc, haystack FROM search_docs WHERE kind = ? AND entity_id = ?"));
    find.addBindValue(static_cast<int>(doc.kind));
    find.addBindValue(doc.entityId);
    if (!find.exec())
        return toError(find);
    qint64 rowid = 0;
    QString oldHaystack;
    if (find.next()) {
        rowid = find.value(0).toLongLong();
        oldHaystack = find.value(1).toString();
    }
    find.finish();

    QSqlQuery write(m_db.sql());
    if (rowid == 0) {
        write.prepare(QStringLiteral(
            "INSERT INTO search_docs (kind, entity_id, customer_id, owner_id, name, detail, haystack) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        write.addBindValue(static_cast<int>(doc.kind));
        write.addBindValue(doc.entityId);
    } else {
        write.prepare(QStringLiteral(
            "UPDATE search_docs SET customer_id = ?, owner_id = ?, name = ?, detail = ?, haystack = ? "
            "WHERE doc = ?"));
    }
    write.addBindValue(sql::nullIfEmpty(doc.customerId));
    write.addBindValue(sql::nullIfEmpty(doc.ownerId));
    write.addBindValue(doc.name);
    write.addBindValue(sql::text(doc.detail));
    write.addBindValue(haystack);
    if (rowid != 0)
        write.addBindValue(rowid);
    if (!write.exec())
        return toError(write);
    if (rowid != 0 && oldHaystack == haystack)
        return {};   // same searchable text: the grams stay as they are
    if (rowid == 0) {
        rowid = write.lastInsertId().toLongLong();
    } else {
        QSqlQuery del(m_db.sql());
        del.prepare(QStringLiteral(
            "INSERT INTO search_grams (search_grams, rowid, grams) VALUES ('delete', ?, ?)"));
        del.addBindValue(rowid);
        del.addBindValue(tokensOf(oldHaystack));
        if (!del.exec())
            return toError(del);
    }
    QSqlQuery grams(m_db.sql());
    grams.prepare(QStringLiteral("INSERT INTO search_grams (rowid, grams) VALUES (?, ?)"));
    grams.addBindValue(rowid);
    grams.addBindValue(tokensOf(haystack));
    if (!grams.exec())
        return toError(grams);
    return {};
}

Status SearchIndex::remove(SearchKind kind, const QString &entityId)
{
    QSqlQuery find(m_db.sql());
    find.prepare(QStringLiteral("SELECT doc, haystack FROM search_docs WHERE kind = ? AND entity_id = ?"));
    find.addBindValue(static_cast<int>(kind));
    find.addBindValue(entityId);
    if (!find.exec())
        return toError(find);
    if (!find.next())
        return {};
    const qint64 rowid = find.value(0).toLongLong();
    const QString haystack = find.value(1).toString();
    find.finish();
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral(
        "INSERT INTO search_grams (search_grams, rowid, grams) VALUES ('delete', ?, ?)"));
    del.addBindValue(rowid);
    del.addBindValue(tokensOf(haystack));
    if (!del.exec())
        return toError(del);
    QSqlQuery row(m_db.sql());
    row.prepare(QStringLiteral("DELETE FROM search_docs WHERE doc = ?"));
    row.addBindValue(rowid);
    if (!row.exec())
        return toError(row);
    return {};
}

Status SearchIndex::rebuild(const ProgressFn &progress)
{
    QSqlQuery clear(m_db.sql());
    if (!clear.exec(QStringLiteral("DELETE FROM search_docs")))
        return toError(clear);
    if (!clear.exec(QStringLiteral("INSERT INTO search_grams (search_grams) VALUES ('delete-all')")))
        return toError(clear);

    qint64 total = 0;
    if (clear.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers WHERE deleted_at IS NULL) + "
                                  "(SELECT count(*) FROM contacts WHERE deleted_at IS NULL) + "
                                  "(SELECT count(*) FROM leads WHERE deleted_at IS NULL)"))
        && clear.next())
        total = clear.value(0).toLongLong();
    clear.finish();

    QSqlQuery doc(m_db.sql());
    doc.prepare(QStringLiteral(
        "INSERT INTO search_docs (doc, kind, entity_id, customer_id, owner_id, name, detail, haystack) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery grams(m_db.sql());
    grams.prepare(QStringLiteral("INSERT INTO search_grams (rowid, grams) VALUES (?, ?)"));

    qint64 rowid = 0;
    for (SearchKind kind : {SearchKind::Customer, SearchKind::Contact, SearchKind::Lead}) {
        QSqlQuery read(m_db.sql());
        read.setForwardOnly(true);
        if (!read.exec(QLatin1String(selectFor(kind))))
            return toError(read);
        while (read.next()) {
            const SearchDoc d = docFrom(kind, read);
            const QString haystack = SearchDoc::joinLines(d.haystackLines());
            ++rowid;
            doc.bindValue(0, rowid);
            doc.bindValue(1, static_cast<int>(kind));
            doc.bindValue(2, d.entityId);
            doc.bindValue(3, sql::nullIfEmpty(d.customerId));
            doc.bindValue(4, sql::nullIfEmpty(d.ownerId));
            doc.bindValue(5, d.name);
            doc.bindValue(6, sql::text(d.detail));
            doc.bindValue(7, haystack);
            if (!doc.exec())
                return toError(doc);
            grams.bindValue(0, rowid);
            grams.bindValue(1, tokensOf(haystack));
            if (!grams.exec())
                return toError(grams);
            if (rowid % 1000 == 0 && !reportProgress(progress, rowid, total))
                return Error{ErrorCode::Cancelled, {}, {}};
        }
    }
    return {};
}

} // namespace guanxi
