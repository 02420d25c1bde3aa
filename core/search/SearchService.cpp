// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/SearchService.h"

#include "core/search/SearchText.h"
#include "core/storage/Database.h"
#include "core/storage/ResultRow.h"
#include "core/storage/SqlError.h"
#include "core/users/AccessPolicy.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace guanxi {

using namespace Qt::Literals::StringLiterals;

namespace {

// How well a record's lines match: the name (first line) equal to the query, the name starting
// with it, another field starting with it, the query inside a field.
int scoreOf(const QStringList &lines, const QString &q)
{
    if (lines.isEmpty())
        return 0;
    if (lines.first() == q)
        return 4;
    if (lines.first().startsWith(q))
        return 3;
    for (const QString &l : lines)
        if (l.startsWith(q))
            return 2;
    for (const QString &l : lines)
        if (l.contains(q))
            return 1;
    return 0;
}

} // namespace

QString SearchService::normalizeQuery(const QString &query)
{
    const QString folded = SearchText::fold(query);
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9][0-9 ()\\-]*$"));
    if (phoneLike.match(folded).hasMatch())
        return SearchText::digits(folded);
    return folded;
}

Result<QList<SearchHit>> SearchService::search(const Session &actor, const QString &query, int limit)
{
    const QString q = normalizeQuery(query);
    QList<SearchHit> hits;
    if (q.isEmpty())
        return hits;

    QVariantList binds;
    const QString visible = AccessPolicy(actor).visibilityClause(QStringLiteral("d"), &binds);
    QSet<qint64> seen;
    QList<QString> ownerIds;
    // Two passes: records with a field that starts with the query, then the rest. Each pass reads
    // candidates from the gram index lazily and stops as soon as the limit is reached.
    for (bool prefixPass : {true, false}) {
        QSqlQuery sel(m_db.sql());
        sel.setForwardOnly(true);
        sel.prepare(
            QStringLiteral(
                "SELECT d.doc, d.kind, d.entity_id, coalesce(d.customer_id, '') AS customer_id, d.name, d.detail, "
                "d.haystack, coalesce(d.owner_id, '') AS owner_id FROM search_grams g JOIN search_docs d ON d.doc = g.rowid "
                "WHERE search_grams MATCH ? AND ")
            + visible);
        sel.addBindValue(SearchText::queryTokens(q, prefixPass).join(QLatin1Char(' ')));
        for (const QVariant &b : binds)
            sel.addBindValue(b);
        if (!sel.exec())
            return toError(sel);
        for (const ResultRow r(sel); sel.next();) {
            const qint64 doc = r.integer("doc"_L1);
            if (seen.contains(doc))
                continue;
            const QStringList lines = r.text("haystack"_L1).split(QLatin1Char('\n'));
            const int score = scoreOf(lines, q);
            if (score == 0 || (prefixPass && score < 2))
                continue; // the trigrams were all there, but not in a row
            seen.insert(doc);
            SearchHit h;
            h.kind = static_cast<SearchKind>(r.number("kind"_L1));
            h.id = r.text("entity_id"_L1);
            h.customerId = r.text("customer_id"_L1);
            h.name = r.text("name"_L1);
            h.detail = r.text("detail"_L1);
            h.score = score;
            hits.append(h);
            ownerIds.append(r.text("owner_id"_L1));
            if (limit > 0 && hits.size() >= limit)
                break;
        }
        if (limit > 0 && hits.size() >= limit)
            break;
    }
    if (Status s = addOwnersAndPhones(hits, ownerIds); !s)
        return s.error();
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    return hits;
}

Status SearchService::addOwnersAndPhones(QList<SearchHit> &hits, const QList<QString> &ownerIds)
{
    if (hits.isEmpty())
        return {};
    // One query per table over the hits' ids (at most the limit: a few dozen), each giving an id
    // and a value.
    const auto lookup = [this](const QString &sql, const QStringList &ids, QHash<QString, QString> *out) -> Status {
        if (ids.isEmpty())
            return {};
        QSqlQuery q(m_db.sql());
        q.prepare(sql.arg(QStringLiteral("?,").repeated(ids.size()).chopped(1)));
        for (const QString &id : ids)
            q.addBindValue(id);
        if (!q.exec())
            return toError(q);
        for (const ResultRow r(q); q.next();)
            out->insert(r.text("id"_L1), r.text("value"_L1));
        return {};
    };
    QStringList owners, customers, contacts, leads;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (!ownerIds.value(i).isEmpty() && !owners.contains(ownerIds[i]))
            owners.append(ownerIds[i]);
        QStringList &ids = hits[i].kind == SearchKind::Customer ? customers
            : hits[i].kind == SearchKind::Contact               ? contacts
                                                                : leads;
        ids.append(hits[i].id);
    }
    QHash<QString, QString> names, phones;
    Status s = lookup(QStringLiteral("SELECT id, display_name AS value FROM users WHERE id IN (%1)"), owners, &names);
    if (s)
        s = lookup(QStringLiteral("SELECT id, coalesce(phone, '') AS value FROM customers WHERE id IN (%1)"), customers,
                   &phones);
    if (s)
        s = lookup(QStringLiteral(
                       "SELECT ct.id, coalesce((SELECT ch.value FROM contact_channels ch WHERE ch.contact_id = ct.id "
                       "AND ch.deleted_at IS NULL AND (ch.kind = 'mobile' OR ch.kind = 'phone') "
                       "ORDER BY ch.kind = 'mobile' DESC LIMIT 1), '') AS value FROM contacts ct WHERE ct.id IN (%1)"),
                   contacts, &phones);
    if (s)
        s = lookup(QStringLiteral("SELECT id, coalesce(phone, '') AS value FROM leads WHERE id IN (%1)"), leads,
                   &phones);
    if (!s)
        return s;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        hits[i].ownerName = names.value(ownerIds.value(i));
        hits[i].phone = phones.value(hits[i].id);
    }
    return {};
}

} // namespace guanxi
