// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/layertrace.h"

#include "core/mechanisms/grouped.h"
#include "core/mechanisms/latent.h"
#include "core/mechanisms/rope.h"
#include "core/mechanisms/softmax.h"
#include "core/trace/steps.h"
#include "model/norms.h"
#include "model/safetensors.h"

#include <cmath>
#include <string>
#include <vector>

namespace attnscope::model {

using core::Matrix;
using core::RowVector;
using core::StepKind;
using core::Tensor;
using core::Trace;

namespace {

// Each head's d columns rotated at positions 0..T-1.
Matrix ropeBlocks(const Matrix &x, std::int64_t d, const std::vector<double> &invFreq, core::RopeLayout layout,
                  double attentionFactor = 1.0)
{
    Matrix out(x.rows(), x.cols());
    for (Eigen::Index h = 0; h < x.cols() / d; ++h)
        out.middleCols(h * d, d) = core::applyRopeFrequencies(x.middleCols(h * d, d), invFreq, layout, 0, attentionFactor);
    return out;
}

// 1 where query i may read key j (causal, and within the sliding window when there is one).
Matrix visibility(std::int64_t tokens, std::int64_t window)
{
    Matrix m = Matrix::Zero(tokens, tokens);
    core::applyCausalMask(m, 0, window);
    return m.unaryExpr([](float v) { return std::isinf(v) ? 0.0f : 1.0f; });
}

void recordOutput(Trace &t, const Matrix &headsOut, std::int64_t heads, const Matrix &wo, const RowVector &bo)
{
    Matrix output = headsOut * wo;
    addBias(output, bo);
    core::recordHeadOutputs(t, headsOut, heads, output);
}

Trace groupedTrace(const TransformerModel &model, std::int64_t layer, const Matrix &x)
{
    const ModelConfig &c = model.config();
    const TransformerModel::AttentionWeights w = model.attentionWeights(layer);
    const std::int64_t T = x.rows();
    Trace t;
    t.record(StepKind::Input, "X", x, {});
    t.setTensor("W_Q", w.wq);
    t.setTensor("W_K", w.wk);
    t.setTensor("W_V", w.wv);
    t.setTensor("W_O", w.wo);
    Matrix q = x * w.wq, k = x * w.wk, v = x * w.wv;
    addBias(q, w.bq);
    addBias(k, w.bk);
    addBias(v, w.bv);
    if (w.qNorm.size() > 0) { // qwen3: RMSNorm over each head, before RoPE
        q = rmsNormBlocks(q, w.qNorm, c.normEps);
        k = rmsNormBlocks(k, w.kNorm, c.normEps);
    }
    t.record(StepKind::ProjectQuery, "Q", q, {"X", "W_Q"});
    t.record(StepKind::ProjectKey, "K", k, {"X", "W_K"});
    t.record(StepKind::ProjectValue, "V", v, {"X", "W_V"});
    std::vector<std::string> scoreInputs{"Q", "K"};
    if (c.usesRope) {
        q = ropeBlocks(q, c.headDim, model.ropeFrequencies(), core::RopeLayout::Half);
        k = ropeBlocks(k, c.headDim, model.ropeFrequencies(), core::RopeLayout::Half);
        t.record(StepKind::RopeQuery, "Q_rot", q, {"Q"});
        t.record(StepKind::RopeKey, "K_rot", k, {"K"});
        scoreInputs = {"Q_rot", "K_rot"};
    }
    const std::int64_t window = c.layerWindows[static_cast<std::size_t>(layer)];
    const auto r = core::groupedAttentionProjected(q, k, v, c.heads, c.kvHeads, c.headDim, true, 0.0f, true, window);
    t.setTensor("scores", Tensor::fromStack(r.scores));
    t.setTensor("mask", visibility(T, window));
    t.setTensor("weights", Tensor::fromStack(r.weights));
    recordOutput(t, r.headsOut, c.heads, w.wo, w.bo);
    core::recordHeadSteps(t, c.heads, scoreInputs, true, "V", "head_outputs");
    core::recordConcatAndProjection(t);
    return t;
}

Trace latentTrace(const TransformerModel &model, std::int64_t layer, const Matrix &x, core::MlaPath path)
{
    const ModelConfig &c = model.config();
    const MlaConfig &m = *c.mla;
    const deepseek::MlaWeights &w = *model.attentionWeights(layer).mla;
    const deepseek::MlaRope &rope = model.mlaRope();
    const std::int64_t H = c.heads, dn = m.qkNopeHeadDim, dr = m.qkRopeHeadDim, dc = m.kvLoraRank;
    // DeepSeek's query projection holds per head [q_nope | q_pe]: split into W_UQ (or W_Q) and W_QR.
    const Matrix &wqAll = m.qLoraRank > 0 ? w.wqB : w.wq;
    Matrix wqNope(wqAll.rows(), H * dn), wqPe(wqAll.rows(), H * dr);
    for (std::int64_t h = 0; h < H; ++h) {
        wqNope.middleCols(h * dn, dn) = wqAll.middleCols(h * (dn + dr), dn);
        wqPe.middleCols(h * dr, dr) = wqAll.middleCols(h * (dn + dr) + dn, dr);
    }
    Trace t;
    t.record(StepKind::Input, "X", x, {});
    std::string queryInput = "X";
    Matrix qIn = x;
    if (m.qLoraRank > 0) {
        t.setTensor("W_DQ", w.wqA);
        qIn = rmsNormBlocks(x * w.wqA, w.qANorm, c.normEps);
        t.record(StepKind::DownProjectQuery, "c_Q", qIn, {"X", "W_DQ"});
        queryInput = "c_Q";
    }
    const std::string wqName = m.qLoraRank > 0 ? "W_UQ" : "W_Q";
    t.setTensor(wqName, wqNope);
    t.setTensor("W_QR", wqPe);
    const Matrix qC = qIn * wqNope;
    const Matrix qR = ropeBlocks(qIn * wqPe, dr, rope.invFreq, core::RopeLayout::Interleaved, rope.attentionFactor);
    t.record(StepKind::ProjectQuery, "q_C", qC, {queryInput, wqName});
    t.record(StepKind::RopeQuery, "q_R", qR, {queryInput, "W_QR"});
    t.setTensor("W_DKV", Matrix(w.wkvA.leftCols(dc)));
    t.setTensor("W_KR", Matrix(w.wkvA.rightCols(dr)));
    const Matrix cKV = rmsNormBlocks(x * w.wkvA.leftCols(dc), w.kvANorm, c.normEps);
    const Matrix kR = ropeBlocks(x * w.wkvA.rightCols(dr), dr, rope.invFreq, core::RopeLayout::Interleaved,
                                 rope.attentionFactor);
    t.record(StepKind::DownProjectKv, "c_KV", cKV, {"X", "W_DKV"});
    t.record(StepKind::RopeKey, "k_R", kR, {"X", "W_KR"});
    t.setTensor("W_UK", w.wuk);
    t.setTensor("W_UV", w.wuv);
    t.setTensor("W_O", w.wo);
    const auto r = core::latentAttentionProjected(qC, qR, cKV, kR, w.wuk, w.wuv, H, path, static_cast<float>(rope.scale));
    t.setTensor("scores", Tensor::fromStack(r.scores));
    t.setTensor("mask", visibility(x.rows(), 0));
    t.setTensor("weights", Tensor::fromStack(r.weights));
    recordOutput(t, r.headsOut, H, w.wo, RowVector());
    if (path == core::MlaPath::Naive) {
        t.record(StepKind::UpProjectKey, "k_C", r.kC, {"c_KV", "W_UK"});
        t.record(StepKind::UpProjectValue, "v_C", r.vC, {"c_KV", "W_UV"});
        core::recordHeadSteps(t, H, {"q_C", "q_R", "k_C", "k_R"}, true, "v_C", "head_outputs");
    } else {
        t.setTensor("q_lat", Tensor::fromStack(r.qLat));
        t.setTensor("o_lat", Tensor::fromStack(r.oLat));
        core::recordAbsorbedHeadSteps(t, H);
    }
    core::recordConcatAndProjection(t);
    return t;
}

} // namespace

core::Trace attentionTrace(const TransformerModel &model, std::int64_t layer, const core::Matrix &x, core::MlaPath path)
{
    const ModelConfig &c = model.config();
    if (x.rows() < 1 || x.cols() != c.hiddenSize)
        throw ModelError(c.file.parent_path().string() + ": the attention input has shape [" + std::to_string(x.rows())
                         + ", " + std::to_string(x.cols()) + "]; layer traces need [tokens >= 1, "
                         + std::to_string(c.hiddenSize) + "].");
    return c.isMla() ? latentTrace(model, layer, x, path) : groupedTrace(model, layer, x);
}

core::Config layerConfig(const ModelConfig &config, std::int64_t tokens, core::MlaPath path)
{
    core::Config k;
    k.dModel = config.hiddenSize;
    k.nHeads = config.heads;
    k.nKvHeads = config.isMla() ? 1 : config.kvHeads;
    k.dHead = config.isMla() ? config.mla->qkNopeHeadDim : config.headDim;
    k.tokens = tokens;
    k.sourceTokens = tokens;
    k.causal = true;
    k.attention = core::AttentionKind::Self;
    if (config.isMla()) {
        k.mechanism = core::Mechanism::Mla;
        k.dLatentKv = config.mla->kvLoraRank;
        k.dLatentQ = config.mla->qLoraRank;
        k.dRope = config.mla->qkRopeHeadDim;
        k.ropeBase = config.ropeTheta;
        k.ropeLayout = core::RopeLayout::Interleaved;
        k.mlaPath = path;
    } else {
        k.mechanism = config.kvHeads == config.heads ? core::Mechanism::Mha
                      : config.kvHeads == 1          ? core::Mechanism::Mqa
                                                     : core::Mechanism::Gqa;
        k.ropeBase = config.ropeTheta;
        k.ropeLayout = core::RopeLayout::Half;
    }
    return k;
}

} // namespace attnscope::model
