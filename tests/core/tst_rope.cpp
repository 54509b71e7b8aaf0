// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/rope.h"
#include "core/support/random.h"
#include "testhelpers.h"

#include <cmath>

using namespace attnscope::core;
using attnscope::core::test::mat;
using attnscope::core::test::maxAbsDiff;

Q_DECLARE_METATYPE(attnscope::core::RopeLayout)

namespace {
Matrix repeatRow(const Matrix &row, Eigen::Index n)
{
    Matrix m(n, row.cols());
    for (Eigen::Index i = 0; i < n; ++i)
        m.row(i) = row.row(0);
    return m;
}
} // namespace

class TestRope : public QObject
{
    Q_OBJECT
private slots:
    void positionZeroIsIdentity()
    {
        const Matrix x = SeededInit(1).input("x", 1, 8);
        QCOMPARE(applyRope(x, 10000.0, RopeLayout::Interleaved), x);
        QCOMPARE(applyRope(x, 10000.0, RopeLayout::Half), x);
    }
    void knownAnswer()
    {
        // d = 4: theta_0 = 1, theta_1 = base^(-1/2) = 0.01 for base 10000. Position 1.
        const Matrix x = mat({{0, 0, 0, 0}, {1, 0, 1, 0}});
        const Matrix inter = applyRope(x, 10000.0, RopeLayout::Interleaved);
        // Interleaved pairs (0,1) angle 1 and (2,3) angle 0.01.
        QVERIFY(std::abs(inter(1, 0) - std::cos(1.0f)) < 1e-6f);
        QVERIFY(std::abs(inter(1, 1) - std::sin(1.0f)) < 1e-6f);
        QVERIFY(std::abs(inter(1, 2) - std::cos(0.01f)) < 1e-6f);
        QVERIFY(std::abs(inter(1, 3) - std::sin(0.01f)) < 1e-6f);
        // Half layout pairs (0,2) angle 1 and (1,3) angle 0.01: (1, 1) -> (cos - sin, sin + cos).
        const Matrix half = applyRope(x, 10000.0, RopeLayout::Half);
        QVERIFY(std::abs(half(1, 0) - (std::cos(1.0f) - std::sin(1.0f))) < 1e-6f);
        QVERIFY(std::abs(half(1, 2) - (std::sin(1.0f) + std::cos(1.0f))) < 1e-6f);
        QVERIFY(std::abs(half(1, 1)) < 1e-7f);
        QVERIFY(std::abs(half(1, 3)) < 1e-7f);
    }
    void preservesNorm_data()
    {
        QTest::addColumn<RopeLayout>("layout");
        QTest::newRow("interleaved") << RopeLayout::Interleaved;
        QTest::newRow("half") << RopeLayout::Half;
    }
    void preservesNorm()
    {
        QFETCH(RopeLayout, layout);
        const Matrix x = SeededInit(2).input("x", 9, 6);
        const Matrix y = applyRope(x, 10000.0, layout);
        for (Eigen::Index t = 0; t < x.rows(); ++t)
            QVERIFY(std::abs(x.row(t).norm() - y.row(t).norm()) < 1e-5f);
    }
    // q_m . k_n depends only on m - n: the same q and k at positions (m, n) and (m + s, n + s)
    // give the same score.
    void relativePosition_data() { preservesNorm_data(); }
    void relativePosition()
    {
        QFETCH(RopeLayout, layout);
        const SeededInit init(3);
        const Matrix q = init.input("q", 1, 8);
        const Matrix k = init.input("k", 1, 8);
        constexpr Eigen::Index T = 12;
        const Matrix rq = applyRope(repeatRow(q, T), 10000.0, layout);
        const Matrix rk = applyRope(repeatRow(k, T), 10000.0, layout);
        const Matrix scores = rq * rk.transpose(); // [T, T], entry (m, n) = q_m . k_n
        for (Eigen::Index delta = -(T - 1); delta < T; ++delta) {
            float reference = NAN;
            for (Eigen::Index m = 0; m < T; ++m) {
                const Eigen::Index n = m - delta;
                if (n < 0 || n >= T)
                    continue;
                if (std::isnan(reference))
                    reference = scores(m, n);
                QVERIFY2(std::abs(scores(m, n) - reference) < 1e-4f,
                         qPrintable(QStringLiteral("delta %1, m %2").arg(delta).arg(m)));
            }
        }
        // ... and does depend on it (the property is not vacuous).
        QVERIFY(std::abs(scores(5, 5) - scores(5, 4)) > 1e-3f);
    }
    // Permuting the columns of the projections maps one layout onto the other exactly.
    void layoutsAgreeUnderPermutation()
    {
        const SeededInit init(4);
        constexpr std::int64_t d = 8;
        const Matrix xq = init.input("q", 7, d);
        const Matrix xk = init.input("k", 7, d);
        const auto perm = interleavedToHalfPermutation(d);
        Matrix pq(xq.rows(), d);
        Matrix pk(xk.rows(), d);
        for (std::int64_t c = 0; c < d; ++c) {
            pq.col(c) = xq.col(perm[std::size_t(c)]);
            pk.col(c) = xk.col(perm[std::size_t(c)]);
        }
        const Matrix inter = applyRope(xq, 10000.0, RopeLayout::Interleaved)
            * applyRope(xk, 10000.0, RopeLayout::Interleaved).transpose();
        const Matrix half =
            applyRope(pq, 10000.0, RopeLayout::Half) * applyRope(pk, 10000.0, RopeLayout::Half).transpose();
        QVERIFY(maxAbsDiff(inter, half) < 1e-6f);
        // Without the permutation the layouts differ.
        const Matrix unpermuted =
            applyRope(xq, 10000.0, RopeLayout::Half) * applyRope(xk, 10000.0, RopeLayout::Half).transpose();
        QVERIFY(maxAbsDiff(inter, unpermuted) > 1e-3f);
    }
    void baseChangesFrequencies()
    {
        const Matrix x = mat({{0, 0, 0, 0}, {0, 0, 1, 0}});
        const Matrix a = applyRope(x, 10000.0, RopeLayout::Interleaved);
        const Matrix b = applyRope(x, 100.0, RopeLayout::Interleaved);
        // Pair 1 rotates by base^(-1/2): 0.01 versus 0.1 radians.
        QVERIFY(std::abs(a(1, 3) - std::sin(0.01f)) < 1e-6f);
        QVERIFY(std::abs(b(1, 3) - std::sin(0.1f)) < 1e-6f);
    }
    void blocksRotateIndependently()
    {
        const Matrix x = SeededInit(5).input("x", 4, 12);
        const Matrix y = applyRopeBlocks(x, 4, 10000.0, RopeLayout::Interleaved);
        for (int b = 0; b < 3; ++b)
            QCOMPARE(Matrix(y.middleCols(b * 4, 4)),
                     applyRope(x.middleCols(b * 4, 4), 10000.0, RopeLayout::Interleaved));
    }
    // Explicit default frequencies reproduce applyRope bit for bit in both layouts; the attention
    // factor scales the rotated vector.
    void explicitFrequenciesMatchBase()
    {
        const Matrix x = SeededInit(3).input("x", 5, 8);
        const auto inv = ropeInverseFrequencies(10000.0, 8);
        QCOMPARE(inv.size(), std::size_t(4));
        QCOMPARE(inv[1], std::pow(10000.0, -0.25));
        for (const RopeLayout l : {RopeLayout::Half, RopeLayout::Interleaved}) {
            QCOMPARE(applyRopeFrequencies(x, inv, l, 3), applyRope(x, 10000.0, l, 3));
            const Matrix scaled = applyRopeFrequencies(x, inv, l, 3, 2.0);
            QVERIFY(maxAbsDiff(scaled, 2.0f * applyRope(x, 10000.0, l, 3)) < 1e-5f);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)applyRopeFrequencies(x, {1.0}, RopeLayout::Half));
    }

    void oddDimensionIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)applyRope(Matrix::Zero(2, 3), 10000.0, RopeLayout::Half));
    }
};

QTEST_GUILESS_MAIN(TestRope)
#include "tst_rope.moc"
