// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workbench/TaskDialog.h"

#include "core/i18n/DateTimeText.h"
#include "core/tasks/TaskFields.h"
#include "core/tasks/TaskService.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "ui/common/CustomerPicker.h"
#include "ui/common/FormProblem.h"
#include "ui/common/RecordEditing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>

namespace guanxi {

namespace {

RecordAccess<TaskDraft, Task> taskAccess(const AppContext &ctx, const QString &id)
{
    return {taskFields(), [ctx, id] { return TaskService(*ctx.db, *ctx.clock).find(ctx.session, id); },
            [](const Task &t) { return t.fields; }, [](const Task &t) { return t.rowVersion; },
            [ctx, id](const TaskDraft &d, qint64 version) {
                return TaskService(*ctx.db, *ctx.clock).update(ctx.session, id, d, version);
            }};
}

} // namespace

TaskDialog::TaskDialog(const AppContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_customer(new CustomerPicker(ctx, this))
    , m_dated(new QCheckBox(tr("On"), this))
    , m_day(new QDateEdit(this))
    , m_timed(new QCheckBox(tr("At"), this))
    , m_time(new QTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_remind(new QSpinBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problem(new FormProblem(this, "taskProblem"))
{
    setObjectName(QStringLiteral("taskDialog"));
    setWindowTitle(tr("New task"));
    for (TaskKind k : taskKinds())
        m_kind->addItem(displayName(k), static_cast<int>(k));
    m_kind->setObjectName(QStringLiteral("taskKind"));
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setPlaceholderText(tr("What is to be done, e.g. 回电话确认交货期"));
    m_customer->setObjectName(QStringLiteral("taskCustomer"));
    m_customer->setPlaceholderText(tr("Optional: name, pinyin initials or phone"));
    const QDate today = localdays::today(*ctx.clock);
    m_dated->setObjectName(QStringLiteral("taskDated"));
    m_dated->setChecked(true);
    m_day->setObjectName(QStringLiteral("taskDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(DateTimeText::datePattern());
    m_day->setDate(today);
    m_timed->setObjectName(QStringLiteral("taskTimed"));
    m_time->setObjectName(QStringLiteral("taskTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    const QTime next = QDateTime::fromMSecsSinceEpoch(ctx.clock->nowMs()).time().addSecs(3600);
    m_time->setTime(QTime(next.hour(), 0));
    m_time->setEnabled(false);
    m_duration->setObjectName(QStringLiteral("taskDuration"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(30);
    m_remind->setObjectName(QStringLiteral("taskRemind"));
    m_remind->setRange(0, 24 * 60);
    m_remind->setSingleStep(5);
    m_remind->setSuffix(tr(" min before"));
    m_remind->setValue(15);
    m_notes->setObjectName(QStringLiteral("taskNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_day->setEnabled(on);
        m_timed->setEnabled(on);
        m_time->setEnabled(on && m_timed->isChecked());
    });
    connect(m_timed, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    // Calls, visits and meetings are appointments: they get a time by default.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (static_cast<TaskKind>(m_kind->currentData().toInt()) != TaskKind::Todo) {
            m_dated->setChecked(true);
            m_timed->setChecked(true);
        }
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("Customer"), m_customer);
    auto *when = new QHBoxLayout;
    when->addWidget(m_dated);
    when->addWidget(m_day);
    when->addWidget(m_timed);
    when->addWidget(m_time);
    when->addWidget(m_duration);
    when->addStretch();
    form->addRow(tr("When"), when);
    form->addRow(tr("Remind me"), m_remind);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_changes = buttons->addButton(tr("C&hanges…"), QDialogButtonBox::ActionRole);
    m_changes->setObjectName(QStringLiteral("taskChanges"));
    m_changes->setEnabled(false); // until an existing task is shown
    connect(m_changes, &QPushButton::clicked, this, [this] {
        showHistory<TaskDraft, Task>(this, *m_ctx.db, m_task.id, true, taskAccess(m_ctx, m_task.id),
                                     [this](const Task &t) { setTask(t); });
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_title->setFocus();
}

void TaskDialog::setCustomer(const QString &customerId, const QString &name)
{
    m_customer->setCustomer(customerId, name);
}

void TaskDialog::setTask(const Task &task)
{
    m_task = task;
    m_changes->setEnabled(!task.id.isEmpty());
    setWindowTitle(tr("Task: %1").arg(task.fields.title));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(task.fields.kind)));
    m_title->setText(task.fields.title);
    m_customer->setCustomer(task.fields.customerId, task.customerName);
    const QDate day = QDate::fromString(task.fields.dueOn, Qt::ISODate);
    m_dated->setChecked(day.isValid());
    if (day.isValid())
        m_day->setDate(day);
    m_timed->setChecked(task.fields.startsAt != 0);
    if (task.fields.startsAt != 0)
        m_time->setTime(QDateTime::fromMSecsSinceEpoch(task.fields.startsAt).time());
    m_duration->setValue(task.fields.durationMin);
    m_remind->setValue(task.fields.remindBeforeMin);
    m_notes->setPlainText(task.fields.notes);
}

TaskDraft TaskDialog::draft() const
{
    TaskDraft d = m_task.fields;
    d.kind = static_cast<TaskKind>(m_kind->currentData().toInt());
    d.title = m_title->text();
    d.customerId = m_customer->customerId();
    if (d.customerId != m_task.fields.customerId)
        d.contactId.clear();
    d.dueOn = m_dated->isChecked() ? localdays::iso(m_day->date()) : QString();
    d.startsAt =
        m_dated->isChecked() && m_timed->isChecked() ? QDateTime(m_day->date(), m_time->time()).toMSecsSinceEpoch() : 0;
    d.durationMin = m_timed->isChecked() ? m_duration->value() : 0;
    d.remindBeforeMin = m_remind->value();
    d.notes = m_notes->toPlainText();
    return d;
}

void TaskDialog::accept()
{
    if (!m_customer->text().trimmed().isEmpty() && m_customer->customerId().isEmpty()) {
        m_problem->report(tr("Choose the customer from the offered list, or clear the field."), m_customer);
        return;
    }
    TaskService tasks(*m_ctx.db, *m_ctx.clock);
    Result<Task> r = m_task.id.isEmpty() ? tasks.create(m_ctx.session, draft())
                                         : tasks.update(m_ctx.session, m_task.id, draft(), m_task.rowVersion);
    if (!r && r.error().code == ErrorCode::Conflict && !m_task.id.isEmpty()) {
        r = saveMerged(this, *m_ctx.db, m_task.id, taskAccess(m_ctx, m_task.id), m_task.fields, draft());
        if (!r && r.error().code == ErrorCode::Cancelled)
            return;
    }
    if (!r) {
        m_problem->report(r.error(),
                          {{"title", m_title},
                           {"dueOn", m_day},
                           {"startsAt", m_time},
                           {"duration", m_duration},
                           {"remindBefore", m_remind},
                           {"owner", m_title},
                           {"contact", m_customer}});
        return;
    }
    m_saved = *r;
    QDialog::accept();
}

} // namespace guanxi
