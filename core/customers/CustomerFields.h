// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customers/Customer.h"
#include "util/FieldMerge.h"

#include <QHash>
#include <QVariantMap>

namespace guanxi {

// A customer's user-edited fields by their column names, in the form they are stored: what a
// merge of two edits compares and what the history tab shows and puts back.
namespace CustomerFields {

const QStringList &columns();
QString label(const QString &column);   // translated: 名称, 电话, …

QVariantMap toMap(const CustomerDraft &d);
// Sets one field from its stored form; false for a column that is not a customer's field.
bool set(CustomerDraft *d, const QString &column, const QVariant &stored);
CustomerDraft withFields(CustomerDraft d, const QVariantMap &values);

// The value as the user reads it: the tier's name for its number, the owner's name for an id.
QString display(const QString &column, const QVariant &stored, const QHash<QString, QString> &userNames = {});

// Three-way merge of an edit that lost the race (see FieldMerge).
FieldMergeResult merge(const CustomerDraft &original, const CustomerDraft &mine, const CustomerDraft &theirs);

} // namespace CustomerFields

} // namespace guanxi
