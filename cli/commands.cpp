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
               QStringLiteral("time attention decode or prefill on a backend against its roofline"),
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

} // namespace attnscope::cli
