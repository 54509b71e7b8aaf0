// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/plan.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

class QTextStream;

namespace attnscope::cli {

enum class OutputFormat { Text, Json, Csv };

// What `attnscope footprint` was asked to do, after parsing (models already loaded).
struct FootprintOptions
{
    std::optional<core::ModelShape> model; // none with --list-models or --formula alone
    std::optional<core::ModelShape> compare;
    core::FootprintRequest request;
    core::KvBits compareBits;
    std::optional<std::int64_t> budgetBytes;
    std::optional<core::PlanRequest> plan; // with --gpu-gib: the memory plan of the model
    double budgetGib = 0.0;
    bool formula = false;
    bool listModels = false;
    OutputFormat format = OutputFormat::Text;
};

struct FootprintHelp
{
    QString text;
};

// Parses `attnscope footprint ...` (arguments[1] == "footprint"), loading the model, the
// compared model and presets. Returns the options, the help, or one sentence naming the
// flag, the value and the rule.
using FootprintParse = std::variant<FootprintOptions, FootprintHelp, QString>;
[[nodiscard]] FootprintParse parseFootprintArguments(const QStringList &arguments);

// Runs `attnscope footprint`; returns the exit code (0, or 2 for bad input).
int runFootprint(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Parses a size in GiB ("80", "0.5") into bytes; std::nullopt when not a finite number > 0
// whose bytes fit in 64 bits.
[[nodiscard]] std::optional<std::int64_t> parseGib(const QString &text);

} // namespace attnscope::cli
