// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace guanxi::cli {
class CliContext;
// guanxi-cli customers list|add|show|edit|delete|restore
int runCustomers(CliContext &ctx);
// The fields customers add takes as options and customers edit as --set FIELD=VALUE.
const QStringList &customerFieldNames();
} // namespace guanxi::cli
