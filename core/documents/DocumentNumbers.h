// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDate>

namespace guanxi {

class Database;

// The numbers documents print: a prefix, the day, and a running number within the day
// (QT20261123-001 for a quote, SO20261123-00001 for an order, DN20261123-001 for a delivery note),
// the scheme the seeded orders already use. Drawn inside the caller's write transaction, so two
// people saving at once on a shared file never get the same one.
enum class DocumentKind {
    Quote,
    Order,
    Delivery
};

Result<QString> nextDocumentNumber(Database &db, DocumentKind kind, const QDate &day);

} // namespace guanxi
