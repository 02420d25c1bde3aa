// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workbench/WorkbenchPanel.h"

#include "models/workbench/WorkListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace guanxi {

namespace {
constexpr int kVisibleRows = 6;
}

WorkbenchPanel::WorkbenchPanel(const QString &id, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_id(id)
    , m_title(title)
    , m_heading(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_all(new QPushButton(tr("All…"), this))
    , m_model(new WorkListModel(this))
    , m_header(new QWidget(this))
{
    setObjectName(QStringLiteral("panel_") + id);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("guanxi--WorkbenchPanel { background: palette(base); border: 1px solid #d5dbe1; "
                                 "border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    auto *top = new QHBoxLayout(m_header);
    top->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("panelHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14px;"));
    top->addWidget(m_heading, 1);
    m_all->setObjectName(QStringLiteral("panelAll"));
    m_all->setFlat(true);
    m_all->setToolTip(tr("The whole list"));
    top->addWidget(m_all);
    layout->addWidget(m_header);

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHeaderHidden(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The customer's name and the what share the room; the short columns take what they need.
    m_view->header()->setSectionResizeMode(WorkListModel::Customer, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(WorkListModel::What, QHeaderView::Stretch);
    // A long detail (an approval's message) is cut, not the customer and what: the tooltip has it whole.
    m_view->header()->setSectionResizeMode(WorkListModel::Details, QHeaderView::Stretch);
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 2 * kVisibleRows / 2 + 12);
    layout->addWidget(m_view, 1);
    m_empty->setObjectName(QStringLiteral("panelEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #6b7785; padding: 12px;"));
    m_empty->hide();
    layout->addWidget(m_empty, 1);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const WorkItem *item = m_model->itemAt(index.row()))
            emit itemActivated(*item);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &WorkbenchPanel::showMenu);
    connect(m_all, &QPushButton::clicked, this, &WorkbenchPanel::showAllRequested);
    updateHeader();
}

void WorkbenchPanel::addHeaderWidget(QWidget *w)
{
    static_cast<QHBoxLayout *>(m_header->layout())->insertWidget(1, w);
}

void WorkbenchPanel::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateHeader();
}

void WorkbenchPanel::setList(WorkList list)
{
    m_model->setList(std::move(list));
    m_view->resizeColumnToContents(WorkListModel::When);
    updateHeader();
}

void WorkbenchPanel::updateHeader()
{
    const int total = m_model->list().total;
    m_heading->setText(tr("%1 (%2)").arg(m_title).arg(total));
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(m_emptyText.isEmpty() ? tr("Nothing here.") : m_emptyText);
    m_all->setEnabled(total > 0);
}

void WorkbenchPanel::showMenu(const QPoint &pos)
{
    const WorkItem *item = m_model->itemAt(m_view->indexAt(pos).row());
    if (!item)
        return;
    const WorkItem copy = *item;
    QMenu menu(this);
    if (!copy.customerId.isEmpty() || !copy.leadId.isEmpty())
        menu.addAction(copy.customerId.isEmpty() ? tr("Open the lead") : tr("Open the customer card"), this,
                       [this, copy] { emit itemActivated(copy); });
    if (m_fillMenu)
        m_fillMenu(&menu, copy);
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace guanxi
