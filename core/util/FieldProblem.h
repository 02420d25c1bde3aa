// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace guanxi {

// One thing wrong with one field of a form, as validators report it.
struct FieldProblem {
    QString field;   // "name", "phone", ...: lets a form put the message beside the field
    QString message; // translated
};

// The messages, one after the other with `separator` between them.
inline QString problemMessages(const QList<FieldProblem> &problems, QChar separator)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines.append(p.message);
    return lines.join(separator);
}

// The error a service returns for a draft that did not pass its validator: every message, one per
// line, and the first field in `field` so a form can focus it.
inline Error invalidFieldsError(const QList<FieldProblem> &problems)
{
    return {ErrorCode::Invalid,
            problemMessages(problems, QLatin1Char('\n')),
            {},
            problems.isEmpty() ? QString() : problems.first().field};
}

// The messages on one line, for a report that gives one line per refused record.
inline QString problemsInOneLine(const QList<FieldProblem> &problems)
{
    return problemMessages(problems, QLatin1Char(' '));
}

} // namespace guanxi
