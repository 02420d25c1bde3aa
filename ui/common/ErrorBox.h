// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

class QWidget;

namespace guanxi {

// The one way the GUI shows an Error: its message in the user's language, SQLite's own text
// under "Show Details".
void showError(QWidget *parent, const QString &title, const Error &error);

} // namespace guanxi
