// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guanxi::cli {
class CliContext;
// guanxi-cli products list|add: the showroom.
int runProducts(CliContext &ctx);
} // namespace guanxi::cli
