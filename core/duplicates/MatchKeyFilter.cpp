// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/duplicates/MatchKeyFilter.h"

#include "core/storage/Statement.h"

#include <QByteArray>

namespace guanxi {

namespace {

// Four probes from two halves of one 64-bit FNV-1a hash (double hashing): with 16 bits per key
// about one key in a few hundred is a false alarm.
constexpr int kProbes = 4;
constexpr qint64 kBitsPerKey = 16;

quint64 fnv1a(QByteArrayView bytes)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace

MatchKeyFilter::MatchKeyFilter(qint64 expectedKeys)
{
    // Room for the keys there are and as many again from the import, in a power of two so that a
    // probe is a mask, not a division; never tiny.
    quint64 bits = 1 << 20;
    while (bits < static_cast<quint64>(2 * expectedKeys * kBitsPerKey))
        bits *= 2;
    m_bits.assign(static_cast<size_t>(bits / 64), 0);
    m_mask = bits - 1;
}

Result<MatchKeyFilter> MatchKeyFilter::load(Database &db)
{
    Statement count(db, "SELECT count(*) FROM match_keys");
    Result<bool> row = count.step();
    if (!row)
        return row.error();
    MatchKeyFilter filter(*row ? count.intColumn(0) : 0);
    count.reset();

    Statement keys(db, "SELECT key FROM match_keys");
    for (;;) {
        Result<bool> next = keys.step();
        if (!next)
            return next.error();
        if (!*next)
            break;
        filter.addUtf8(keys.utf8Column(0));
    }
    keys.reset();
    return filter;
}

namespace {

// The key's bits: the i-th probe is h + i·step from one hash (double hashing).
template <typename Visit> bool forEachBit(QByteArrayView key, quint64 mask, Visit visit)
{
    const quint64 h = fnv1a(key);
    const quint64 step = (h >> 32) | 1;
    for (int i = 0; i < kProbes; ++i)
        if (!visit((h + static_cast<quint64>(i) * step) & mask))
            return false;
    return true;
}

} // namespace

void MatchKeyFilter::addUtf8(QByteArrayView key)
{
    forEachBit(key, m_mask, [this](quint64 bit) {
        m_bits[bit / 64] |= 1ULL << (bit % 64);
        return true;
    });
}

bool MatchKeyFilter::mayContainUtf8(QByteArrayView key) const
{
    return forEachBit(key, m_mask, [this](quint64 bit) { return (m_bits[bit / 64] & (1ULL << (bit % 64))) != 0; });
}

bool MatchKeyFilter::mayContain(const QString &key) const
{
    return mayContainUtf8(key.toUtf8());
}

void MatchKeyFilter::add(const QString &key)
{
    addUtf8(key.toUtf8());
}

} // namespace guanxi
