// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

class QTextStream;

namespace attnscope::cli {

// What `attnscope run --model DIR --prompt TEXT ...` was asked to do; the flags' syntax and
// ranges are checked by runcommand.cpp, what depends on the model (positions, layers) here.
struct PromptOptions
{
    QString folder;
    QString prompt;
    std::int64_t generate = 8; // 0..4096 new tokens
    double temperature = 0.0;  // 0: greedy
    std::int64_t topK = 0;     // 0: every token
    double topP = 1.0;
    std::int64_t seed = 0;
    std::vector<std::int64_t> layers; // layers whose attention --json prints; empty: none
    QString layersText;               // as given, for messages
    std::int64_t captureBudgetBytes = std::int64_t(256) << 20; // CaptureOptions::budgetBytes
    bool json = false;
    // With a file name: every layer's (or the --layers') attention and its input, the tokens and
    // the KV cache sizes, written there as an "attnscope-run/1" dump (docs/dump-format.md).
    QString dumpFile;
};

// Loads the model (model::TransformerModel) and DIR/tokenizer.json, runs the prompt, prints its
// tokens, the five best next tokens, then generates and prints each new token with the KV cache
// bytes beside core's footprint formula; with dumpFile, writes the dump first (atomically).
// Returns 0, 1 (the folder or model refused, or the dump not written: one sentence on err) or 2 (a value that breaks a
// rule only the model can check: one sentence on err).
int runPrompt(const PromptOptions &options, QTextStream &out, QTextStream &err);

} // namespace attnscope::cli
