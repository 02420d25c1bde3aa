// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QDialog>
#include <QStringList>

class QTableWidget;

namespace guanxi {

// The print log (打印记录) of one document and the documents made from it: who printed or
// exported which, when, how many copies and where to.
class PrintLogDialog : public QDialog {
    Q_OBJECT
public:
    PrintLogDialog(const AppContext &ctx, const QStringList &documentIds, QWidget *parent = nullptr);

    int entries() const;

private:
    QTableWidget *m_table;
};

} // namespace guanxi
