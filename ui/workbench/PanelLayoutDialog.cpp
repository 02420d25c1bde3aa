// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workbench/PanelLayoutDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi {

PanelLayoutDialog::PanelLayoutDialog(const QList<Entry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("panelLayoutDialog"));
    setWindowTitle(tr("Workbench panels"));
    m_list->setObjectName(QStringLiteral("panelList"));
    for (const Entry &e : entries) {
        auto *item = new QListWidgetItem(e.title, m_list);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(e.visible ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    auto *up = new QPushButton(tr("&Up"), this);
    up->setObjectName(QStringLiteral("panelUp"));
    auto *down = new QPushButton(tr("&Down"), this);
    down->setObjectName(QStringLiteral("panelDown"));
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    auto *side = new QVBoxLayout;
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the panels to show; move them into the order you like."), this));
    layout->addLayout(row);
    layout->addWidget(buttons);
}

void PanelLayoutDialog::move(int by)
{
    const int from = m_list->currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(from);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

QList<PanelLayoutDialog::Entry> PanelLayoutDialog::entries() const
{
    QList<Entry> out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        out.append({item->data(Qt::UserRole).toString(), item->text(), item->checkState() == Qt::Checked});
    }
    return out;
}

} // namespace guanxi
