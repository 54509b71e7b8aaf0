// SPDX-License-Identifier: GPL-3.0-or-later
// DeepSeek-V2/V3 layers (DeepSeek's modeling_deepseek.py, transformers' deepseek_v3): Multi-head
// Latent Attention with YaRN-scaled decoupled RoPE, and the mixture-of-experts feed-forward.
// docs/tiny-models.md spells out every formula.
#include "model/deepseek.h"

#include "core/mechanisms/latent.h"
#include "core/mechanisms/rope.h"
#include "model/norms.h"
#include "model/weightstore.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <string>

namespace attnscope::model::deepseek {

namespace {

double yarnMscale(double factor, double m)
{
    return factor <= 1.0 ? 1.0 : 0.1 * m * std::log(factor) + 1.0;
}

Matrix linear(const WeightStore &w, const std::string &name)
{
    const TensorInfo *t = w.find(name);
    if (!t)
        throw ModelError(w.folder().string() + ": tensor '" + name + "' is missing.");
    return readMatrix(*t).transpose();
}

RowVector vec(const WeightStore &w, const std::string &name)
{
    const Matrix m = linear(w, name);
    return Eigen::Map<const RowVector>(m.data(), m.size());
}

Expert loadExpert(const WeightStore &w, const std::string &p)
{
    return {linear(w, p + "gate_proj.weight"), linear(w, p + "up_proj.weight"), linear(w, p + "down_proj.weight")};
}

Matrix runExpert(const Expert &e, const Matrix &x)
{
    Matrix gate = x * e.gate;
    gate = gate.array() / (1.0f + (-gate.array()).exp());
    return gate.cwiseProduct(x * e.up) * e.down;
}

} // namespace

MlaRope mlaRopeOf(const ModelConfig &c)
{
    const MlaConfig &m = *c.mla;
    MlaRope r;
    r.invFreq = core::ropeInverseFrequencies(c.ropeTheta, m.qkRopeHeadDim);
    r.scale = 1.0 / std::sqrt(static_cast<double>(m.qkNopeHeadDim + m.qkRopeHeadDim));
    const RopeScalingConfig &s = c.ropeScaling;
    if (s.type == RopeScaling::Llama3)
        throw ModelError(c.file.string() + ": llama3 rope scaling is not supported for " + c.modelType + ".");
    if (s.type != RopeScaling::Yarn)
        return r;
    // DeepseekV2YarnRotaryEmbedding: frequencies below the ramp are divided by the factor.
    const auto d = static_cast<double>(m.qkRopeHeadDim);
    const auto orig = static_cast<double>(s.originalMaxPositionEmbeddings);
    auto corr = [&](double rotations) {
        return d * std::log(orig / (2.0 * std::numbers::pi * rotations)) / (2.0 * std::log(c.ropeTheta));
    };
    const double lo = std::max(std::floor(corr(s.betaFast)), 0.0);
    double hi = std::min(std::ceil(corr(s.betaSlow)), d - 1.0);
    if (hi == lo)
        hi += 0.001; // yarn_linear_ramp_mask
    for (std::size_t j = 0; j < r.invFreq.size(); ++j) {
        const double ramp = std::clamp((static_cast<double>(j) - lo) / (hi - lo), 0.0, 1.0);
        r.invFreq[j] = r.invFreq[j] / s.factor * ramp + r.invFreq[j] * (1.0 - ramp);
    }
    r.attentionFactor = yarnMscale(s.factor, s.mscale) / yarnMscale(s.factor, s.mscaleAllDim);
    const double all = yarnMscale(s.factor, s.mscaleAllDim);
    r.scale *= all * all;
    return r;
}

MlaWeights loadMla(const ModelConfig &c, const WeightStore &w, std::int64_t layer)
{
    const std::string a = "model.layers." + std::to_string(layer) + ".self_attn.";
    MlaWeights m;
    if (c.mla->qLoraRank > 0) {
        m.wqA = linear(w, a + "q_a_proj.weight");
        m.qANorm = vec(w, a + "q_a_layernorm.weight");
        m.wqB = linear(w, a + "q_b_proj.weight");
    } else {
        m.wq = linear(w, a + "q_proj.weight");
    }
    m.wkvA = linear(w, a + "kv_a_proj_with_mqa.weight");
    m.kvANorm = vec(w, a + "kv_a_layernorm.weight");
    const MlaConfig &r = *c.mla;
    const Matrix wkvB = linear(w, a + "kv_b_proj.weight"); // [d_c, H (d_nope + d_v)]: per head [W_UK | W_UV]
    const std::int64_t dn = r.qkNopeHeadDim, dv = r.vHeadDim;
    m.wuk.resize(wkvB.rows(), c.heads * dn);
    m.wuv.resize(wkvB.rows(), c.heads * dv);
    for (std::int64_t i = 0; i < c.heads; ++i) {
        m.wuk.middleCols(i * dn, dn) = wkvB.middleCols(i * (dn + dv), dn);
        m.wuv.middleCols(i * dv, dv) = wkvB.middleCols(i * (dn + dv) + dn, dv);
    }
    m.wo = linear(w, a + "o_proj.weight");
    return m;
}

MoeWeights loadMoe(const ModelConfig &c, const WeightStore &w, std::int64_t layer)
{
    const std::string p = "model.layers." + std::to_string(layer) + ".mlp.";
    const MoeConfig &e = *c.moe;
    MoeWeights m;
    m.gate = linear(w, p + "gate.weight");
    if (e.topkMethod == "noaux_tc")
        m.bias = vec(w, p + "gate.e_score_correction_bias");
    for (std::int64_t x = 0; x < e.routedExperts; ++x)
        m.experts.push_back(loadExpert(w, p + "experts." + std::to_string(x) + "."));
    if (e.sharedExperts > 0)
        m.shared = loadExpert(w, p + "shared_experts.");
    return m;
}

MlaLatent mlaLatent(const ModelConfig &c, const MlaWeights &w, const MlaRope &rope, const Matrix &h,
                    std::int64_t first, double eps)
{
    const MlaConfig &m = *c.mla;
    const Matrix kv = h * w.wkvA; // [T, d_c + d_rope]
    return {rmsNormBlocks(kv.leftCols(m.kvLoraRank), w.kvANorm, eps),
            core::applyRopeFrequencies(kv.rightCols(m.qkRopeHeadDim), rope.invFreq, core::RopeLayout::Interleaved,
                                       first, rope.attentionFactor)};
}

Matrix mlaAttention(const ModelConfig &c, const MlaWeights &w, const MlaRope &rope, const Matrix &h,
                    const Matrix &cKV, const Matrix &kPe, std::int64_t first, double eps, core::MlaPath path,
                    std::vector<Matrix> *weights)
{
    const MlaConfig &m = *c.mla;
    const std::int64_t dn = m.qkNopeHeadDim, dr = m.qkRopeHeadDim;
    const Matrix q = m.qLoraRank > 0 ? Matrix(rmsNormBlocks(h * w.wqA, w.qANorm, eps) * w.wqB) : Matrix(h * w.wq);
    // q holds per head [q_nope | q_pe]; core wants the two parts as separate column blocks.
    Matrix qC(h.rows(), c.heads * dn), qR(h.rows(), c.heads * dr);
    for (std::int64_t i = 0; i < c.heads; ++i) {
        qC.middleCols(i * dn, dn) = q.middleCols(i * (dn + dr), dn);
        qR.middleCols(i * dr, dr) = core::applyRopeFrequencies(q.middleCols(i * (dn + dr) + dn, dr), rope.invFreq,
                                                               core::RopeLayout::Interleaved, first,
                                                               rope.attentionFactor);
    }
    core::LatentHeadsResult r = core::latentAttentionProjected(qC, qR, cKV, kPe, w.wuk, w.wuv, c.heads, path,
                                                               static_cast<float>(rope.scale), weights != nullptr);
    if (weights)
        *weights = std::move(r.weights);
    return r.headsOut * w.wo;
}

Routing route(const MoeConfig &e, const MoeWeights &w, const RowVector &x)
{
    const RowVector logits = x * w.gate;
    const auto n = static_cast<std::size_t>(logits.cols());
    std::vector<double> score(n), choice(n);
    const bool sigmoid = e.scoringFunc == "sigmoid";
    if (sigmoid) {
        for (std::size_t j = 0; j < n; ++j) {
            score[j] = 1.0 / (1.0 + std::exp(-static_cast<double>(logits(Eigen::Index(j)))));
            choice[j] = score[j] + (w.bias.size() > 0 ? static_cast<double>(w.bias(Eigen::Index(j))) : 0.0);
        }
    } else {
        const double top = static_cast<double>(logits.maxCoeff());
        double sum = 0.0;
        for (std::size_t j = 0; j < n; ++j)
            sum += score[j] = std::exp(static_cast<double>(logits(Eigen::Index(j))) - top);
        for (double &s : score)
            s /= sum;
        choice = score;
    }
    auto bestFirst = [](const std::vector<double> &v) {
        std::vector<std::int64_t> order(v.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::int64_t a, std::int64_t b) {
            return v[static_cast<std::size_t>(a)] > v[static_cast<std::size_t>(b)];
        });
        return order;
    };
    if (e.topkMethod != "greedy" && e.nGroup > 1) {
        // group_limited_greedy: a group scores its best expert; noaux_tc: the sum of its best two.
        const auto groups = static_cast<std::size_t>(e.nGroup);
        const std::size_t per = n / groups;
        std::vector<double> groupScore(groups);
        for (std::size_t g = 0; g < groups; ++g) {
            std::vector<double> members(choice.begin() + std::ptrdiff_t(g * per),
                                        choice.begin() + std::ptrdiff_t((g + 1) * per));
            std::sort(members.rbegin(), members.rend());
            groupScore[g] = e.topkMethod == "noaux_tc" ? members[0] + (per > 1 ? members[1] : 0.0) : members[0];
        }
        const auto keep = bestFirst(groupScore);
        std::vector<bool> kept(groups, false);
        for (std::int64_t k = 0; k < std::min<std::int64_t>(e.topkGroup, e.nGroup); ++k)
            kept[static_cast<std::size_t>(keep[static_cast<std::size_t>(k)])] = true;
        for (std::size_t j = 0; j < n; ++j)
            if (!kept[j / per])
                choice[j] = 0.0; // masked_fill(..., 0.0)
    }
    const auto order = bestFirst(choice);
    Routing r;
    double sum = 0.0;
    for (std::int64_t k = 0; k < e.expertsPerToken; ++k) {
        const std::int64_t j = order[static_cast<std::size_t>(k)];
        r.experts.push_back(j);
        r.weights.push_back(score[static_cast<std::size_t>(j)]);
        sum += score[static_cast<std::size_t>(j)];
    }
    const bool normalize = e.normTopkProb && (sigmoid || e.expertsPerToken > 1);
    for (double &v : r.weights) {
        if (normalize)
            v /= sum + 1e-20;
        if (sigmoid || !normalize)
            v *= e.routedScalingFactor;
    }
    return r;
}

Matrix moeForward(const MoeConfig &e, const MoeWeights &w, const Matrix &x, std::vector<Routing> *routing)
{
    Matrix out = w.shared.gate.size() > 0 ? runExpert(w.shared, x) : Matrix::Zero(x.rows(), x.cols());
    for (Eigen::Index t = 0; t < x.rows(); ++t) {
        Routing r = route(e, w, x.row(t));
        for (std::size_t k = 0; k < r.experts.size(); ++k)
            out.row(t) += static_cast<float>(r.weights[k])
                          * runExpert(w.experts[static_cast<std::size_t>(r.experts[k])], x.row(t));
        if (routing)
            routing->push_back(std::move(r));
    }
    return out;
}

} // namespace attnscope::model::deepseek
