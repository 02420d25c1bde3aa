// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QDialog>

class QTableView;

namespace guanxi {

class RecycleBinModel;

// The recycle bin (回收站): deleted customers the user may see, and restoring them.
class RecycleBinDialog : public QDialog {
    Q_OBJECT
public:
    RecycleBinDialog(const AppContext &ctx, QWidget *parent = nullptr);

signals:
    void restored();

private:
    void restoreSelected();

    AppContext m_ctx;
    RecycleBinModel *m_model;
    QTableView *m_view;
};

} // namespace guanxi
