// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/compute.h"
#include "core/mechanisms/dotproduct.h"
#include "core/mechanisms/grouped.h"
#include "core/support/random.h"
#include "testhelpers.h"

#include <algorithm>

using namespace attnscope::core;
using attnscope::core::test::mat;
using attnscope::core::test::maxAbsDiff;

namespace {

// Multi-head attention written the textbook way: every head is an independent SDPA over its
// own column blocks of Q, K and V (Vaswani et al. 2017, section 3.2.2).
Matrix referenceMultiHead(const Matrix &x, const Matrix &xKv, const Matrix &wq, const Matrix &wk, const Matrix &wv,
                          const Matrix &wo, std::int64_t heads, std::int64_t dh, bool causal)
{
    Matrix concat(x.rows(), heads * dh);
    for (std::int64_t h = 0; h < heads; ++h) {
        const Matrix q = x * wq.middleCols(h * dh, dh);
        const Matrix k = xKv * wk.middleCols(h * dh, dh);
        const Matrix v = xKv * wv.middleCols(h * dh, dh);
        concat.middleCols(h * dh, dh) = scaledDotProduct(q, k, v, causal).output;
    }
    return concat * wo;
}

// Repeats each of the g KV heads n/g times: the GQA-to-MHA expansion.
Matrix repeatKvHeads(const Matrix &w, std::int64_t heads, std::int64_t kvHeads, std::int64_t dh)
{
    Matrix out(w.rows(), heads * dh);
    for (std::int64_t h = 0; h < heads; ++h)
        out.middleCols(h * dh, dh) = w.middleCols((h / (heads / kvHeads)) * dh, dh);
    return out;
}

} // namespace

class TestGrouped : public QObject
{
    Q_OBJECT
private slots:
    // MQA, 2 heads of width 1, X = I, scale 1: hand-computed.
    void knownAnswer()
    {
        GroupedWeights w{mat({{1, 0}, {0, 2}}), mat({{1}, {0}}), mat({{1}, {2}}), Matrix::Identity(2, 2)};
        const Matrix X = Matrix::Identity(2, 2);
        const auto r = groupedAttention(w, X, X, 2, 1, 1, false);
        // Head 0: q = [1, 0], k = [1, 0] -> rows softmax([1, 0]) and softmax([0, 0]).
        ATTN_COMPARE_MATRIX(r.weights[0], mat({{0.73105858f, 0.26894142f}, {0.5f, 0.5f}}), 1e-6f);
        // Head 1: q = [0, 2] -> rows softmax([0, 0]) and softmax([2, 0]).
        ATTN_COMPARE_MATRIX(r.weights[1], mat({{0.5f, 0.5f}, {0.88079708f, 0.11920292f}}), 1e-6f);
        ATTN_COMPARE_MATRIX(r.headsOut, mat({{1.26894142f, 1.5f}, {1.5f, 1.11920292f}}), 1e-6f);
        ATTN_COMPARE_MATRIX(r.output, r.headsOut, 0.0f);
    }

    void gqaWithAllKvHeadsEqualsMha_data()
    {
        QTest::addColumn<bool>("causal");
        QTest::addColumn<bool>("cross");
        QTest::newRow("self") << false << false;
        QTest::newRow("causal") << true << false;
        QTest::newRow("cross") << false << true;
    }
    // GQA with n_kv_heads = n_heads is MHA: compared with independent per-head SDPA.
    void gqaWithAllKvHeadsEqualsMha()
    {
        QFETCH(bool, causal);
        QFETCH(bool, cross);
        Request req;
        req.mechanism = Mechanism::Gqa;
        req.nHeads = 4;
        req.nKvHeads = 4;
        req.causal = causal;
        req.attention = cross ? AttentionKind::Cross : AttentionKind::Self;
        const Config c = resolve(req);
        const Trace gqa = compute(c);
        Config mhaConfig = c;
        mhaConfig.mechanism = Mechanism::Mha;
        const Trace mha = compute(mhaConfig);
        QCOMPARE(gqa.tensor("output"), mha.tensor("output"));

        const auto w = groupedWeights(c);
        const Matrix x = gqa.tensor("X").matrix();
        const Matrix xKv = cross ? gqa.tensor("X_enc").matrix() : x;
        const Matrix expected = referenceMultiHead(x, xKv, w.wq, w.wk, w.wv, w.wo, 4, c.dHead, causal);
        QVERIFY(maxAbsDiff(gqa.tensor("output").matrix(), expected) < 1e-5f);
    }

    // GQA with one KV head is MQA: every head attends to the same K and V.
    void gqaWithOneKvHeadEqualsMqa()
    {
        Request req;
        req.mechanism = Mechanism::Gqa;
        req.nHeads = 4;
        req.nKvHeads = 1;
        const Config c = resolve(req);
        Config mqaConfig = c;
        mqaConfig.mechanism = Mechanism::Mqa;
        QCOMPARE(compute(c).tensor("output"), compute(mqaConfig).tensor("output"));

        const auto w = groupedWeights(c);
        const Matrix x = SeededInit(c.seed).input("X", c.tokens, c.dModel);
        const Matrix k = x * w.wk;
        const Matrix v = x * w.wv;
        Matrix concat(x.rows(), 4 * c.dHead);
        for (int h = 0; h < 4; ++h)
            concat.middleCols(h * c.dHead, c.dHead) =
                scaledDotProduct(x * w.wq.middleCols(h * c.dHead, c.dHead), k, v, false).output;
        QVERIFY(maxAbsDiff(compute(c).tensor("output").matrix(), concat * w.wo) < 1e-5f);
    }

    // GQA equals MHA whose K and V projections repeat each KV head over its group
    // (the mean-pooling conversion of Ainslie et al. run backwards).
    void gqaEqualsMhaWithRepeatedKvHeads()
    {
        Request req;
        req.mechanism = Mechanism::Gqa;
        req.nHeads = 6;
        req.nKvHeads = 3;
        req.dModel = 12;
        req.causal = true;
        const Config c = resolve(req);
        const auto w = groupedWeights(c);
        const Matrix x = SeededInit(c.seed).input("X", c.tokens, c.dModel);
        const Matrix expected = referenceMultiHead(x, x, w.wq, repeatKvHeads(w.wk, 6, 3, c.dHead),
                                                   repeatKvHeads(w.wv, 6, 3, c.dHead), w.wo, 6, c.dHead, true);
        QVERIFY(maxAbsDiff(compute(c).tensor("output").matrix(), expected) < 1e-5f);
    }

    void headReadsItsGroupsKvHead()
    {
        QCOMPARE(kvHeadOf(0, 8, 2), 0);
        QCOMPARE(kvHeadOf(3, 8, 2), 0);
        QCOMPARE(kvHeadOf(4, 8, 2), 1);
        QCOMPARE(kvHeadOf(7, 8, 8), 7);
        QCOMPARE(kvHeadOf(7, 8, 1), 0);
    }

    void traceShapesAndSteps()
    {
        Request req;
        req.mechanism = Mechanism::Gqa;
        req.nHeads = 4;
        req.nKvHeads = 2;
        req.causal = true;
        const Trace t = compute(resolve(req));
        QCOMPARE(t.tensor("scores").shape, (std::vector<std::int64_t>{4, 6, 6}));
        QCOMPARE(t.tensor("weights").shape, (std::vector<std::int64_t>{4, 6, 6}));
        QCOMPARE(t.tensor("K").shape, (std::vector<std::int64_t>{6, 16}));
        QCOMPARE(t.tensor("heads_out").shape, (std::vector<std::int64_t>{6, 32}));
        QCOMPARE(t.tensor("head_outputs").shape, (std::vector<std::int64_t>{4, 6, 8}));
        QCOMPARE(t.tensor("output").shape, (std::vector<std::int64_t>{6, 32}));
        int perHead = 0;
        for (const auto &s : t.steps())
            if (s.kind == StepKind::Softmax) {
                QCOMPARE(s.head, perHead++);
                QCOMPARE(s.inputs, (std::vector<std::string>{"scores", "mask"}));
            }
        QCOMPARE(perHead, 4);
        QCOMPARE(t.steps().back().kind, StepKind::OutputProjection);
        // Every future entry of every head has exactly zero weight.
        const Tensor &w = t.tensor("weights");
        for (std::int64_t h = 0; h < 4; ++h) {
            const Matrix m = w.matrix(h);
            for (Eigen::Index i = 0; i < m.rows(); ++i)
                for (Eigen::Index j = i + 1; j < m.cols(); ++j)
                    QCOMPARE(m(i, j), 0.0f);
        }
    }

    // From explicit Q/K/V: equal to groupedAttention's own projections; decoding the last rows
    // against all keys (the cache offset) equals the same rows of the full causal pass.
    void projectedMatchesWeightsAndDecodesWithOffset()
    {
        SeededInit init(7);
        const Matrix x = init.input("X", 6, 8);
        const GroupedWeights w{init.input("wq", 8, 8), init.input("wk", 8, 4), init.input("wv", 8, 4),
                               Matrix::Identity(8, 8)};
        const auto full = groupedAttention(w, x, x, 4, 2, 2, true);
        const auto p = groupedAttentionProjected(full.q, full.k, full.v, 4, 2, 2, true);
        QVERIFY(maxAbsDiff(p.headsOut, full.headsOut) < 1e-6f);
        for (std::size_t h = 0; h < 4; ++h) {
            QVERIFY(maxAbsDiff(p.weights[h], full.weights[h]) < 1e-6f);
            // Scaled, before the mask; scores reach 18 here, where one float step is 1.9e-6, and the
            // two paths round their products differently (core::gemm scales after the sum).
            const float largest = std::max(1.0f, full.scores[h].cwiseAbs().maxCoeff());
            QVERIFY(maxAbsDiff(p.scores[h], full.scores[h]) < 1e-6f * largest);
        }
        const auto last = groupedAttentionProjected(full.q.bottomRows(2), full.k, full.v, 4, 2, 2, true);
        QVERIFY(maxAbsDiff(last.headsOut, full.headsOut.bottomRows(2)) < 1e-6f);
        QCOMPARE(last.weights[3](0, 5), 0.0f); // row 4 of 6 does not see key 5
        QVERIFY(last.weights[3](1, 5) > 0.0f);
        const auto noWeights = groupedAttentionProjected(full.q, full.k, full.v, 4, 2, 2, true, 0.0f, false);
        QVERIFY(noWeights.weights.empty() && noWeights.scores.empty());
        QCOMPARE(noWeights.headsOut, p.headsOut);
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            (void)groupedAttentionProjected(full.q, full.k.topRows(3), full.v.topRows(3), 4, 2, 2, true));
    }

    // Decoding's in-place path equals the recorded one, with and without a sliding window, on one
    // thread and on two, reading the keys through a map of a larger buffer (a cache's capacity).
    void decodeEqualsProjected_data()
    {
        QTest::addColumn<int>("queries");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("threads");
        for (int t : {1, 3})
            for (int w : {0, 2, 5})
                for (int n : {1, 2})
                    QTest::addRow("T%d W%d threads %d", t, w, n) << t << w << n;
    }
    void decodeEqualsProjected()
    {
        QFETCH(int, queries);
        QFETCH(int, window);
        QFETCH(int, threads);
        SeededInit init(11);
        const Matrix q = init.input("q", queries, 4 * 16);
        Matrix kBuffer = init.input("k", 9, 2 * 16), vBuffer = init.input("v", 9, 2 * 16); // 7 used, 2 spare
        const Eigen::Map<const Matrix> k(kBuffer.data(), 7, 2 * 16), v(vBuffer.data(), 7, 2 * 16);
        const auto want = groupedAttentionProjected(q, k, v, 4, 2, 16, true, 0.0f, false, window);
        const Matrix got = groupedAttentionDecode(q, k, v, 4, 2, 16, window, threads);
        QVERIFY(maxAbsDiff(got, want.headsOut) < 1e-6f);
    }

    void mismatchedShapesAreRefused()
    {
        GroupedWeights w{Matrix::Zero(4, 8), Matrix::Zero(4, 4), Matrix::Zero(4, 4), Matrix::Zero(8, 4)};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)groupedAttention(w, Matrix::Zero(2, 4), Matrix::Zero(2, 4), 4, 3, 2, false));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)groupedAttention(w, Matrix::Zero(2, 4), Matrix::Zero(2, 4), 4, 1, 2, false));
    }
};

QTEST_GUILESS_MAIN(TestGrouped)
#include "tst_grouped.moc"
