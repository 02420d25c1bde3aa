// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/search/SearchDoc.h"
#include "core/users/User.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Database;

struct SearchHit {
    SearchKind kind = SearchKind::Customer;
    QString id;
    QString customerId; // the customer to open: the record itself, or a contact's company
    QString name;
    QString detail;
    QString ownerName; // whose it is (a contact's: its customer's owner); empty in the public pool
    QString phone;     // the record's phone (a contact's first mobile or phone), to tell 王伟 from 王伟
    int score = 0;     // higher first: the name itself, then a field that starts with the query
};

// The one search box: customers, contacts and leads by any part of the name, pinyin in full or by
// initials, phone digits, e-mail, IM id or tag. Only records the actor may see are returned.
// Results never miss a record whose fields (SearchDoc::haystackLines) contain the query.
class SearchService {
    Q_DECLARE_TR_FUNCTIONS(SearchService)
public:
    explicit SearchService(Database &db)
        : m_db(db)
    {
    }

    // Best first. `limit` 0 returns every match.
    Result<QList<SearchHit>> search(const Session &actor, const QString &query, int limit = 50);

    // The folded form a query is matched in: a phone-like query ("138 0013-8000") becomes its digits.
    static QString normalizeQuery(const QString &query);

private:
    // Each hit's owner and phone, in a few queries for all of them.
    Status addOwnersAndPhones(QList<SearchHit> &hits, const QList<QString> &ownerIds);
    Database &m_db;
};

} // namespace guanxi
