// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;

namespace guanxi {

// Which workbench panels show, and in what order: ticked ones show, Up and Down move one.
class PanelLayoutDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString id;
        QString title;
        bool visible = true;
    };

    PanelLayoutDialog(const QList<Entry> &entries, QWidget *parent = nullptr);
    QList<Entry> entries() const;

private:
    void move(int by);

    QListWidget *m_list;
};

} // namespace guanxi
