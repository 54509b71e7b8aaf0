// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/footprintcommand.h"

#include <QString>
#include <QStringList>

#include <variant>

namespace attnscope::app {

class MainWindow;

// The footprint dock's settings as flags of `attnscope export --view footprint` and
// `--screenshot --view footprint`: the flags of `attnscope footprint` (--model, --config,
// --compare, --compare-bits, --kv-bits, --context, --batch, --source-tokens and the plan's
// --gpu-gib, --gpus, --reserve-gib, --weight-bits, --block-size, --weight-scale-group,
// --kv-scale-group, --dp-attention), read by its own parser so that they mean what they mean
// there, and --overlay ID|FILE (repeatable): more models drawn on the chart.
struct FootprintRender
{
    cli::FootprintOptions options;
    QString modelArgument;   // --model ID
    QString configArgument;  // --config FILE
    QString compareArgument; // --compare ID|FILE
    QStringList overlays;    // --overlay values, in order
};

// Whether `name` (without "--") is one of these flags, and whether it takes a value. --model and
// --source-tokens are not: the window's own parser and compute's own them, and they join these
// flags when a footprint flag is given (see parseFootprintRender()).
[[nodiscard]] bool isFootprintFlag(const QString &name, bool *takesValue);

// Parses the collected flags ("--gpus", "8", ...), with --model ID when given. Returns one
// sentence naming the flag, the value and the rule on error.
[[nodiscard]] std::variant<FootprintRender, QString> parseFootprintRender(const QStringList &flags,
                                                                          const QString &model);

// Shows the model, the compared model, the overlays and the request in the window's footprint
// dock and chart. Returns an error sentence, or an empty string.
[[nodiscard]] QString applyFootprintRender(MainWindow &window, const FootprintRender &render);

} // namespace attnscope::app
