// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace guanxi {

// Sort keys for names, stored next to the name so that sorting and keyset paging happen in SQL
// over an index, in the order Chinese users expect: by pinyin as the name is read (长沙 under C,
// the place names and words of Rime's dictionary; a person's surname by its surname reading, 曾
// zeng and 单 shan), Latin letters among them case-insensitively. SQLite compares BLOBs with
// memcmp, as ICU sort keys are meant to be compared. The keys depend on ICU's collator and the
// readings table: when either changes, the stored keys are rebuilt (refreshNameKeysIfStale).
class CollationKey {
public:
    // An organisation's or a thing's name (customers, products, regions, tags).
    static QByteArray of(const QString &text);
    // A person's name (users, contacts).
    static QByteArray ofPerson(const QString &text);
    // Identifies the collation rules the keys were made with.
    static QString collatorVersion();
};

} // namespace guanxi
