// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/dtype.h"
#include "core/trace/tensor.h"
#include "model/architecture.h"
#include "model/deepseek.h"
#include "model/memory.h"
#include "model/linear.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <random>
#include <stdexcept>
#include <vector>

namespace attnscope::model {

// Thrown by forward() and generate() when their `cancelled` callback returns true (polled
// between layers). The KV cache is left as it was before the interrupted pass.
class Cancelled : public std::runtime_error
{
public:
    Cancelled() : std::runtime_error("The computation was cancelled.") {}
};

// Keys and values of every layer, appended token by token: per layer and KV head, K rows (after
// RoPE and Qwen3's k_norm, as Hugging Face caches them) and V rows, each [tokens, headDim].
// Held at fp32; bytes() also says what the same cache takes at the checkpoint's dtype.
// DeepSeek's MLA cache (latent()) holds instead, per layer and token, c_KV [kv_lora_rank] after
// kv_a_layernorm and the shared k_pe [qk_rope_head_dim] after RoPE: latentRows(), ropeKeys().
class KvCache
{
public:
    KvCache() = default; // no layers: a placeholder until a model makes one (makeCache)
    KvCache(std::int64_t layers, std::int64_t kvHeads, std::int64_t headDim, core::DType checkpointDtype);
    [[nodiscard]] static KvCache latent(std::int64_t layers, std::int64_t kvLoraRank, std::int64_t ropeDim,
                                        core::DType checkpointDtype);
    [[nodiscard]] bool isLatent() const { return m_latent; }

    [[nodiscard]] std::int64_t layers() const { return static_cast<std::int64_t>(m_k.size()); }
    [[nodiscard]] std::int64_t kvHeads() const { return m_kvHeads; }
    [[nodiscard]] std::int64_t headDim() const { return m_headDim; }
    [[nodiscard]] core::DType checkpointDtype() const { return m_dtype; }
    // Tokens cached (those of layer 0; every layer holds as many after a complete pass).
    [[nodiscard]] std::int64_t tokens() const { return m_tokens.empty() ? 0 : m_tokens.front(); }
    [[nodiscard]] std::int64_t tokens(std::int64_t layer) const { return m_tokens[static_cast<std::size_t>(layer)]; }

    // [tokens, headDim] of one KV head.
    [[nodiscard]] core::Matrix keys(std::int64_t layer, std::int64_t kvHead) const;
    [[nodiscard]] core::Matrix values(std::int64_t layer, std::int64_t kvHead) const;
    // [tokens, kvHeads * headDim]: heads as contiguous column blocks.
    [[nodiscard]] core::Matrix allKeys(std::int64_t layer) const;
    [[nodiscard]] core::Matrix allValues(std::int64_t layer) const;
    // The same, read in place (valid until the next append or truncate).
    [[nodiscard]] Eigen::Map<const core::Matrix> keysView(std::int64_t layer) const;
    [[nodiscard]] Eigen::Map<const core::Matrix> valuesView(std::int64_t layer) const;
    // MLA: [tokens, kv_lora_rank] and [tokens, qk_rope_head_dim] (allKeys and allValues).
    [[nodiscard]] core::Matrix latentRows(std::int64_t layer) const { return allKeys(layer); }
    [[nodiscard]] core::Matrix ropeKeys(std::int64_t layer) const { return allValues(layer); }

    // Appends rows k, v [n, kvHeads * headDim] to one layer (MLA: c_KV and k_pe rows).
    void append(std::int64_t layer, const core::Matrix &k, const core::Matrix &v);
    // Keeps the first `tokens` tokens of every layer.
    void truncate(std::int64_t tokens);

    struct Bytes
    {
        std::int64_t f32 = 0;        // as held here
        std::int64_t checkpoint = 0; // at the checkpoint's dtype (F16, BF16: 2 bytes)
    };
    // layers x tokens x 2 x kvHeads x headDim x element size
    // (MLA: layers x tokens x (kv_lora_rank + qk_rope_head_dim) x element size).
    [[nodiscard]] Bytes bytes() const;

private:
    std::int64_t m_kvHeads = 0;
    std::int64_t m_headDim = 0;
    std::int64_t m_kWidth = 0, m_vWidth = 0; // columns of one K and V row (MLA: d_c, d_rope)
    bool m_latent = false;
    core::DType m_dtype = core::DType::F32;
    std::vector<core::Matrix> m_k; // per layer [capacity, kvHeads * headDim]
    std::vector<core::Matrix> m_v;
    std::vector<std::int64_t> m_tokens;
};

// What forward() records besides the logits.
struct CaptureOptions
{
    bool attention = true;            // record attention weights at all
    std::vector<std::int64_t> layers; // layers whose weights are recorded; empty: every layer
    bool inputs = false;              // also record each recorded layer's attention input
    // The most bytes the recorded tensors may take (4 x heads x T x T per layer, and 4 x T x hidden
    // more per layer with inputs); forward() refuses, before computing, a capture that would
    // exceed it.
    std::int64_t budgetBytes = std::int64_t(256) << 20;
    std::function<bool()> cancelled;                          // polled between layers
    std::function<void(std::int64_t, std::int64_t)> progress; // (layers done, layers in all)
};

// Logits only: no attention recorded.
[[nodiscard]] inline CaptureOptions noCapture()
{
    CaptureOptions options;
    options.attention = false;
    return options;
}

struct ForwardResult
{
    core::Matrix logits;                      // [T, vocab]
    std::vector<std::int64_t> capturedLayers; // ascending
    std::vector<core::Tensor> attention;      // per captured layer [heads, T, T]
    // With CaptureOptions::inputs, per captured layer the input of its attention block: the
    // normalised hidden state h [T, hidden] (after ln_1 / input_layernorm) that the queries, keys
    // and values (MLA: the latents) are projected from.
    std::vector<core::Matrix> attentionInputs;
    // DeepSeek: per MoE layer (ascending), each token's routed experts and weights.
    std::vector<std::int64_t> moeLayers;
    std::vector<std::vector<deepseek::Routing>> routing;
    // The prompt's keys and values, to decode on from (forwardCached, generate).
    KvCache cache;
};

// temperature 0: greedy (argmax, the first of equal maxima). Otherwise logits / temperature,
// then the topK best (0: all), then the smallest set of best tokens whose probability reaches
// topP, renormalized and drawn with a std::mt19937_64 seeded with `seed`.
struct SamplingOptions
{
    double temperature = 0.0;
    std::int64_t topK = 0;
    double topP = 1.0;
    std::uint64_t seed = 0;
    std::function<bool()> cancelled;                          // polled between layers
    std::function<void(std::int64_t, std::int64_t)> progress; // (tokens generated, tokens asked)
    // Each new token as it is chosen, with the cache it was chosen against (for callers that
    // report the cache's growth).
    std::function<void(std::int32_t token, const KvCache &cache)> onToken;
};

struct GenerateResult
{
    std::vector<std::int32_t> tokens; // the new tokens
    core::Matrix stepLogits;          // [n, vocab]: the logits each token was chosen from
    KvCache cache;                    // prompt + n - 1 tokens (the last token is never fed back)
    // The prompt pass: its logits and the attention generate()'s capture asked for (its cache
    // moved to `cache`).
    ForwardResult prompt;
};

// A uniform double in [0, 1) from the top 53 bits of one draw: the same on every platform,
// unlike std::uniform_real_distribution.
[[nodiscard]] inline double uniform01(std::mt19937_64 &rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}
// One token drawn from a row of logits [1, vocab] (see SamplingOptions); refuses a temperature
// < 0, a topK < 0 and a topP outside (0, 1] with a ModelError sentence.
[[nodiscard]] std::int32_t sampleToken(const core::RowVector &logits, const SamplingOptions &options,
                                       std::mt19937_64 &rng);

// RoPE inverse frequencies [headDim / 2] of a configuration: base^(-2j/d), then llama3 scaling
// (modeling_rope_utils.py, _compute_llama3_parameters) when rope_scaling asks for it.
[[nodiscard]] std::vector<double> ropeInverseFrequencies(const ModelConfig &config);

// A decoder-only transformer read from a Hugging Face folder: gpt2, gpt_bigcode, llama, mistral,
// qwen2, qwen3, and deepseek_v2/v3 (MLA with a latent cache, mixture of experts: deepseek.h).
// The dense weights stay at the checkpoint's dtype in nn.Linear's layout [out, in] (model::Linear,
// widened on the fly, fp32 arithmetic); DeepSeek's MLA and MoE weights are widened to fp32 at load.
// Prefill's attention runs through core::groupedAttentionProjected; decoding reads the cache in
// place. Matrix products and decoding's attention use threads() OpenMP threads.
class TransformerModel
{
public:
    // readModelConfig + WeightStore + checkWeights; throws ModelError, also when the weights as
    // held here need more than `availableMemory` bytes (default: what the system has available).
    explicit TransformerModel(const std::filesystem::path &folder,
                              std::optional<std::int64_t> availableMemory = availableMemoryBytes());
    ~TransformerModel();
    TransformerModel(TransformerModel &&) noexcept;
    TransformerModel &operator=(TransformerModel &&) noexcept;

    [[nodiscard]] const ModelConfig &config() const { return m_config; }

    // One layer's attention weights widened to fp32, [in, out] (Y = X W), for traces and views.
    struct AttentionWeights
    {
        core::Matrix wq, wk, wv, wo;               // grouped family
        core::RowVector bq, bk, bv, bo;            // empty: no bias
        core::RowVector qNorm, kNorm;              // qwen3: [headDim]
        const deepseek::MlaWeights *mla = nullptr; // DeepSeek: the layer's MLA weights
    };
    [[nodiscard]] AttentionWeights attentionWeights(std::int64_t layer) const;
    // RoPE's inverse frequencies (grouped family; empty without RoPE) and DeepSeek's MLA RoPE.
    [[nodiscard]] const std::vector<double> &ropeFrequencies() const { return m_invFreq; }
    [[nodiscard]] const deepseek::MlaRope &mlaRope() const { return m_mlaRope; }
    [[nodiscard]] core::DType checkpointDtype() const { return m_dtype; }
    [[nodiscard]] KvCache makeCache() const;
    // MLA only: absorbed (default: W_UK folded into the query, W_UV after the weighted sum of
    // c_KV) or naive (k_nope and v expanded from every cached c_KV). Both give the same numbers.
    void setMlaPath(core::MlaPath path) { m_mlaPath = path; }
    [[nodiscard]] core::MlaPath mlaPath() const { return m_mlaPath; }
    // OpenMP threads of the matrix products and of decoding's attention; 0 (default): every core.
    void setThreads(int threads) { m_threads = threads > 0 ? threads : 0; }
    [[nodiscard]] int threads() const { return m_threads; }
    // Bytes of the weights one decoding step reads, as held: the dense matrices at the checkpoint's
    // dtype (the tied embeddings once, as the lm_head), norms and biases at fp32. DeepSeek's MLA and
    // MoE weights are not counted (a MoE step reads only the routed experts).
    [[nodiscard]] std::int64_t weightBytes() const;

    // The prompt pass: logits of every position and the attention weights asked for. Throws
    // ModelError for an empty prompt, an id outside the vocabulary, more tokens than learned
    // positions, a layer out of range or a capture over budget; Cancelled when cancelled.
    [[nodiscard]] ForwardResult forward(const std::vector<std::int32_t> &ids, const CaptureOptions &options = {}) const;
    // Runs ids as the tokens after those in cache (positions cache.tokens()...), appends their
    // keys and values and returns their logits [ids, vocab]: decoding, not recomputing the prefix.
    [[nodiscard]] core::Matrix forwardCached(const std::vector<std::int32_t> &ids, KvCache &cache,
                                             const std::function<bool()> &cancelled = {}) const;
    // n new tokens: the prompt once (recording what `capture` asks for; nothing by default),
    // then one token at a time against the cache.
    [[nodiscard]] GenerateResult generate(const std::vector<std::int32_t> &ids, std::int64_t n,
                                          const SamplingOptions &options = {},
                                          CaptureOptions capture = noCapture()) const;

private:
    struct Layer;
    core::Matrix run(const std::vector<std::int32_t> &ids, KvCache &cache, const std::vector<bool> &capture,
                     std::vector<core::Tensor> *attention, const std::function<bool()> &cancelled,
                     const std::function<void(std::int64_t, std::int64_t)> &progress, ForwardResult *routing = nullptr,
                     std::vector<core::Matrix> *inputs = nullptr) const;
    void checkIds(const std::vector<std::int32_t> &ids, std::int64_t firstPosition) const;

    ModelConfig m_config;
    core::DType m_dtype = core::DType::F32;
    std::vector<Layer> m_layers;
    Linear m_embed;           // [vocab, hidden] at the checkpoint's dtype (tied: also the lm_head)
    core::Matrix m_positions; // [positions, hidden] (learned positions only)
    Linear m_lmHead;          // [vocab, hidden]; empty: the embeddings are tied
    core::RowVector m_finalNormW, m_finalNormB;
    std::vector<double> m_invFreq;
    deepseek::MlaRope m_mlaRope;
    core::MlaPath m_mlaPath = core::MlaPath::Absorbed;
    int m_threads = 0;
};

} // namespace attnscope::model
