// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/PresenceIndicator.h"

#include "core/i18n/DateTimeText.h"
#include "core/sharing/Presence.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace guanxi {

PresenceIndicator::PresenceIndicator(Presence &presence, QWidget *parent)
    : QLabel(parent)
    , m_presence(presence)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("statusPresence"));
    connect(m_timer, &QTimer::timeout, this, &PresenceIndicator::refresh);
    m_timer->start(int(Presence::kHeartbeatMs));
    refresh();
}

void PresenceIndicator::refresh()
{
    Status beat = m_presence.heartbeat();
    Q_UNUSED(beat); // a missed heartbeat only makes colleagues see us a little later
    Result<QList<PresenceEntry>> others = m_presence.others();
    if (!others || others->isEmpty()) {
        setText(tr("Nobody else has the file open"));
        setToolTip({});
        return;
    }
    QStringList names, lines;
    for (const PresenceEntry &e : *others) {
        if (!names.contains(e.userName))
            names.append(e.userName);
        lines.append(tr("%1 on %2, since %3").arg(e.userName, e.host, DateTimeText::dateTimeOfMs(e.startedAt)));
    }
    setText(tr("Also open: %1").arg(names.join(tr(", "))));
    setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace guanxi
