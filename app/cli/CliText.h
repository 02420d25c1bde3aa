// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// The translation context of guanxi-cli's messages: Cli::tr("...") is found by lupdate and looked
// up under "Cli" at run time.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
