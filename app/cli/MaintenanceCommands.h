// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guanxi::cli {
class CliContext;
int runInit(CliContext &ctx);
int runSeed(CliContext &ctx);
int runBackup(CliContext &ctx);
int runRestore(CliContext &ctx);
int runCheck(CliContext &ctx);
int runShare(CliContext &ctx);
} // namespace guanxi::cli
