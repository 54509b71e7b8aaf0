// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/params/validation.h"

#include <cstdint>
#include <string>
#include <vector>

namespace attnscope::core {

// The attention shape of a whole model: what the KV-cache and parameter arithmetic needs.
// Filled from a model preset, a Hugging Face config.json, or the command-line flags.
//
// Sizes follow DeepSeek-V2's notation: n_h heads of width d_h, n_g KV heads (GQA groups),
// l layers. For MLA, d_h is the width of the non-RoPE part of queries and keys
// (qk_nope_head_dim), dValue the value head width (v_head_dim), dRope d_h^R, dLatentKv d_c
// and dLatentQ d_c' (0: no query compression).
struct ModelShape
{
    std::string id;     // preset identifier, e.g. "llama-2-7b" (empty for ad-hoc shapes)
    std::string name;   // human name, e.g. "Llama 2 7B"
    std::string source; // where the numbers come from
    std::string notes;  // anything a reader should know (choices between sources, ...)

    Mechanism mechanism = Mechanism::Mha; // Mha, Gqa, Mqa or Mla
    std::int64_t dModel = 0;
    std::int64_t layers = 0; // layers that keep a self-attention KV cache (decoder layers)
    std::int64_t nHeads = 0;
    std::int64_t nKvHeads = 0; // n_g; equals nHeads for MHA, 1 for MQA; unused for MLA
    std::int64_t dHead = 0;
    std::int64_t dValue = 0; // value head width; 0 means dHead
    std::int64_t dLatentKv = 0;
    std::int64_t dLatentQ = 0;
    std::int64_t dRope = 0;
    // Encoder-decoder models: decoder layers with cross-attention, whose keys and values of
    // the encoder output are cached once per source token. 0 for decoder-only models.
    std::int64_t crossLayers = 0;
    std::int64_t encoderLayers = 0; // informational (the encoder keeps no cache)

    [[nodiscard]] std::int64_t valueDim() const { return dValue > 0 ? dValue : dHead; }
};

// The shape of one layer of a compute configuration (mha, gqa, mqa, sdpa as one head, mla).
// Bahdanau has no KV cache and maps to an empty shape (layers 0).
[[nodiscard]] ModelShape modelShapeOf(const Config &config, std::int64_t layers = 1);

// Checks a model shape; each problem names the field (as spelled in `field`'s naming scheme,
// e.g. "num_key_value_heads" for a config.json or "kv-heads" on the command line) through
// the names table the caller passes. Rules: sizes >= 1 where used, n_g divides n_h (GQA),
// MQA has one KV head, MLA has d_c >= 1 and d_h^R >= 0, d_c' >= 0.
struct ModelFieldNames
{
    std::string dModel = "d_model";
    std::string layers = "layers";
    std::string nHeads = "heads";
    std::string nKvHeads = "kv_heads";
    std::string dHead = "head_dim";
    std::string dValue = "v_head_dim";
    std::string dLatentKv = "kv_lora_rank";
    std::string dLatentQ = "q_lora_rank";
    std::string dRope = "qk_rope_head_dim";
    std::string crossLayers = "cross_layers";
};
[[nodiscard]] std::vector<ValidationError> validateModel(const ModelShape &model, const ModelFieldNames &names = {});

} // namespace attnscope::core
