// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guanxi::cli {
class CliContext;
// guanxi-cli search QUERY: customers, contacts and leads, best first.
int runSearch(CliContext &ctx);
} // namespace guanxi::cli
