// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/params/validation.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace attnscope::core {

// What one layer keeps in its KV cache while decoding.
enum class LayerKind {
    Full,    // full attention: every token of the context
    Window,  // sliding-window, local or chunked attention of window W: min(context, W) tokens
    NoCache, // no KV cache: a state-space or linear-attention layer of a hybrid (Jamba's Mamba)
    Shared,  // reads an earlier layer's cache and keeps none of its own (Gemma 3n's KV sharing)
    Cross,   // only in a Footprint's shares: the decoder's cross-attention, per source token
};
[[nodiscard]] const char *layerKindId(LayerKind kind); // "full", "window", "none", "shared", "cross"

struct LayerSpec
{
    LayerKind kind = LayerKind::Full;
    std::int64_t window = 0; // Window: W >= 1 tokens; 0 otherwise

    friend bool operator==(const LayerSpec &, const LayerSpec &) = default;
};

// What the weights' parameter count needs beyond the attention shape (see core/footprint/plan.h).
// 0 where the source does not say; a shape with vocab == 0 has no known weights.
struct WeightShape
{
    std::int64_t vocab = 0;           // vocab_size: the embedding table, vocab x d_model
    bool tiedEmbeddings = false;      // the output projection is the embedding table (counted once)
    std::int64_t positions = 0;       // learned position embeddings (GPT-2's n_positions), x d_model
    std::int64_t intermediate = 0;    // the dense MLP's width
    bool gatedMlp = true;             // gate, up and down (SwiGLU, GeGLU): 3 matrices; else up and down: 2
    std::int64_t experts = 0;         // routed experts of a MoE layer (0: every MLP is dense)
    std::int64_t expertIntermediate = 0; // one routed expert's width (0: intermediate)
    std::int64_t sharedExperts = 0;   // shared experts, each expertIntermediate wide (DeepSeek, Qwen2-MoE)
    std::int64_t sharedIntermediate = 0; // the shared experts' width when it differs (Qwen2-MoE); 0: expertIntermediate
    std::int64_t activeExperts = 0;   // experts each token uses (num_experts_per_tok)
    std::int64_t denseLayers = 0;     // the first layers keep a dense MLP (first_k_dense_replace)
    std::int64_t expertPeriod = 1;    // MoE in layers i % period == offset (Jamba: 2, 1)
    std::int64_t expertOffset = 0;
    // The Mamba mixers of a hybrid's layers without a KV cache (Jamba); mambaExpand 0: none known.
    // Per layer: in_proj d x 2E, conv1d E x dConv (+ E bias), x_proj E x (dtRank + 2 dState),
    // dt_proj dtRank x E + E, A_log E x dState, D E, out_proj E x d, where E = expand x d.
    std::int64_t mambaExpand = 0;     // mamba_expand
    std::int64_t mambaDState = 0;     // mamba_d_state
    std::int64_t mambaDConv = 0;      // mamba_d_conv
    std::int64_t mambaDtRank = 0;     // mamba_dt_rank ("auto": ceil(d_model / 16))
    bool mambaConvBias = true;        // mamba_conv_bias
    bool mambaProjBias = false;       // mamba_proj_bias: in_proj and out_proj biases
    // A multimodal config's vision tower (vision_config): its weights are not counted.
    bool visionTower = false;
};

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
    // Values the source left to its configuration class's default, one per entry:
    // "text_config.num_attention_heads = 8 (Gemma3TextConfig (transformers, ...))".
    std::vector<std::string> defaults;

    Mechanism mechanism = Mechanism::Mha; // Mha, Gqa, Mqa or Mla
    std::int64_t dModel = 0;
    std::int64_t layers = 0; // decoder layers (encoder-only models: the encoder's), with or without a cache
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

    // One kind per layer, layer 0 first; empty means every layer is Full. Every layer that keeps
    // a cache has the attention shape above.
    std::vector<LayerSpec> layerKinds;
    // An encoder-only model (BERT) keeps no decode cache at all: there is no figure to give.
    bool encoderOnly = false;
    // Where a runtime may or may not honour a declared window (Mistral v0.1, Phi-3): the other
    // reading of the layers (layerKinds is the default one) and one sentence that says which is
    // which. Empty when the config leaves no doubt.
    std::vector<LayerSpec> alternativeLayerKinds;
    std::string alternativeNote;
    WeightShape weights;

    [[nodiscard]] std::int64_t valueDim() const { return dValue > 0 ? dValue : dHead; }
    // Layer i's kind (Full when layerKinds is empty).
    [[nodiscard]] LayerSpec layerKind(std::int64_t i) const;
    // Layers of a kind (Window: of any window), counted over layerKinds or all Full.
    [[nodiscard]] std::int64_t layersOfKind(LayerKind kind) const;
    // Layers that keep a cache of their own: Full and Window (0 for an encoder-only model).
    [[nodiscard]] std::int64_t cachingLayers() const;
    // Every layer is Full (the shape of today's Table 1 formulas) and the model decodes.
    [[nodiscard]] bool isUniform() const;
};

// How many layers of each kind a model has: full attention, each window W, shared, no cache.
struct LayerKindCounts
{
    std::int64_t full = 0;
    std::vector<std::pair<std::int64_t, std::int64_t>> windows; // (W, layers), W ascending
    std::int64_t shared = 0;
    std::int64_t none = 0;
};
[[nodiscard]] LayerKindCounts countLayerKinds(const ModelShape &model);

// The shape of one layer of a compute configuration (mha, gqa, mqa, sdpa as one head, mla).
// Bahdanau has no KV cache and maps to an empty shape (layers 0).
[[nodiscard]] ModelShape modelShapeOf(const Config &config, std::int64_t layers = 1);

// Checks a model shape; each problem names the field (as spelled in `field`'s naming scheme,
// e.g. "num_key_value_heads" for a config.json or "kv-heads" on the command line) through
// the names table the caller passes. Rules: sizes >= 1 where used, n_g divides n_h (GQA),
// MQA has one KV head, MLA has d_c >= 1 and d_h^R >= 0, d_c' >= 0; layerKinds lists one kind
// per layer, each window >= 1, no Cross, and at least one layer keeps a cache.
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
    std::string layerKinds = "layer_types";
};
[[nodiscard]] std::vector<ValidationError> validateModel(const ModelShape &model, const ModelFieldNames &names = {});

} // namespace attnscope::core
