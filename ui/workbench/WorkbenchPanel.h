// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workbench/WorkItem.h"

#include <QFrame>

#include <functional>

class QLabel;
class QMenu;
class QPushButton;
class QTreeView;

namespace guanxi {

class WorkListModel;

// One panel of the workbench: a title with its count, the first lines, and "All…" for the full
// list. A double click (or Enter) opens the line's customer; the page adds its own actions to the
// line's context menu.
class WorkbenchPanel : public QFrame {
    Q_OBJECT
public:
    using MenuFiller = std::function<void(QMenu *, const WorkItem &)>;

    WorkbenchPanel(const QString &id, const QString &title, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    void setList(WorkList list);
    WorkListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Widgets beside the title (the agenda's day/week switch).
    void addHeaderWidget(QWidget *w);
    void setMenuFiller(MenuFiller filler) { m_fillMenu = std::move(filler); }
    // The message shown instead of the lines when there are none ("Nothing overdue").
    void setEmptyText(const QString &text);

signals:
    void itemActivated(const WorkItem &item);
    void showAllRequested();

private:
    void showMenu(const QPoint &pos);
    void updateHeader();

    QString m_id;
    QString m_title;
    QString m_emptyText;
    QLabel *m_heading;
    QLabel *m_empty;
    QTreeView *m_view;
    QPushButton *m_all;
    WorkListModel *m_model;
    MenuFiller m_fillMenu;
    QWidget *m_header;
};

} // namespace guanxi
