// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workbench/WorkbenchSettingsDialog.h"

#include "core/customers/Customer.h"
#include "core/reminders/ReminderService.h"
#include "core/users/AccessPolicy.h"
#include "core/workbench/WorkbenchRules.h"
#include "ui/common/FormProblem.h"
#include "ui/reminders/ReminderNotifier.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace guanxi {

WorkbenchSettingsDialog::WorkbenchSettingsDialog(const AppContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_at(new QTimeEdit(this))
    , m_sound(new QCheckBox(tr("Play a sound"), this))
    , m_problem(new FormProblem(this, "workbenchSettingsProblem"))
{
    setObjectName(QStringLiteral("workbenchSettingsDialog"));
    setWindowTitle(tr("Workbench and reminders"));
    const ReminderSettings s = ReminderService(*ctx.db, *ctx.clock).settings(ctx.session).value();

    auto *reminders = new QGroupBox(tr("Reminders"), this);
    auto *grid = new QGridLayout(reminders);
    grid->addWidget(new QLabel(tr("Remind me of"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Days ahead"), this), 0, 1);
    int row = 1;
    for (ReminderRule rule : reminderRules()) {
        const auto i = static_cast<size_t>(rule);
        m_on[i] = new QCheckBox(displayName(rule), this);
        m_on[i]->setObjectName(QStringLiteral("remind_") + codeOf(rule));
        m_on[i]->setChecked(s.enabled[i]);
        m_ahead[i] = new QSpinBox(this);
        m_ahead[i]->setRange(0, 60);
        m_ahead[i]->setValue(s.daysAhead[i]);
        // A task's appointment has its own minutes-before; the pool and follow-ups count days.
        m_ahead[i]->setEnabled(rule != ReminderRule::Task);
        grid->addWidget(m_on[i], row, 0);
        grid->addWidget(m_ahead[i], row, 1);
        ++row;
    }
    m_at->setObjectName(QStringLiteral("remindAt"));
    m_at->setDisplayFormat(QStringLiteral("HH:mm"));
    m_at->setTime(QTime(0, 0).addSecs(s.remindAtMinute * 60));
    grid->addWidget(new QLabel(tr("Day reminders come at"), this), row, 0);
    grid->addWidget(m_at, row, 1);
    m_sound->setChecked(ReminderNotifier::soundWanted());
    grid->addWidget(m_sound, row + 1, 0, 1, 2);

    auto *dormancy = new QGroupBox(tr("Dormant customers (managers set these for everyone)"), this);
    auto *dgrid = new QGridLayout(dormancy);
    dgrid->addWidget(new QLabel(tr("No contact for (days)"), this), 1, 0);
    dgrid->addWidget(new QLabel(tr("No order for (days)"), this), 2, 0);
    const DormancyRules rules = WorkbenchRules(*ctx.db).dormancy().value();
    for (int t = 0; t < 3; ++t) {
        dgrid->addWidget(new QLabel(tierDisplayName(static_cast<Tier>(t)), this), 0, t + 1);
        m_contactDays[static_cast<size_t>(t)] = new QSpinBox(this);
        m_orderDays[static_cast<size_t>(t)] = new QSpinBox(this);
        for (QSpinBox *b : {m_contactDays[static_cast<size_t>(t)], m_orderDays[static_cast<size_t>(t)]})
            b->setRange(1, 3650);
        m_contactDays[static_cast<size_t>(t)]->setValue(rules.contactDays[static_cast<size_t>(t)]);
        m_orderDays[static_cast<size_t>(t)]->setValue(rules.orderDays[static_cast<size_t>(t)]);
        dgrid->addWidget(m_contactDays[static_cast<size_t>(t)], 1, t + 1);
        dgrid->addWidget(m_orderDays[static_cast<size_t>(t)], 2, t + 1);
    }
    dormancy->setEnabled(AccessPolicy(ctx.session).leadsTeam());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkbenchSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reminders);
    layout->addWidget(dormancy);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void WorkbenchSettingsDialog::accept()
{
    ReminderSettings s;
    for (size_t i = 0; i < m_on.size(); ++i) {
        s.enabled[i] = m_on[i]->isChecked();
        s.daysAhead[i] = m_ahead[i]->value();
    }
    s.remindAtMinute = QTime(0, 0).secsTo(m_at->time()) / 60;
    if (Status st = ReminderService(*m_ctx.db, *m_ctx.clock).setSettings(m_ctx.session, s); !st) {
        m_problem->report(st.error(), {{"remindAt", m_at}});
        return;
    }
    ReminderNotifier::setSoundWanted(m_sound->isChecked());
    if (AccessPolicy(m_ctx.session).leadsTeam()) {
        DormancyRules rules;
        for (size_t t = 0; t < 3; ++t) {
            rules.contactDays[t] = m_contactDays[t]->value();
            rules.orderDays[t] = m_orderDays[t]->value();
        }
        if (Status st = WorkbenchRules(*m_ctx.db).setDormancy(m_ctx.session, rules); !st) {
            m_problem->report(st.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace guanxi
