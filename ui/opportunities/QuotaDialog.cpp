// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/QuotaDialog.h"

#include "core/money/Money.h"
#include "core/quotas/QuotaService.h"
#include "core/users/AccessPolicy.h"
#include "core/users/UserService.h"
#include "ui/common/ErrorBox.h"
#include "ui/common/FormProblem.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace guanxi {

QuotaDialog::QuotaDialog(const AppContext &ctx, const QString &period, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("quotaDialog"));
    setWindowTitle(tr("Set a quota"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("quotaPerson"));
    const AccessPolicy policy(ctx.session);
    if (Result<QList<User>> users = UserService(*ctx.db, *ctx.clock).users())
        for (const User &u : *users)
            if (policy.canAssignTo(u.id, u.departmentId))
                m_person->addItem(u.displayName, u.id);
    form->addRow(tr("&Salesperson"), m_person);
    m_period = new QLineEdit(period, this);
    m_period->setObjectName(QStringLiteral("quotaPeriod"));
    m_period->setPlaceholderText(tr("a month (2026-11) or a quarter (2026-Q4)"));
    form->addRow(tr("&Period"), m_period);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("quotaAmount"));
    m_amount->setPlaceholderText(tr("in CNY; empty clears the quota"));
    form->addRow(tr("&Amount"), m_amount);
    layout->addLayout(form);
    m_problem = new FormProblem(this, "quotaProblem");
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuotaDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuotaDialog::reject);
    layout->addWidget(buttons);
}

void QuotaDialog::accept()
{
    qint64 amount = 0;
    if (!m_amount->text().trimmed().isEmpty()) {
        Result<qint64> parsed = MoneyText::parse(m_amount->text(), QStringLiteral("CNY"));
        if (!parsed) {
            m_problem->report(parsed.error().message, m_amount);
            return;
        }
        amount = *parsed;
    }
    Status saved = QuotaService(*m_ctx.db, *m_ctx.clock)
                       .set(m_ctx.session, m_person->currentData().toString(), m_period->text(), amount);
    if (!saved) {
        if (saved.error().code == ErrorCode::Invalid) {
            m_problem->report(saved.error().message);
        } else {
            showError(this, tr("The quota was not saved"), saved.error());
        }
        return;
    }
    QDialog::accept();
}

} // namespace guanxi
