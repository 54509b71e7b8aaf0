// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <variant>

class QTextStream;

namespace attnscope::cli {

// What `attnscope bench --model-dir DIR` was asked to do: time a Hugging Face model folder's
// prompt pass and greedy generation (model::TransformerModel::generate), token ids drawn seeded
// from the vocabulary (no tokenizer), against the memory-bandwidth bound of decoding.
struct BenchModelRequest
{
    QString modelDir;
    std::int64_t promptTokens = 512;
    std::int64_t generate = 64; // new tokens per run; the first comes from the prompt pass
    int threads = 0;            // 0: every core
    int repeat = 5;
    int warmup = 1;
    std::uint64_t seed = 0;
    std::int64_t probeBytes = std::int64_t(512) << 20;
    bool json = false;
};

struct BenchModelHelp
{
    QString text;
};

// Parses `attnscope bench --model-dir DIR ...` (arguments[0] is the program, arguments[1]
// "bench"): the request, the help, or one sentence naming the flag, the value and the rule.
// The folder itself is checked when it is loaded (runBenchModel).
using BenchModelParse = std::variant<BenchModelRequest, BenchModelHelp, QString>;
[[nodiscard]] BenchModelParse parseBenchModelArguments(const QStringList &arguments);

// Loads the folder, probes the memory bandwidth, then `warmup` untimed and `repeat` timed runs of
// generate(prompt, generate): prompt tokens/s (the prompt pass up to the first token) and
// generated tokens/s (the generate - 1 tokens after it, each one decoding step), medians and MADs,
// the bytes one decoding step reads (weights as held + the KV cache at its mean length) and the
// share of the bandwidth bound achieved. Returns ExitOk, ExitUsage (bad flags, or a folder the
// model loader refuses) or ExitFailure (out of memory while running).
int runBenchModel(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace attnscope::cli
