// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guanxi::cli {
class CliContext;
// guanxi-cli import customers|contacts|leads FILE, and export customers|contacts FILE.
int runImport(CliContext &ctx);
int runExport(CliContext &ctx);
} // namespace guanxi::cli
