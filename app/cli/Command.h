// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace guanxi::cli {

class CliContext;

// One guanxi-cli command: its name, its lines in `guanxi-cli --help`, the options only it reads
// (`guanxi-cli NAME --help` shows them) and what it does. Each command is a file of its own in
// app/cli/commands/, made known in Commands.cpp.
class Command {
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // Its arguments and what it does, as lines of the list of commands (translated).
    virtual QString synopsis() const = 0;
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual int run(CliContext &ctx) const = 0;
};

// Every command, in the order `guanxi-cli --help` lists them.
const std::vector<std::unique_ptr<const Command>> &allCommands();
// The command called `name`, or null.
const Command *findCommand(const QString &name);
// The command named in `arguments` (argv): the first one that is neither an option nor an
// option's value; empty when there is none.
QString commandNameIn(const QStringList &arguments);
// Options every command understands: --db and --user.
QList<QCommandLineOption> sharedOptions();
// What `guanxi-cli --help` says above the options: the commands and the exit codes.
QString overview();

} // namespace guanxi::cli
