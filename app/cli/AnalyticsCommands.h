// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guanxi::cli {
class CliContext;
// guanxi-cli import-transactions FILE [--currency CODE]: a purchase log (CDNOW layout) as customers
// and orders.
int runImportTransactions(CliContext &ctx);
// guanxi-cli report NAME [params] --format table|csv|json: the report center's reports, headless.
int runReport(CliContext &ctx);
} // namespace guanxi::cli
