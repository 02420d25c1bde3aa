// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reminders/ReminderNotifier.h"

#include "core/quotes/QuoteService.h"
#include "core/reminders/ReminderService.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>

namespace guanxi {

namespace {
const QString kSoundKey = QStringLiteral("reminders/sound");
constexpr int kLinesInMessage = 3;
} // namespace

ReminderNotifier::ReminderNotifier(const AppContext &ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
{
}

bool ReminderNotifier::soundWanted()
{
    return QSettings().value(kSoundKey, true).toBool();
}

void ReminderNotifier::setSoundWanted(bool on)
{
    QSettings().setValue(kSoundKey, on);
}

void ReminderNotifier::start()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(qApp->windowIcon().isNull()
                                         ? qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation)
                                         : qApp->windowIcon(),
                                     this);
        m_tray->setToolTip(tr("Guanxi CRM"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderNotifier::openRequested);
        connect(m_tray, &QSystemTrayIcon::activated, this, &ReminderNotifier::openRequested);
        m_tray->show();
    }
}

void ReminderNotifier::checkNow()
{
    // The wall clock is read afresh each time, so a laptop that wakes from sleep catches up at once.
    Result<QList<Reminder>> due = ReminderService(*m_ctx.db, *m_ctx.clock).due(m_ctx.session);
    if (!due)
        return; // the file is busy or gone; the next minute tries again
    m_due = *due;
    emit dueChanged(int(m_due.size()));
    if (QuoteService::mayApprove(m_ctx.session)) {
        int waiting = 0;
        if (QuoteService(*m_ctx.db, *m_ctx.clock).approvalQueue(m_ctx.session, 0, &waiting))
            emit approvalsWaiting(waiting);
    }
    const QList<Reminder> fresh = m_tracker.fresh(m_due);
    if (!fresh.isEmpty())
        announce(fresh);
}

void ReminderNotifier::announce(const QList<Reminder> &fresh)
{
    emit announced(fresh);
    if (m_tray) {
        QStringList lines;
        for (int i = 0; i < fresh.size() && i < kLinesInMessage; ++i) {
            const Reminder &r = fresh[i];
            lines << (r.customerName.isEmpty() ? r.title : tr("%1: %2").arg(r.customerName, r.title));
        }
        if (fresh.size() > kLinesInMessage)
            lines << tr("… and %n more", "", int(fresh.size()) - kLinesInMessage);
        m_tray->showMessage(tr("%n reminder(s)", "", int(fresh.size())), lines.join(QLatin1Char('\n')),
                            QSystemTrayIcon::Information, 15'000);
    }
    if (soundWanted())
        QApplication::beep();
}

} // namespace guanxi
