// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>

namespace guanxi::cli {

// Options several commands share, each said once: its name, its help text and its default.
namespace options {
QCommandLineOption format();        // --format table|csv|json
QCommandLineOption limit();         // --limit N
QCommandLineOption search();        // --search TEXT
QCommandLineOption expectVersion(); // --expect-version N
QCommandLineOption currency();      // --currency CODE
// An option with its help text translated in the "Cli" context (mark the text QT_TRANSLATE_NOOP).
QCommandLineOption make(const QString &name, const char *help, const QString &valueName = {},
                        const QString &defaultValue = {});
} // namespace options

} // namespace guanxi::cli
