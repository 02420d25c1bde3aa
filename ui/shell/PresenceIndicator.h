// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QTimer;

namespace guanxi {

class Presence;

// The status bar's "also open: 王芳, 李雷": keeps this window's presence row alive (the
// heartbeat) and shows who else has the file open, refreshed with each heartbeat.
class PresenceIndicator : public QLabel {
    Q_OBJECT
public:
    PresenceIndicator(Presence &presence, QWidget *parent = nullptr);
    void refresh();

private:
    Presence &m_presence;
    QTimer *m_timer = nullptr;
};

} // namespace guanxi
