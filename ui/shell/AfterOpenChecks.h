// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QThread;

namespace guanxi {

class MainWindow;

// After the window is up, in the background on a connection of its own: a quick check of every
// page (damage in pages nothing has read yet is reported with the offer of a snapshot), the seal
// of the users table, then once a day a snapshot. A damaged file gets no snapshot, so it cannot
// push a good one out of the kept set. Returns the thread (it deletes itself when done).
QThread *runAfterOpenChecks(const QString &path, MainWindow *window);

// The day's snapshot, if none was taken today yet: on a connection of its own in the background,
// after the same quick check. For a window left open past midnight (MainWindow's scheduler asks
// every hour).
void takeDailySnapshotInBackground(const QString &path, MainWindow *window);

} // namespace guanxi
