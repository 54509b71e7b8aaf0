// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace attnscope::io {

// The run dump: a real model's run of one prompt (`attnscope run --model DIR --prompt TEXT --dump
// FILE`), as documented in docs/dump-format.md ("attnscope-run/1"). The command fills it from
// model/ (io does not depend on model/).
inline constexpr char kRunDumpFormat[] = "attnscope-run/1";

struct RunDump
{
    struct Mla
    {
        std::int64_t qLoraRank = 0; // 0: queries are not compressed
        std::int64_t kvLoraRank = 0;
        std::int64_t qkNopeHeadDim = 0;
        std::int64_t qkRopeHeadDim = 0;
        std::int64_t vHeadDim = 0;
    };
    struct Token
    {
        std::int32_t id = 0;
        std::optional<QString> token; // as tokenizer.json spells it ("Ġhello"); none for an id it lacks
        std::optional<QString> text;  // decoded (" hello")
    };
    struct Layer
    {
        std::int64_t layer = 0;
        core::Tensor attention; // [heads, T, T]
        core::Tensor input;     // [T, hidden]: the normalised hidden state entering attention
    };
    struct CacheSize
    {
        std::int64_t tokens = 0;       // tokens in the cache
        std::int64_t bytes = 0;        // what the model's cache takes at the checkpoint's dtype
        std::int64_t formulaBytes = 0; // core's footprint formula for as many tokens
    };

    QString folder;
    QString modelType;
    QString kvDtype; // "f32", "f16", "bf16": the checkpoint's dtype, at which the cache is counted
    std::int64_t layers = 0, hiddenSize = 0, heads = 0, kvHeads = 0, headDim = 0, vocabSize = 0;
    std::int64_t maxPositions = 0;
    std::optional<Mla> mla;
    QString prompt;
    std::vector<Token> promptTokens;
    std::vector<Layer> captured; // ascending layers
    QJsonObject sampling;        // temperature, top_k, top_p, seed
    std::vector<Token> generated;
    QString generatedText;
    std::vector<CacheSize> kvCache; // after the prompt, then after each generated token fed back
};

// Serialises a run dump; throws std::runtime_error on a non-finite value.
[[nodiscard]] QByteArray runDumpToJson(const RunDump &dump);

// Writes runDumpToJson() with writeFileAtomically(): on failure returns false, keeps the old file
// and sets *error to a sentence naming the file and the reason.
bool writeRunDump(const QString &fileName, const RunDump &dump, QString *error);

} // namespace attnscope::io
