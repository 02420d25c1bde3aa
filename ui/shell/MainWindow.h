// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace guanxi {

class CustomersPage;
class FunnelPage;
class GlobalSearch;
class LeadsPage;
class JobScheduler;
class ReminderNotifier;
class ReportCenterPage;
class SalesDocumentsPage;
class SettingsPage;
class WorkbenchPage;

// The shell: a navigation sidebar, one page per area, a global search box (Ctrl+K) and a status
// bar with the database file, the user and the sharing state. It wires pages together and holds
// no business logic of its own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        WorkbenchPageIndex,
        CustomersPageIndex,
        LeadsPageIndex,
        FunnelPageIndex,
        SalesDocumentsPageIndex,
        ReportsPageIndex,
        ProductsPageIndex,
        SettingsPageIndex
    };

    explicit MainWindow(const AppContext &ctx, QWidget *parent = nullptr);

    WorkbenchPage *workbenchPage() const { return m_workbench; }
    ReminderNotifier *reminderNotifier() const { return m_notifier; }
    // The work that runs by itself while the window is open (reminders, the pool, snapshots).
    JobScheduler *jobs() const { return m_jobs; }
    CustomersPage *customersPage() const { return m_customers; }
    LeadsPage *leadsPage() const { return m_leads; }
    FunnelPage *funnelPage() const { return m_funnel; }
    SalesDocumentsPage *salesDocumentsPage() const { return m_salesDocuments; }
    ReportCenterPage *reportCenterPage() const { return m_reports; }
    GlobalSearch *globalSearch() const { return m_globalSearch; }
    void showPage(Page page);
    void showStatusMessage(const QString &message);
    // The background check after opening found damage: say so and offer the last snapshot.
    void reportDamage(const QStringList &problems);

signals:
    // File → Sign out: this window closes and someone else (or the same person) signs in.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fitNavigation();
    void buildMenus();
    void buildStatusBar();
    void addPage(const QString &title, QWidget *page);
    void showReminders();

    AppContext m_ctx;
    QUndoStack *m_undo;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QLineEdit *m_search;
    WorkbenchPage *m_workbench;
    ReminderNotifier *m_notifier;
    JobScheduler *m_jobs;
    QPushButton *m_remindersButton = nullptr;
    CustomersPage *m_customers;
    LeadsPage *m_leads;
    FunnelPage *m_funnel;
    SalesDocumentsPage *m_salesDocuments;
    ReportCenterPage *m_reports = nullptr;
    SettingsPage *m_settings;
    GlobalSearch *m_globalSearch;
};

} // namespace guanxi
