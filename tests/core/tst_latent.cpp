// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/footprint/kvcache.h"
#include "core/mechanisms/compute.h"
#include "core/mechanisms/latent.h"
#include "core/mechanisms/rope.h"
#include "testhelpers.h"

#include <cmath>
#include <cstdlib>
#include <vector>

using namespace attnscope::core;
using attnscope::core::test::mat;
using attnscope::core::test::maxAbsDiff;

Q_DECLARE_METATYPE(attnscope::core::MlaPath)

namespace {

// One head, d_h = 1, d_R = 2, d_c = 1, no query compression, X = I (T = 2, d_model = 2).
LatentWeights handWeights(bool withRope)
{
    LatentWeights w;
    w.wq = mat({{1}, {1}});   // q_C = [1, 1]^T
    w.wdkv = mat({{1}, {2}}); // c_KV = [1, 2]^T
    w.wuk = mat({{2}});       // k_C = [2, 4]^T
    w.wuv = mat({{3}});       // v_C = [3, 6]^T
    w.wo = mat({{1, -1}});
    w.wqr = withRope ? mat({{0, 0}, {1, 0}}) : Matrix::Zero(2, 2); // q_R row 1 = RoPE([1, 0], p = 1)
    w.wkr = withRope ? mat({{1, 0}, {1, 0}}) : Matrix::Zero(2, 2); // k_R rows = RoPE([1, 0], p)
    return w;
}

Request mlaRequest(std::int64_t queryRank, RopeLayout layout, MlaPath path)
{
    Request r;
    r.mechanism = Mechanism::Mla;
    r.dModel = 24;
    r.nHeads = 3;
    r.dHead = 8;
    r.dLatentKv = 10;
    r.dLatentQ = queryRank;
    r.dRope = 6;
    r.tokens = 7;
    r.seed = 11;
    r.ropeLayout = layout;
    r.mlaPath = path;
    return r;
}

} // namespace

class TestLatent : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswer_data()
    {
        QTest::addColumn<MlaPath>("path");
        QTest::addColumn<bool>("rope");
        QTest::addColumn<float>("p0");
        QTest::addColumn<float>("out1");
        // Without RoPE, row 1 scores = [2, 4] / sqrt(3).
        QTest::newRow("naive") << MlaPath::Naive << false << 0.23963156f << 5.2811053f;
        QTest::newRow("absorbed") << MlaPath::Absorbed << false << 0.23963156f << 5.2811053f;
        // With RoPE (theta_0 = 1 rad): q_R,1 . k_R,0 = cos 1, q_R,1 . k_R,1 = 1, so row 1
        // scores = [2 + cos 1, 4 + 1] / sqrt(3).
        QTest::newRow("naive rope") << MlaPath::Naive << true << 0.19464479f << 5.4160656f;
        QTest::newRow("absorbed rope") << MlaPath::Absorbed << true << 0.19464479f << 5.4160656f;
    }
    void knownAnswer()
    {
        QFETCH(MlaPath, path);
        QFETCH(bool, rope);
        QFETCH(float, p0);
        QFETCH(float, out1);
        const LatentShape shape{1, 1, 2, 10000.0, RopeLayout::Interleaved};
        const auto r = latentAttention(handWeights(rope), shape, Matrix::Identity(2, 2), path);
        ATTN_COMPARE_MATRIX(r.cKV, mat({{1}, {2}}), 0.0f);
        ATTN_COMPARE_MATRIX(r.weights[0], mat({{1, 0}, {p0, 1 - p0}}), 1e-6f);
        ATTN_COMPARE_MATRIX(r.headsOut, mat({{3}, {out1}}), 1e-5f);
        ATTN_COMPARE_MATRIX(r.output, mat({{3, -3}, {out1, -out1}}), 1e-5f);
        if (rope)
            ATTN_COMPARE_MATRIX(r.kR, mat({{1, 0}, {std::cos(1.0f), std::sin(1.0f)}}), 1e-6f);
    }

    void naiveEqualsAbsorbed_data()
    {
        QTest::addColumn<std::int64_t>("queryRank");
        QTest::addColumn<bool>("half");
        QTest::addColumn<std::int64_t>("seed");
        QTest::newRow("no query latent, interleaved") << std::int64_t(0) << false << std::int64_t(1);
        QTest::newRow("query latent, interleaved") << std::int64_t(12) << false << std::int64_t(2);
        QTest::newRow("no query latent, half") << std::int64_t(0) << true << std::int64_t(3);
        QTest::newRow("query latent, half") << std::int64_t(5) << true << std::int64_t(4);
    }
    void naiveEqualsAbsorbed()
    {
        QFETCH(std::int64_t, queryRank);
        QFETCH(bool, half);
        QFETCH(std::int64_t, seed);
        const RopeLayout layout = half ? RopeLayout::Half : RopeLayout::Interleaved;
        Request r = mlaRequest(queryRank, layout, MlaPath::Naive);
        r.seed = std::uint64_t(seed);
        const Trace naive = compute(resolve(r));
        r.mlaPath = MlaPath::Absorbed;
        const Trace absorbed = compute(resolve(r));
        // Same weights, same cache, same attention, same output.
        QCOMPARE(naive.tensor("W_UK"), absorbed.tensor("W_UK"));
        QCOMPARE(naive.tensor("c_KV"), absorbed.tensor("c_KV"));
        for (const char *name : {"weights", "output"}) {
            const Tensor &a = naive.tensor(name);
            const Tensor &b = absorbed.tensor(name);
            QCOMPARE(a.shape, b.shape);
            float diff = 0.0f;
            for (std::size_t i = 0; i < a.data.size(); ++i)
                diff = std::max(diff, std::abs(a.data[i] - b.data[i]));
            QVERIFY2(diff < 1e-4f, qPrintable(QStringLiteral("%1 differs by %2").arg(name).arg(diff)));
        }
        QVERIFY(absorbed.hasTensor("q_lat") && !absorbed.hasTensor("k_C"));
        QVERIFY(naive.hasTensor("k_C") && !naive.hasTensor("q_lat"));
        QCOMPARE(absorbed.tensor("q_lat").shape, (std::vector<std::int64_t>{3, 7, 10}));
    }

    // The absorbed score of head i equals q_C,i W_UK,i^T c_KV^T: the identity that lets the
    // cache hold only the latent (DeepSeek-V2, section 2.1.2).
    void absorbedScoresUseOnlyTheCache()
    {
        const Config c = resolve(mlaRequest(0, RopeLayout::Interleaved, MlaPath::Absorbed));
        const Trace t = compute(c);
        const Matrix qC = t.tensor("q_C").matrix();
        const Matrix cKV = t.tensor("c_KV").matrix();
        const Matrix kR = t.tensor("k_R").matrix();
        const Matrix qR = t.tensor("q_R").matrix();
        const Matrix wuk = t.tensor("W_UK").matrix();
        const float scale = 1.0f / std::sqrt(float(c.dHead + c.dRope));
        for (std::int64_t h = 0; h < c.nHeads; ++h) {
            const Matrix kC = cKV * wuk.middleCols(h * c.dHead, c.dHead);
            const Matrix expected = (qC.middleCols(h * c.dHead, c.dHead) * kC.transpose()
                                     + qR.middleCols(h * c.dRope, c.dRope) * kR.transpose())
                * scale;
            QVERIFY(maxAbsDiff(t.tensor("scores").matrix(h), expected) < 1e-5f);
        }
    }

    // Interleaved and half RoPE give the same model once W_QR's and W_KR's output columns are
    // permuted consistently.
    void layoutsAgreeWithPermutedWeights()
    {
        const Config c = resolve(mlaRequest(0, RopeLayout::Interleaved, MlaPath::Absorbed));
        const LatentWeights w = latentWeights(c);
        LatentWeights permuted = w;
        const auto perm = interleavedToHalfPermutation(c.dRope);
        for (std::int64_t col = 0; col < c.dRope; ++col) {
            permuted.wkr.col(col) = w.wkr.col(perm[std::size_t(col)]);
            for (std::int64_t h = 0; h < c.nHeads; ++h)
                permuted.wqr.col(h * c.dRope + col) = w.wqr.col(h * c.dRope + perm[std::size_t(col)]);
        }
        const Matrix x = seededInput(c, "X", c.tokens);
        LatentShape shape = latentShape(c);
        const auto inter = latentAttention(w, shape, x, MlaPath::Absorbed);
        shape.ropeLayout = RopeLayout::Half;
        const auto half = latentAttention(permuted, shape, x, MlaPath::Absorbed);
        const auto unpermuted = latentAttention(w, shape, x, MlaPath::Absorbed);
        QVERIFY(maxAbsDiff(inter.output, half.output) < 1e-5f);
        QVERIFY(maxAbsDiff(inter.output, unpermuted.output) > 1e-4f);
    }

    void isCausalAndCachesTheLatent()
    {
        const Config c = resolve(mlaRequest(12, RopeLayout::Half, MlaPath::Naive));
        QVERIFY(c.causal);
        const Trace t = compute(c);
        const Tensor &w = t.tensor("weights");
        for (std::int64_t h = 0; h < c.nHeads; ++h) {
            const Matrix m = w.matrix(h);
            for (Eigen::Index i = 0; i < m.rows(); ++i)
                for (Eigen::Index j = i + 1; j < m.cols(); ++j)
                    QCOMPARE(m(i, j), 0.0f);
        }
        QCOMPARE(t.tensor("c_Q").shape, (std::vector<std::int64_t>{7, 12}));
        QCOMPARE(t.tensor("k_R").shape, (std::vector<std::int64_t>{7, 6}));
        QCOMPARE(t.tensor("q_R").shape, (std::vector<std::int64_t>{7, 18}));
        QVERIFY(t.hasTensor("W_DQ") && t.hasTensor("W_UQ") && !t.hasTensor("W_Q"));
        Config absorbed = c;
        absorbed.mlaPath = MlaPath::Absorbed;
        QCOMPARE(*kvCacheElementsPerToken(absorbed), 10 + 6);
        QCOMPARE(*kvCacheElementsPerToken(c), 10 + 6); // the cache does not depend on the path
        QCOMPARE(*mlaDecompressedElementsPerToken(c), 3 * (8 + 6) + 3 * 8);
    }

    // The projected entry point with a cache (DeepSeek's decoding): 2 new queries against 5 cached
    // keys, d_v != d_h, checked against a double-precision loop written from the formulas.
    void projectedDecodesAgainstACache_data()
    {
        QTest::addColumn<MlaPath>("path");
        QTest::newRow("naive") << MlaPath::Naive;
        QTest::newRow("absorbed") << MlaPath::Absorbed;
    }
    void projectedDecodesAgainstACache()
    {
        QFETCH(MlaPath, path);
        constexpr int n = 2, dh = 3, dr = 4, dv = 5, dc = 6, N = 5, T = 2;
        std::srand(7);
        const Matrix qCAll = Matrix::Random(N, n * dh), qRAll = Matrix::Random(N, n * dr);
        const Matrix cKV = Matrix::Random(N, dc), kR = Matrix::Random(N, dr);
        const Matrix wuk = Matrix::Random(dc, n * dh), wuv = Matrix::Random(dc, n * dv);
        const float scale = 0.37f;
        const auto full = latentAttentionProjected(qCAll, qRAll, cKV, kR, wuk, wuv, n, path, scale);
        const auto last = latentAttentionProjected(qCAll.bottomRows(T), qRAll.bottomRows(T), cKV, kR, wuk, wuv, n,
                                                   path, scale);
        QCOMPARE(last.headsOut.cols(), n * dv);
        QVERIFY(maxAbsDiff(last.headsOut, full.headsOut.bottomRows(T)) < 1e-5);
        for (int h = 0; h < n; ++h) {
            QVERIFY(maxAbsDiff(last.weights[h], full.weights[h].bottomRows(T)) < 1e-6);
            for (int i = 0; i < T; ++i) {
                const int q = N - T + i; // the query's position
                std::vector<double> p(N, 0.0);
                double top = -1e300, sum = 0.0;
                for (int j = 0; j <= q; ++j) {
                    double s = 0.0;
                    for (int a = 0; a < dh; ++a) {
                        double k = 0.0;
                        for (int c = 0; c < dc; ++c)
                            k += double(cKV(j, c)) * wuk(c, h * dh + a);
                        s += double(qCAll(q, h * dh + a)) * k;
                    }
                    for (int a = 0; a < dr; ++a)
                        s += double(qRAll(q, h * dr + a)) * kR(j, a);
                    p[j] = s * scale;
                    top = std::max(top, p[j]);
                }
                for (int j = 0; j <= q; ++j)
                    sum += p[j] = std::exp(p[j] - top);
                for (int j = 0; j < N; ++j) {
                    const double expected = j <= q ? p[j] / sum : 0.0;
                    QVERIFY2(std::abs(last.weights[h](i, j) - expected) < 1e-5, qPrintable(QString::number(j)));
                }
                for (int b = 0; b < dv; ++b) {
                    double o = 0.0;
                    for (int j = 0; j <= q; ++j) {
                        double v = 0.0;
                        for (int c = 0; c < dc; ++c)
                            v += double(cKV(j, c)) * wuv(c, h * dv + b);
                        o += p[j] / sum * v;
                    }
                    QVERIFY(std::abs(last.headsOut(i, h * dv + b) - o) < 1e-4);
                }
            }
        }
        const auto quiet = latentAttentionProjected(qCAll.bottomRows(T), qRAll.bottomRows(T), cKV, kR, wuk, wuv, n,
                                                    path, scale, false);
        QVERIFY(quiet.weights.empty() && quiet.scores.empty() && quiet.qLat.empty());
        QCOMPARE(quiet.headsOut, last.headsOut);
        // More queries than cached keys, and a RoPE key of the wrong width, are refused.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)latentAttentionProjected(qCAll, qRAll, cKV.topRows(2), kR.topRows(2), wuk, wuv,
                                                                n, path));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)latentAttentionProjected(qCAll, qRAll, cKV,
                                                                                       kR.leftCols(2), wuk, wuv, n, path));
    }

    void badShapesAreRefused()
    {
        LatentShape shape{1, 1, 3, 10000.0, RopeLayout::Interleaved}; // odd RoPE width
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            (void)latentAttention(handWeights(false), shape, Matrix::Identity(2, 2), MlaPath::Naive));
        shape.dRope = 2;
        shape.nHeads = 2; // weights are for one head
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            (void)latentAttention(handWeights(false), shape, Matrix::Identity(2, 2), MlaPath::Naive));
    }
};

QTEST_GUILESS_MAIN(TestLatent)
#include "tst_latent.moc"
