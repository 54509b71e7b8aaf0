// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace attnscope::cli {

// `attnscope tradeoff [--json | --csv]`: the measured quality of the four shipped teaching
// language models (MHA, GQA, MQA, MLA; docs/teaching-models.md) against the KV cache each keeps
// per token, read from their results.json files (model/teachingresults.h): the table of the
// window's "Quality vs cache" page as aligned text, JSON, or the page's CSV export.
// Exit codes: 0 done, 1 a results file was refused, 2 bad flags, 3 the models are not found
// (one sentence on stderr).
int runTradeoff(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace attnscope::cli
