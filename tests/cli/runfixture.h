// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tiny llama that `attnscope run --model` tests run (tst_runcommand, tst_rundump), the
// tokenizer it reads and the helpers that run the executable. The including target defines
// ATTNSCOPE_BINARY and ATTNSCOPE_TINY_TOKENIZER.

#include "tests/common/runprogram.h"
#include "tests/model/safetensorswriter.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace attnscope::testing {

using model::test::Entry;

// vocab 266 (= tiny.json's ids), hidden 8, 2 layers, 2 query heads of width 4 sharing 1 KV head,
// MLP 12, 32 positions; random weights, the embedding in BF16 (the checkpoint's dtype).
inline const QByteArray kRunLlama =
    R"({"model_type": "llama", "vocab_size": 266, "hidden_size": 8, "num_hidden_layers": 2,
  "num_attention_heads": 2, "num_key_value_heads": 1, "intermediate_size": 12, "max_position_embeddings": 32,
  "rope_theta": 10000.0, "rms_norm_eps": 1e-05, "tie_word_embeddings": false})";

inline std::vector<Entry> runLlamaTensors()
{
    std::uint64_t state = 12345;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return float(double(state >> 40) / double(1ULL << 24)) * 2.0f - 1.0f;
    };
    std::vector<Entry> e;
    const auto add = [&](const std::string &name, std::vector<std::int64_t> shape, bool bf16 = false,
                         bool ones = false) {
        std::int64_t n = 1;
        for (const std::int64_t d : shape)
            n *= d;
        QByteArray bytes;
        for (std::int64_t i = 0; i < n; ++i) {
            const float v = ones ? 1.0f : next();
            std::uint32_t bits = 0;
            std::memcpy(&bits, &v, 4);
            if (bf16)
                bytes.append(QByteArray(reinterpret_cast<const char *>(&bits) + 2, 2)); // the top half (little endian)
            else
                bytes.append(reinterpret_cast<const char *>(&bits), 4);
        }
        e.push_back({name, bf16 ? "BF16" : "F32", std::move(shape), bytes});
    };
    add("model.embed_tokens.weight", {266, 8}, true);
    for (int i = 0; i < 2; ++i) {
        const std::string p = "model.layers." + std::to_string(i) + ".";
        add(p + "input_layernorm.weight", {8}, false, true);
        add(p + "self_attn.q_proj.weight", {8, 8});
        add(p + "self_attn.k_proj.weight", {4, 8});
        add(p + "self_attn.v_proj.weight", {4, 8});
        add(p + "self_attn.o_proj.weight", {8, 8});
        add(p + "mlp.gate_proj.weight", {12, 8});
        add(p + "mlp.up_proj.weight", {12, 8});
        add(p + "mlp.down_proj.weight", {8, 12});
        add(p + "post_attention_layernorm.weight", {8}, false, true);
    }
    add("model.norm.weight", {8}, false, true);
    add("lm_head.weight", {266, 8});
    return e;
}

// The hand-written byte-level tokenizer (tests/model/fixtures/tokenizer/tiny.json).
inline QByteArray tinyTokenizer()
{
    QFile f(QStringLiteral(ATTNSCOPE_TINY_TOKENIZER));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// stdout of a --json run as an object (a warning with the text when it is not JSON).
inline QJsonObject jsonOf(const Run &r)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(r.out));
    return o;
}

// The attnscope executable, run as a user would (tests/common/runprogram.h).
inline Run runAttnscope(const QStringList &arguments)
{
    return testing::runProgram(QStringLiteral(ATTNSCOPE_BINARY), arguments);
}

} // namespace attnscope::testing
