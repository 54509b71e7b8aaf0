// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/timelinemodel.h"

#include "core/mechanisms/compute.h"

#include <QSignalSpy>
#include <QTest>

using namespace attnscope;
using widgets::TimelineModel;

namespace {

core::Config config(core::Mechanism mechanism, std::int64_t tokens = 6)
{
    core::Request r;
    r.mechanism = mechanism;
    r.tokens = tokens;
    return core::resolve(r);
}

std::shared_ptr<const core::Trace> trace(const core::Config &c)
{
    return core::computeShared(c);
}

// A model holding an MHA trace, at step 0.
struct Fixture
{
    Fixture()
    {
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        model.setTrace(trace(cfg), cfg);
        model.setCurrentStep(0);
    }
    core::Config cfg = config(core::Mechanism::Mha);
    TimelineModel model;
};

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 16: the steps MLA repeats for every head count once, and show every head.
    void headsFoldByDefault()
    {
        TimelineModel model;
        QVERIFY(model.headsFolded());
        const core::Config c = config(core::Mechanism::Mla);
        const auto t = trace(c);
        model.setTrace(t, c);
        QVERIFY(model.hasFoldableSteps());
        const auto folded = core::foldHeadSteps(t->steps());
        QCOMPARE(model.stepCount(), int(folded.size()));
        QVERIFY(model.stepCount() < int(t->steps().size()));
        // Head 2's softmax, as a lesson's `at: softmax head=2` names it.
        int softmax2 = -1;
        for (int i = 0; i < int(t->steps().size()); ++i)
            if (t->steps()[std::size_t(i)].kind == core::StepKind::Softmax && t->steps()[std::size_t(i)].head == 2)
                softmax2 = i;
        QVERIFY(softmax2 >= 0);
        model.setCurrentTraceStep(softmax2);
        QCOMPARE(model.traceStep(), softmax2);
        QCOMPARE(model.step()->head, 2);
        QCOMPARE(model.foldedHeads(), int(c.nHeads));
        const int foldedAt = model.currentStep();
        // One click away: every head's step one by one, at the same place.
        QSignalSpy foldChanged(&model, &TimelineModel::headsFoldedChanged);
        model.setHeadsFolded(false);
        QCOMPARE(foldChanged.count(), 1);
        QCOMPARE(model.stepCount(), int(t->steps().size()));
        QCOMPARE(model.currentStep(), softmax2);
        QCOMPARE(model.foldedHeads(), 1);
        model.setHeadsFolded(true);
        QCOMPARE(model.currentStep(), foldedAt);
        QCOMPARE(model.traceStep(), softmax2);
        // Stepping on shows head 0's next step.
        model.stepForward();
        QCOMPARE(model.step()->head, 0);
    }

    void emptyModel()
    {
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        QCOMPARE(model.stepCount(), 0);
        QCOMPARE(model.currentStep(), -1);
        QVERIFY(model.step() == nullptr);
        QSignalSpy changed(&model, &TimelineModel::currentStepChanged);
        model.setCurrentStep(3);
        model.stepForward();
        model.toLast();
        model.play();
        QCOMPARE(model.currentStep(), -1);
        QVERIFY(!model.isPlaying());
        QCOMPARE(changed.count(), 0);
    }

    void firstTraceStartsAtTheLastStep()
    {
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        QSignalSpy traceChanged(&model, &TimelineModel::traceChanged);
        QSignalSpy changed(&model, &TimelineModel::currentStepChanged);
        const core::Config c = config(core::Mechanism::Mha);
        const auto t = trace(c);
        model.setTrace(t, c);
        QCOMPARE(model.stepCount(), int(t->steps().size()));
        QCOMPARE(model.currentStep(), model.stepCount() - 1);
        QVERIFY(model.isAtLast());
        QCOMPARE(traceChanged.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), model.stepCount() - 1);
        QVERIFY(model.step() == &t->steps().back());
    }

    void clampsAndSignalsOnlyOnChange()
    {
        Fixture f;
        TimelineModel &model = f.model;
        QSignalSpy changed(&model, &TimelineModel::currentStepChanged);
        const int last = model.stepCount() - 1;

        model.setCurrentStep(0); // unchanged
        QCOMPARE(changed.count(), 0);
        model.stepBack(); // already at the first
        QCOMPARE(model.currentStep(), 0);
        QCOMPARE(changed.count(), 0);
        model.toFirst();
        QCOMPARE(changed.count(), 0);

        model.setCurrentStep(-5);
        QCOMPARE(model.currentStep(), 0);
        QCOMPARE(changed.count(), 0);
        model.setCurrentStep(100000);
        QCOMPARE(model.currentStep(), last);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().at(0).toInt(), last);
        model.stepForward();
        model.toLast();
        QCOMPARE(model.currentStep(), last);
        QCOMPARE(changed.count(), 0);

        model.stepBack();
        QCOMPARE(model.currentStep(), last - 1);
        model.stepForward();
        QCOMPARE(model.currentStep(), last);
        model.toFirst();
        QCOMPARE(model.currentStep(), 0);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).toInt(), last - 1);
        QCOMPARE(changed.at(1).at(0).toInt(), last);
        QCOMPARE(changed.at(2).at(0).toInt(), 0);
    }

    void sameMechanismKeepsTheIndexClamped()
    {
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        const core::Config big = config(core::Mechanism::Bahdanau, 8);
        const core::Config small = config(core::Mechanism::Bahdanau, 1);
        model.setTrace(trace(big), big);
        model.setCurrentStep(10);
        QSignalSpy changed(&model, &TimelineModel::currentStepChanged);
        QSignalSpy traceChanged(&model, &TimelineModel::traceChanged);

        // A tweaked parameter: same place.
        core::Config reseeded = big;
        reseeded.seed = 7;
        model.setTrace(trace(reseeded), reseeded);
        QCOMPARE(model.currentStep(), 10);
        QCOMPARE(traceChanged.count(), 1);
        QCOMPARE(changed.count(), 0);

        // Fewer steps: clamped to the new last one.
        const auto shorter = trace(small);
        QVERIFY(int(shorter->steps().size()) - 1 < 10);
        model.setTrace(shorter, small);
        QCOMPARE(model.currentStep(), model.stepCount() - 1);
        QCOMPARE(changed.count(), 1);

        // At the last step, a longer trace keeps it at the (new) last step.
        model.setTrace(trace(big), big);
        QCOMPARE(model.currentStep(), model.stepCount() - 1);

        // Another mechanism: its last step.
        model.setCurrentStep(3);
        const core::Config mla = config(core::Mechanism::Mla);
        model.setTrace(trace(mla), mla);
        QCOMPARE(model.mechanism(), core::Mechanism::Mla);
        QCOMPARE(model.currentStep(), model.stepCount() - 1);
    }

    void clearing()
    {
        Fixture f;
        f.model.setCurrentStep(4);
        f.model.play();
        QSignalSpy changed(&f.model, &TimelineModel::currentStepChanged);
        QSignalSpy playing(&f.model, &TimelineModel::playingChanged);
        f.model.clear();
        QCOMPARE(f.model.stepCount(), 0);
        QCOMPARE(f.model.currentStep(), -1);
        QVERIFY(!f.model.isPlaying());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), -1);
        QCOMPARE(playing.count(), 1);
    }

    void playAdvancesAndStopsAtTheEnd()
    {
        Fixture f;
        TimelineModel &model = f.model;
        const int last = model.stepCount() - 1;
        QSignalSpy playing(&model, &TimelineModel::playingChanged);
        QSignalSpy changed(&model, &TimelineModel::currentStepChanged);

        model.advance(); // paused: nothing
        QCOMPARE(model.currentStep(), 0);
        QCOMPARE(changed.count(), 0);

        model.play();
        QVERIFY(model.isPlaying());
        QCOMPARE(playing.count(), 1);
        QCOMPARE(playing.at(0).at(0).toBool(), true);
        model.play(); // already playing: no signal
        QCOMPARE(playing.count(), 1);

        for (int i = 1; i <= last; ++i) {
            QVERIFY(model.isPlaying());
            model.advance();
            QCOMPARE(model.currentStep(), i);
        }
        QVERIFY(!model.isPlaying());
        QCOMPARE(playing.count(), 2);
        QCOMPARE(playing.at(1).at(0).toBool(), false);
        QCOMPARE(changed.count(), last);
        model.advance();
        QCOMPARE(model.currentStep(), last);

        // Playing again from the end starts over.
        model.play();
        QCOMPARE(model.currentStep(), 0);
        QVERIFY(model.isPlaying());
        model.advance();
        QCOMPARE(model.currentStep(), 1);
        model.togglePlay();
        QVERIFY(!model.isPlaying());
        model.advance();
        QCOMPARE(model.currentStep(), 1);
        model.togglePlay();
        QVERIFY(model.isPlaying());
        model.pause();
        QVERIFY(!model.isPlaying());
    }

    void manualStepsWhilePlaying()
    {
        Fixture f;
        f.model.play();
        f.model.setCurrentStep(5);
        QVERIFY(f.model.isPlaying());
        f.model.advance();
        QCOMPARE(f.model.currentStep(), 6);
        f.model.toLast();
        // Reaching the end by hand leaves the play state alone; the next tick pauses.
        QVERIFY(f.model.isPlaying());
        f.model.advance();
        QVERIFY(!f.model.isPlaying());
    }

    void speedBounds_data()
    {
        QTest::addColumn<double>("requested");
        QTest::addColumn<double>("expected");
        QTest::newRow("default") << TimelineModel::kDefaultSpeed << 2.0;
        QTest::newRow("in range") << 4.0 << 4.0;
        QTest::newRow("lowest") << 0.25 << 0.25;
        QTest::newRow("too slow") << 0.01 << 0.25;
        QTest::newRow("zero") << 0.0 << 0.25;
        QTest::newRow("negative") << -3.0 << 0.25;
        QTest::newRow("highest") << 20.0 << 20.0;
        QTest::newRow("too fast") << 1000.0 << 20.0;
    }

    void speedBounds()
    {
        QFETCH(double, requested);
        QFETCH(double, expected);
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        QCOMPARE(model.speed(), 2.0);
        QCOMPARE(model.interval(), 500);
        model.setSpeed(requested);
        QCOMPARE(model.speed(), expected);
        QCOMPARE(model.interval(), qRound(1000.0 / expected));
    }

    void speedSignalsOnlyOnChange()
    {
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        QSignalSpy speed(&model, &TimelineModel::speedChanged);
        model.setSpeed(2.0);
        QCOMPARE(speed.count(), 0);
        model.setSpeed(8.0);
        QCOMPARE(speed.count(), 1);
        QCOMPARE(speed.at(0).at(0).toDouble(), 8.0);
        model.setSpeed(100.0);
        model.setSpeed(50.0); // clamped to the same 20
        QCOMPARE(speed.count(), 2);
        model.setSpeed(std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(model.speed(), 20.0);
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
