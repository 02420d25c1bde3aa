// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guanxi::cli {
class CliContext;
// guanxi-cli quotes list | orders list: quotes and orders the user may see.
int runQuotes(CliContext &ctx);
int runOrders(CliContext &ctx);
// guanxi-cli print quote|order|delivery ID --pdf FILE [--warehouse]: the printed document, headless.
int runPrint(CliContext &ctx);
} // namespace guanxi::cli
