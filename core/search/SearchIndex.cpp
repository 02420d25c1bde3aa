// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchIndex.h"

#include "core/contacts/Contact.h"
#include "core/customers/Customer.h"
#include "core/leads/Lead.h"
#include "core/search/SearchText.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

// One SELECT per kind, used both for a single record (with "AND x.id = ?") and for a rebuild.
const char *const kCustomers =
    "SELECT c.id, c.name, c.short_name, c.phone, c.email, c.tags, coalesce(c.owner_id, '') AS owner_id, c.region "
    "FROM customers c WHERE c.deleted_at IS NULL";
const char *const kContacts =
    "SELECT ct.id, ct.name, coalesce(ct.customer_id, '') AS customer_id, coalesce(c.name, '') AS customer_name, "
    "       coalesce(c.owner_id, '') AS owner_id, "
    "       (SELECT group_concat(ch.kind || ':' || ch.value, char(10)) FROM contact_channels ch "
    "         WHERE ch.contact_id = ct.id AND ch.deleted_at IS NULL) AS channels, ct.title "
    "FROM contacts ct LEFT JOIN customers c ON c.id = ct.customer_id AND c.deleted_at IS NULL "
    "WHERE ct.deleted_at IS NULL";
const char *const kLeads =
    "SELECT l.id, l.person_name, l.company, l.phone, l.email, coalesce(l.owner_id, '') AS owner_id "
    "FROM leads l WHERE l.deleted_at IS NULL";

SearchDoc customerDoc(const ResultRow &r)
{
    CustomerDraft c;
    c.name = r.text("name"_L1);
    c.shortName = r.text("short_name"_L1);
    c.phone = r.text("phone"_L1);
    c.email = r.text("email"_L1);
    c.tags = tagsFromStored(r.text("tags"_L1));
    c.ownerId = r.text("owner_id"_L1);
    c.region = r.text("region"_L1);
    return SearchDoc::forCustomer(r.text("id"_L1), c);
}

SearchDoc contactDoc(const ResultRow &r)
{
    ContactDraft c;
    c.name = r.text("name"_L1);
    c.customerId = r.text("customer_id"_L1);
    c.title = r.text("title"_L1);
    for (const QString &ch : r.text("channels"_L1).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = ch.indexOf(QLatin1Char(':'));
        ContactChannel channel;
        fromCode(ch.left(colon), &channel.kind);
        channel.value = ch.mid(colon + 1);
        c.channels.append(channel);
    }
    return SearchDoc::forContact(r.text("id"_L1), c, r.text("customer_name"_L1), r.text("owner_id"_L1));
}

SearchDoc leadDoc(const ResultRow &r)
{
    LeadDraft l;
    l.personName = r.text("person_name"_L1);
    l.company = r.text("company"_L1);
    l.phone = r.text("phone"_L1);
    l.email = r.text("email"_L1);
    l.ownerId = r.text("owner_id"_L1);
    return SearchDoc::forLead(r.text("id"_L1), l);
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

SearchDoc docFrom(SearchKind kind, const ResultRow &q)
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
    return std::optional<SearchDoc>(docFrom(kind, ResultRow(q)));
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
    q.prepare(QStringLiteral("SELECT id FROM contacts WHERE customer_id = ? AND deleted_at IS NULL"));
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
    QSqlQuery find(m_db.sql());
    find.prepare(QStringLiteral("SELECT doc, haystack FROM search_docs WHERE kind = ? AND entity_id = ?"));
    find.addBindValue(static_cast<int>(doc.kind));
    find.addBindValue(doc.entityId);
    if (!find.exec())
        return toError(find);
    qint64 rowid = 0;
    QString oldHaystack;
    if (const ResultRow r(find); find.next()) {
        rowid = r.integer("doc"_L1);
        oldHaystack = r.text("haystack"_L1);
    }
    find.finish();

    if (rowid == 0)
        return Appender(m_db).add(doc);
    const QString haystack = SearchDoc::joinLines(doc.haystackLines());
    QSqlQuery write(m_db.sql());
    write.prepare(QStringLiteral(
        "UPDATE search_docs SET customer_id = ?, owner_id = ?, name = ?, detail = ?, haystack = ? WHERE doc = ?"));
    write.addBindValue(sql::nullIfEmpty(doc.customerId));
    write.addBindValue(sql::nullIfEmpty(doc.ownerId));
    write.addBindValue(doc.name);
    write.addBindValue(sql::text(doc.detail));
    write.addBindValue(haystack);
    write.addBindValue(rowid);
    if (!write.exec())
        return toError(write);
    if (oldHaystack == haystack)
        return {}; // same searchable text: the grams stay as they are
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral("INSERT INTO search_grams (search_grams, rowid, grams) VALUES ('delete', ?, ?)"));
    del.addBindValue(rowid);
    del.addBindValue(QString::fromLatin1(SearchDoc::tokensOf(oldHaystack)));
    if (!del.exec())
        return toError(del);
    QSqlQuery grams(m_db.sql());
    grams.prepare(QStringLiteral("INSERT INTO search_grams (rowid, grams) VALUES (?, ?)"));
    grams.addBindValue(rowid);
    grams.addBindValue(QString::fromLatin1(SearchDoc::tokensOf(haystack)));
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
    const ResultRow r(find);
    const qint64 rowid = r.integer("doc"_L1);
    const QString haystack = r.text("haystack"_L1);
    find.finish();
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral("INSERT INTO search_grams (search_grams, rowid, grams) VALUES ('delete', ?, ?)"));
    del.addBindValue(rowid);
    del.addBindValue(QString::fromLatin1(SearchDoc::tokensOf(haystack)));
    if (!del.exec())
        return toError(del);
    QSqlQuery row(m_db.sql());
    row.prepare(QStringLiteral("DELETE FROM search_docs WHERE doc = ?"));
    row.addBindValue(rowid);
    if (!row.exec())
        return toError(row);
    return {};
}

SearchIndex::Appender::Appender(Database &db)
    : m_doc(db,
            "INSERT INTO search_docs (kind, entity_id, customer_id, owner_id, name, detail, haystack) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)")
    , m_grams(db, "INSERT INTO search_grams (rowid, grams) VALUES (?, ?)")
{
}

Status SearchIndex::Appender::add(const SearchDoc &d)
{
    return add(d, d.indexText());
}

Status SearchIndex::Appender::add(const SearchDoc &d, const SearchDoc::IndexText &text)
{
    m_doc.bind(1, static_cast<int>(d.kind));
    m_doc.bindView(2, d.entityId);
    m_doc.bindViewOrNull(3, d.customerId);
    m_doc.bindViewOrNull(4, d.ownerId);
    m_doc.bindView(5, d.name);
    m_doc.bindView(6, d.detail);
    m_doc.bindView(7, text.haystack);
    if (Status s = m_doc.execute(); !s)
        return s;
    m_grams.bind(1, m_doc.lastInsertRowId());
    m_grams.bindUtf8View(2, text.tokens);
    return m_grams.execute();
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

    if (Status s = beginBulkInsert(); !s)
        return s;
    Appender append(m_db);
    qint64 done = 0;
    for (SearchKind kind : {SearchKind::Customer, SearchKind::Contact, SearchKind::Lead}) {
        QSqlQuery read(m_db.sql());
        read.setForwardOnly(true);
        if (!read.exec(QLatin1String(selectFor(kind))))
            return toError(read);
        for (const ResultRow row(read); read.next();) {
            if (Status s = append.add(docFrom(kind, row)); !s)
                return s;
            if (++done % 1000 == 0 && !reportProgress(progress, done, total))
                return Error{ErrorCode::Cancelled, {}, {}};
        }
    }
    return endBulkInsert(true);
}

Status SearchIndex::beginBulkInsert()
{
    // automerge 0: no merging after each flush of new entries; crisismerge 64: the forced merge of
    // one level's segments waits for 64 of them instead of 16. Together a quarter faster.
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("INSERT INTO search_grams (search_grams, rank) VALUES ('automerge', 0)"))
        || !q.exec(QStringLiteral("INSERT INTO search_grams (search_grams, rank) VALUES ('crisismerge', 64)")))
        return toError(q);
    return {};
}

Status SearchIndex::endBulkInsert(bool optimize)
{
    // FTS5's own defaults afterwards: automerge 4, crisismerge 16.
    QSqlQuery q(m_db.sql());
    if (!q.exec(optimize ? QStringLiteral("INSERT INTO search_grams (search_grams) VALUES ('optimize')")
                         : QStringLiteral("INSERT INTO search_grams (search_grams, rank) VALUES ('merge', 2000)"))
        || !q.exec(QStringLiteral("INSERT INTO search_grams (search_grams, rank) VALUES ('automerge', 4)"))
        || !q.exec(QStringLiteral("INSERT INTO search_grams (search_grams, rank) VALUES ('crisismerge', 16)")))
        return toError(q);
    return {};
}

} // namespace guanxi
