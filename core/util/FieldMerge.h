// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace guanxi {

// A three-way merge of one record's fields, for a save that lost the race to a colleague's:
// `original` is what the user started editing from, `mine` what they want to save, `theirs` what
// is in the file now. A field only one side changed takes that side's value; a field both changed
// to the same value is no conflict; a field both changed differently is a conflict for the user to
// decide (mine / theirs / original shown side by side), never a silent overwrite.
struct FieldConflict {
    QString field;
    QVariant original;
    QVariant mine;
    QVariant theirs;
};

struct FieldMergeResult {
    QVariantMap merged;             // every field: the merged value (theirs where in conflict)
    QList<FieldConflict> conflicts; // in the order of `fields`
    QStringList takenFromTheirs;    // fields only the colleague changed

    bool clean() const { return conflicts.isEmpty(); }
};

FieldMergeResult mergeFields(const QStringList &fields, const QVariantMap &original, const QVariantMap &mine,
                             const QVariantMap &theirs);

// Equality as a user sees it: NULL and the empty text are the same.
bool sameFieldValue(const QVariant &a, const QVariant &b);

} // namespace guanxi
