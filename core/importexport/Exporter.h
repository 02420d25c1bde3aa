// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/CustomerListQuery.h"
#include "core/users/User.h"
#include "core/util/Progress.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace guanxi {

class Database;

// Lists to files: customers (a filtered list, as the user sees it) to CSV or XLSX; contacts to
// CSV, XLSX or vCard. Column headers are the import's field names, so an exported file imports
// again without mapping by hand. Only what the actor may see is written.
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    explicit Exporter(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> exportCustomers(const Session &actor, const CustomerFilter &filter, CustomerSortColumn sort,
                                   Qt::SortOrder order, const QString &path, const ProgressFn &progress = {});
    Result<qint64> exportContacts(const Session &actor, const QString &path, const ProgressFn &progress = {});

private:
    Database &m_db;
};

} // namespace guanxi
