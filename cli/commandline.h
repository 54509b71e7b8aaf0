// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace attnscope::cli {

// Exit codes of every command-line mode.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,     // the request was valid but something failed (e.g. a file could not be written)
    ExitUsage = 2,       // bad flags or values: nothing was computed or written
    ExitUnavailable = 3, // a resource the valid request names is missing here (attnscope bench --backend cuda)
};

// What `attnscope compute` was asked to do.
struct ComputeOptions
{
    core::Request request;
    QString dumpFile; // empty: no dump
};

struct HelpRequested
{
    QString text;
};

// Parses the arguments of `attnscope compute` (arguments[0] is the program, arguments[1]
// "compute"). Returns the options, the help text, or one sentence naming the flag, the value
// and the rule. Only the syntax is checked here: values are checked by core::validate().
using ComputeParse = std::variant<ComputeOptions, HelpRequested, QString>;
[[nodiscard]] ComputeParse parseComputeArguments(const QStringList &arguments);

// An integer flag that sets a field of core::Request (a row of core::parameters()).
struct IntegerFlag
{
    QString name; // without dashes
    std::optional<std::int64_t> core::Request::*field;
    QString help;
    bool shape; // describes a model's attention shape (also a flag of `attnscope footprint`)
};
// Every integer flag of `attnscope compute`.
[[nodiscard]] const std::vector<IntegerFlag> &integerFlags();
// The shape flags alone: d-model, heads, kv-heads, head-dim, latent-rank, query-rank, rope-dim.
[[nodiscard]] std::vector<IntegerFlag> shapeIntegerFlags();

// Parses a whole integer for --flag; returns "" on success, else the error sentence.
[[nodiscard]] QString parseInteger(const QString &flag, const QString &text, std::int64_t *value);
// An integer option within [minimum, maximum]: when given, parsed and written to *value. Returns
// "" on success or when the option is absent, else the sentence "--name V: give MIN to MAX WHAT.".
[[nodiscard]] QString boundedInteger(const QCommandLineParser &parser, const QCommandLineOption &option,
                                     const char *name, std::int64_t minimum, std::int64_t maximum, const char *what,
                                     std::int64_t *value);
// The same for a field of another integer type.
template <typename Int>
[[nodiscard]] QString boundedInteger(const QCommandLineParser &parser, const QCommandLineOption &option,
                                     const char *name, std::int64_t minimum, std::int64_t maximum, const char *what,
                                     Int *value)
{
    std::int64_t v = static_cast<std::int64_t>(*value);
    QString error = boundedInteger(parser, option, name, minimum, maximum, what, &v);
    if (error.isEmpty())
        *value = static_cast<Int>(v);
    return error;
}
// The first option given more than once, or "".
[[nodiscard]] QString repeatedOption(const QCommandLineParser &parser);

// True when arguments[1] is a command rather than a window option or a lesson file (a path or
// FILE.lesson): no window (and no display) is needed, and an unknown command is refused by the
// command table (cli/commands.h).
[[nodiscard]] bool isCommand(const QStringList &arguments);

} // namespace attnscope::cli
