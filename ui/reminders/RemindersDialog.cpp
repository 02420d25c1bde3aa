// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reminders/RemindersDialog.h"

#include "core/reminders/ReminderService.h"
#include "core/util/Clock.h"
#include "core/util/LocalDays.h"
#include "models/workbench/ReminderListModel.h"
#include "ui/reminders/ReminderNotifier.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace guanxi {

RemindersDialog::RemindersDialog(const AppContext &ctx, ReminderNotifier *notifier, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_notifier(notifier)
    , m_model(new ReminderListModel(this))
    , m_view(new QTableView(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("remindersDialog"));
    setWindowTitle(tr("Reminders"));
    m_view->setObjectName(QStringLiteral("reminderList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_problem->setObjectName(QStringLiteral("remindersProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *snooze = new QPushButton(tr("&Snooze"), this);
    snooze->setObjectName(QStringLiteral("snoozeReminder"));
    auto *menu = new QMenu(snooze);
    static constexpr qint64 minute = 60'000;
    menu->addAction(tr("15 minutes"), this, [this] { snoozeSelected(m_ctx.clock->nowMs() + 15 * minute); });
    menu->addAction(tr("1 hour"), this, [this] { snoozeSelected(m_ctx.clock->nowMs() + 60 * minute); });
    menu->addAction(tr("Tomorrow morning"), this,
                    [this] { snoozeSelected(localdays::at(localdays::today(*m_ctx.clock).addDays(1), 9 * 60)); });
    snooze->setMenu(menu);
    auto *done = new QPushButton(tr("&Done"), this);
    done->setObjectName(QStringLiteral("doneReminder"));
    connect(done, &QPushButton::clicked, this, &RemindersDialog::doneSelected);
    auto *open = new QPushButton(tr("&Open customer"), this);
    open->setObjectName(QStringLiteral("openReminderCustomer"));
    const auto openSelected = [this] {
        const QModelIndex i = m_view->currentIndex();
        const QString id = i.isValid() ? i.data(ReminderListModel::CustomerIdRole).toString() : QString();
        if (!id.isEmpty()) {
            emit openCustomer(id);
            accept();
        }
    };
    connect(open, &QPushButton::clicked, this, openSelected);
    connect(m_view, &QTableView::doubleClicked, this, openSelected);
    auto *row = new QHBoxLayout;
    row->addWidget(snooze);
    row->addWidget(done);
    row->addWidget(open);
    row->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addLayout(row);
    resize(760, 420);
    reload();
}

void RemindersDialog::reload()
{
    m_notifier->checkNow();
    m_model->setReminders(m_notifier->due());
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

QString RemindersDialog::selectedKey() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(ReminderListModel::KeyRole).toString() : QString();
}

void RemindersDialog::snoozeSelected(qint64 untilMs)
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    const Status s = ReminderService(*m_ctx.db, *m_ctx.clock).snooze(m_ctx.session, key, untilMs);
    m_problem->setVisible(!s);
    if (!s)
        m_problem->setText(s.error().message);
    reload();
}

void RemindersDialog::doneSelected()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    const Status s = ReminderService(*m_ctx.db, *m_ctx.clock).done(m_ctx.session, key);
    m_problem->setVisible(!s);
    if (!s)
        m_problem->setText(s.error().message);
    reload();
}

} // namespace guanxi
