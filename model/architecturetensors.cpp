// SPDX-License-Identifier: GPL-3.0-or-later
// The weight tensors of each architecture, named and shaped as Hugging Face checkpoints store
// them (modeling_<type>.py): nn.Linear weights are [out, in], GPT-2's Conv1D weights [in, out].
#include "model/architecture.h"

#include "core/support/checkedmath.h"
#include "model/weightstore.h"

namespace attnscope::model {

namespace {

class TensorList
{
public:
    explicit TensorList(const ModelConfig &config) : m_config(config) {}

    // a * b, refused with the file's name when it overflows.
    [[nodiscard]] std::int64_t mul(std::int64_t a, std::int64_t b) const
    {
        if (auto v = core::checkedMul(a, b))
            return *v;
        throw ModelError(m_config.file.string() + ": a weight size (" + std::to_string(a) + " x " + std::to_string(b)
                         + ") does not fit in 64 bits.");
    }
    [[nodiscard]] std::int64_t add(std::int64_t a, std::int64_t b) const
    {
        if (auto v = core::checkedAdd(a, b))
            return *v;
        throw ModelError(m_config.file.string() + ": a weight size (" + std::to_string(a) + " + " + std::to_string(b)
                         + ") does not fit in 64 bits.");
    }

    void push(std::string name, std::vector<std::int64_t> shape)
    {
        m_out.push_back({std::move(name), std::move(shape)});
    }
    // nn.Linear(in, out): weight [out, in], bias [out].
    void linear(const std::string &name, std::int64_t in, std::int64_t out, bool bias)
    {
        push(name + ".weight", {out, in});
        if (bias)
            push(name + ".bias", {out});
    }
    // transformers' Conv1D(nf = out, nx = in): weight [in, out], bias [out].
    void conv1d(const std::string &name, std::int64_t in, std::int64_t out)
    {
        push(name + ".weight", {in, out});
        push(name + ".bias", {out});
    }
    void layerNorm(const std::string &name, std::int64_t width)
    {
        push(name + ".weight", {width});
        push(name + ".bias", {width});
    }
    void rmsNorm(const std::string &name, std::int64_t width) { push(name + ".weight", {width}); }
    void gatedMlp(const std::string &name, std::int64_t hidden, std::int64_t inner, bool bias)
    {
        linear(name + ".gate_proj", hidden, inner, bias);
        linear(name + ".up_proj", hidden, inner, bias);
        linear(name + ".down_proj", inner, hidden, bias);
    }

    [[nodiscard]] std::vector<ExpectedTensor> take() { return std::move(m_out); }

private:
    const ModelConfig &m_config;
    std::vector<ExpectedTensor> m_out;
};

void gptTensors(const ModelConfig &c, TensorList &t)
{
    const std::int64_t h = c.hiddenSize;
    t.push("transformer.wte.weight", {c.vocabSize, h});
    t.push("transformer.wpe.weight", {c.maxPositionEmbeddings, h});
    for (std::int64_t i = 0; i < c.layers; ++i) {
        const std::string p = "transformer.h." + std::to_string(i) + ".";
        t.layerNorm(p + "ln_1", h);
        if (c.family == Family::Gpt2) {
            t.conv1d(p + "attn.c_attn", h, t.mul(3, h));
            t.conv1d(p + "attn.c_proj", h, h);
        } else {
            // GPTBigCode: nn.Linear(embed_dim, embed_dim + 2 * kv_dim), kv_dim = head_dim (MQA)
            // or embed_dim (MHA).
            const std::int64_t kvDim = t.mul(c.kvHeads, c.headDim);
            t.linear(p + "attn.c_attn", h, t.add(h, t.mul(2, kvDim)), true);
            t.linear(p + "attn.c_proj", h, h, true);
        }
        t.layerNorm(p + "ln_2", h);
        if (c.family == Family::Gpt2) {
            t.conv1d(p + "mlp.c_fc", h, c.intermediateSize);
            t.conv1d(p + "mlp.c_proj", c.intermediateSize, h);
        } else {
            t.linear(p + "mlp.c_fc", h, c.intermediateSize, true);
            t.linear(p + "mlp.c_proj", c.intermediateSize, h, true);
        }
    }
    t.layerNorm("transformer.ln_f", h);
}

void llamaLayer(const ModelConfig &c, const std::string &p, TensorList &t)
{
    const std::int64_t h = c.hiddenSize;
    const std::int64_t q = t.mul(c.heads, c.headDim);
    const std::int64_t kv = t.mul(c.kvHeads, c.headDim);
    t.linear(p + "self_attn.q_proj", h, q, c.qkvBias);
    t.linear(p + "self_attn.k_proj", h, kv, c.qkvBias);
    t.linear(p + "self_attn.v_proj", h, kv, c.qkvBias);
    t.linear(p + "self_attn.o_proj", q, h, c.outputBias);
    if (c.qkNorm) {
        t.rmsNorm(p + "self_attn.q_norm", c.headDim);
        t.rmsNorm(p + "self_attn.k_norm", c.headDim);
    }
    t.gatedMlp(p + "mlp", h, c.intermediateSize, c.mlpBias);
}

void deepSeekLayer(const ModelConfig &c, std::int64_t layer, const std::string &p, TensorList &t)
{
    const std::int64_t h = c.hiddenSize;
    const MlaConfig &m = *c.mla;
    const std::int64_t qHead = t.add(m.qkNopeHeadDim, m.qkRopeHeadDim);
    if (m.qLoraRank > 0) {
        t.linear(p + "self_attn.q_a_proj", h, m.qLoraRank, c.qkvBias);
        t.rmsNorm(p + "self_attn.q_a_layernorm", m.qLoraRank);
        t.linear(p + "self_attn.q_b_proj", m.qLoraRank, t.mul(c.heads, qHead), false);
    } else {
        t.linear(p + "self_attn.q_proj", h, t.mul(c.heads, qHead), false);
    }
    t.linear(p + "self_attn.kv_a_proj_with_mqa", h, t.add(m.kvLoraRank, m.qkRopeHeadDim), c.qkvBias);
    t.rmsNorm(p + "self_attn.kv_a_layernorm", m.kvLoraRank);
    t.linear(p + "self_attn.kv_b_proj", m.kvLoraRank, t.mul(c.heads, t.add(m.qkNopeHeadDim, m.vHeadDim)), false);
    t.linear(p + "self_attn.o_proj", t.mul(c.heads, m.vHeadDim), h, c.outputBias);
    if (!c.isMoeLayer(layer)) {
        t.gatedMlp(p + "mlp", h, c.intermediateSize, false);
        return;
    }
    const MoeConfig &e = *c.moe;
    t.push(p + "mlp.gate.weight", {e.routedExperts, h});
    if (e.topkMethod == "noaux_tc")
        t.push(p + "mlp.gate.e_score_correction_bias", {e.routedExperts});
    for (std::int64_t x = 0; x < e.routedExperts; ++x)
        t.gatedMlp(p + "mlp.experts." + std::to_string(x), h, e.intermediateSize, false);
    if (e.sharedExperts > 0)
        t.gatedMlp(p + "mlp.shared_experts", h, t.mul(e.intermediateSize, e.sharedExperts), false);
}

// A GPT-2 checkpoint saved from GPT2Model (openai-community/gpt2) spells its names without the
// "transformer." prefix that GPT2LMHeadModel adds.
std::string storedName(const ModelConfig &c, const WeightStore &weights, const std::string &name)
{
    constexpr std::string_view prefix = "transformer.";
    if ((c.family == Family::Gpt2 || c.family == Family::GptBigCode) && name.starts_with(prefix)
        && !weights.find("transformer.wte.weight") && weights.find("wte.weight"))
        return name.substr(prefix.size());
    return name;
}

} // namespace

std::vector<ExpectedTensor> expectedTensors(const ModelConfig &c)
{
    TensorList t(c);
    if (c.family == Family::Gpt2 || c.family == Family::GptBigCode) {
        gptTensors(c, t);
        if (!c.tieWordEmbeddings)
            t.push("lm_head.weight", {c.vocabSize, c.hiddenSize});
        return t.take();
    }
    t.push("model.embed_tokens.weight", {c.vocabSize, c.hiddenSize});
    for (std::int64_t i = 0; i < c.layers; ++i) {
        const std::string p = "model.layers." + std::to_string(i) + ".";
        t.rmsNorm(p + "input_layernorm", c.hiddenSize);
        if (c.family == Family::DeepSeek)
            deepSeekLayer(c, i, p, t);
        else
            llamaLayer(c, p, t);
        t.rmsNorm(p + "post_attention_layernorm", c.hiddenSize);
    }
    t.rmsNorm("model.norm", c.hiddenSize);
    if (!c.tieWordEmbeddings)
        t.push("lm_head.weight", {c.vocabSize, c.hiddenSize});
    return t.take();
}

std::int64_t checkWeights(const ModelConfig &config, const WeightStore &weights)
{
    core::CheckedSum total;
    for (const ExpectedTensor &e : expectedTensors(config)) {
        const TensorInfo &info = weights.require(storedName(config, weights, e.name), e.shape);
        total.add(info.elementCount);
    }
    if (!total.value())
        throw ModelError(weights.folder().string() + ": the parameter count does not fit in 64 bits.");
    return *total.value();
}

} // namespace attnscope::model
