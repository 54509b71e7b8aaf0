// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/compute.h"
#include "core/mechanisms/dotproduct.h"
#include "testhelpers.h"

using namespace attnscope::core;
using attnscope::core::test::mat;

class TestDotProduct : public QObject
{
    Q_OBJECT
private slots:
    // Q = K = I, V = [[1, 2], [3, 4]], d_k = 2: scores = I / sqrt(2),
    // softmax([1/sqrt2, 0]) = [0.6697615, 0.3302385].
    void knownAnswerSelf()
    {
        const Matrix I = Matrix::Identity(2, 2);
        const auto r = scaledDotProduct(I, I, mat({{1, 2}, {3, 4}}), false);
        ATTN_COMPARE_MATRIX(r.scores, mat({{0.70710678f, 0}, {0, 0.70710678f}}), 1e-6f);
        ATTN_COMPARE_MATRIX(r.weights, mat({{0.66976155f, 0.33023845f}, {0.33023845f, 0.66976155f}}), 1e-6f);
        ATTN_COMPARE_MATRIX(r.output, mat({{1.6604769f, 2.6604769f}, {2.3395231f, 3.3395231f}}), 1e-5f);
    }
    void knownAnswerCausal()
    {
        const Matrix I = Matrix::Identity(2, 2);
        const auto r = scaledDotProduct(I, I, mat({{1, 2}, {3, 4}}), true);
        QCOMPARE(r.weights(0, 1), 0.0f); // exactly zero for the future
        ATTN_COMPARE_MATRIX(r.weights, mat({{1, 0}, {0.33023845f, 0.66976155f}}), 1e-6f);
        ATTN_COMPARE_MATRIX(r.output, mat({{1, 2}, {2.3395231f, 3.3395231f}}), 1e-5f);
        // The recorded scores are the scaled scores before the mask.
        QVERIFY(std::isfinite(r.scores(0, 1)));
    }
    // Cross attention: 1 query against 3 keys.
    void knownAnswerCross()
    {
        const Matrix q = mat({{2, 0}});
        const Matrix k = mat({{0, 0}, {1, 0}, {2, 0}});
        const Matrix v = mat({{1}, {2}, {3}});
        const auto r = scaledDotProduct(q, k, v, false, 1.0f);
        const float z = 1 + std::exp(2.0f) + std::exp(4.0f);
        ATTN_COMPARE_MATRIX(r.weights, mat({{1 / z, std::exp(2.0f) / z, std::exp(4.0f) / z}}), 1e-6f);
        QCOMPARE(r.output.rows(), 1);
    }
    void causalMaskIsExactlyZeroInCompute()
    {
        Request req;
        req.mechanism = Mechanism::Sdpa;
        req.causal = true;
        req.tokens = 9;
        const Trace t = compute(resolve(req));
        const Matrix w = t.tensor("weights").matrix();
        const Matrix mask = t.tensor("mask").matrix();
        for (Eigen::Index i = 0; i < w.rows(); ++i)
            for (Eigen::Index j = 0; j < w.cols(); ++j) {
                QCOMPARE(mask(i, j), j <= i ? 1.0f : 0.0f);
                if (j > i)
                    QCOMPARE(w(i, j), 0.0f);
                else
                    QVERIFY(w(i, j) > 0.0f);
            }
    }
    void crossShapesInCompute()
    {
        Request req;
        req.mechanism = Mechanism::Sdpa;
        req.attention = AttentionKind::Cross;
        req.tokens = 4;
        req.sourceTokens = 7;
        req.dHead = 5;
        const Trace t = compute(resolve(req));
        QCOMPARE(t.tensor("X_enc").shape, (std::vector<std::int64_t>{7, 32}));
        QCOMPARE(t.tensor("K").shape, (std::vector<std::int64_t>{7, 5}));
        QCOMPARE(t.tensor("weights").shape, (std::vector<std::int64_t>{4, 7}));
        QCOMPARE(t.tensor("output").shape, (std::vector<std::int64_t>{4, 5}));
        // K comes from the encoder sequence, not from X.
        ATTN_COMPARE_MATRIX(t.tensor("K").matrix(), t.tensor("X_enc").matrix() * t.tensor("W_K").matrix(), 1e-6f);
    }
    void shapeMismatchIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            (void)scaledDotProduct(Matrix::Zero(2, 3), Matrix::Zero(2, 2), Matrix::Zero(2, 2), false));
    }
};

QTEST_GUILESS_MAIN(TestDotProduct)
#include "tst_dotproduct.moc"
