// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace guanxi {

class Database;

// Which duplicate-guard keys may be filed already, held in memory for a large import: a Bloom
// filter over every key in match_keys and every key the import adds. Nearly all rows of an import
// are new, and for them "certainly not filed" spares the database lookup; a "maybe" (a real match
// or, rarely, a false alarm) still asks the database, so the answers stay exact.
class MatchKeyFilter {
public:
    // Every key filed in the database, read in the caller's transaction.
    static Result<MatchKeyFilter> load(Database &db);

    bool mayContain(const QString &key) const;
    void add(const QString &key);

private:
    explicit MatchKeyFilter(qint64 expectedKeys);
    void addUtf8(QByteArrayView key);
    bool mayContainUtf8(QByteArrayView key) const;

    std::vector<quint64> m_bits;
    quint64 m_mask = 0; // bits - 1
};

} // namespace guanxi
