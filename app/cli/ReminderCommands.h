// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guanxi::cli {
class CliContext;
// guanxi-cli reminders --due [--at ISO-DATETIME] | reminders snooze KEY --until ISO-DATETIME |
// reminders done KEY: the signed-in user's reminders, headless.
int runReminders(CliContext &ctx);
} // namespace guanxi::cli
