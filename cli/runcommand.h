// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace attnscope::cli {

// `attnscope run --inspect DIR [--json]`: reads a Hugging Face model folder (config.json and its
// safetensors weights, model/) and describes it: the architecture, the attention kind, the
// parameters counted from the weights, and the KV cache per token from core's footprint.
// Running text through the model (`--prompt`) is not built yet and is refused as such.
// Exit codes: 0 described, 1 the folder was refused (one sentence on stderr), 2 bad flags.
int runRun(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace attnscope::cli
