// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/stage.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QTextStream;

namespace attnscope::cli {

// What a command gets to run: its output streams and, for the commands that render the window
// offscreen (the lesson handout), a factory of stages that the application provides.
struct CommandContext
{
    QTextStream &out;
    QTextStream &err;
    lessons::StageFactory stages;
};

// How a command needs the display: not at all (a QCoreApplication), or widgets rendered
// offscreen (a QApplication on the offscreen platform; never a real display).
enum class Display { None, Offscreen };

// One command of `attnscope COMMAND ...`: the one place a command is registered.
struct Command
{
    QString name;
    Display display = Display::None;
    QString summary; // one line, for the usage line and `attnscope --help`
    // Runs with the whole argument list (arguments[1] is the name); returns the exit code.
    std::function<int(const QStringList &arguments, CommandContext &context)> run;
};

// The command table: cli/ registers compute, footprint, bench, lessons, run and tradeoff; the application
// adds the commands that need its window (export).
class CommandTable
{
public:
    void add(Command command);
    [[nodiscard]] const Command *find(const QString &name) const;
    [[nodiscard]] const std::vector<Command> &commands() const { return m_commands; }
    // "compute, footprint, export, bench, lessons": the names, in the order given.
    [[nodiscard]] QString names() const;
    // "{compute|footprint|...}": the names as one word of a usage line.
    [[nodiscard]] QString choice() const;
    // One entry per command, "  name  summary", the summary wrapped at `width` columns under
    // itself: the list of commands of `attnscope --help`.
    [[nodiscard]] QString overview(int width = 92) const;
    // Runs arguments[1]'s command, or refuses an unknown one with one sentence naming them all.
    int run(const QStringList &arguments, CommandContext &context) const;

private:
    std::vector<Command> m_commands;
};

// The commands of cli/ itself, in the order of `attnscope --help`.
[[nodiscard]] CommandTable standardCommands();

// `attnscope help`, the last command of the table `others` makes with it: the application turns
// `attnscope help COMMAND` into `attnscope COMMAND --help`; this prints help's own help, or
// refuses a word that is no command. helpCommandUsage() is that help for a table holding it.
[[nodiscard]] Command helpCommand(const CommandTable &others);
[[nodiscard]] QString helpCommandUsage(const CommandTable &table);

} // namespace attnscope::cli
