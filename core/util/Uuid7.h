// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guanxi {

// RFC 9562 UUID version 7: 48 bits of Unix milliseconds, then random bits. Ids made on the client
// need no server round trip, and because they grow with time, B-tree inserts stay at the right edge.
// Within one millisecond a process keeps its ids increasing (a counter in rand_a), so ids made
// in a loop sort in creation order.
QString newUuid7();
QString newUuid7(qint64 unixMs);

// The same layout from given parts, for generators that must be deterministic (demo data).
QString uuid7FromParts(qint64 unixMs, quint16 randA, quint64 randB);

// True for a canonical lower-case UUID string (any version).
bool isUuid(const QString &text);

} // namespace guanxi
