// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "core/mechanisms/compute.h"
#include "tests/common/timelimits.h"
#include "widgets/common/heatmapview.h"
#include "widgets/models/footprintsettings.h"
#include "widgets/models/parametermodel.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/views/compare/compareview.h"
#include "widgets/views/footprint/footprintchart.h"
#include "widgets/views/footprint/footprintview.h"
#include "widgets/views/parameters/parameterpanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace attnscope;
using core::Mechanism;

Q_DECLARE_METATYPE(core::Mechanism)

namespace {

constexpr int kTimeoutMs = testing::kWaitMs; // a bound only: each computation takes milliseconds

// The weights the window should show: computed here, on this thread, from its parameters.
core::Matrix expectedWeights(const app::MainWindow &w, int head)
{
    const core::Trace trace = core::compute(w.parameters()->config());
    const core::Tensor &weights = trace.tensor("weights");
    return weights.matrix(weights.rank() == 3 ? head : 0);
}

// Every field of two requests, "not given" included.
bool sameRequest(const core::Request &a, const core::Request &b)
{
    return a.mechanism == b.mechanism && a.dModel == b.dModel && a.nHeads == b.nHeads && a.nKvHeads == b.nKvHeads
        && a.dHead == b.dHead && a.tokens == b.tokens && a.sourceTokens == b.sourceTokens && a.causal == b.causal
        && a.attention == b.attention && a.seed == b.seed && a.dLatentKv == b.dLatentKv && a.dLatentQ == b.dLatentQ
        && a.dRope == b.dRope && a.ropeBase == b.ropeBase && a.ropeLayout == b.ropeLayout && a.mlaPath == b.mlaPath
        && a.hidden == b.hidden && a.alignDim == b.alignDim;
}

// The value after "= " in the MLA badge, or -1 when there is none.
double badgeValue(const QString &text)
{
    const qsizetype at = text.lastIndexOf(QStringLiteral("= "));
    bool ok = false;
    const double value = at < 0 ? -1.0 : text.mid(at + 2).toDouble(&ok);
    return ok ? value : -1.0;
}

const QString kParametersKey = QStringLiteral("MainWindow/parameters");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the user's saved geometry out of (and away from) the tests.
        QStandardPaths::setTestModeEnabled(true);
        // The window keeps its settings under the application's names (main() sets them).
        QCoreApplication::setOrganizationName(QStringLiteral("AttnScope-tests"));
        // Figures are written with the locale's separators; the expected texts are en_US.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_window = std::make_unique<app::MainWindow>();
        QSignalSpy shown(m_window.get(), &app::MainWindow::traceShown);
        // Most checks read the attention heatmap: bring it to the front (hidden views catch
        // up only when shown).
        m_window->showView(QStringLiteral("attention"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The first trace may already have arrived while the window was being exposed.
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, kTimeoutMs);
    }

    void cleanup() { m_window.reset(); }

    // Issue 16: a new window opens on a picture of attention, not on the last step.
    void opensOnTheAttentionWeights()
    {
        app::MainWindow w;
        QCOMPARE(w.currentViewId(), QStringLiteral("attention"));
    }

    void startsWithMhaWeights()
    {
        auto &w = *m_window;
        QCOMPARE(w.windowTitle(), QStringLiteral("AttnScope"));
        QCOMPARE(w.shownConfig().mechanism, Mechanism::Mha);
        QVERIFY(w.heatmap()->hasMatrix());
        QVERIFY(w.heatmap()->matrix() == expectedWeights(w, 0));
        QVERIFY(!w.heatmap()->title().isEmpty());
    }

    void mechanismShowsItsWeights_data()
    {
        QTest::addColumn<Mechanism>("mechanism");
        QTest::addColumn<QString>("rowLabel");
        QTest::addColumn<QString>("colLabel");
        QTest::addColumn<bool>("multiHead");
        QTest::newRow("bahdanau") << Mechanism::Bahdanau << QString("y1") << QString("x1") << false;
        QTest::newRow("sdpa") << Mechanism::Sdpa << QString("t0") << QString("t0") << false;
        QTest::newRow("gqa") << Mechanism::Gqa << QString("t0") << QString("t0") << true;
        QTest::newRow("mqa") << Mechanism::Mqa << QString("t0") << QString("t0") << true;
        QTest::newRow("mla") << Mechanism::Mla << QString("t0") << QString("t0") << true;
    }

    void mechanismShowsItsWeights()
    {
        QFETCH(Mechanism, mechanism);
        QFETCH(QString, rowLabel);
        QFETCH(QString, colLabel);
        QFETCH(bool, multiHead);
        auto &w = *m_window;
        QSignalSpy shown(&w, &app::MainWindow::traceShown);
        w.selectMechanism(mechanism);
        QVERIFY(shown.wait(kTimeoutMs));
        QCOMPARE(w.shownConfig().mechanism, mechanism);
        QVERIFY(w.shownConfig() == w.parameters()->config());

        const core::Matrix expected = expectedWeights(w, 0);
        QVERIFY(w.heatmap()->matrix() == expected);
        QCOMPARE(w.heatmap()->rowLabels().size(), qsizetype(expected.rows()));
        QCOMPARE(w.heatmap()->colLabels().size(), qsizetype(expected.cols()));
        QCOMPARE(w.heatmap()->rowLabels().first(), rowLabel);
        QCOMPARE(w.heatmap()->colLabels().first(), colLabel);
        QCOMPARE(w.findChild<QSpinBox *>("head")->isEnabled(), multiHead);

        // Each weights row is a probability distribution.
        for (Eigen::Index r = 0; r < expected.rows(); ++r)
            QVERIFY(std::abs(w.heatmap()->matrix().row(r).sum() - 1.0f) < 1e-4f);
        if (mechanism == Mechanism::Bahdanau) {
            // Target tokens down, source tokens across, as in the paper.
            QCOMPARE(expected.rows(), w.shownConfig().tokens);
            QCOMPARE(expected.cols(), w.shownConfig().sourceTokens);
        }
        if (mechanism == Mechanism::Mla) // always causal: nothing above the diagonal
            QCOMPARE(w.heatmap()->valueAt(0, 1), 0.0f);
    }

    void headSelectionShowsThatHead()
    {
        auto &w = *m_window;
        QCOMPARE(w.shownConfig().nHeads, 4);
        const core::Matrix head0 = w.heatmap()->matrix();
        w.selectHead(2);
        QCOMPARE(w.selectedHead(), 2);
        const core::Matrix head2 = expectedWeights(w, 2);
        QVERIFY(w.heatmap()->matrix() == head2);
        QVERIFY(head2 != head0); // otherwise the test above proves nothing
        QVERIFY(w.heatmap()->title().contains(QLatin1String("2")));

        w.selectHead(99); // clamped to the last head
        QCOMPARE(w.selectedHead(), 3);
        QVERIFY(w.heatmap()->matrix() == expectedWeights(w, 3));

        // The selected head survives a recomputation.
        QSignalSpy shown(&w, &app::MainWindow::traceShown);
        w.selectHead(1);
        w.selectMechanism(Mechanism::Gqa);
        QVERIFY(shown.wait(kTimeoutMs));
        QCOMPARE(w.selectedHead(), 1);
        QVERIFY(w.heatmap()->matrix() == expectedWeights(w, 1));
    }

    void tokensChangeTheShape()
    {
        auto &w = *m_window;
        QSignalSpy shown(&w, &app::MainWindow::traceShown);
        w.findChild<QSpinBox *>("tokens")->setValue(9);
        QVERIFY(shown.wait(kTimeoutMs));
        QCOMPARE(w.heatmap()->matrix().rows(), 9);
        QCOMPARE(w.heatmap()->matrix().cols(), 9);
        QVERIFY(w.heatmap()->matrix() == expectedWeights(w, 0));
    }

    void invalidParametersShowAnErrorNotACrash()
    {
        auto &w = *m_window;
        QSignalSpy shown(&w, &app::MainWindow::traceShown);
        w.selectMechanism(Mechanism::Gqa);
        QVERIFY(shown.wait(kTimeoutMs));
        auto *errors = w.findChild<QLabel *>("errors");
        auto *dModel = w.findChild<QSpinBox *>("dModel");
        QVERIFY(errors && dModel);
        QVERIFY(errors->isHidden());

        dModel->setValue(30); // not divisible by 4 heads
        QVERIFY(!errors->isHidden());
        QVERIFY2(errors->text().contains(QLatin1String("30")), qPrintable(errors->text()));
        QVERIFY(!errors->text().contains(QLatin1String("--"))); // control names, not flags
        QVERIFY(!w.heatmap()->hasMatrix());                     // no stale weights for other parameters
        QVERIFY(!w.heatmap()->message().isEmpty());

        dModel->setValue(32);
        QVERIFY(shown.wait(kTimeoutMs));
        QVERIFY(errors->isHidden());
        QCOMPARE(w.shownConfig().dModel, 32);
        QVERIFY(w.heatmap()->matrix() == expectedWeights(w, 0));
    }

    // Controls a mechanism does not read are disabled and show what it uses; KV heads offers
    // only divisors of the heads.
    void controlsFollowTheMechanism()
    {
        auto &w = *m_window;
        auto *panel = w.findChild<widgets::ParameterPanel *>();
        QVERIFY(panel);
        auto *heads = w.findChild<QSpinBox *>("heads");
        auto *sourceTokens = w.findChild<QSpinBox *>("sourceTokens");
        QVERIFY(heads && sourceTokens);
        QVERIFY(!panel->kvSlider()->isEnabled());
        QCOMPARE(panel->kvHeads(), 4); // MHA: one KV head per query head
        w.selectMechanism(Mechanism::Mqa);
        QVERIFY(!panel->kvSlider()->isEnabled());
        QCOMPARE(panel->kvHeads(), 1);
        w.selectMechanism(Mechanism::Gqa);
        QVERIFY(panel->kvSlider()->isEnabled());
        QCOMPARE(panel->kvChoices(), (std::vector<int>{1, 2, 4}));
        w.selectMechanism(Mechanism::Sdpa);
        QVERIFY(!heads->isEnabled());
        QCOMPARE(heads->value(), 1);
        QVERIFY(!sourceTokens->isEnabled());
        w.selectMechanism(Mechanism::Bahdanau);
        QVERIFY(sourceTokens->isEnabled());
        w.selectMechanism(Mechanism::Mha);
        QVERIFY(heads->isEnabled());
        QCOMPARE(heads->value(), 4);
    }

    // Every view of the window follows a parameter change once it is in front.
    void everyViewFollowsTheParameters()
    {
        auto &w = *m_window;
        QSignalSpy shown(&w, &app::MainWindow::traceShown);
        w.findChild<QSpinBox *>("tokens")->setValue(7);
        QVERIFY(shown.wait(kTimeoutMs));
        for (const QString &id : app::MainWindow::viewIds()) {
            QVERIFY(w.showView(id));
            QCOMPARE(w.currentViewId(), id);
            QVERIFY(w.viewWidget(id)->isVisible());
        }
        QVERIFY(w.showView("steps"));
        QCOMPARE(w.timeline()->config().tokens, 7);
        // The steps repeated for every head count once (issue 16).
        QCOMPARE(w.timeline()->stepCount(), int(core::foldHeadSteps(w.shownTrace()->steps()).size()));
        QVERIFY(w.showView("compare"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.compareView()->isBusy(), kTimeoutMs);
        QCOMPARE(w.compareView()->baseConfig().tokens, 7);
        QVERIFY(!w.showView("nonsense"));
        w.findChild<QSpinBox *>("tokens")->setValue(6);
        QVERIFY(shown.wait(kTimeoutMs));
        QVERIFY(w.showView("steps"));
    }

    // File > Import config.json and the Model presets show the KV-cache footprint in a dock.
    void importModelConfigShowsTheFootprint()
    {
        auto &w = *m_window;
        QDockWidget *dock = w.footprintDock();
        QVERIFY(dock && w.footprintView());
        QCOMPARE(dock->windowTitle(), QStringLiteral("KV-cache footprint"));
        QVERIFY(!dock->isVisible()); // until a model is chosen
        const core::Matrix heatmapBefore = w.heatmap()->matrix();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &json) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
                return QString();
            return file.fileName();
        };
        // Meta-Llama-3-8B's config.json (the fields the reader uses, and some it ignores).
        const QString llama = write("config.json", R"({
  "architectures": ["LlamaForCausalLM"],
  "hidden_size": 4096,
  "intermediate_size": 14336,
  "max_position_embeddings": 8192,
  "model_type": "llama",
  "num_attention_heads": 32,
  "num_hidden_layers": 32,
  "num_key_value_heads": 8,
  "rope_theta": 500000.0,
  "torch_dtype": "bfloat16",
  "vocab_size": 128256
})");
        QVERIFY(!llama.isEmpty());
        QString error;
        QVERIFY2(w.importModelConfig(llama, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(dock->isVisible());
        const widgets::FootprintView &view = *w.footprintView();
        QVERIFY(view.footprint());
        QCOMPARE(view.footprint()->elementsPerToken, 65536); // 2 x 8 x 128 x 32
        QCOMPARE(view.figure("perToken"), QStringLiteral("2 n_g d_h l = 2 × 8 × 128 × 32 = 65,536 elements"));
        QCOMPARE(view.figure("mechanism"), QStringLiteral("grouped-query attention (GQA)"));
        // The compare picker offers the presets.
        QVERIFY(w.footprintView()->setComparedPreset("llama-2-7b"));
        QVERIFY2(view.figure("reduction").contains("cache is 75.0% smaller than Llama 2 7B's"),
                 qPrintable(view.figure("reduction")));

        // A bad file: false, the reader's sentence names the field, and nothing else changes.
        const QString bad = write("bad.json", R"({"hidden_size": 4096, "num_attention_heads": 32,
            "num_hidden_layers": 32, "num_key_value_heads": 3})");
        QVERIFY(!w.importModelConfig(bad, &error));
        QVERIFY2(error.contains("num_key_value_heads"), qPrintable(error));
        QVERIFY2(error.contains(bad), qPrintable(error));
        QVERIFY(!w.importModelConfig(dir.filePath("missing.json"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!w.importModelConfig(bad, nullptr)); // no error wanted: still no crash
        QCOMPARE(view.footprint()->elementsPerToken, 65536);
        QVERIFY(dock->isVisible());

        // The imported config is an entry of the pickers, named by its file, and the chart
        // draws it; with the footprint chart in front, the status bar gives its figure.
        const QString key = QFileInfo(llama).absoluteFilePath();
        QVERIFY(w.footprintSettings()->entry(key));
        QVERIFY(w.showView("footprint"));
        widgets::FootprintChart *chart = w.footprintChart();
        QVERIFY(chart->graphCount() >= 1);
        QVERIFY2(chart->graphName(0).startsWith(QFileInfo(llama).dir().dirName() + "/config.json"),
                 qPrintable(chart->graphName(0)));
        auto *kvStatus = w.statusBar()->findChildren<QLabel *>().value(0);
        bool statusShown = false;
        for (QLabel *label : w.statusBar()->findChildren<QLabel *>())
            statusShown = statusShown || label->text() == chart->statusText();
        QVERIFY2(statusShown && !chart->statusText().isEmpty(), qPrintable(kvStatus ? kvStatus->text() : QString()));
        // The dock's batch moves the chart and the status bar with it.
        w.footprintView()->setBatch(2);
        QCOMPARE(chart->statusText().contains(QStringLiteral("× 2")), true);
        w.footprintView()->setBatch(1);
        QVERIFY(w.showView("steps"));

        // A preset from the Model menu.
        QVERIFY(w.showPresetFootprint("deepseek-v2"));
        QCOMPARE(view.footprint()->elementsPerToken, 34560);
        QCOMPARE(view.figure("model"), QStringLiteral("DeepSeek-V2 (deepseek-v2)"));
        QVERIFY(!w.showPresetFootprint("no-such-model"));
        QCOMPARE(view.footprint()->elementsPerToken, 34560);

        // The heatmap is untouched.
        QVERIFY(w.heatmap()->matrix() == heatmapBefore);
    }

    void presetsAreInTheModelMenu()
    {
        auto &w = *m_window;
        QAction *deepSeek = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->data().toString() == QLatin1String("deepseek-v2"))
                deepSeek = a;
        QVERIFY(deepSeek);
        deepSeek->trigger();
        QVERIFY(w.footprintDock()->isVisible());
        QVERIFY(deepSeek->isChecked());
        QCOMPARE(w.footprintView()->footprint()->elementsPerToken, 34560);
    }

    // The dock's side is saved with the window's state; it still opens only with a model.
    void footprintDockStateIsSaved()
    {
        QVERIFY(m_window->showPresetFootprint("llama-2-7b"));
        m_window->addDockWidget(Qt::LeftDockWidgetArea, m_window->footprintDock());
        QVERIFY(m_window->close());

        const auto reopen = [this] {
            m_window = std::make_unique<app::MainWindow>();
            QSignalSpy shown(m_window.get(), &app::MainWindow::traceShown);
            m_window->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
            QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, kTimeoutMs);
        };
        reopen();
        QVERIFY(!m_window->footprintDock()->isVisible());
        QVERIFY(m_window->showPresetFootprint("llama-2-7b"));
        QVERIFY(m_window->footprintDock()->isVisible());
        QCOMPARE(m_window->dockWidgetArea(m_window->footprintDock()), Qt::LeftDockWidgetArea);

        // Back to the right, where a first start puts it.
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_window->footprintDock());
        QVERIFY(m_window->close());
        reopen();
        QVERIFY(m_window->showPresetFootprint("llama-2-7b"));
        QCOMPARE(m_window->dockWidgetArea(m_window->footprintDock()), Qt::RightDockWidgetArea);
    }

    // The naive and the absorbed MLA paths are measured off the UI thread and the badge
    // states their largest output difference: float rounding only.
    void mlaBadgeShowsPathDifference()
    {
        auto &w = *m_window;
        QVERIFY(w.mlaBadgeText().isEmpty()); // MHA
        QSignalSpy shown(&w, &app::MainWindow::traceShown);
        w.selectMechanism(Mechanism::Mla);
        QVERIFY(shown.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(w.mlaBadgeText().contains(QStringLiteral("max |Δ output|")), kTimeoutMs);
        QVERIFY(w.mlaBadgeText().startsWith(QStringLiteral("naive ≡ absorbed")));
        const double value = badgeValue(w.mlaBadgeText());
        QVERIFY2(value >= 0.0 && value < 1e-4, qPrintable(w.mlaBadgeText()));
        // The badge sits at the top of the Steps view and in the status bar.
        auto *badge = w.viewWidget(QStringLiteral("steps"))->findChild<QLabel *>(QStringLiteral("mlaBadge"));
        QVERIFY(badge);
        QVERIFY(!badge->isHidden());
        QVERIFY(w.showView(QStringLiteral("steps")));
        QVERIFY(badge->isVisible());
        QVERIFY(w.showView(QStringLiteral("attention")));
        QVERIFY(!badge->toolTip().isEmpty());
        auto *status = w.findChild<QLabel *>(QStringLiteral("mlaStatusBadge"));
        QVERIFY(status);
        QCOMPARE(status->text(), w.mlaBadgeText());

        // A new MLA shape is measured again.
        w.parameters()->setTokens(9);
        QVERIFY(shown.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(w.mlaBadgeText().contains(QStringLiteral("max |Δ output|")), kTimeoutMs);
        QVERIFY(badgeValue(w.mlaBadgeText()) < 1e-4);

        w.selectMechanism(Mechanism::Mha);
        QVERIFY(shown.wait(kTimeoutMs));
        QVERIFY(w.mlaBadgeText().isEmpty());
        QVERIFY(badge->isHidden());
        QVERIFY(status->isHidden());
    }

    // The last parameters come back in a new window that asks for them.
    void parametersPersist()
    {
        auto &w = *m_window;
        w.selectMechanism(Mechanism::Gqa);
        w.parameters()->setHeads(8);
        w.parameters()->setKvHeads(2);
        w.parameters()->setTokens(9);
        w.parameters()->setSeed(12345678901234567ULL);
        w.parameters()->setCausal(true);
        const core::Request saved = w.parameters()->values();
        QVERIFY(w.parameters()->isValid());
        QVERIFY(m_window->close());

        m_window = std::make_unique<app::MainWindow>();
        QCOMPARE(m_window->parameters()->mechanism(), Mechanism::Mha); // not without asking
        QVERIFY(m_window->restoreLastParameters());
        QVERIFY(sameRequest(m_window->parameters()->values(), saved));
        QSignalSpy shown(m_window.get(), &app::MainWindow::traceShown);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->shownConfig() == m_window->parameters()->config(), kTimeoutMs);
        QCOMPARE(m_window->shownConfig().nHeads, 8);
        QCOMPARE(m_window->shownConfig().tokens, 9);
        QSettings().remove(kParametersKey);
    }

    void garbageParametersAreIgnored_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("not json") << QVariant(QStringLiteral("{\"mechanism\": \"gqa\", "));
        QTest::newRow("not an object") << QVariant(QStringLiteral("[1, 2, 3]"));
        QTest::newRow("no mechanism") << QVariant(QStringLiteral("{\"n_heads\": 8}"));
        QTest::newRow("unknown mechanism") << QVariant(QStringLiteral("{\"mechanism\": \"warp\"}"));
        QTest::newRow("wrong type") << QVariant(QStringLiteral("{\"mechanism\": \"mha\", \"n_heads\": \"eight\"}"));
        QTest::newRow("fraction") << QVariant(QStringLiteral("{\"mechanism\": \"mha\", \"tokens\": 2.5}"));
        QTest::newRow("huge") << QVariant(QStringLiteral("{\"mechanism\": \"mha\", \"tokens\": 1e300}"));
        QTest::newRow("bad seed") << QVariant(QStringLiteral("{\"mechanism\": \"mha\", \"seed\": -1}"));
        QTest::newRow("bad layout") << QVariant(QStringLiteral("{\"mechanism\": \"mla\", \"rope_layout\": \"x\"}"));
        QTest::newRow("refused by the rules")
            << QVariant(QStringLiteral("{\"mechanism\": \"mha\", \"d_model\": 32, \"n_heads\": 3}"));
        QTest::newRow("negative") << QVariant(QStringLiteral("{\"mechanism\": \"mha\", \"tokens\": -4}"));
        QTest::newRow("not a string") << QVariant(42);
    }

    void garbageParametersAreIgnored()
    {
        QFETCH(QVariant, value);
        QSettings().setValue(kParametersKey, value);
        const core::Request before = m_window->parameters()->values();
        QVERIFY(!m_window->restoreLastParameters());
        QVERIFY(sameRequest(m_window->parameters()->values(), before));
        QSettings().remove(kParametersKey);
        QVERIFY(!m_window->restoreLastParameters()); // nothing saved
    }

private:
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
