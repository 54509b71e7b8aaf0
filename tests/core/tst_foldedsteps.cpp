// SPDX-License-Identifier: GPL-3.0-or-later
// Per-head repetition folded (issue 16): the same steps of every head become one step.
#include "core/mechanisms/compute.h"
#include "core/trace/foldedsteps.h"
#include "testhelpers.h"

#include <algorithm>

using namespace attnscope::core;

Q_DECLARE_METATYPE(attnscope::core::Mechanism)

class TestFoldedSteps : public QObject
{
    Q_OBJECT
private slots:
    void everyMechanism_data()
    {
        QTest::addColumn<Mechanism>("mechanism");
        QTest::addColumn<bool>("causal");
        QTest::addColumn<bool>("absorbed");
        QTest::addColumn<int>("perHead"); // steps repeated for every head
        QTest::newRow("bahdanau") << Mechanism::Bahdanau << false << false << 0;
        QTest::newRow("sdpa") << Mechanism::Sdpa << false << false << 0;
        QTest::newRow("mha") << Mechanism::Mha << false << false << 3;
        QTest::newRow("mha causal") << Mechanism::Mha << true << false << 4;
        QTest::newRow("gqa") << Mechanism::Gqa << false << false << 3;
        QTest::newRow("mqa causal") << Mechanism::Mqa << true << false << 4;
        QTest::newRow("mla naive") << Mechanism::Mla << true << false << 4;
        QTest::newRow("mla absorbed") << Mechanism::Mla << true << true << 6;
    }
    void everyMechanism()
    {
        QFETCH(Mechanism, mechanism);
        QFETCH(bool, causal);
        QFETCH(bool, absorbed);
        QFETCH(int, perHead);
        Request r;
        r.mechanism = mechanism;
        r.causal = causal;
        if (absorbed)
            r.mlaPath = MlaPath::Absorbed;
        const Config config = resolve(r);
        const Trace t = compute(config);
        const std::vector<FoldedStep> folded = foldHeadSteps(t.steps());
        const int heads = perHead > 0 ? int(config.nHeads) : 1;
        QCOMPARE(int(folded.size()), int(t.steps().size()) - perHead * (heads - 1));

        // Every trace step appears exactly once, in order; a folded step holds one step per
        // head, of one kind, heads in order.
        std::vector<int> seen;
        int foldedCount = 0;
        for (const FoldedStep &f : folded) {
            QVERIFY(!f.steps.empty());
            if (f.isFolded()) {
                ++foldedCount;
                QCOMPARE(int(f.steps.size()), heads);
                for (int h = 0; h < heads; ++h) {
                    const Step &s = t.steps()[std::size_t(f.steps[std::size_t(h)])];
                    QCOMPARE(s.head, h);
                    QVERIFY(s.kind == t.steps()[std::size_t(f.steps.front())].kind);
                }
            }
            seen.insert(seen.end(), f.steps.begin(), f.steps.end());
        }
        QCOMPARE(foldedCount, perHead);
        std::sort(seen.begin(), seen.end());
        for (int i = 0; i < int(seen.size()); ++i)
            QCOMPARE(seen[std::size_t(i)], i);
        QCOMPARE(int(seen.size()), int(t.steps().size()));
        for (int i = 0; i < int(t.steps().size()); ++i) {
            const int at = foldedIndexOf(folded, i);
            QVERIFY(at >= 0);
            const auto &members = folded[std::size_t(at)].steps;
            QVERIFY(std::find(members.begin(), members.end(), i) != members.end());
        }
        QCOMPARE(foldedIndexOf(folded, int(t.steps().size())), -1);
    }

    // A run that does not repeat head by head is left as it is.
    void irregularRunsStay()
    {
        std::vector<Step> steps(5);
        steps[0].kind = StepKind::Scores;
        steps[0].head = 0;
        steps[1].kind = StepKind::Softmax;
        steps[1].head = 0;
        steps[2].kind = StepKind::Scores;
        steps[2].head = 1;
        steps[3].kind = StepKind::Mask; // not what head 0 did second
        steps[3].head = 1;
        steps[4].kind = StepKind::ConcatHeads;
        const std::vector<FoldedStep> folded = foldHeadSteps(steps);
        QCOMPARE(int(folded.size()), 5);
        for (const FoldedStep &f : folded)
            QVERIFY(!f.isFolded());
    }
};

QTEST_GUILESS_MAIN(TestFoldedSteps)
#include "tst_foldedsteps.moc"
