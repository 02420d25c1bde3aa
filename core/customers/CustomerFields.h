// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/util/RecordFields.h"

#include <QHash>
#include <QVariantMap>

namespace guanxi {

// A customer's user-edited fields by their column names, in the form they are stored: what a
// merge of two edits compares and what the history tab shows and puts back.
namespace CustomerFields {

const QStringList &columns();
QString label(const QString &column); // translated: 名称, 电话, …

QVariantMap toMap(const CustomerDraft &d);
// Sets one field from its stored form; false for a column that is not a customer's field.
bool set(CustomerDraft *d, const QString &column, const QVariant &stored);

// The value as the user reads it: the tier's name for its number, the owner's name for an id.
QString display(const QString &column, const QVariant &stored, const QHash<QString, QString> &userNames = {});

} // namespace CustomerFields

// The same fields as the other kinds of record list theirs (see RecordFields), for the shared
// merge of an edit that lost the race and for putting a value back.
const RecordFields<CustomerDraft> &customerFields();

} // namespace guanxi
