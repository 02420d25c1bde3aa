// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace guanxi {

// How the text of an imported cell becomes a value.
namespace importvalues {

// "张三" + "三丰" → "张三丰"; "Ada" + "Lovelace" → "Ada Lovelace".
QString personName(const QString &full, const QString &given, const QString &family);
// Several phones or e-mails in one cell: "138..., 139..." or "a@x.cn; b@y.cn" (also 、 / and newlines).
QStringList splitList(const QString &cell);
// An instant as UTC ms from the forms exports use: yyyy-MM-dd[ HH:mm[:ss]], yyyy/M/d, yyyy年M月d日,
// yyyyMMdd, and Excel serial numbers (XLSX dates). 0 when empty or unreadable (*ok false when unreadable).
qint64 instant(const QString &text, bool *ok);
// "男"/"M"/"male" → "m", "女"/"F"/"female" → "f"; empty otherwise.
QString gender(const QString &text);

} // namespace importvalues

} // namespace guanxi
