// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guanxi {

// Where Guanxi keeps its files; the GUI and guanxi-cli agree on these, so both open the same
// database by default.
namespace AppPaths {

// Sets the organisation and application names that QStandardPaths and QSettings use.
void setApplicationIdentity();

QString dataFolder();          // e.g. ~/.local/share/Guanxi/Guanxi
QString defaultDatabasePath(); // <dataFolder>/guanxi.sqlite3

} // namespace AppPaths
} // namespace guanxi
