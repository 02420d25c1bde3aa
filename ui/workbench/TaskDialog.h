// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/Task.h"
#include "ui/common/AppContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QPushButton;
class QTimeEdit;

namespace guanxi {

class CustomerPicker;
class FormProblem;

// A new task or appointment (or an existing one to change): what, for which customer, on which
// day and at what time, and how long before to be reminded. Saved through TaskService; a refusal
// is shown beside its field and nothing is written.
class TaskDialog : public QDialog {
    Q_OBJECT
public:
    TaskDialog(const AppContext &ctx, QWidget *parent = nullptr);
    void setTask(const Task &task);
    void setCustomer(const QString &customerId, const QString &name);

    const Task &saved() const { return m_saved; }

    void accept() override;

private:
    TaskDraft draft() const;

    AppContext m_ctx;
    Task m_task;
    Task m_saved;
    QPushButton *m_changes = nullptr;
    QComboBox *m_kind;
    QLineEdit *m_title;
    CustomerPicker *m_customer;
    QCheckBox *m_dated;
    QDateEdit *m_day;
    QCheckBox *m_timed;
    QTimeEdit *m_time;
    QSpinBox *m_duration;
    QSpinBox *m_remind;
    QPlainTextEdit *m_notes;
    FormProblem *m_problem;
};

} // namespace guanxi
