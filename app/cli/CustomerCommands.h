// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guanxi::cli {
class CliContext;
// guanxi-cli customers list|add|show|edit|delete|restore
int runCustomers(CliContext &ctx);
} // namespace guanxi::cli
