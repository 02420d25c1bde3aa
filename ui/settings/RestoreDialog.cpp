// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/RestoreDialog.h"

#include "core/i18n/DateTimeText.h"
#include "ui/common/FileDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi {

RestoreDialog::RestoreDialog(const QList<Snapshot> &snapshots, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Restore from backup"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        snapshots.isEmpty() ? tr("There are no daily snapshots yet.") : tr("Daily snapshots, newest first:"), this));
    for (const Snapshot &s : snapshots) {
        auto *item = new QListWidgetItem(tr("%1  (%2 MB)")
                                             .arg(DateTimeText::dateTime(s.takenAt))
                                             .arg(static_cast<double>(s.sizeBytes) / (1024.0 * 1024.0), 0, 'f', 1),
                                         m_list);
        item->setData(Qt::UserRole, s.path);
    }
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *file = buttons->addButton(tr("Other &file…"), QDialogButtonBox::ActionRole);
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Restore from"), QString(),
                                                         tr("Guanxi database (*.sqlite3);;All files (*)"));
        if (!path.isEmpty()) {
            m_path = path;
            QDialog::accept();
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            m_path = item->data(Qt::UserRole).toString();
            QDialog::accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 360);
}

} // namespace guanxi
