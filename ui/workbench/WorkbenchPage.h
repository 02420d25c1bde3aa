// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/workbench/WorkItem.h"
#include "ui/common/AppContext.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace guanxi {

class CalendarView;
class TeamView;
class WorkbenchPanel;

// The personal workbench (个人工作台), the page a salesperson opens every morning: price approvals,
// follow-ups, to-dos and the agenda, receivables, commitments, deals closing, birthdays and care
// days, dormant customers, and this month's quota; beside it the calendar of appointments. Panels can be hidden and reordered (remembered per user);
// every line leads to its customer card. Managers also get their team's view.
class WorkbenchPage : public QWidget {
    Q_OBJECT
public:
    WorkbenchPage(const AppContext &ctx, QWidget *parent = nullptr);

    WorkbenchPanel *panel(const QString &id) const { return m_panels.value(id); }
    QStringList panelOrder() const { return m_order; }
    TeamView *teamView() const { return m_team; }
    CalendarView *calendar() const { return m_calendar; }
    QLabel *quotaLabel() const { return m_quotaText; }

public slots:
    void reload();
    // A manager's page shows their own day (where the approvals are), not the team.
    void showOwnDay();
    void showCalendar();
    void newTask();
    void logCall();
    void customizePanels();
    void editSettings();

signals:
    void openCustomer(const QString &customerId, int cardTab); // a CustomerCardDialog::Tab
    void openLead(const QString &leadId);
    void openQuote(const QString &quoteId);
    void statusMessage(const QString &message);
    void remindersMayHaveChanged();

private:
    using Loader = std::function<Result<WorkList>(int limit)>;
    void addPanel(const QString &id, const QString &title, const QString &emptyText, Loader loader);
    void layoutPanels();
    void restoreLayout();
    void saveLayout();
    void activate(const WorkItem &item);
    void showAll(const QString &id);
    void fillMenu(QMenu *menu, const WorkItem &item);
    void setTaskDone(const WorkItem &item);
    void editTask(const WorkItem &item);
    void changed(const QString &message);
    Result<WorkList> agenda(int limit);

    AppContext m_ctx;
    QTabWidget *m_tabs = nullptr;
    TeamView *m_team = nullptr;
    CalendarView *m_calendar = nullptr;
    QLabel *m_greeting;
    QLabel *m_quotaText;
    QProgressBar *m_quota;
    QComboBox *m_agendaSpan;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QHash<QString, WorkbenchPanel *> m_panels;
    QHash<QString, Loader> m_loaders;
    QStringList m_order; // every panel, in the user's order
    QStringList m_hidden;
    bool m_shownOnce = false;
};

} // namespace guanxi
