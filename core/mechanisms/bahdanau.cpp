// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/bahdanau.h"

#include "core/mechanisms/softmax.h"

namespace attnscope::core {

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

} // namespace attnscope::core
