// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/steps/stepview.h"

#include "core/mechanisms/compute.h"
#include "widgets/common/heatmapview.h"
#include "widgets/common/labels.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/views/steps/stepplayer.h"

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

// Index of the first step of a kind (for a given head, -1: any), -1 if none.
int firstStep(const TimelineModel &model, core::StepKind kind, int head = -1)
{
    const auto &steps = model.trace()->steps();
    for (int i = 0; i < int(steps.size()); ++i)
        if (steps[size_t(i)].kind == kind && (head < 0 || steps[size_t(i)].head == head))
            return i;
    return -1;
}

Eigen::Index finiteCount(const core::Matrix &m)
{
    return Eigen::Index((!m.array().isNaN()).count());
}

} // namespace

class TestStepView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel()
    {
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
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
        model.setHeadsFolded(false); // these checks walk the trace's own steps
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
        model.setHeadsFolded(false); // these checks walk the trace's own steps
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

    // A trace of real tokens labels the axes with them (spaces made visible); others are numbered.
    void realTokensLabelTheAxes()
    {
        core::Config c = configFor("gqa");
        auto trace = std::make_shared<core::Trace>(*core::computeShared(c));
        std::vector<std::string> tokens;
        for (std::int64_t i = 0; i < c.tokens; ++i)
            tokens.push_back(i == 0 ? "The" : " w\t" + std::to_string(i));
        trace->setTokenLabels(tokens);
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        StepView view(&model);
        model.setTrace(trace, c);
        bool sawScores = false;
        for (int i = 0; i < model.stepCount(); ++i) {
            model.setCurrentStep(i);
            if (model.step()->kind != core::StepKind::Scores)
                continue;
            QCOMPARE(view.heatmap()->rowLabels().first(), QStringLiteral("The"));
            QCOMPARE(view.heatmap()->colLabels().at(1), QStringLiteral("\u2423w\u21e51"));
            sawScores = true;
            break;
        }
        QVERIFY(sawScores);
        QCOMPARE(widgets::positionLabels({"a"}, QStringLiteral("t"), 2), (QStringList{"t0", "t1"})); // wrong length: numbered
        QCOMPARE(widgets::positionLabels({}, QStringLiteral("x"), 2, 1), (QStringList{"x1", "x2"}));
        QCOMPARE(widgets::positionLabels({"a\nb"}, QStringLiteral("t"), 1), (QStringList{QStringLiteral("a\u21b5b")}));
    }

    void headStepsShowTheirHead()
    {
        const core::Config c = configFor("gqa");
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
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

    void scoresFillCellByCell()
    {
        const core::Config c = configFor("gqa");
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        StepView view(&model);
        const auto trace = core::computeShared(c);
        model.setTrace(trace, c);
        const int index = firstStep(model, core::StepKind::Scores, 1);
        QVERIFY(index >= 0);
        model.setCurrentStep(index);
        QVERIFY(!view.isAnimating()); // a jump (and a hidden view) shows the step at once
        const core::Matrix full = trace->tensor("scores").matrix(1);
        QCOMPARE(finiteCount(full), full.size());
        QVERIFY(view.heatmap()->matrix() == full);

        const Eigen::Index cells = full.size();
        const Eigen::Index cols = full.cols();
        for (const double p : {0.0, 0.1, 0.25, 0.4, 0.5, 0.75, 0.99}) {
            view.setAnimationProgress(p);
            QVERIFY(view.isAnimating());
            QCOMPARE(view.animationProgress(), p);
            // The first floor(p * cells) cells, row-major, as computed; the rest blank.
            const Eigen::Index filled = Eigen::Index(std::floor(p * double(cells)));
            const core::Matrix &frame = view.heatmap()->matrix();
            QCOMPARE(finiteCount(frame), filled);
            for (Eigen::Index i = 0; i < cells; ++i) {
                if (i < filled)
                    QCOMPARE(frame(i / cols, i % cols), full(i / cols, i % cols));
                else
                    QVERIFY(std::isnan(frame(i / cols, i % cols)));
            }
            // The query row and key column of the last cell filled are highlighted.
            const auto h = view.heatmap()->highlight();
            if (filled == 0) {
                QVERIFY(!h.isActive());
            } else {
                QCOMPARE(h.row, int((filled - 1) / cols));
                QCOMPARE(h.col, int((filled - 1) % cols));
            }
            // What the step computes does not change with the frame drawn.
            QVERIFY(view.shownMatrix() == full);
            QCOMPARE(view.heatmap()->dataRange().first, -view.heatmap()->dataRange().second);
        }
        view.setAnimationProgress(1.0);
        QVERIFY(!view.isAnimating());
        QVERIFY(view.heatmap()->matrix() == full);
        QVERIFY(!view.heatmap()->highlight().isActive());
        checkShowsCurrentStep(view, model);
    }

    void softmaxNormalisesRowByRow()
    {
        const core::Config c = configFor("gqa");
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        StepView view(&model);
        const auto trace = core::computeShared(c);
        model.setTrace(trace, c);
        const int index = firstStep(model, core::StepKind::Softmax, 2);
        QVERIFY(index >= 0);
        model.setCurrentStep(index);
        const core::Matrix full = trace->tensor("weights").matrix(2);
        const Eigen::Index rows = full.rows();
        for (Eigen::Index k = 0; k < rows; ++k) {
            // Just past k rows of progress: rows 0..k-1 normalised, the rest blank.
            view.setAnimationProgress((double(k) + 0.5) / double(rows));
            const core::Matrix &frame = view.heatmap()->matrix();
            for (Eigen::Index r = 0; r < rows; ++r) {
                if (r < k)
                    QVERIFY(frame.row(r) == full.row(r));
                else
                    QVERIFY(frame.row(r).array().isNaN().all());
            }
            const auto h = view.heatmap()->highlight();
            QCOMPARE(h.row, int(k) - 1);
            QCOMPARE(h.col, -1);
            // Weights keep their fixed scale while they appear.
            QCOMPARE(view.heatmap()->dataRange().first, 0.0);
            QCOMPARE(view.heatmap()->dataRange().second, 1.0);
        }
        view.finishAnimation();
        QVERIFY(!view.isAnimating());
        QVERIFY(view.heatmap()->matrix() == full);
        QVERIFY(!view.heatmap()->highlight().isActive());
    }

    void laterStepsBuildTheOutput()
    {
        const core::Config c = configFor("mha");
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        StepView view(&model);
        const auto trace = core::computeShared(c);
        model.setTrace(trace, c);

        // Concatenation: head block by head block.
        model.setCurrentStep(firstStep(model, core::StepKind::ConcatHeads));
        const core::Matrix heads = trace->tensor("heads_out").matrix();
        const Eigen::Index block = heads.cols() / c.nHeads;
        view.setAnimationProgress(0.5);
        const Eigen::Index shownBlocks = c.nHeads / 2;
        const core::Matrix &frame = view.heatmap()->matrix();
        QVERIFY(frame.leftCols(shownBlocks * block) == heads.leftCols(shownBlocks * block));
        QVERIFY(frame.rightCols(heads.cols() - shownBlocks * block).array().isNaN().all());
        QCOMPARE(view.heatmap()->highlight().row, -1);
        QCOMPARE(view.heatmap()->highlight().col, int((shownBlocks - 1) * block));
        QCOMPARE(view.heatmap()->highlight().colSpan, int(block));

        // Output projection and weighted sums: row by row.
        for (const auto kind : {core::StepKind::OutputProjection, core::StepKind::WeightedSum}) {
            model.setCurrentStep(firstStep(model, kind));
            QVERIFY(!view.isAnimating());
            const core::Matrix full = view.shownMatrix();
            view.setAnimationProgress(0.5);
            const Eigen::Index k = full.rows() / 2;
            QVERIFY(view.heatmap()->matrix().topRows(k) == full.topRows(k));
            QCOMPARE(finiteCount(view.heatmap()->matrix()), k * full.cols());
            QCOMPARE(view.heatmap()->highlight().row, int(k) - 1);
            view.setAnimationProgress(1.0);
            QVERIFY(view.heatmap()->matrix() == full);
        }

        // Steps that compute no picture piece by piece do not animate.
        model.setCurrentStep(firstStep(model, core::StepKind::ProjectQuery));
        view.setAnimationProgress(0.3);
        QVERIFY(!view.isAnimating());
        QCOMPARE(view.animationProgress(), 1.0);
        QVERIFY(view.heatmap()->matrix() == view.shownMatrix());
    }

    void decoderScoresFillTheirRow()
    {
        const core::Config c = configFor("bahdanau");
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        StepView view(&model);
        const auto trace = core::computeShared(c);
        model.setTrace(trace, c);
        const auto &steps = trace->steps();
        int index = -1;
        for (int i = 0; i < int(steps.size()); ++i)
            if (steps[size_t(i)].kind == core::StepKind::AlignmentScores && steps[size_t(i)].row == 2)
                index = i;
        QVERIFY(index >= 0);
        model.setCurrentStep(index);
        const core::Matrix full = view.shownMatrix();
        const Eigen::Index cols = full.cols();
        view.setAnimationProgress(0.5);
        const Eigen::Index filled = Eigen::Index(std::floor(0.5 * double(cols)));
        const core::Matrix &frame = view.heatmap()->matrix();
        QVERIFY(frame.topRows(2) == full.topRows(2));
        QVERIFY(frame.row(2).head(filled) == full.row(2).head(filled));
        QVERIFY(frame.row(2).tail(cols - filled).array().isNaN().all());
        QCOMPARE(finiteCount(frame), 2 * cols + filled);
        QCOMPARE(view.heatmap()->highlight().row, 2);
        QCOMPARE(view.heatmap()->highlight().col, int(filled) - 1);
        view.finishAnimation();
        QVERIFY(sameMatrix(view.heatmap()->matrix(), full));
    }

    void steppingForwardAnimates()
    {
        const core::Config c = configFor("gqa");
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
        StepView view(&model);
        view.resize(900, 500);
        const auto trace = core::computeShared(c);
        model.setTrace(trace, c);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int scores = firstStep(model, core::StepKind::Scores, 0);
        QVERIFY(scores > 0);

        // One step forward animates: it starts blank, and shows the same step throughout.
        model.setCurrentStep(scores - 1);
        QVERIFY(!view.isAnimating());
        model.stepForward();
        QVERIFY(view.isAnimating());
        QVERIFY(view.animationProgress() < 1.0);
        QCOMPARE(finiteCount(view.heatmap()->matrix()), 0);
        QVERIFY(view.shownMatrix() == trace->tensor("scores").matrix(0));
        // A new step mid-animation finishes the old one first; the next one animates.
        view.setAnimationProgress(0.5);
        model.stepForward();
        QVERIFY(view.isAnimating());
        QCOMPARE(view.shownTensorName(), QString::fromStdString(model.step()->output));
        view.finishAnimation();
        QVERIFY(!view.isAnimating());
        checkShowsCurrentStep(view, model);

        // Jumps do not animate.
        model.setCurrentStep(firstStep(model, core::StepKind::Scores, 3));
        QVERIFY(!view.isAnimating());
        checkShowsCurrentStep(view, model);

        // Left alone, the animation runs to its end: the full picture, no highlight.
        model.setSpeed(TimelineModel::kMaxSpeed);
        model.setCurrentStep(scores - 1);
        model.stepForward();
        QVERIFY(view.isAnimating());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isAnimating(), 10000);
        checkShowsCurrentStep(view, model);
        QVERIFY(!view.heatmap()->highlight().isActive());

        // Hiding the view (a tab in the background) finishes it; hidden, nothing animates.
        model.setCurrentStep(scores - 1);
        model.stepForward();
        QVERIFY(view.isAnimating());
        view.hide();
        QVERIFY(!view.isAnimating());
        checkShowsCurrentStep(view, model);
        model.setCurrentStep(scores - 1);
        model.stepForward();
        QVERIFY(!view.isAnimating());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Turned off (tests, exports), a step shows fully at once; turning off finishes.
        model.setCurrentStep(scores - 1);
        model.stepForward();
        QVERIFY(view.isAnimating());
        view.setAnimationsEnabled(false);
        QVERIFY(!view.isAnimating());
        checkShowsCurrentStep(view, model);
        model.setCurrentStep(scores - 1);
        model.stepForward();
        QVERIFY(!view.isAnimating());
        checkShowsCurrentStep(view, model);
        QVERIFY(!view.animationsEnabled());
    }

    void followsNewTraces()
    {
        TimelineModel model;
        model.setHeadsFolded(false); // these checks walk the trace's own steps
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
        model.setHeadsFolded(false); // these checks walk the trace's own steps
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
        model.setHeadsFolded(false); // these checks walk the trace's own steps
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
        QCOMPARE(buttons.size(), 6); // first, back, play, forward, last; "Each head" (issue 16)
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

    // Issue 17: the window grew by about 1.7 KB per recompute because every state update gave
    // the play button a new QIcon, whose pixmaps Qt caches under a new key each time. The
    // player now keeps two icons and sets one only when the state changes.
    void playIconIsReusedAcrossUpdates()
    {
        const core::Config c = configFor("mha");
        TimelineModel model;
        StepPlayer player(&model);
        QToolButton *play = player.playButton();
        model.setTrace(core::computeShared(c), c);
        const qint64 playKey = play->icon().cacheKey();
        QVERIFY(!play->icon().isNull());
        for (int i = 0; i < 20; ++i) {
            core::Config next = c;
            next.seed = c.seed + 1 + std::uint64_t(i);
            model.setTrace(core::computeShared(next), next); // a recompute
            model.toFirst();
            QCOMPARE(play->icon().cacheKey(), playKey);
        }
        play->click();
        QVERIFY(model.isPlaying());
        const qint64 pauseKey = play->icon().cacheKey();
        QVERIFY(pauseKey != playKey);
        model.toLast();
        QCOMPARE(play->icon().cacheKey(), model.isPlaying() ? pauseKey : playKey);
        play->click();
        QVERIFY(!model.isPlaying());
        QCOMPARE(play->icon().cacheKey(), playKey);
    }
};

QTEST_MAIN(TestStepView)
#include "tst_stepview.moc"
