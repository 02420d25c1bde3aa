// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Progress.h"
#include "core/util/Result.h"

#include <functional>

class QWidget;

namespace guanxi {

// Runs long work (seeding, backing up, restoring) on a worker thread behind a modal progress
// dialog with a Cancel button. The work gets a ProgressFn that reports progress and returns false
// once the user cancelled; it must open its own Database (connections belong to one thread).
namespace BackgroundTask {
Status run(QWidget *parent, const QString &title, const std::function<Status(const ProgressFn &)> &work);
}

} // namespace guanxi
