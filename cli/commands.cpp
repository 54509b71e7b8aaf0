// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "cli/benchcommand.h"
#include "cli/commandline.h"
#include "cli/computecommand.h"
#include "cli/footprintcommand.h"
#include "cli/lessoncommand.h"
#include "cli/runcommand.h"
#include "cli/tradeoffcommand.h"

#include <QTextStream>

#include <algorithm>

namespace attnscope::cli {

void CommandTable::add(Command command)
{
    m_commands.push_back(std::move(command));
}

const Command *CommandTable::find(const QString &name) const
{
    for (const Command &c : m_commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

QString CommandTable::names() const
{
    QStringList names;
    for (const Command &c : m_commands)
        names << c.name;
    return names.join(QStringLiteral(", "));
}

QString CommandTable::choice() const
{
    QStringList names;
    for (const Command &c : m_commands)
        names << c.name;
    return QLatin1Char('{') + names.join(QLatin1Char('|')) + QLatin1Char('}');
}

QString CommandTable::overview(int width) const
{
    qsizetype nameWidth = 0;
    for (const Command &c : m_commands)
        nameWidth = std::max(nameWidth, c.name.size());
    const QString indent(2 + nameWidth + 2, QLatin1Char(' '));
    QString text;
    for (const Command &c : m_commands) {
        QString line = QStringLiteral("  ") + c.name.leftJustified(nameWidth + 2);
        bool first = true;
        for (const QString &word : c.summary.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!first && line.size() + 1 + word.size() > width) {
                text += line + QLatin1Char('\n');
                line = indent;
                first = true;
            }
            line += (first ? QString() : QStringLiteral(" ")) + word;
            first = false;
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

int CommandTable::run(const QStringList &arguments, CommandContext &context) const
{
    if (const Command *command = find(arguments.value(1)))
        return command->run(arguments, context);
    context.err << "attnscope: unknown command '" << arguments.value(1) << "'; commands: " << names()
                << ". See attnscope --help.\n";
    return ExitUsage;
}

CommandTable standardCommands()
{
    CommandTable table;
    table.add({QStringLiteral("compute"), Display::None,
               QStringLiteral("compute one mechanism, print a summary, optionally dump every tensor"),
               [](const QStringList &a, CommandContext &c) { return runCompute(a, c.out, c.err); }});
    table.add({QStringLiteral("footprint"), Display::None,
               QStringLiteral("KV-cache footprint of a model preset, a config.json or a shape"),
               [](const QStringList &a, CommandContext &c) { return runFootprint(a, c.out, c.err); }});
    // `bench --ui` times the window: the application runs it before the table (app/uibench.h).
    table.add({QStringLiteral("bench"), Display::None,
               QStringLiteral("time attention decode or prefill on a backend against its roofline; with --ui, "
                              "the window's latency (attnscope bench --ui --help)"),
               [](const QStringList &a, CommandContext &c) { return runBench(a, c.out, c.err); }});
    // The handout renders the window: offscreen, with the application's stages.
    table.add({QStringLiteral("lessons"), Display::Offscreen,
               QStringLiteral("list or check lessons, or write one as a PDF handout"),
               [](const QStringList &a, CommandContext &c) { return runLessons(a, c); }});
    // Hugging Face model folders (model/): described, or text run through the model.
    table.add({QStringLiteral("run"), Display::None,
               QStringLiteral("describe a Hugging Face model folder, or run text through its model"),
               [](const QStringList &a, CommandContext &c) { return runRun(a, c.out, c.err); }});
    // The shipped teaching models' results.json files (model/teachingresults.h).
    table.add({QStringLiteral("tradeoff"), Display::None,
               QStringLiteral("measured quality of the shipped MHA, GQA, MQA and MLA models against their KV cache"),
               [](const QStringList &a, CommandContext &c) { return runTradeoff(a, c.out, c.err); }});
    return table;
}

namespace {
const QString kHelpSummary =
    QStringLiteral("print a command's help: attnscope help COMMAND is attnscope COMMAND --help");
}

Command helpCommand(const CommandTable &others)
{
    CommandTable all = others;
    all.add({QStringLiteral("help"), Display::None, kHelpSummary, {}});
    const QString usage = helpCommandUsage(all);
    const QString names = all.names();
    // main() turns `attnscope help COMMAND` into `attnscope COMMAND --help` and `attnscope help`
    // into `attnscope --help`; what reaches this is help's own help or a word that is no command.
    return {QStringLiteral("help"), Display::None, kHelpSummary,
            [usage, names](const QStringList &arguments, CommandContext &context) {
                const QString topic = arguments.value(2);
                if (topic == QLatin1String("help") || topic == QLatin1String("--help")
                    || topic == QLatin1String("-h")) {
                    context.out << usage;
                    return int(ExitOk);
                }
                context.err << "attnscope help: '" << topic << "' is not a command; commands: " << names << ".\n";
                return int(ExitUsage);
            }};
}

QString helpCommandUsage(const CommandTable &table)
{
    return QStringLiteral("Usage: attnscope help %1\n"
                          "Prints the help of COMMAND, the same as attnscope COMMAND --help; attnscope help alone\n"
                          "prints the help of the window and lists the commands (attnscope --help).\n"
                          "Exit codes: 0 success, 2 not a command.\n")
        .arg(table.choice());
}

} // namespace attnscope::cli
