// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/trace.h"

#include <QStringList>

class QTextStream;

namespace attnscope::cli {

// `attnscope compute`: validates, computes, prints a summary and optionally writes a dump.
// Returns an ExitCode. Every error is one line on err and nothing is written.
int runCompute(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The human summary: configuration, tensor shapes, KV cache per token, and the attention
// weights of head 0 (at most 8 x 8 shown).
void printComputeSummary(const core::Config &config, const core::Trace &trace, QTextStream &out);

} // namespace attnscope::cli
