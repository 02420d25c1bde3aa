// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace guanxi {

// How the text of an imported cell becomes a value.
namespace importvalues {

// "张三" + "三丰" → "张三丰"; "Ada" + "Lovelace" → "Ada Lovelace".
QString personName(const QString &full, const QString &given, const QString &family);
// Several phones or e-mails in one cell: "138..., 139..." or "a@x.cn; b@y.cn" (also 、 / newlines,
// and Google's " ::: ").
QStringList splitList(const QString &cell);
// Tags or groups in one cell ("VIP; 华东", Google's "* myContacts ::: Friends"); the groups every
// contact of an address book is in ("My Contacts", "System Group: …") are not tags.
QStringList splitTags(const QString &cell);
// A birthday from one column, or from three (Thunderbird's year, month, day); a year of 0 or
// none gives "--MM-DD". Outlook's "0/0/00" (no birthday) is none.
QString birthday(const QString &whole, const QString &year, const QString &month, const QString &day);
// An instant as UTC ms from the forms exports use: yyyy-MM-dd[ HH:mm[:ss]], yyyy/M/d, yyyy年M月d日,
// yyyyMMdd, and Excel serial numbers (XLSX dates). 0 when empty or unreadable (*ok false when unreadable).
qint64 instant(const QString &text, bool *ok);
// "男"/"M"/"male" → "m", "女"/"F"/"female" → "f"; empty otherwise.
QString gender(const QString &text);

} // namespace importvalues

} // namespace guanxi
