// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace guanxi {

class ReminderListModel;
class ReminderNotifier;

// The reminders due now: snooze one (15 minutes, an hour, tomorrow morning), mark it done, or open
// its customer. Whatever is done here is kept, so the reminder does not come back on the next start.
class RemindersDialog : public QDialog {
    Q_OBJECT
public:
    RemindersDialog(const AppContext &ctx, ReminderNotifier *notifier, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // For the buttons and for tests: acts on the selected reminder.
    void snoozeSelected(qint64 untilMs);
    void doneSelected();

signals:
    void openCustomer(const QString &customerId);

private:
    void reload();
    QString selectedKey() const;

    AppContext m_ctx;
    ReminderNotifier *m_notifier;
    ReminderListModel *m_model;
    QTableView *m_view;
    QLabel *m_problem;
};

} // namespace guanxi
