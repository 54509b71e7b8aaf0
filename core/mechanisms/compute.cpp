// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/compute.h"

#include "core/mechanisms/dotproduct.h"
#include "core/params/validation.h"
#include "core/support/random.h"
#include "core/trace/steps.h"

#include <stdexcept>
#include <string>
#include <utility>

namespace attnscope::core {

namespace {

Matrix causalMaskMatrix(std::int64_t tq, std::int64_t tk)
{
    // 1 where query i may attend to key j, 0 where the mask removes it.
    Matrix m(tq, tk);
    for (std::int64_t i = 0; i < tq; ++i)
        for (std::int64_t j = 0; j < tk; ++j)
            m(i, j) = j <= i ? 1.0f : 0.0f;
    return m;
}

GruWeights gruWeights(const SeededInit &init, const std::string &prefix, std::int64_t in, std::int64_t n)
{
    return GruWeights{init.weight(prefix + ".W_z", in, n), init.weight(prefix + ".U_z", n, n),
                      init.weight(prefix + ".W_r", in, n), init.weight(prefix + ".U_r", n, n),
                      init.weight(prefix + ".W_h", in, n), init.weight(prefix + ".U_h", n, n)};
}

// X (and X_enc for cross attention): the query input and the key/value input.
std::pair<Matrix, Matrix> recordInputs(Trace &t, const Config &c)
{
    const Matrix x = seededInput(c, "X", c.tokens);
    t.record(StepKind::Input, "X", x, {});
    if (c.attention != AttentionKind::Cross)
        return {x, x};
    Matrix xEnc = seededInput(c, "X_enc", c.sourceTokens);
    t.record(StepKind::Input, "X_enc", xEnc, {});
    return {x, std::move(xEnc)};
}

void recordProjections(Trace &t, const Config &c, const Matrix &q, const Matrix &k, const Matrix &v)
{
    const std::string kvName = c.attention == AttentionKind::Cross ? "X_enc" : "X";
    t.record(StepKind::ProjectQuery, "Q", q, {"X", "W_Q"});
    t.record(StepKind::ProjectKey, "K", k, {kvName, "W_K"});
    t.record(StepKind::ProjectValue, "V", v, {kvName, "W_V"});
}

Trace computeSdpa(const Config &c)
{
    const SeededInit init(c.seed);
    Trace t;
    const auto [x, xKv] = recordInputs(t, c);
    const Matrix wq = init.weight("W_Q", c.dModel, c.dHead);
    const Matrix wk = init.weight("W_K", c.dModel, c.dHead);
    const Matrix wv = init.weight("W_V", c.dModel, c.dHead);
    t.setTensor("W_Q", wq);
    t.setTensor("W_K", wk);
    t.setTensor("W_V", wv);
    const Matrix q = x * wq;
    const Matrix k = xKv * wk;
    const Matrix v = xKv * wv;
    recordProjections(t, c, q, k, v);
    const auto r = scaledDotProduct(q, k, v, c.causal);
    t.setTensor("scores", r.scores);
    if (c.causal)
        t.setTensor("mask", causalMaskMatrix(c.tokens, c.tokens));
    t.setTensor("weights", r.weights);
    t.setTensor("output", r.output);
    recordHeadSteps(t, 1, {"Q", "K"}, c.causal, "V", "output");
    return t;
}

Trace computeGrouped(const Config &c)
{
    Trace t;
    const auto [x, xKv] = recordInputs(t, c);
    const GroupedWeights w = groupedWeights(c);
    t.setTensor("W_Q", w.wq);
    t.setTensor("W_K", w.wk);
    t.setTensor("W_V", w.wv);
    t.setTensor("W_O", w.wo);
    const auto r = groupedAttention(w, x, xKv, c.nHeads, c.nKvHeads, c.dHead, c.causal);
    recordProjections(t, c, r.q, r.k, r.v);
    t.setTensor("scores", Tensor::fromStack(r.scores));
    if (c.causal)
        t.setTensor("mask", causalMaskMatrix(c.tokens, c.tokens));
    t.setTensor("weights", Tensor::fromStack(r.weights));
    recordHeadOutputs(t, r.headsOut, c.nHeads, r.output);
    recordHeadSteps(t, c.nHeads, {"Q", "K"}, c.causal, "V", "head_outputs");
    recordConcatAndProjection(t);
    return t;
}

Trace computeLatent(const Config &c)
{
    Trace t;
    const Matrix x = seededInput(c, "X", c.tokens);
    t.record(StepKind::Input, "X", x, {});
    const LatentWeights w = latentWeights(c);
    const bool queryLatent = c.dLatentQ > 0;
    if (queryLatent) {
        t.setTensor("W_DQ", w.wdq);
        t.setTensor("W_UQ", w.wuq);
    } else {
        t.setTensor("W_Q", w.wq);
    }
    t.setTensor("W_QR", w.wqr);
    t.setTensor("W_DKV", w.wdkv);
    t.setTensor("W_UK", w.wuk);
    t.setTensor("W_UV", w.wuv);
    t.setTensor("W_KR", w.wkr);
    t.setTensor("W_O", w.wo);

    const auto r = latentAttention(w, latentShape(c), x, c.mlaPath);
    const bool absorbed = c.mlaPath == MlaPath::Absorbed;
    if (queryLatent)
        t.record(StepKind::DownProjectQuery, "c_Q", r.cQ, {"X", "W_DQ"});
    const std::string queryInput = queryLatent ? "c_Q" : "X";
    t.record(StepKind::ProjectQuery, "q_C", r.qC, {queryInput, queryLatent ? "W_UQ" : "W_Q"});
    t.record(StepKind::RopeQuery, "q_R", r.qR, {queryInput, "W_QR"});
    t.record(StepKind::DownProjectKv, "c_KV", r.cKV, {"X", "W_DKV"});
    t.record(StepKind::RopeKey, "k_R", r.kR, {"X", "W_KR"});

    t.setTensor("scores", Tensor::fromStack(r.scores));
    t.setTensor("mask", causalMaskMatrix(c.tokens, c.tokens));
    t.setTensor("weights", Tensor::fromStack(r.weights));
    recordHeadOutputs(t, r.headsOut, c.nHeads, r.output);
    if (!absorbed) {
        t.record(StepKind::UpProjectKey, "k_C", r.kC, {"c_KV", "W_UK"});
        t.record(StepKind::UpProjectValue, "v_C", r.vC, {"c_KV", "W_UV"});
        recordHeadSteps(t, c.nHeads, {"q_C", "q_R", "k_C", "k_R"}, true, "v_C", "head_outputs");
    } else {
        t.setTensor("q_lat", Tensor::fromStack(r.qLat));
        t.setTensor("o_lat", Tensor::fromStack(r.oLat));
        recordAbsorbedHeadSteps(t, c.nHeads);
    }
    recordConcatAndProjection(t);
    return t;
}

Trace computeBahdanau(const Config &c)
{
    return bahdanauTrace(bahdanauWeights(c), seededInput(c, "X_src", c.sourceTokens),
                         seededInput(c, "Y_emb", c.tokens));
}

} // namespace

Matrix seededInput(const Config &config, const char *name, std::int64_t rows)
{
    return SeededInit(config.seed).input(name, rows, config.dModel);
}

GroupedWeights groupedWeights(const Config &c)
{
    const SeededInit init(c.seed);
    return GroupedWeights{
        init.weight("W_Q", c.dModel, c.nHeads * c.dHead), init.weight("W_K", c.dModel, c.nKvHeads * c.dHead),
        init.weight("W_V", c.dModel, c.nKvHeads * c.dHead), init.weight("W_O", c.nHeads * c.dHead, c.dModel)};
}

LatentWeights latentWeights(const Config &c)
{
    const SeededInit init(c.seed);
    LatentWeights w;
    const std::int64_t n = c.nHeads;
    if (c.dLatentQ > 0) {
        w.wdq = init.weight("W_DQ", c.dModel, c.dLatentQ);
        w.wuq = init.weight("W_UQ", c.dLatentQ, n * c.dHead);
        w.wqr = init.weight("W_QR", c.dLatentQ, n * c.dRope);
    } else {
        w.wq = init.weight("W_Q", c.dModel, n * c.dHead);
        w.wqr = init.weight("W_QR", c.dModel, n * c.dRope);
    }
    w.wdkv = init.weight("W_DKV", c.dModel, c.dLatentKv);
    w.wuk = init.weight("W_UK", c.dLatentKv, n * c.dHead);
    w.wuv = init.weight("W_UV", c.dLatentKv, n * c.dHead);
    w.wkr = init.weight("W_KR", c.dModel, c.dRope);
    w.wo = init.weight("W_O", n * c.dHead, c.dModel);
    return w;
}

LatentShape latentShape(const Config &c)
{
    return LatentShape{c.nHeads, c.dHead, c.dRope, c.ropeBase, c.ropeLayout};
}

BahdanauWeights bahdanauWeights(const Config &c)
{
    const SeededInit init(c.seed);
    const std::int64_t m = c.dModel;
    const std::int64_t n = c.hidden;
    BahdanauWeights w;
    w.encoderForward = gruWeights(init, "gru_fwd", m, n);
    w.encoderBackward = gruWeights(init, "gru_bwd", m, n);
    w.decoder = gruWeights(init, "gru_dec", m + 2 * n, n);
    w.ws = init.weight("W_s", n, n);
    w.wa = init.weight("W_a", n, c.alignDim);
    w.ua = init.weight("U_a", 2 * n, c.alignDim);
    w.va = init.weight("v_a", c.alignDim, 1).transpose();
    return w;
}

Trace compute(const Config &config)
{
    if (const auto errors = validateConfig(config); !errors.empty()) {
        std::string all;
        for (const auto &e : errors)
            all += (all.empty() ? "" : " ") + e.message;
        throw std::invalid_argument(all);
    }
    switch (config.mechanism) {
    case Mechanism::Bahdanau: return computeBahdanau(config);
    case Mechanism::Sdpa: return computeSdpa(config);
    case Mechanism::Mha:
    case Mechanism::Gqa:
    case Mechanism::Mqa: return computeGrouped(config);
    case Mechanism::Mla: return computeLatent(config);
    }
    throw std::logic_error("compute: unknown mechanism");
}

std::shared_ptr<const Trace> computeShared(const Config &config)
{
    return std::make_shared<const Trace>(compute(config));
}

} // namespace attnscope::core
