// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/RecycleBinDialog.h"

#include "core/customers/CustomerService.h"
#include "models/customers/RecycleBinModel.h"
#include "ui/common/ErrorBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

RecycleBinDialog::RecycleBinDialog(const AppContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_model(new RecycleBinModel(*ctx.db, *ctx.clock, ctx.session, this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("recycleBin"));
    setWindowTitle(tr("Recycle bin"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Deleted customers stay here until you restore them."), this));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 280);
    layout->addWidget(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    connect(restore, &QPushButton::clicked, this, &RecycleBinDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &RecycleBinDialog::restoreSelected);
    layout->addWidget(buttons);
    resize(640, 420);
}

void RecycleBinDialog::restoreSelected()
{
    CustomerService service(*m_ctx.db, *m_ctx.clock);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const Customer *c = m_model->customerAt(index.row());
        if (!c)
            continue;
        Result<Customer> r = service.restore(m_ctx.session, c->id, c->rowVersion);
        if (!r)
            showError(this, tr("Not restored"), r.error());
    }
    m_model->reload();
    emit restored();
}

} // namespace guanxi
