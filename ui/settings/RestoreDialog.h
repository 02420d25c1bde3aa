// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/Snapshots.h"

#include <QDialog>

class QListWidget;

namespace guanxi {

// Picks what to restore: one of the daily snapshots by date, or any backup file.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const QList<Snapshot> &snapshots, QWidget *parent = nullptr);
    QString chosenPath() const { return m_path; }

private:
    QListWidget *m_list;
    QString m_path;
};

} // namespace guanxi
