// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/bahdanau.h"

#include "core/mechanisms/softmax.h"

#include <string>
#include <utility>
#include <vector>

namespace attnscope::core {

namespace {

void recordGru(Trace &t, const std::string &prefix, const GruWeights &w)
{
    t.setTensor(prefix + ".W_z", w.wz);
    t.setTensor(prefix + ".U_z", w.uz);
    t.setTensor(prefix + ".W_r", w.wr);
    t.setTensor(prefix + ".U_r", w.ur);
    t.setTensor(prefix + ".W_h", w.wh);
    t.setTensor(prefix + ".U_h", w.uh);
}

// names followed by the six weights of the GRU `prefix`: the inputs of a GRU step.
std::vector<std::string> withGru(std::vector<std::string> names, const std::string &prefix)
{
    for (const char *weight : {".W_z", ".U_z", ".W_r", ".U_r", ".W_h", ".U_h"})
        names.push_back(prefix + weight);
    return names;
}

} // namespace

RowVector additiveScores(const BahdanauWeights &w, const RowVector &s, const Matrix &annotations)
{
    // hU: [T_src, n'] ; sW: [1, n'] broadcast over the source positions.
    Matrix hidden = annotations * w.ua;
    hidden.rowwise() += s * w.wa;
    return (hidden.array().tanh().matrix() * w.va.transpose()).transpose();
}

BahdanauResult bahdanauAttention(const BahdanauWeights &w, const Matrix &sourceEmbeddings,
                                 const Matrix &targetEmbeddings)
{
    BahdanauResult r;
    const std::int64_t n = w.encoderForward.hiddenSize();
    const std::int64_t tSrc = sourceEmbeddings.rows();
    const std::int64_t tTgt = targetEmbeddings.rows();

    r.forwardStates = gruSequence(w.encoderForward, sourceEmbeddings, false);
    r.backwardStates = gruSequence(w.encoderBackward, sourceEmbeddings, true);
    r.annotations.resize(tSrc, 2 * n);
    r.annotations << r.forwardStates, r.backwardStates;

    r.previousStates.resize(tTgt, n);
    r.states.resize(tTgt, n);
    r.scores.resize(tTgt, tSrc);
    r.weights.resize(tTgt, tSrc);
    r.context.resize(tTgt, 2 * n);

    // s_0 = tanh(h_bwd_1 W_s): the backward encoder's state at the first source word.
    RowVector s = (r.backwardStates.row(0) * w.ws).array().tanh().matrix();
    for (std::int64_t i = 0; i < tTgt; ++i) {
        r.previousStates.row(i) = s;
        const RowVector e = additiveScores(w, s, r.annotations);
        Matrix eRow = e;
        const Matrix alpha = softmaxRows(eRow);
        const RowVector c = alpha * r.annotations;
        r.scores.row(i) = e;
        r.weights.row(i) = alpha;
        r.context.row(i) = c;
        RowVector input(targetEmbeddings.cols() + 2 * n);
        input << targetEmbeddings.row(i), c;
        s = gruStep(w.decoder, input, s);
        r.states.row(i) = s;
    }
    return r;
}

Trace bahdanauTrace(const BahdanauWeights &w, const Matrix &sourceEmbeddings, const Matrix &targetEmbeddings)
{
    Trace t;
    t.record(StepKind::Input, "X_src", sourceEmbeddings, {});
    recordGru(t, "gru_fwd", w.encoderForward);
    recordGru(t, "gru_bwd", w.encoderBackward);
    recordGru(t, "gru_dec", w.decoder);
    t.setTensor("W_s", w.ws);
    t.setTensor("W_a", w.wa);
    t.setTensor("U_a", w.ua);
    t.setTensor("v_a", Tensor::fromRowVector(w.va));

    const BahdanauResult r = bahdanauAttention(w, sourceEmbeddings, targetEmbeddings);
    t.record(StepKind::GruForward, "h_fwd", r.forwardStates, withGru({"X_src"}, "gru_fwd"));
    t.record(StepKind::GruBackward, "h_bwd", r.backwardStates, withGru({"X_src"}, "gru_bwd"));
    t.record(StepKind::Annotations, "annotations", r.annotations, {"h_fwd", "h_bwd"});
    t.record(StepKind::Input, "Y_emb", targetEmbeddings, {});
    t.setTensor("S_prev", r.previousStates);
    t.setTensor("S", r.states);
    t.setTensor("scores", r.scores);
    t.setTensor("weights", r.weights);
    t.setTensor("context", r.context);
    t.addStep(StepKind::DecoderInit, "S_prev", {"h_bwd", "W_s"}, -1, 0);
    for (std::int64_t i = 0; i < targetEmbeddings.rows(); ++i) {
        t.addStep(StepKind::AlignmentScores, "scores", {"S_prev", "annotations", "W_a", "U_a", "v_a"}, -1, i);
        t.addStep(StepKind::Softmax, "weights", {"scores"}, -1, i);
        t.addStep(StepKind::WeightedSum, "context", {"weights", "annotations"}, -1, i);
        t.addStep(StepKind::DecoderState, "S", withGru({"S_prev", "Y_emb", "context"}, "gru_dec"), -1, i);
    }
    return t;
}

} // namespace attnscope::core
