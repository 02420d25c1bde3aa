// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "util/Result.h"

#include <QStringList>

#include <memory>

namespace guanxi {

// Where exported rows go, one at a time, so an export of 100,000 rows never holds them all.
class TableWriter {
public:
    virtual ~TableWriter() = default;
    virtual Status header(const QStringList &columns) = 0;
    virtual Status row(const QStringList &values) = 0;
    // Writes the file (atomically: a failed export leaves no half file behind).
    virtual Status finish() = 0;

    // By extension: .csv (UTF-8 with BOM, so Excel reads Chinese right) or .xlsx.
    static Result<std::unique_ptr<TableWriter>> forPath(const QString &path);
};

class TableWriters {
    Q_DECLARE_TR_FUNCTIONS(TableWriters)
};

} // namespace guanxi
