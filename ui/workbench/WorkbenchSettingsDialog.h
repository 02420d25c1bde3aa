// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reminders/Reminder.h"
#include "ui/common/AppContext.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QSpinBox;
class QTimeEdit;

namespace guanxi {

class FormProblem;

// The user's reminder rules (which ones, how many days ahead, at what time of day, with a sound)
// and, for managers, when a customer counts as dormant in each importance tier.
class WorkbenchSettingsDialog : public QDialog {
    Q_OBJECT
public:
    WorkbenchSettingsDialog(const AppContext &ctx, QWidget *parent = nullptr);
    void accept() override;

private:
    AppContext m_ctx;
    std::array<QCheckBox *, kReminderRuleCount> m_on{};
    std::array<QSpinBox *, kReminderRuleCount> m_ahead{};
    QTimeEdit *m_at;
    QCheckBox *m_sound;
    std::array<QSpinBox *, 3> m_contactDays{};
    std::array<QSpinBox *, 3> m_orderDays{};
    FormProblem *m_problem;
};

} // namespace guanxi
