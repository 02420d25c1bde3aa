// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

// One maker per command, each defined in the command's own file beside this one.
namespace guanxi::cli::commands {
std::unique_ptr<const Command> makeInit();
std::unique_ptr<const Command> makeSeed();
std::unique_ptr<const Command> makeCustomers();
std::unique_ptr<const Command> makeSearch();
std::unique_ptr<const Command> makeProducts();
std::unique_ptr<const Command> makeQuotes();
std::unique_ptr<const Command> makeOrders();
std::unique_ptr<const Command> makePrint();
std::unique_ptr<const Command> makeReminders();
std::unique_ptr<const Command> makeImportTransactions();
std::unique_ptr<const Command> makeReport();
std::unique_ptr<const Command> makeImport();
std::unique_ptr<const Command> makeExport();
std::unique_ptr<const Command> makeBackup();
std::unique_ptr<const Command> makeRestore();
std::unique_ptr<const Command> makeCheck();
std::unique_ptr<const Command> makeShare();
} // namespace guanxi::cli::commands
