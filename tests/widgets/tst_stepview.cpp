// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stepview.h"

#include "core/mechanisms/compute.h"
#include "widgets/heatmapview.h"
#include "widgets/stepplayer.h"
#include "widgets/timelinemodel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace attnscope;
using core::Mechanism;
using widgets::StepPlayer;
using widgets::StepView;
using widgets::TimelineModel;

namespace {

core::Config configFor(const QString &name)
{
    core::Request r;
    if (name == QLatin1String("bahdanau")) {
        r.mechanism = Mechanism::Bahdanau;
    } else if (name == QLatin1String("sdpa causal")) {
        r.mechanism = Mechanism::Sdpa;
        r.causal = true;
    } else if (name == QLatin1String("mha")) {
        r.mechanism = Mechanism::Mha;
    } else if (name == QLatin1String("mha cross")) {
        r.mechanism = Mechanism::Mha;
        r.attention = core::AttentionKind::Cross;
    } else if (name == QLatin1String("gqa")) {
        r.mechanism = Mechanism::Gqa;
        r.nHeads = 8;
        r.nKvHeads = 2;
        r.causal = true;
    } else if (name == QLatin1String("mqa")) {
        r.mechanism = Mechanism::Mqa;
    } else if (name == QLatin1String("mla naive")) {
        r.mechanism = Mechanism::Mla;
        r.mlaPath = core::MlaPath::Naive;
    } else if (name == QLatin1String("mla absorbed")) {
        r.mechanism = Mechanism::Mla;
        r.mlaPath = core::MlaPath::Absorbed;
    }
    return core::resolve(r);
}

// Equal shapes and entries, NaN matching NaN.
bool sameMatrix(const core::Matrix &a, const core::Matrix &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return false;
    for (Eigen::Index r = 0; r < a.rows(); ++r) {
        for (Eigen::Index c = 0; c < a.cols(); ++c) {
            if (std::isnan(a(r, c)) != std::isnan(b(r, c)))
                return false;
            if (!std::isnan(a(r, c)) && a(r, c) != b(r, c))
                return false;
        }
    }
    return true;
}

// Checks that the view shows the model's current step: its output (the step's head, the
// rows computed so far) and a full explanation.
void checkShowsCurrentStep(const StepView &view, const TimelineModel &model)
{
    const core::Step *step = model.step();
    QVERIFY(step);
    const QByteArray where = QByteArray::number(model.currentStep()) + ' '
        + QByteArray(core::stepKindId(step->kind).data(), qsizetype(core::stepKindId(step->kind).size()));
    QCOMPARE(view.shownTensorName(), QString::fromStdString(step->output));
    const core::Tensor &tensor = model.trace()->tensor(step->output);
    const core::Matrix &shown = view.shownMatrix();
    core::Matrix expected;
    if (tensor.rank() == 3) {
        QVERIFY2(step->head >= 0, where);
        expected = tensor.matrix(step->head);
    } else {
        expected = tensor.matrix(0);
    }
    QCOMPARE(shown.rows(), expected.rows());
    QCOMPARE(shown.cols(), expected.cols());
    if (step->row >= 0) {
        // The row this step fills equals the trace's; later rows are blank.
        QVERIFY2(shown.row(step->row) == expected.row(step->row), where);
        QVERIFY2(shown.topRows(step->row + 1) == expected.topRows(step->row + 1), where);
        for (Eigen::Index r = step->row + 1; r < shown.rows(); ++r)
            QVERIFY2(shown.row(r).array().isNaN().all(), where);
    } else {
        QVERIFY2(shown == expected, where);
    }
    QVERIFY2(sameMatrix(view.heatmap()->matrix(), shown), where);
    QVERIFY2(!view.explanation().title.isEmpty(), where);
    QVERIFY2(!view.explanation().description.isEmpty(), where);
    QVERIFY2(!view.explanation().formulaHtml.isEmpty(), where);
    QVERIFY2(!view.explanation().shapesHtml.isEmpty(), where);
    QVERIFY2(view.heatmap()->title().startsWith(QString::fromStdString(step->output)), where);
    // Weights compare by colour on one fixed scale; everything else is centred on zero.
    const auto [lower, upper] = view.heatmap()->dataRange();
    if (step->output == "weights" || step->output == "mask") {
        QCOMPARE(lower, 0.0);
        QCOMPARE(upper, 1.0);
    } else {
        QVERIFY2(upper > 0.0 && lower == -upper, where);
        for (const float v : tensor.data)
            QVERIFY2(std::abs(v) <= upper, where);
    }
}

} // namespace

class TestStepView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel()
    {
        TimelineModel model;
        StepView view(&model);
        QVERIFY(view.shownTensorName().isEmpty());
        QCOMPARE(view.shownMatrix().size(), 0);
        QVERIFY(view.explanation().isEmpty());
        QVERIFY(!view.heatmap()->hasMatrix());
        StepView orphan;
        QVERIFY(orphan.model() == nullptr);
        QVERIFY(orphan.shownTensorName().isEmpty());
    }

    void stepsThroughEveryMechanism_data()
    {
        QTest::addColumn<QString>("mechanism");
        for (const char *m : {"bahdanau", "sdpa causal", "mha", "mha cross", "gqa", "mqa", "mla naive", "mla absorbed"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }

    void stepsThroughEveryMechanism()
    {
        QFETCH(QString, mechanism);
        const core::Config c = configFor(mechanism);
        TimelineModel model;
        StepView view(&model);
        StepPlayer player(&model);
        view.resize(900, 500);
        model.setTrace(core::computeShared(c), c);
        const int count = model.stepCount();
        QVERIFY(count > 0);

        model.toFirst();
        for (int i = 0; i < count; ++i) {
            QCOMPARE(model.currentStep(), i);
            checkShowsCurrentStep(view, model);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(player.statusText(),
                     QStringLiteral("Step %1 of %2: %3").arg(i + 1).arg(count).arg(view.explanation().title));
            QCOMPARE(player.scrubber()->value(), i);
            model.stepForward();
        }
        QCOMPARE(model.currentStep(), count - 1);
        for (int i = count - 1; i >= 0; --i) {
            QCOMPARE(model.currentStep(), i);
            checkShowsCurrentStep(view, model);
            if (QTest::currentTestFailed())
                return;
            model.stepBack();
        }
        QCOMPARE(model.currentStep(), 0);
    }

    void bahdanauFillsTheAlignmentRowByRow()
    {
        const core::Config c = configFor("bahdanau");
        TimelineModel model;
        StepView view(&model);
        const auto trace = core::computeShared(c);
        model.setTrace(trace, c);
        const core::Matrix weights = trace->tensor("weights").matrix();
        int seen = 0;
        for (int i = 0; i < model.stepCount(); ++i) {
            model.setCurrentStep(i);
            const core::Step *step = model.step();
            if (step->kind != core::StepKind::Softmax)
                continue;
            QCOMPARE(view.shownTensorName(), QStringLiteral("weights"));
            const core::Matrix &shown = view.shownMatrix();
            QCOMPARE(shown.rows(), c.tokens);
            QCOMPARE(shown.cols(), c.sourceTokens);
            for (Eigen::Index r = 0; r < shown.rows(); ++r) {
                if (r <= step->row)
                    QVERIFY(shown.row(r) == weights.row(r));
                else
                    QVERIFY(shown.row(r).array().isNaN().all());
            }
            QCOMPARE(view.heatmap()->rowLabels().first(), QStringLiteral("y1"));
            QCOMPARE(view.heatmap()->colLabels().first(), QStringLiteral("x1"));
            ++seen;
        }
        QCOMPARE(seen, int(c.tokens));
    }

    void headStepsShowTheirHead()
    {
        const core::Config c = configFor("gqa");
        TimelineModel model;
        StepView view(&model);
        const auto trace = core::computeShared(c);
        model.setTrace(trace, c);
        for (int i = 0; i < model.stepCount(); ++i) {
            model.setCurrentStep(i);
            const core::Step *step = model.step();
            if (step->kind != core::StepKind::Softmax)
                continue;
            QVERIFY(view.shownMatrix() == trace->tensor("weights").matrix(step->head));
            QVERIFY(view.heatmap()->title().contains(QStringLiteral("head %1 of %2").arg(step->head).arg(c.nHeads)));
            // Causal: the upper triangle has no weight.
            const core::Matrix &w = view.shownMatrix();
            for (Eigen::Index r = 0; r < w.rows(); ++r)
                for (Eigen::Index k = r + 1; k < w.cols(); ++k)
                    QCOMPARE(w(r, k), 0.0f);
            QCOMPARE(view.heatmap()->rowAxisTitle(), QStringLiteral("Query token i"));
        }
    }

    void followsNewTraces()
    {
        TimelineModel model;
        StepView view(&model);
        const core::Config mha = configFor("mha");
        model.setTrace(core::computeShared(mha), mha);
        QCOMPARE(view.shownTensorName(), QStringLiteral("output"));
        model.setCurrentStep(3);
        const QString before = view.explanation().formulaHtml;
        // Same index, another trace of the same mechanism: the view still shows it.
        core::Config reseeded = mha;
        reseeded.seed = 42;
        const auto other = core::computeShared(reseeded);
        model.setTrace(other, reseeded);
        QCOMPARE(model.currentStep(), 3);
        QVERIFY(view.shownMatrix() == other->tensor(other->steps()[3].output).matrix());
        QCOMPARE(view.explanation().formulaHtml, before);
        model.clear();
        QVERIFY(view.shownTensorName().isEmpty());
        QVERIFY(!view.heatmap()->hasMatrix());
    }

    void keyboardMovesTheTimeline()
    {
        const core::Config c = configFor("mla absorbed");
        TimelineModel model;
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *view = new StepView(&model, &window);
        auto *player = new StepPlayer(&model, &window);
        layout->addWidget(view, 1);
        layout->addWidget(player);
        model.setTrace(core::computeShared(c), c);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const int last = model.stepCount() - 1;
        QCOMPARE(model.currentStep(), last);

        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(model.currentStep(), 0);
        QTest::keyClick(&window, Qt::Key_Right);
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(model.currentStep(), 2);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(model.currentStep(), 1);
        QCOMPARE(player->scrubber()->value(), 1);
        QCOMPARE(view->shownTensorName(), QString::fromStdString(model.trace()->steps()[1].output));
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(model.currentStep(), last);

        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(model.isPlaying());
        QCOMPARE(model.currentStep(), 0); // played from the end: starts over
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!model.isPlaying());

        // Keys reach the focused widget first where it types them.
        auto *edit = new QLineEdit(&window);
        layout->addWidget(edit);
        edit->show();
        edit->setFocus();
        model.setCurrentStep(5);
        QTest::keyClick(edit, Qt::Key_Left);
        QTest::keyClick(edit, Qt::Key_Space);
        QCOMPARE(model.currentStep(), 5);
        QVERIFY(!model.isPlaying());
        QCOMPARE(edit->text(), QStringLiteral(" "));
    }

    void playerControls()
    {
        const core::Config c = configFor("mha");
        TimelineModel model;
        StepPlayer player(&model);
        model.setTrace(core::computeShared(c), c);
        const int count = model.stepCount();
        QCOMPARE(player.scrubber()->minimum(), 0);
        QCOMPARE(player.scrubber()->maximum(), count - 1);
        QCOMPARE(player.scrubber()->value(), count - 1);

        player.scrubber()->setValue(4);
        QCOMPARE(model.currentStep(), 4);
        QVERIFY(player.statusText().startsWith(QStringLiteral("Step 5 of %1: ").arg(count)));

        // Every control explains itself; the step buttons follow the position.
        const auto buttons = player.findChildren<QToolButton *>();
        QCOMPARE(buttons.size(), 5);
        for (const QWidget *w : player.findChildren<QWidget *>())
            if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QSlider *>(w)
                || qobject_cast<const QComboBox *>(w))
                QVERIFY2(!w->toolTip().isEmpty(), w->metaObject()->className());
        QVERIFY(
            player.playButton()->toolTip().contains(QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)));
        model.toFirst();
        QVERIFY(!buttons.at(0)->isEnabled());
        QVERIFY(!buttons.at(1)->isEnabled());
        QVERIFY(buttons.at(3)->isEnabled());
        buttons.at(3)->click(); // forward
        QCOMPARE(model.currentStep(), 1);
        buttons.at(4)->click(); // last
        QCOMPARE(model.currentStep(), count - 1);
        QVERIFY(!buttons.at(3)->isEnabled());
        buttons.at(1)->click(); // back
        QCOMPARE(model.currentStep(), count - 2);
        buttons.at(0)->click(); // first
        QCOMPARE(model.currentStep(), 0);
        player.playButton()->click();
        QVERIFY(model.isPlaying());
        QVERIFY(player.playButton()->toolTip().startsWith(QStringLiteral("Pause")));
        player.playButton()->click();
        QVERIFY(!model.isPlaying());

        // Speeds: 0.5x .. 4x of the default, two ways.
        QComboBox *speed = player.speedBox();
        QCOMPARE(speed->count(), 4);
        QCOMPARE(speed->itemData(speed->currentIndex()).toDouble(), TimelineModel::kDefaultSpeed);
        speed->setCurrentIndex(3);
        Q_EMIT speed->activated(3);
        QCOMPARE(model.speed(), 4 * TimelineModel::kDefaultSpeed);
        model.setSpeed(1.0);
        QCOMPARE(speed->currentIndex(), 0);

        model.clear();
        QVERIFY(!player.playButton()->isEnabled());
        QVERIFY(!player.scrubber()->isEnabled());
    }
};

QTEST_MAIN(TestStepView)
#include "tst_stepview.moc"
