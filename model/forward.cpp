// SPDX-License-Identifier: GPL-3.0-or-later
// The dense forward pass (modeling_gpt2.py, modeling_gpt_bigcode.py, modeling_llama.py and its
// mistral, qwen2 and qwen3 variants); docs/tiny-models.md spells out every formula.
#include "model/forward.h"

#include "core/mechanisms/grouped.h"
#include "core/mechanisms/rope.h"
#include "model/norms.h"
#include "model/weightstore.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <string>

namespace attnscope::model {

using core::Matrix;
using core::RowVector;

// ---------------------------------------------------------------------------------------------
// KvCache

KvCache::KvCache(std::int64_t layers, std::int64_t kvHeads, std::int64_t headDim, core::DType checkpointDtype)
    : m_kvHeads(kvHeads),
      m_headDim(headDim),
      m_kWidth(kvHeads * headDim),
      m_vWidth(kvHeads * headDim),
      m_dtype(checkpointDtype),
      m_k(static_cast<std::size_t>(layers), Matrix(0, kvHeads * headDim)),
      m_v(static_cast<std::size_t>(layers), Matrix(0, kvHeads * headDim)),
      m_tokens(static_cast<std::size_t>(layers), 0)
{}

KvCache KvCache::latent(std::int64_t layers, std::int64_t kvLoraRank, std::int64_t ropeDim, core::DType checkpointDtype)
{
    KvCache c(layers, 1, kvLoraRank, checkpointDtype);
    c.m_latent = true;
    c.m_vWidth = ropeDim;
    for (auto &v : c.m_v)
        v.resize(0, ropeDim);
    return c;
}

Matrix KvCache::keys(std::int64_t layer, std::int64_t kvHead) const
{
    return m_k[static_cast<std::size_t>(layer)].topRows(tokens(layer)).middleCols(kvHead * m_headDim, m_headDim);
}

Matrix KvCache::values(std::int64_t layer, std::int64_t kvHead) const
{
    const std::int64_t w = m_vWidth / m_kvHeads;
    return m_v[static_cast<std::size_t>(layer)].topRows(tokens(layer)).middleCols(kvHead * w, w);
}

Matrix KvCache::allKeys(std::int64_t layer) const
{
    return m_k[static_cast<std::size_t>(layer)].topRows(tokens(layer));
}

Matrix KvCache::allValues(std::int64_t layer) const
{
    return m_v[static_cast<std::size_t>(layer)].topRows(tokens(layer));
}

Eigen::Map<const Matrix> KvCache::keysView(std::int64_t layer) const
{
    const Matrix &k = m_k[static_cast<std::size_t>(layer)]; // row-major: the first rows are contiguous
    return {k.data(), tokens(layer), k.cols()};
}

Eigen::Map<const Matrix> KvCache::valuesView(std::int64_t layer) const
{
    const Matrix &v = m_v[static_cast<std::size_t>(layer)];
    return {v.data(), tokens(layer), v.cols()};
}

void KvCache::append(std::int64_t layer, const Matrix &k, const Matrix &v)
{
    const auto l = static_cast<std::size_t>(layer);
    if (k.cols() != m_kWidth || v.cols() != m_vWidth || v.rows() != k.rows())
        throw std::invalid_argument("KvCache::append: rows do not match the cache's heads");
    const std::int64_t have = m_tokens[l];
    const std::int64_t need = have + k.rows();
    if (need > m_k[l].rows()) { // grows geometrically: appends are amortized O(1) per token
        const std::int64_t capacity = std::max<std::int64_t>(need, 2 * m_k[l].rows());
        m_k[l].conservativeResize(capacity, Eigen::NoChange);
        m_v[l].conservativeResize(capacity, Eigen::NoChange);
    }
    m_k[l].middleRows(have, k.rows()) = k;
    m_v[l].middleRows(have, v.rows()) = v;
    m_tokens[l] = need;
}

void KvCache::truncate(std::int64_t tokens)
{
    for (auto &t : m_tokens)
        t = std::min(t, tokens);
}

KvCache::Bytes KvCache::bytes() const
{
    std::int64_t elements = 0;
    for (std::int64_t t : m_tokens)
        elements += t * (m_kWidth + m_vWidth);
    return {elements * 4, elements * core::dtypeBytes(m_dtype)};
}

// ---------------------------------------------------------------------------------------------
// Sampling

std::int32_t sampleToken(const RowVector &logits, const SamplingOptions &options, std::mt19937_64 &rng)
{
    if (!(options.temperature >= 0.0) || !std::isfinite(options.temperature))
        throw ModelError("The temperature " + std::to_string(options.temperature) + " must be 0 or more.");
    if (options.topK < 0)
        throw ModelError("top-k " + std::to_string(options.topK) + " must be 0 (all tokens) or more.");
    if (!(options.topP > 0.0 && options.topP <= 1.0))
        throw ModelError("top-p " + std::to_string(options.topP) + " must lie in (0, 1].");
    const auto vocab = static_cast<std::size_t>(logits.cols());
    if (vocab == 0)
        throw ModelError("There are no logits to sample from.");
    if (options.temperature == 0.0) { // greedy: the first of equal maxima, without sorting the vocabulary
        Eigen::Index best = 0;
        for (Eigen::Index i = 1; i < logits.cols(); ++i)
            if (logits(i) > logits(best))
                best = i;
        return static_cast<std::int32_t>(best);
    }
    std::vector<std::int32_t> order(vocab);
    std::iota(order.begin(), order.end(), 0);
    // Best first; equal logits keep the lower id first, as argmax does.
    std::stable_sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) { return logits(a) > logits(b); });
    if (options.temperature == 0.0)
        return order.front();
    std::size_t keep = vocab;
    if (options.topK > 0)
        keep = std::min(keep, static_cast<std::size_t>(options.topK));
    std::vector<double> p(keep);
    const double top = static_cast<double>(logits(order.front())) / options.temperature;
    double sum = 0.0;
    for (std::size_t i = 0; i < keep; ++i) {
        p[i] = std::exp(static_cast<double>(logits(order[i])) / options.temperature - top);
        sum += p[i];
    }
    // Top-p: the shortest prefix whose probability reaches topP (at least one token).
    double cumulative = 0.0;
    std::size_t nucleus = 0;
    while (nucleus < keep) {
        cumulative += p[nucleus] / sum;
        ++nucleus;
        if (cumulative >= options.topP)
            break;
    }
    double kept = 0.0;
    for (std::size_t i = 0; i < nucleus; ++i)
        kept += p[i];
    const double u = uniform01(rng) * kept;
    double acc = 0.0;
    for (std::size_t i = 0; i < nucleus; ++i) {
        acc += p[i];
        if (u < acc)
            return order[i];
    }
    return order[nucleus - 1]; // u rounded up to the total
}

// ---------------------------------------------------------------------------------------------
// Configuration

std::vector<double> ropeInverseFrequencies(const ModelConfig &config)
{
    std::vector<double> inv = core::ropeInverseFrequencies(config.ropeTheta, config.headDim);
    const RopeScalingConfig &s = config.ropeScaling;
    if (s.type != RopeScaling::Llama3)
        return inv;
    const auto old = static_cast<double>(s.originalMaxPositionEmbeddings);
    const double lowWavelen = old / s.lowFreqFactor;
    const double highWavelen = old / s.highFreqFactor;
    for (double &f : inv) {
        const double wavelen = 2.0 * std::numbers::pi / f;
        if (wavelen < highWavelen)
            continue; // high frequencies are kept
        if (wavelen > lowWavelen) {
            f /= s.factor; // low frequencies are divided by the factor
            continue;
        }
        const double smooth = (old / wavelen - s.lowFreqFactor) / (s.highFreqFactor - s.lowFreqFactor);
        f = (1.0 - smooth) * f / s.factor + smooth * f;
    }
    return inv;
}

namespace {

Matrix layerNorm(const Matrix &x, const RowVector &w, const RowVector &b, double eps)
{
    Matrix out(x.rows(), x.cols());
    for (Eigen::Index t = 0; t < x.rows(); ++t) {
        const RowVector row = x.row(t);
        const float mean = row.mean();
        const RowVector centred = row.array() - mean;
        const double var = static_cast<double>(centred.squaredNorm()) / static_cast<double>(x.cols());
        out.row(t) = (centred * static_cast<float>(1.0 / std::sqrt(var + eps))).cwiseProduct(w) + b;
    }
    return out;
}

// cos and sin [T, d/2] of positions first .. first+T-1, computed once per pass for every layer and
// head: the angle in double, rounded to float once, as core::applyRopeFrequencies does (same bits).
struct RopeTable
{
    Matrix cos, sin;
};

RopeTable ropeTable(Eigen::Index T, const std::vector<double> &invFreq, std::int64_t first)
{
    const auto half = static_cast<Eigen::Index>(invFreq.size());
    RopeTable r{Matrix(T, half), Matrix(T, half)};
    for (Eigen::Index t = 0; t < T; ++t)
        for (Eigen::Index j = 0; j < half; ++j) {
            const double angle = static_cast<double>(first + t) * invFreq[static_cast<std::size_t>(j)];
            r.cos(t, j) = static_cast<float>(std::cos(angle));
            r.sin(t, j) = static_cast<float>(std::sin(angle));
        }
    return r;
}

// RoPE, half-split layout (pairs (j, j + d/2)), on every head block of x [T, n * d], in place.
void ropeHeads(Matrix &x, std::int64_t d, const RopeTable &rope)
{
    const std::int64_t half = d / 2;
    for (Eigen::Index t = 0; t < x.rows(); ++t)
        for (Eigen::Index h = 0; h < x.cols() / d; ++h) {
            float *row = x.row(t).data() + h * d;
            for (std::int64_t j = 0; j < half; ++j) {
                const float a = row[j], b = row[j + half], c = rope.cos(t, j), s = rope.sin(t, j);
                row[j] = a * c - b * s;
                row[j + half] = a * s + b * c;
            }
        }
}

enum class Activation { Silu, GeluTanh, GeluErf };

Activation activationOf(const ModelConfig &c)
{
    const std::string &a = c.activation;
    const bool llama = c.family == Family::Llama || c.family == Family::DeepSeek;
    if (llama && a == "silu")
        return Activation::Silu;
    if (!llama && (a == "gelu_new" || a == "gelu_pytorch_tanh" || a == "gelu_fast"))
        return Activation::GeluTanh;
    if (!llama && a == "gelu")
        return Activation::GeluErf;
    throw ModelError(c.file.string() + ": the activation '" + a + "' is not supported for " + c.modelType
                     + " (llama family and DeepSeek: silu; gpt2 and gpt_bigcode: gelu_new, gelu_pytorch_tanh, gelu_fast, gelu).");
}

void activate(Matrix &x, Activation a)
{
    const float k = std::sqrt(2.0f / std::numbers::pi_v<float>);
    switch (a) {
    case Activation::Silu: x = x.array() / (1.0f + (-x.array()).exp()); break;
    case Activation::GeluTanh:
        x = 0.5f * x.array() * (1.0f + (k * (x.array() + 0.044715f * x.array().cube())).tanh());
        break;
    case Activation::GeluErf:
        x = x.unaryExpr([](float v) { return 0.5f * v * (1.0f + std::erf(v / std::numbers::sqrt2_v<float>)); });
        break;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Loading

struct TransformerModel::Layer
{
    RowVector norm1W, norm1B, norm2W, norm2B; // B empty for RMSNorm
    Linear wqkv, wo;                          // [out, in] at the checkpoint's dtype; wqkv: [q | k | v] rows
    RowVector bq, bk, bv, bo;                 // empty: no bias
    RowVector qNorm, kNorm;                   // qwen3: [headDim]
    deepseek::MlaWeights mla;                 // DeepSeek (wq.. unused)
    deepseek::MoeWeights moe;                 // DeepSeek MoE layers (wGate.. unused)
    bool isMoe = false;
    Linear wGate, wUp, wDown;                 // gpt: c_fc is wUp, c_proj wDown, no gate; DeepSeek's dense MLP
    Linear wGateUp;                           // llama family: [gate | up] rows (wGate, wUp empty)
    RowVector bGate, bUp, bDown;
    Activation activation = Activation::Silu;
};

namespace {

class Loader
{
public:
    Loader(const ModelConfig &c, const WeightStore &w) : m_weights(w)
    {
        // GPT-2 files saved from GPT2Model carry no "transformer." prefix (checkWeights accepts both).
        m_stripPrefix = c.family != Family::Llama && !w.find("transformer.wte.weight") && w.find("wte.weight");
    }
    [[nodiscard]] const TensorInfo &info(const std::string &name) const
    {
        const std::string stored = m_stripPrefix && name.starts_with("transformer.") ? name.substr(12) : name;
        const TensorInfo *t = m_weights.find(stored);
        if (!t)
            throw ModelError(m_weights.folder().string() + ": tensor '" + stored + "' is missing.");
        return *t;
    }
    [[nodiscard]] bool has(const std::string &name) const { return m_weights.find(name) != nullptr; }
    [[nodiscard]] Matrix asIs(const std::string &name) const { return readMatrix(info(name)); }
    // nn.Linear [out, in], kept as it is stored.
    [[nodiscard]] Linear linear(const std::string &name) const { return Linear::fromTensor(info(name)); }
    // GPT-2's Conv1D [in, out], transposed to [out, in] at its dtype.
    [[nodiscard]] Linear conv1d(const std::string &name) const { return Linear::fromTransposed(info(name)); }
    [[nodiscard]] RowVector vec(const std::string &name) const
    {
        const Matrix m = readMatrix(info(name));
        return Eigen::Map<const RowVector>(m.data(), m.size());
    }

private:
    const WeightStore &m_weights;
    bool m_stripPrefix = false;
};

} // namespace

TransformerModel::TransformerModel(const std::filesystem::path &folder, std::optional<std::int64_t> availableMemory)
    : m_config(readModelConfig(folder))
{
    const ModelConfig &c = m_config;
    const bool deepSeek = c.family == Family::DeepSeek;
    if (deepSeek && (c.qkvBias || c.outputBias))
        throw ModelError(c.file.string() + ": attention_bias is not supported for " + c.modelType + ".");
    if (!deepSeek && c.ropeScaling.type == RopeScaling::Yarn)
        throw ModelError(c.file.string() + ": YaRN rope scaling is not supported for " + c.modelType
                         + " (the forward pass has no YaRN yet).");
    if (c.usesRope && c.headDim % 2 != 0)
        throw ModelError(c.file.string() + ": head_dim " + std::to_string(c.headDim) + " must be even for RoPE.");
    const Activation act = activationOf(c);
    const WeightStore weights(folder);
    // The dense families hold their weights as stored (model::Linear); DeepSeek's are widened to
    // fp32, 4 bytes per parameter.
    const std::int64_t parameters = checkWeights(c, weights);
    requireMemory(folder, deepSeek ? parameters * 4 : weights.totalBytes(), availableMemory);
    const Loader load(c, weights);
    const bool gpt = c.family == Family::Gpt2 || c.family == Family::GptBigCode;
    const std::int64_t h = c.hiddenSize;
    const std::int64_t kvDim = c.kvHeads * c.headDim;
    const std::string embedName = gpt ? "transformer.wte.weight" : "model.embed_tokens.weight";
    m_dtype = load.info(embedName).dtype;
    m_embed = load.linear(embedName);
    if (gpt)
        m_positions = load.asIs("transformer.wpe.weight");
    else if (load.has("lm_head.weight"))
        m_lmHead = load.linear("lm_head.weight");
    for (std::int64_t i = 0; i < c.layers; ++i) {
        Layer L;
        L.activation = act;
        if (gpt) {
            const std::string p = "transformer.h." + std::to_string(i) + ".";
            L.norm1W = load.vec(p + "ln_1.weight");
            L.norm1B = load.vec(p + "ln_1.bias");
            L.norm2W = load.vec(p + "ln_2.weight");
            L.norm2B = load.vec(p + "ln_2.bias");
            // Conv1D is stored [in, out] already; GPTBigCode's nn.Linear is transposed.
            auto mat = [&](const std::string &n) { return c.family == Family::Gpt2 ? load.conv1d(n) : load.linear(n); };
            const Linear qkv = mat(p + "attn.c_attn.weight"); // [h + 2 kvDim, h]: [q | k | v] rows
            const RowVector bqkv = load.vec(p + "attn.c_attn.bias");
            L.wqkv = qkv; // one matrix product per layer for the three, as for the llama family
            L.bq = bqkv.head(h);
            L.bk = bqkv.segment(h, kvDim);
            L.bv = bqkv.tail(kvDim);
            L.wo = mat(p + "attn.c_proj.weight");
            L.bo = load.vec(p + "attn.c_proj.bias");
            L.wUp = mat(p + "mlp.c_fc.weight");
            L.bUp = load.vec(p + "mlp.c_fc.bias");
            L.wDown = mat(p + "mlp.c_proj.weight");
            L.bDown = load.vec(p + "mlp.c_proj.bias");
        } else {
            const std::string p = "model.layers." + std::to_string(i) + ".";
            L.norm1W = load.vec(p + "input_layernorm.weight");
            L.norm2W = load.vec(p + "post_attention_layernorm.weight");
            if (deepSeek) {
                L.mla = deepseek::loadMla(c, weights, i);
                L.isMoe = c.isMoeLayer(i);
                if (L.isMoe)
                    L.moe = deepseek::loadMoe(c, weights, i);
            }
            const std::string a = p + "self_attn.";
            if (!deepSeek) {
                // Stacked: one pass over the rows (and one OpenMP team) for q, k and v.
                L.wqkv = Linear::stack(
                    {load.linear(a + "q_proj.weight"), load.linear(a + "k_proj.weight"), load.linear(a + "v_proj.weight")});
                L.wo = load.linear(a + "o_proj.weight");
            }
            if (c.qkvBias) {
                L.bq = load.vec(a + "q_proj.bias");
                L.bk = load.vec(a + "k_proj.bias");
                L.bv = load.vec(a + "v_proj.bias");
            }
            if (c.outputBias)
                L.bo = load.vec(a + "o_proj.bias");
            if (c.qkNorm) {
                L.qNorm = load.vec(a + "q_norm.weight");
                L.kNorm = load.vec(a + "k_norm.weight");
            }
            const std::string m = p + "mlp.";
            if (!L.isMoe) {
                if (deepSeek) {
                    L.wGate = load.linear(m + "gate_proj.weight");
                    L.wUp = load.linear(m + "up_proj.weight");
                } else {
                    L.wGateUp = Linear::stack({load.linear(m + "gate_proj.weight"), load.linear(m + "up_proj.weight")});
                }
                L.wDown = load.linear(m + "down_proj.weight");
            }
            if (c.mlpBias) {
                L.bGate = load.vec(m + "gate_proj.bias");
                L.bUp = load.vec(m + "up_proj.bias");
                L.bDown = load.vec(m + "down_proj.bias");
            }
        }
        m_layers.push_back(std::move(L));
    }
    if (gpt) {
        m_finalNormW = load.vec("transformer.ln_f.weight");
        m_finalNormB = load.vec("transformer.ln_f.bias");
    } else {
        m_finalNormW = load.vec("model.norm.weight");
        if (deepSeek)
            m_mlaRope = deepseek::mlaRopeOf(c);
        else
            m_invFreq = ropeInverseFrequencies(c);
    }
}

TransformerModel::~TransformerModel() = default;
TransformerModel::TransformerModel(TransformerModel &&) noexcept = default;
TransformerModel &TransformerModel::operator=(TransformerModel &&) noexcept = default;

std::int64_t TransformerModel::weightBytes() const
{
    auto vec = [](const RowVector &v) { return static_cast<std::int64_t>(v.size()) * 4; };
    std::int64_t bytes = m_embed.bytes() + m_lmHead.bytes() + vec(m_finalNormW) + vec(m_finalNormB);
    for (const Layer &L : m_layers) {
        for (const Linear *w : {&L.wqkv, &L.wo, &L.wGate, &L.wUp, &L.wGateUp, &L.wDown})
            bytes += w->bytes();
        for (const RowVector *v : {&L.norm1W, &L.norm1B, &L.norm2W, &L.norm2B, &L.bq, &L.bk, &L.bv, &L.bo, &L.qNorm,
                                   &L.kNorm, &L.bGate, &L.bUp, &L.bDown})
            bytes += vec(*v);
    }
    return bytes;
}

TransformerModel::AttentionWeights TransformerModel::attentionWeights(std::int64_t layer) const
{
    if (layer < 0 || layer >= m_config.layers)
        throw ModelError(m_config.file.parent_path().string() + ": layer " + std::to_string(layer)
                         + " does not exist (the model has " + std::to_string(m_config.layers) + " layers).");
    const Layer &L = m_layers[static_cast<std::size_t>(layer)];
    AttentionWeights w;
    if (m_config.isMla()) {
        w.mla = &L.mla;
        return w;
    }
    // wqkv holds [q | k | v] rows [out, in]; the views want [in, out].
    const Matrix qkv = L.wqkv.toMatrix();
    const std::int64_t qDim = m_config.heads * m_config.headDim, kvDim = m_config.kvHeads * m_config.headDim;
    w.wq = qkv.topRows(qDim).transpose();
    w.wk = qkv.middleRows(qDim, kvDim).transpose();
    w.wv = qkv.bottomRows(kvDim).transpose();
    w.wo = L.wo.toMatrix().transpose();
    w.bq = L.bq;
    w.bk = L.bk;
    w.bv = L.bv;
    w.bo = L.bo;
    w.qNorm = L.qNorm;
    w.kNorm = L.kNorm;
    return w;
}

KvCache TransformerModel::makeCache() const
{
    if (m_config.isMla())
        return KvCache::latent(m_config.layers, m_config.mla->kvLoraRank, m_config.mla->qkRopeHeadDim, m_dtype);
    return KvCache(m_config.layers, m_config.kvHeads, m_config.headDim, m_dtype);
}

// ---------------------------------------------------------------------------------------------
// Running

void TransformerModel::checkIds(const std::vector<std::int32_t> &ids, std::int64_t firstPosition) const
{
    const std::string where = m_config.file.parent_path().string() + ": ";
    if (ids.empty())
        throw ModelError(where + "there are no tokens to run.");
    for (std::int32_t id : ids)
        if (id < 0 || id >= m_config.vocabSize)
            throw ModelError(where + "token id " + std::to_string(id) + " lies outside the vocabulary [0, "
                             + std::to_string(m_config.vocabSize) + ").");
    const auto end = firstPosition + static_cast<std::int64_t>(ids.size());
    if (!m_config.usesRope && end > m_positions.rows())
        throw ModelError(where + std::to_string(end) + " tokens exceed the " + std::to_string(m_positions.rows())
                         + " learned positions (n_positions).");
    if (end > m_config.maxPositionEmbeddings)
        throw ModelError(where + std::to_string(end) + " tokens exceed the model's "
                         + std::to_string(m_config.maxPositionEmbeddings) + " positions (max_position_embeddings).");
}

Matrix TransformerModel::run(const std::vector<std::int32_t> &ids, KvCache &cache, const std::vector<bool> &capture,
                             std::vector<core::Tensor> *attention, const std::function<bool()> &cancelled,
                             const std::function<void(std::int64_t, std::int64_t)> &progress, ForwardResult *routing,
                             std::vector<Matrix> *inputs) const
{
    const ModelConfig &c = m_config;
    const std::int64_t first = cache.tokens();
    checkIds(ids, first);
    const bool gpt = c.family == Family::Gpt2 || c.family == Family::GptBigCode;
    const auto T = static_cast<Eigen::Index>(ids.size());
    Matrix x(T, c.hiddenSize);
    for (Eigen::Index t = 0; t < T; ++t) {
        m_embed.widenRow(ids[static_cast<std::size_t>(t)], x.row(t).data());
        if (gpt)
            x.row(t) += m_positions.row(first + t);
    }
    auto norm = [&](const Matrix &in, const RowVector &w, const RowVector &b) {
        if (gpt)
            return layerNorm(in, w, b, c.normEps);
        return rmsNormBlocks(in, w, c.normEps);
    };
    const RopeTable rope = c.usesRope && !c.isMla() ? ropeTable(T, m_invFreq, first) : RopeTable{};
    const int threads = m_threads;
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        if (cancelled && cancelled()) {
            cache.truncate(first);
            throw Cancelled();
        }
        const Layer &L = m_layers[l];
        const Matrix h = norm(x, L.norm1W, L.norm1B);
        const auto layer = static_cast<std::int64_t>(l);
        const bool record = capture[l];
        if (record && inputs)
            inputs->push_back(h);
        if (c.isMla()) {
            const deepseek::MlaLatent lat = deepseek::mlaLatent(c, L.mla, m_mlaRope, h, first, c.normEps);
            cache.append(layer, lat.cKV, lat.kPe);
            std::vector<Matrix> weights;
            x += deepseek::mlaAttention(c, L.mla, m_mlaRope, h, cache.latentRows(layer), cache.ropeKeys(layer), first,
                                        c.normEps, m_mlaPath, record ? &weights : nullptr);
            const Matrix h2 = norm(x, L.norm2W, L.norm2B);
            if (L.isMoe) {
                if (routing) {
                    routing->moeLayers.push_back(layer);
                    routing->routing.emplace_back();
                }
                x += deepseek::moeForward(*c.moe, L.moe, h2, routing ? &routing->routing.back() : nullptr);
            } else {
                Matrix gate = h2 * L.wGate;
                activate(gate, L.activation);
                x += gate.cwiseProduct(h2 * L.wUp) * L.wDown;
            }
            if (record && attention)
                attention->push_back(core::Tensor::fromStack(weights));
            if (progress)
                progress(layer + 1, c.layers);
            continue;
        }
        const Matrix qkv = L.wqkv.apply(h, threads); // [T, qDim + 2 kvDim]
        const Eigen::Index qDim = c.heads * c.headDim, kvDim = c.kvHeads * c.headDim;
        Matrix q = qkv.leftCols(qDim);
        Matrix k = qkv.middleCols(qDim, kvDim);
        Matrix v = qkv.rightCols(kvDim);
        addBias(q, L.bq);
        addBias(k, L.bk);
        addBias(v, L.bv);
        if (L.qNorm.size() > 0) { // qwen3: RMSNorm over each head, before RoPE
            q = rmsNormBlocks(q, L.qNorm, c.normEps);
            k = rmsNormBlocks(k, L.kNorm, c.normEps);
        }
        if (c.usesRope) {
            ropeHeads(q, c.headDim, rope);
            ropeHeads(k, c.headDim, rope);
        }
        cache.append(layer, k, v);
        const std::int64_t window = c.layerWindows[l];
        core::GroupedHeadsResult r;
        if (record || T > Linear::kMaxVectorRows) // prefill: GEMMs over a copy of the cache
            r = core::groupedAttentionProjected(q, cache.allKeys(layer), cache.allValues(layer), c.heads, c.kvHeads,
                                                c.headDim, true, 0.0f, record, window);
        else // decoding: the cache read in place
            r.headsOut = core::groupedAttentionDecode(q, cache.keysView(layer), cache.valuesView(layer), c.heads,
                                                      c.kvHeads, c.headDim, window, threads);
        Matrix o = L.wo.apply(r.headsOut, threads);
        addBias(o, L.bo);
        x += o;
        const Matrix h2 = norm(x, L.norm2W, L.norm2B);
        Matrix up, gate;
        if (!L.wGateUp.isEmpty()) {
            const Matrix gateUp = L.wGateUp.apply(h2, threads); // [T, 2 intermediate]
            gate = gateUp.leftCols(gateUp.cols() / 2);
            up = gateUp.rightCols(gateUp.cols() / 2);
        } else {
            up = L.wUp.apply(h2, threads);
        }
        addBias(up, L.bUp);
        if (gate.size() > 0) { // SwiGLU: down(silu(gate(x)) * up(x))
            addBias(gate, L.bGate);
            activate(gate, L.activation);
            up = gate.cwiseProduct(up);
        } else {
            activate(up, L.activation);
        }
        Matrix down = L.wDown.apply(up, threads);
        addBias(down, L.bDown);
        x += down;
        if (record && attention)
            attention->push_back(core::Tensor::fromStack(r.weights));
        if (progress)
            progress(layer + 1, c.layers);
    }
    const Matrix out = norm(x, m_finalNormW, m_finalNormB);
    if (!m_lmHead.isEmpty())
        return m_lmHead.apply(out, threads);
    return m_embed.apply(out, threads); // tied: the embeddings [vocab, hidden] are the lm_head's [out, in]
}

ForwardResult TransformerModel::forward(const std::vector<std::int32_t> &ids, const CaptureOptions &options) const
{
    const std::string where = m_config.file.parent_path().string() + ": ";
    std::vector<bool> capture(m_layers.size(), options.attention && options.layers.empty());
    if (options.attention)
        for (std::int64_t l : options.layers) {
            if (l < 0 || l >= m_config.layers)
                throw ModelError(where + "layer " + std::to_string(l) + " does not exist (the model has "
                                 + std::to_string(m_config.layers) + " layers).");
            capture[static_cast<std::size_t>(l)] = true;
        }
    ForwardResult result;
    for (std::size_t l = 0; l < capture.size(); ++l)
        if (capture[l])
            result.capturedLayers.push_back(static_cast<std::int64_t>(l));
    // Sizes in long double: no 64-bit overflow for any prompt.
    const auto T = static_cast<long double>(ids.size());
    const long double need = static_cast<long double>(result.capturedLayers.size())
        * (static_cast<long double>(m_config.heads) * T * T + (options.inputs ? T * m_config.hiddenSize : 0)) * 4;
    if (need > static_cast<long double>(options.budgetBytes))
        throw ModelError(where + "recording the attention of " + std::to_string(result.capturedLayers.size())
                         + " layers for " + std::to_string(ids.size()) + " tokens needs "
                         + std::to_string(static_cast<unsigned long long>(need)) + " bytes, more than the budget of "
                         + std::to_string(options.budgetBytes) + " bytes; record fewer layers or tokens.");
    result.cache = makeCache();
    result.logits = run(ids, result.cache, capture, &result.attention, options.cancelled, options.progress, &result,
                        options.inputs ? &result.attentionInputs : nullptr);
    return result;
}

Matrix TransformerModel::forwardCached(const std::vector<std::int32_t> &ids, KvCache &cache,
                                       const std::function<bool()> &cancelled) const
{
    const KvCache fresh = makeCache();
    if (cache.layers() != fresh.layers() || cache.kvHeads() != fresh.kvHeads() || cache.headDim() != fresh.headDim()
        || cache.isLatent() != fresh.isLatent())
        throw ModelError(m_config.file.parent_path().string() + ": the KV cache was not made for this model.");
    return run(ids, cache, std::vector<bool>(m_layers.size(), false), nullptr, cancelled, {});
}

GenerateResult TransformerModel::generate(const std::vector<std::int32_t> &ids, std::int64_t n,
                                          const SamplingOptions &options, CaptureOptions capture) const
{
    if (n < 1)
        throw ModelError("The number of new tokens " + std::to_string(n) + " must be at least 1.");
    std::mt19937_64 probe;
    (void)sampleToken(RowVector::Zero(1), options, probe); // refuses bad options before any work
    std::mt19937_64 rng(options.seed);
    if (!capture.cancelled)
        capture.cancelled = options.cancelled;
    GenerateResult g;
    g.stepLogits.resize(n, m_config.vocabSize);
    g.prompt = forward(ids, capture);
    g.cache = std::move(g.prompt.cache); // the prompt's keys and values live on in g.cache
    g.prompt.cache = KvCache();
    Matrix logits = g.prompt.logits.bottomRows(1);
    for (std::int64_t i = 0; i < n; ++i) {
        const RowVector last = logits.bottomRows(1);
        g.stepLogits.row(i) = last;
        const std::int32_t next = sampleToken(last, options, rng);
        g.tokens.push_back(next);
        if (options.onToken)
            options.onToken(next, g.cache);
        if (options.progress)
            options.progress(i + 1, n);
        if (i + 1 < n)
            logits = forwardCached({next}, g.cache, options.cancelled);
    }
    return g;
}

} // namespace attnscope::model
