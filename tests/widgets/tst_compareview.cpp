// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/timelimits.h"
#include "widgets/common/heatmapview.h"
#include "widgets/models/compareset.h"
#include "widgets/views/compare/compareview.h"

#include "core/mechanisms/compute.h"
#include "core/params/validation.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <cmath>

using namespace attnscope;
using core::Mechanism;
using widgets::CompareView;

namespace {

// An upper bound only: a slow machine waits longer, a fast one does not wait at all.
constexpr int kTimeoutMs = testing::kWaitMs;

core::Config shape(std::int64_t dModel, std::int64_t heads, std::int64_t kvHeads, std::int64_t dHead,
                   std::int64_t tokens, std::uint64_t seed = 0)
{
    core::Request r;
    r.mechanism = kvHeads == heads ? Mechanism::Mha : Mechanism::Gqa;
    r.dModel = dModel;
    r.nHeads = heads;
    r.nKvHeads = kvHeads;
    r.dHead = dHead;
    r.tokens = tokens;
    r.seed = seed;
    return core::resolve(r);
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gqaKvHeads_data()
    {
        QTest::addColumn<qint64>("heads");
        QTest::addColumn<qint64>("baseKv");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("base is a proper divisor") << qint64(32) << qint64(8) << qint64(8);
        QTest::newRow("mha base: largest proper divisor") << qint64(4) << qint64(4) << qint64(2);
        QTest::newRow("mqa base: largest proper divisor") << qint64(8) << qint64(1) << qint64(4);
        QTest::newRow("six heads") << qint64(6) << qint64(6) << qint64(3);
        QTest::newRow("not a divisor") << qint64(12) << qint64(5) << qint64(6);
        QTest::newRow("prime heads: like mqa") << qint64(7) << qint64(7) << qint64(1);
        QTest::newRow("two heads: like mqa") << qint64(2) << qint64(2) << qint64(1);
        QTest::newRow("one head") << qint64(1) << qint64(1) << qint64(1);
    }
    void gqaKvHeads()
    {
        QFETCH(qint64, heads);
        QFETCH(qint64, baseKv);
        QFETCH(qint64, expected);
        QCOMPARE(widgets::gqaKvHeadsFor(heads, baseKv), expected);
    }

    void configsShareShapeAndAreCausal()
    {
        core::Config base = shape(32, 4, 4, 8, 6, 7);
        base.causal = false; // made causal for the comparison
        const auto configs = widgets::compareConfigs(base);
        QCOMPARE(configs[0].mechanism, Mechanism::Mha);
        QCOMPARE(configs[1].mechanism, Mechanism::Gqa);
        QCOMPARE(configs[2].mechanism, Mechanism::Mqa);
        QCOMPARE(configs[3].mechanism, Mechanism::Mla);
        for (const core::Config &c : configs) {
            QVERIFY(c.causal);
            QCOMPARE(c.attention, core::AttentionKind::Self);
            QCOMPARE(c.dModel, base.dModel);
            QCOMPARE(c.nHeads, base.nHeads);
            QCOMPARE(c.dHead, base.dHead);
            QCOMPARE(c.tokens, base.tokens);
            QCOMPARE(c.seed, base.seed);
            QVERIFY2(core::validateConfig(c).empty(), core::mechanismId(c.mechanism).data());
        }
        QCOMPARE(configs[0].nKvHeads, 4);
        QCOMPARE(configs[1].nKvHeads, 2);
        QCOMPARE(configs[2].nKvHeads, 1);
        QCOMPARE(configs[3].mlaPath, core::MlaPath::Absorbed);
        QCOMPARE(configs[3].dLatentKv, 4 * 8); // base has none: 4 d_h
        QCOMPARE(configs[3].dRope, 4);         // d_h / 2

        // An MLA base keeps its latent sizes; an odd half width is rounded up to even.
        core::Request r;
        r.mechanism = Mechanism::Mla;
        r.dModel = 36;
        r.nHeads = 6;
        r.dLatentKv = 20;
        const auto fromMla = widgets::compareConfigs(core::resolve(r));
        QCOMPARE(fromMla[3].dLatentKv, 20);
        QCOMPARE(fromMla[3].dRope, 4); // d_h = 6: 6 / 2 = 3, rounded up to 4
        QCOMPARE(fromMla[1].nKvHeads, 3);
    }

    void kvFiguresMatchHand_data()
    {
        QTest::addColumn<qint64>("dModel");
        QTest::addColumn<qint64>("heads");
        QTest::addColumn<qint64>("kvHeads");
        QTest::addColumn<qint64>("dHead");
        QTest::addColumn<qint64>("gqaKv");
        QTest::addColumn<qint64>("dC");
        QTest::addColumn<qint64>("dR");
        QTest::newRow("default") << qint64(32) << qint64(4) << qint64(4) << qint64(8) << qint64(2) << qint64(32)
                                 << qint64(4);
        QTest::newRow("gqa base 8 of 16")
            << qint64(64) << qint64(16) << qint64(8) << qint64(4) << qint64(8) << qint64(16) << qint64(2);
        QTest::newRow("six heads of 6") << qint64(36) << qint64(6) << qint64(6) << qint64(6) << qint64(3) << qint64(24)
                                        << qint64(4);
    }
    void kvFiguresMatchHand()
    {
        QFETCH(qint64, dModel);
        QFETCH(qint64, heads);
        QFETCH(qint64, kvHeads);
        QFETCH(qint64, dHead);
        QFETCH(qint64, gqaKv);
        QFETCH(qint64, dC);
        QFETCH(qint64, dR);
        const widgets::CompareSet set = widgets::computeCompareSet(shape(dModel, heads, kvHeads, dHead, 5));
        QVERIFY(set.complete);
        QCOMPARE(int(set.entries.size()), 4);
        for (const auto &e : set.entries)
            QVERIFY2(e.ok(), e.error.c_str());
        // DeepSeek-V2 Table 1, per token and layer: 2 n_h d_h, 2 n_g d_h, 2 d_h, d_c + d_h^R.
        QCOMPARE(*set.entries[0].kvElementsPerToken, 2 * heads * dHead);
        QCOMPARE(*set.entries[1].kvElementsPerToken, 2 * gqaKv * dHead);
        QCOMPARE(*set.entries[2].kvElementsPerToken, 2 * dHead);
        QCOMPARE(*set.entries[3].kvElementsPerToken, dC + dR);
        QCOMPARE(set.entries[1].config.nKvHeads, gqaKv);
        QCOMPARE(set.entries[3].config.dLatentKv, dC);
        QCOMPARE(set.entries[3].config.dRope, dR);
    }

    void differencesFromMha()
    {
        const core::Config base = shape(32, 4, 4, 8, 6, 3);
        const widgets::CompareSet set = widgets::computeCompareSet(base);
        QVERIFY(set.complete);
        const auto &mha = set.entries[0];
        QCOMPARE(mha.maxAbsDifference, 0.0);
        QCOMPARE(mha.meanAbsDifference, 0.0);
        for (const auto &e : set.entries) {
            QCOMPARE(e.weights.shape, (std::vector<std::int64_t>{4, 6, 6}));
            QCOMPARE(e.output.rows(), 6);
            QCOMPARE(e.output.cols(), 32);
            QVERIFY(std::isfinite(e.maxAbsDifference));
            QVERIFY(e.meanAbsDifference <= e.maxAbsDifference);
            // Causal: no weight above the diagonal, rows sum to 1.
            for (std::int64_t h = 0; h < 4; ++h) {
                const core::Matrix w = e.weights.matrix(h);
                for (int i = 0; i < 6; ++i) {
                    QVERIFY(std::abs(w.row(i).sum() - 1.0f) < 1e-5f);
                    for (int j = i + 1; j < 6; ++j)
                        QCOMPARE(w(i, j), 0.0f);
                }
            }
        }
        // By hand: GQA's output against MHA's, each computed on its own.
        const core::Trace mhaTrace = core::compute(mha.config);
        const core::Trace gqaTrace = core::compute(set.entries[1].config);
        const core::Matrix diff = (gqaTrace.tensor("output").matrix() - mhaTrace.tensor("output").matrix()).cwiseAbs();
        QCOMPARE(set.entries[1].maxAbsDifference, double(diff.maxCoeff()));
        QVERIFY(std::abs(set.entries[1].meanAbsDifference - diff.cast<double>().mean()) < 1e-9);
        QVERIFY(set.entries[1].maxAbsDifference > 0.0); // different K, V: a different output
        // All four read the same X.
        QVERIFY(core::compute(set.entries[3].config).tensor("X") == mhaTrace.tensor("X"));
    }

    void failedEntryCarriesError()
    {
        core::Config base = shape(32, 4, 4, 8, 6);
        base.tokens = 0; // invalid for all four
        const widgets::CompareSet set = widgets::computeCompareSet(base);
        QCOMPARE(int(set.entries.size()), 4);
        for (const auto &e : set.entries) {
            QVERIFY(!e.ok());
            QVERIFY(std::isnan(e.maxAbsDifference));
        }
    }

    void stopsWhenAsked()
    {
        int asked = 0;
        const widgets::CompareSet set = widgets::computeCompareSet(shape(32, 4, 4, 8, 6), [&] { return ++asked > 2; });
        QVERIFY(!set.complete);
        QCOMPARE(int(set.entries.size()), 2);
    }

    void viewShowsFourMapsForHead()
    {
        CompareView view;
        QSignalSpy updated(&view, &CompareView::updated);
        const core::Config base = shape(32, 4, 4, 8, 6, 11);
        view.setBaseConfig(base);
        QVERIFY(updated.wait(kTimeoutMs));
        QCOMPARE(updated.count(), 1);
        const auto set = view.compareSet();
        QVERIFY(set);
        QCOMPARE(set->base, base);
        QCOMPARE(view.headCount(), 4);

        view.setHead(2);
        QCOMPARE(view.head(), 2);
        for (int i = 0; i < CompareView::mechanismCount(); ++i) {
            const widgets::HeatmapView *map = view.mapView(i);
            QVERIFY(map);
            QVERIFY(map->hasMatrix());
            QVERIFY(map->matrix() == set->entries[std::size_t(i)].weights.matrix(2));
            QCOMPARE(map->dataRange(), std::make_pair(0.0, 1.0));
        }
        view.setHead(99); // clamped to the last head
        QCOMPARE(view.head(), 3);
        QVERIFY(view.mapView(3)->matrix() == set->entries[3].weights.matrix(3));

        QVERIFY2(view.titleText(0).startsWith(QStringLiteral("MHA — 4 KV heads")), qPrintable(view.titleText(0)));
        QVERIFY2(view.titleText(1).startsWith(QStringLiteral("GQA — 2 KV heads")), qPrintable(view.titleText(1)));
        QVERIFY2(view.titleText(1).contains(QStringLiteral("head 3 reads KV head 1")), qPrintable(view.titleText(1)));
        QVERIFY2(view.titleText(2).startsWith(QStringLiteral("MQA — 1 KV head")), qPrintable(view.titleText(2)));
        QVERIFY2(view.titleText(3).startsWith(QStringLiteral("MLA")), qPrintable(view.titleText(3)));
        QVERIFY(view.differenceText(0).contains(QStringLiteral("reference")));
        for (int i = 1; i < 4; ++i)
            QVERIFY2(view.differenceText(i).contains(QStringLiteral("max |Δ| = ")), qPrintable(view.differenceText(i)));
        QVERIFY(view.noteText().contains(QStringLiteral("causal")));
        QVERIFY(view.noteText().contains(QStringLiteral("same seed")));

        QCOMPARE(view.barValues(), (std::vector<double>{64.0, 32.0, 16.0, 36.0}));
        const QStringList labels = view.barLabels();
        QCOMPARE(labels.size(), 4);
        QVERIFY(labels.at(0).startsWith(QStringLiteral("MHA")));
        QVERIFY(labels.at(3).startsWith(QStringLiteral("MLA")));
    }

    void viewUpdatesOnNewBase()
    {
        CompareView view;
        QSignalSpy updated(&view, &CompareView::updated);
        view.setBaseConfig(shape(32, 4, 4, 8, 6));
        QVERIFY(updated.wait(kTimeoutMs));
        view.setHead(3);

        const core::Config wider = shape(48, 6, 6, 8, 5, 2);
        view.setBaseConfig(wider);
        QVERIFY(updated.wait(kTimeoutMs));
        QCOMPARE(view.compareSet()->base, wider);
        QCOMPARE(view.headCount(), 6);
        QCOMPARE(view.head(), 3); // still in range: kept
        QCOMPARE(view.mapView(0)->matrix().rows(), 5);
        QVERIFY(view.mapView(1)->matrix() == view.compareSet()->entries[1].weights.matrix(3));
        // 6 heads: GQA takes 3 KV heads.
        QCOMPARE(view.barValues(), (std::vector<double>{2.0 * 6 * 8, 2.0 * 3 * 8, 2.0 * 8, 32.0 + 4.0}));

        // A narrower one clamps the head.
        view.setBaseConfig(shape(16, 2, 2, 8, 4));
        QVERIFY(updated.wait(kTimeoutMs));
        QCOMPARE(view.headCount(), 2);
        QCOMPARE(view.head(), 1);
    }

    void newestRequestSupersedes()
    {
        CompareView view;
        QSignalSpy updated(&view, &CompareView::updated);
        const core::Config first = shape(32, 4, 4, 8, 6, 1);
        const core::Config second = shape(32, 4, 4, 8, 6, 2);
        view.setBaseConfig(first);
        view.setBaseConfig(second);
        QVERIFY(view.isBusy());
        QVERIFY(updated.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), kTimeoutMs);
        // Only the newest was shown.
        QCOMPARE(updated.count(), 1);
        QCOMPARE(view.compareSet()->base, second);
        QCOMPARE(view.baseConfig(), second);
    }

    void destroyedWhileComputing()
    {
        {
            CompareView view;
            view.setBaseConfig(shape(64, 8, 8, 8, 32));
            QVERIFY(view.isBusy());
        }
        // The worker finishes on its own and its result goes nowhere.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(kTimeoutMs));
        QCoreApplication::processEvents();
    }

    void invalidBaseSaysWhy()
    {
        CompareView view;
        QSignalSpy updated(&view, &CompareView::updated);
        core::Config bad = shape(32, 4, 4, 8, 6);
        bad.tokens = 0;
        view.setBaseConfig(bad);
        QVERIFY(updated.wait(kTimeoutMs));
        for (int i = 0; i < CompareView::mechanismCount(); ++i) {
            QVERIFY(!view.mapView(i)->hasMatrix());
            QVERIFY(!view.mapView(i)->message().isEmpty());
        }
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
