// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/bahdanau.h"
#include "core/mechanisms/compute.h"
#include "core/mechanisms/softmax.h"
#include "testhelpers.h"

using namespace attnscope::core;
using attnscope::core::test::mat;
using attnscope::core::test::maxAbsDiff;

class TestBahdanau : public QObject
{
    Q_OBJECT
private slots:
    // z = r = sigmoid(0) = 1/2; h~ = tanh(x W_h + (r h) U_h) = tanh(1 + 0.5);
    // h' = (1 - z) h + z h~ = 0.5 + 0.5 tanh(1.5).
    void gruKnownAnswer()
    {
        const Matrix zero = Matrix::Zero(1, 1);
        GruWeights w{zero, zero, zero, zero, mat({{1}}), mat({{1}})};
        const RowVector h = gruStep(w, mat({{1}}), mat({{1}}));
        QVERIFY(std::abs(h(0) - 0.95257413f) < 1e-6f);
    }
    void gruSequenceDirections()
    {
        const Matrix zero = Matrix::Zero(1, 1);
        // h' = (h + tanh(x)) / 2 with these weights.
        GruWeights w{zero, zero, zero, zero, mat({{1}}), zero};
        const Matrix xs = mat({{1}, {0}, {-1}});
        const Matrix fwd = gruSequence(w, xs, false);
        const Matrix bwd = gruSequence(w, xs, true);
        const float t1 = std::tanh(1.0f);
        ATTN_COMPARE_MATRIX(fwd, mat({{t1 / 2}, {t1 / 4}, {(t1 / 4 - t1) / 2}}), 1e-6f);
        ATTN_COMPARE_MATRIX(bwd, mat({{(-t1 / 4 + t1) / 2}, {-t1 / 4}, {-t1 / 2}}), 1e-6f);
    }
    // e_j = v_a . tanh(s W_a + h_j U_a) with s = [1], W_a = [1], U_a = [1; -1], v_a = [2]:
    // e = [2 tanh 2, 0].
    void alignmentKnownAnswer()
    {
        BahdanauWeights w;
        w.wa = mat({{1}});
        w.ua = mat({{1}, {-1}});
        w.va = mat({{2}});
        const RowVector e = additiveScores(w, mat({{1}}), Matrix::Identity(2, 2));
        QVERIFY(std::abs(e(0) - 1.92805516f) < 1e-6f);
        QVERIFY(std::abs(e(1)) < 1e-7f);
        const Matrix alpha = softmaxRows(Matrix(e));
        QVERIFY(std::abs(alpha(0, 0) - 0.873034f) < 1e-5f);
    }
    // The whole model, checked against its own equations step by step.
    void decoderFollowsThePaper()
    {
        Request req;
        req.mechanism = Mechanism::Bahdanau;
        req.tokens = 4;
        req.sourceTokens = 6;
        req.hidden = 5;
        req.alignDim = 7;
        req.dModel = 3;
        const Config c = resolve(req);
        const Trace t = compute(c);
        const BahdanauWeights w = bahdanauWeights(c);
        const Matrix ann = t.tensor("annotations").matrix();
        QCOMPARE(t.tensor("annotations").shape, (std::vector<std::int64_t>{6, 10}));
        QCOMPARE(t.tensor("weights").shape, (std::vector<std::int64_t>{4, 6}));
        QCOMPARE(t.tensor("context").shape, (std::vector<std::int64_t>{4, 10}));
        QCOMPARE(t.tensor("W_a").shape, (std::vector<std::int64_t>{5, 7}));
        QCOMPARE(t.tensor("U_a").shape, (std::vector<std::int64_t>{10, 7}));
        QCOMPARE(t.tensor("v_a").shape, (std::vector<std::int64_t>{7}));
        // Annotations: forward states then backward states, each a GRU over the source.
        const Matrix xSrc = t.tensor("X_src").matrix();
        ATTN_COMPARE_MATRIX(ann.leftCols(5), gruSequence(w.encoderForward, xSrc, false), 0.0f);
        ATTN_COMPARE_MATRIX(ann.rightCols(5), gruSequence(w.encoderBackward, xSrc, true), 0.0f);
        // s_0 = tanh(h_bwd_1 W_s).
        const Matrix sPrev = t.tensor("S_prev").matrix();
        ATTN_COMPARE_MATRIX(sPrev.row(0), (ann.row(0).rightCols(5) * w.ws).array().tanh().matrix(), 1e-6f);
        const Matrix yEmb = t.tensor("Y_emb").matrix();
        const Matrix s = t.tensor("S").matrix();
        for (Eigen::Index i = 0; i < 4; ++i) {
            const RowVector e = additiveScores(w, sPrev.row(i), ann);
            ATTN_COMPARE_MATRIX(t.tensor("scores").matrix().row(i), e, 1e-6f);
            const Matrix alpha = softmaxRows(Matrix(e));
            ATTN_COMPARE_MATRIX(t.tensor("weights").matrix().row(i), alpha, 1e-6f);
            QVERIFY(std::abs(alpha.sum() - 1.0f) < 1e-6f);
            ATTN_COMPARE_MATRIX(t.tensor("context").matrix().row(i), alpha * ann, 1e-6f);
            RowVector in(3 + 10);
            in << yEmb.row(i), t.tensor("context").matrix().row(i);
            ATTN_COMPARE_MATRIX(s.row(i), gruStep(w.decoder, in, sPrev.row(i)), 1e-6f);
            if (i + 1 < 4)
                ATTN_COMPARE_MATRIX(sPrev.row(i + 1), s.row(i), 0.0f);
        }
    }
    void traceHasOneDecoderStepPerTarget()
    {
        Request req;
        req.mechanism = Mechanism::Bahdanau;
        const Trace t = compute(resolve(req));
        int alignments = 0;
        for (const auto &step : t.steps())
            if (step.kind == StepKind::AlignmentScores)
                QCOMPARE(step.row, alignments++);
        QCOMPARE(alignments, 6);
        QCOMPARE(t.steps().front().kind, StepKind::Input);
    }
};

QTEST_GUILESS_MAIN(TestBahdanau)
#include "tst_bahdanau.moc"
