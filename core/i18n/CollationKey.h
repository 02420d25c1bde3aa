// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace guanxi {

// ICU sort keys for names, stored next to the name so that sorting and keyset paging happen in
// SQL over an index, in the order Chinese users expect (pinyin for Han characters, Latin letters
// case-insensitively). SQLite compares BLOBs with memcmp, which is exactly how ICU sort keys are
// meant to be compared. The keys depend on ICU's collator version: when it changes, the stored
// keys are rebuilt (see CustomerRepository::rebuildNameKeys).
class CollationKey {
public:
    static QByteArray of(const QString &text);
    // Identifies the collation rules the keys were made with.
    static QString collatorVersion();
};

} // namespace guanxi
