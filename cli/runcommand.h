// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace attnscope::cli {

// `attnscope run --inspect DIR [--json]`: reads a Hugging Face model folder (config.json and its
// safetensors weights, model/) and describes it: the architecture, the attention kind, the
// parameters counted from the weights, and the KV cache per token from core's footprint.
// `attnscope run --model DIR --prompt TEXT [...]` checks its flags here and runs the model
// (cli/runprompt.h). Exit codes: 0 done, 1 the folder or model was refused (one sentence on
// stderr), 2 bad flags.
int runRun(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace attnscope::cli
