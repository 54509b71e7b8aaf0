// SPDX-License-Identifier: GPL-3.0-or-later
// mlaPathDifference(): MLA's naive and absorbed evaluation orders on the same weights.
//
// The two orders are equal in exact arithmetic; in float32 their outputs differ by rounding
// only. The tests therefore accept a difference of exactly 0 (possible when every sum
// happens to round alike) or a positive one below 1e-4, far below any real discrepancy
// (a wrong weight or a missing RoPE term changes the output by 1e-2 or more).
#include "core/mechanisms/compute.h"
#include "core/mechanisms/pathcheck.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace attnscope::core;

Q_DECLARE_METATYPE(attnscope::core::Request)
Q_DECLARE_METATYPE(attnscope::core::Mechanism)

namespace {

constexpr double kTolerance = 1e-4;

Request mla(std::int64_t dModel, std::int64_t heads, std::int64_t tokens, std::int64_t queryRank, RopeLayout layout,
            std::uint64_t seed)
{
    Request r;
    r.mechanism = Mechanism::Mla;
    r.dModel = dModel;
    r.nHeads = heads;
    r.tokens = tokens;
    r.dLatentQ = queryRank;
    r.ropeLayout = layout;
    r.seed = seed;
    return r;
}

double maxAbs(const Matrix &a, const Matrix &b)
{
    return a.size() == 0 ? 0.0 : double((a - b).cwiseAbs().maxCoeff());
}

} // namespace

class TestPathCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pathsAgree_data()
    {
        QTest::addColumn<Request>("request");
        Request defaults;
        defaults.mechanism = Mechanism::Mla;
        QTest::newRow("defaults") << defaults;
        QTest::newRow("query latent") << mla(32, 4, 6, 12, RopeLayout::Interleaved, 1);
        QTest::newRow("half layout") << mla(32, 4, 9, 0, RopeLayout::Half, 2);
        QTest::newRow("one head") << mla(16, 1, 5, 0, RopeLayout::Interleaved, 3);
        QTest::newRow("wide") << mla(128, 8, 24, 48, RopeLayout::Interleaved, 42);
        QTest::newRow("one token") << mla(32, 4, 1, 0, RopeLayout::Interleaved, 7);
    }

    void pathsAgree()
    {
        QFETCH(Request, request);
        const Config config = resolve(request);
        const PathDifference d = mlaPathDifference(config);
        QVERIFY(std::isfinite(d.maxAbsOutput));
        QVERIFY(std::isfinite(d.maxAbsWeights));
        QVERIFY(d.maxAbsOutput >= 0.0);
        QVERIFY(d.maxAbsWeights >= 0.0);
        QVERIFY2(d.maxAbsOutput < kTolerance, qPrintable(QString::number(d.maxAbsOutput)));
        QVERIFY2(d.maxAbsWeights < kTolerance, qPrintable(QString::number(d.maxAbsWeights)));
    }

    // The measured difference is the one between the two recorded computations, whatever
    // path the config itself names.
    void matchesComputedTraces()
    {
        Config naive = resolve(mla(32, 4, 8, 0, RopeLayout::Interleaved, 5));
        naive.mlaPath = MlaPath::Naive;
        Config absorbed = naive;
        absorbed.mlaPath = MlaPath::Absorbed;
        const Trace a = compute(naive);
        const Trace b = compute(absorbed);
        const double output = maxAbs(a.tensor("output").matrix(), b.tensor("output").matrix());
        double weights = 0.0;
        for (std::int64_t h = 0; h < naive.nHeads; ++h)
            weights = std::max(weights, maxAbs(a.tensor("weights").matrix(h), b.tensor("weights").matrix(h)));
        const PathDifference fromNaive = mlaPathDifference(naive);
        const PathDifference fromAbsorbed = mlaPathDifference(absorbed);
        QCOMPARE(fromNaive.maxAbsOutput, output);
        QCOMPARE(fromNaive.maxAbsWeights, weights);
        QCOMPARE(fromAbsorbed.maxAbsOutput, fromNaive.maxAbsOutput);
        QCOMPARE(fromAbsorbed.maxAbsWeights, fromNaive.maxAbsWeights);
        // With one path already computed, only the other is evaluated: same figures.
        QCOMPARE(mlaPathDifference(naive, a).maxAbsOutput, output);
        QCOMPARE(mlaPathDifference(naive, a).maxAbsWeights, weights);
        QCOMPARE(mlaPathDifference(absorbed, b).maxAbsOutput, output);
        QCOMPARE(mlaPathDifference(absorbed, b).maxAbsWeights, weights);
    }

    void nonMlaThrows_data()
    {
        QTest::addColumn<Mechanism>("mechanism");
        QTest::newRow("bahdanau") << Mechanism::Bahdanau;
        QTest::newRow("sdpa") << Mechanism::Sdpa;
        QTest::newRow("mha") << Mechanism::Mha;
        QTest::newRow("gqa") << Mechanism::Gqa;
        QTest::newRow("mqa") << Mechanism::Mqa;
    }

    void nonMlaThrows()
    {
        QFETCH(Mechanism, mechanism);
        Request r;
        r.mechanism = mechanism;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)mlaPathDifference(resolve(r)));
    }

    void invalidMlaThrows()
    {
        Config c = resolve(mla(32, 4, 6, 0, RopeLayout::Interleaved, 0));
        c.dRope = 3; // must be even
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)mlaPathDifference(c));
    }
};

QTEST_GUILESS_MAIN(TestPathCheck)
#include "tst_pathcheck.moc"
