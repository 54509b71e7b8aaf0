// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/model.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attnscope::model {

class WeightStore;

// The architectures model/ understands, by the checkpoints' layout.
enum class Family {
    Gpt2,       // gpt2: learned positions, LayerNorm, Conv1D weights stored [in, out]
    Llama,      // llama, mistral, qwen2, qwen3: RoPE, RMSNorm, SwiGLU, Linear weights [out, in]
    GptBigCode, // gpt_bigcode: GPT-2 layout with nn.Linear weights and multi-query attention
    DeepSeek,   // deepseek_v2, deepseek_v3: MLA attention and mixture-of-experts MLPs
};
[[nodiscard]] std::string_view familyName(Family family); // "GPT-2", "Llama", "GPTBigCode", "DeepSeek"

enum class RopeScaling { None, Llama3, Yarn };
[[nodiscard]] std::string_view ropeScalingName(RopeScaling scaling); // "none", "llama3", "yarn"

// rope_scaling (or rope_parameters) of a config.json. Fields not used by the type stay 0.
struct RopeScalingConfig
{
    RopeScaling type = RopeScaling::None;
    double factor = 1.0;
    std::int64_t originalMaxPositionEmbeddings = 0;
    double lowFreqFactor = 0.0;  // llama3
    double highFreqFactor = 0.0; // llama3
    double betaFast = 0.0;       // yarn (default 32)
    double betaSlow = 0.0;       // yarn (default 1)
    double mscale = 0.0;         // yarn (default 1)
    double mscaleAllDim = 0.0;   // yarn (default 0)
};

// DeepSeek's Multi-head Latent Attention (MLA) sizes.
struct MlaConfig
{
    std::int64_t qLoraRank = 0; // d_c'; 0 when q_lora_rank is null (queries are not compressed)
    std::int64_t kvLoraRank = 0;
    std::int64_t qkNopeHeadDim = 0;
    std::int64_t qkRopeHeadDim = 0;
    std::int64_t vHeadDim = 0;
};

// DeepSeek's mixture of experts.
struct MoeConfig
{
    std::int64_t routedExperts = 0; // n_routed_experts (0: every layer dense)
    std::int64_t sharedExperts = 0;
    std::int64_t expertsPerToken = 0;
    std::int64_t intermediateSize = 0; // moe_intermediate_size (per expert)
    std::int64_t firstDenseLayers = 0; // first_k_dense_replace
    std::int64_t layerFreq = 1;        // moe_layer_freq
    std::string scoringFunc;           // "softmax" or "sigmoid"
    std::string topkMethod;            // "greedy", "group_limited_greedy" or "noaux_tc"
    std::int64_t nGroup = 0;           // 0 when null
    std::int64_t topkGroup = 0;        // 0 when null
    bool normTopkProb = false;
    double routedScalingFactor = 1.0;
};

// A config.json, parsed and checked. Sizes are the model's, whatever the family calls them.
struct ModelConfig
{
    std::filesystem::path file; // the config.json read
    std::string modelType;      // "llama", "qwen2", "gpt2", "deepseek_v3", ...
    Family family = Family::Llama;

    std::int64_t vocabSize = 0;
    std::int64_t hiddenSize = 0;
    std::int64_t layers = 0;
    std::int64_t heads = 0;
    std::int64_t kvHeads = 0;          // = heads for MHA and MLA, 1 for MQA
    std::int64_t headDim = 0;          // query/key/value head width (MLA: qk_nope + qk_rope)
    std::int64_t intermediateSize = 0; // dense MLP width
    std::int64_t maxPositionEmbeddings = 0;
    double normEps = 0.0;
    std::string activation; // "silu", "gelu_new", "gelu_pytorch_tanh", ...

    bool usesRope = false; // false: learned position embeddings (gpt2, gpt_bigcode)
    double ropeTheta = 0.0;
    RopeScalingConfig ropeScaling;

    bool tieWordEmbeddings = false;
    bool qkvBias = false;    // q/k/v projections carry biases (qwen2; attention_bias)
    bool outputBias = false; // o_proj carries a bias (attention_bias)
    bool mlpBias = false;    // llama's mlp_bias
    bool qkNorm = false;     // qwen3: RMSNorm over each query and key head

    // Sliding-window attention per layer: 0 = full attention, W = a query sees itself and the
    // W - 1 tokens before it (transformers' sliding_window_overlay). From "layer_types", Mistral's
    // "sliding_window", or Qwen2/Qwen3's "use_sliding_window" with "max_window_layers". Every
    // layer still caches every token (as transformers' DynamicCache does for these models).
    std::vector<std::int64_t> layerWindows;
    std::optional<MlaConfig> mla; // DeepSeek
    std::optional<MoeConfig> moe; // DeepSeek

    [[nodiscard]] bool isMla() const { return mla.has_value(); }
    // True when layer i has a mixture-of-experts MLP.
    [[nodiscard]] bool isMoeLayer(std::int64_t layer) const;
};

// Every model_type readModelConfig accepts, as they are spelled in config.json.
[[nodiscard]] const std::vector<std::string> &supportedModelTypes();

// Reads FOLDER/config.json. Throws ModelError (one sentence naming the file, the value and the
// rule) for a missing or non-JSON file, an unknown model_type, "auto_map" (custom code),
// "quantization_config" (quantized weights), an unsupported rope_scaling type, a missing or
// non-positive size, heads not divisible by KV heads, and a hidden size not divisible by the
// heads when head_dim is not given. The defaults applied are listed in model/README.md.
[[nodiscard]] ModelConfig readModelConfig(const std::filesystem::path &folder);

// The attention shape for core's footprint: MHA/GQA/MQA with (kvHeads, headDim), or MLA with
// d_h = qk_nope_head_dim, d_h^R = qk_rope_head_dim, d_v, d_c and d_c'.
[[nodiscard]] core::ModelShape modelShapeOf(const ModelConfig &config);

// One tensor a checkpoint of this architecture holds, named and shaped as the safetensors file
// stores it (nn.Linear weights [out, in]; GPT-2's Conv1D weights [in, out]).
struct ExpectedTensor
{
    std::string name;
    std::vector<std::int64_t> shape;
};

// Every weight the model uses, in checkpoint order (embeddings, each layer, final norm, lm_head
// unless the embeddings are tied). Names are the Hugging Face spellings (GPT-2 and GPTBigCode
// with the "transformer." prefix). Throws ModelError when a shape overflows 64 bits.
[[nodiscard]] std::vector<ExpectedTensor> expectedTensors(const ModelConfig &config);

// Requires every expected tensor with its shape (WeightStore::require's refusal on the first
// missing or mismatched one; GPT-2 checkpoints saved without the "transformer." prefix are
// accepted) and returns the parameter count: the elements of the expected tensors. Tensors the
// files hold beyond these (GPT-2's attn.bias masks, DeepSeek-V3's next-token layer) are ignored.
[[nodiscard]] std::int64_t checkWeights(const ModelConfig &config, const WeightStore &weights);

} // namespace attnscope::model
