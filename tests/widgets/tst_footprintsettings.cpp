// SPDX-License-Identifier: GPL-3.0-or-later
// The footprint chart follows every setting of the footprint dock, through the settings both
// observe (widgets/models/footprintsettings.h): each control is set as a user would, and the
// chart's lines are checked against sums done by hand here.
#include "widgets/common/labels.h"
#include "widgets/models/footprintsettings.h"
#include "widgets/views/footprint/footprintchart.h"
#include "widgets/views/footprint/footprintview.h"

#include "core/footprint/footprint.h"
#include "core/footprint/plan.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace attnscope;
using core::LayerKind;
using core::Mechanism;
using core::ModelShape;
using widgets::FootprintChart;
using widgets::FootprintSettings;
using widgets::FootprintView;

namespace {

constexpr double kGiB = double(std::int64_t{1} << 30);

// A small Gemma-2-like model: 4 layers alternating a window of 8 tokens and full attention,
// GQA with 2 KV heads of width 16 (64 elements per token and layer), and weights:
//   embeddings 100 x 64 = 6,400 (tied: no output head)
//   attention 4 x (64x64 + 64x32 + 64x32 + 64x64) = 4 x 12,288 = 49,152
//   MLP (gated) 4 x 3 x 64 x 128 = 98,304; norms (2 per layer + 1) x 64 = 576
//   total 154,432 parameters, 308,864 bytes at 16 bits.
ModelShape windowed()
{
    ModelShape m;
    m.id = "windowed";
    m.name = "Windowed";
    m.mechanism = Mechanism::Gqa;
    m.dModel = 64;
    m.layers = 4;
    m.nHeads = 4;
    m.nKvHeads = 2;
    m.dHead = 16;
    m.layerKinds = {{LayerKind::Window, 8}, {LayerKind::Full, 0}, {LayerKind::Window, 8}, {LayerKind::Full, 0}};
    m.weights.vocab = 100;
    m.weights.tiedEmbeddings = true;
    m.weights.intermediate = 128;
    return m;
}

// Plain MHA without weights: 2 layers, 2 heads of 16 (64 elements per token and layer).
ModelShape plain()
{
    ModelShape m;
    m.id = "plain";
    m.name = "Plain";
    m.mechanism = Mechanism::Mha;
    m.dModel = 32;
    m.layers = 2;
    m.nHeads = 2;
    m.nKvHeads = 2;
    m.dHead = 16;
    return m;
}

// Both views on one settings object, as the window has them.
struct Window
{
    FootprintSettings settings;
    FootprintView view{&settings, nullptr};
    FootprintChart chart;
    Window()
    {
        chart.resize(800, 500);
        chart.setSettings(&settings);
        view.setPresets({windowed(), plain()});
        view.setModel(windowed());
    }
    template <typename T> T *find(const char *name) { return view.findChild<T *>(QString::fromLatin1(name)); }
};

} // namespace

class TestFootprintSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // KV bits, batch and context typed into the dock move the chart's line and its target.
    void cacheSettings()
    {
        Window w;
        QCOMPARE(w.chart.graphCount(), 1);
        QCOMPARE(w.chart.targetContext(), 4096);
        // 16 bits, batch 1, context 1024: 2 window layers x 8 tokens + 2 full x 1024, x 64 x 2 bytes.
        QCOMPARE(*w.chart.valueAt(0, 1024), double((2 * 8 + 2 * 1024) * 64 * 2));

        w.find<QComboBox>("kvBits")->setCurrentText(QStringLiteral("8"));
        QCOMPARE(*w.chart.valueAt(0, 1024), double((2 * 8 + 2 * 1024) * 64));
        w.find<QSpinBox>("batch")->setValue(3);
        QCOMPARE(*w.chart.valueAt(0, 1024), double(3 * (2 * 8 + 2 * 1024) * 64));
        // A context that is not a sampled power of two is drawn exactly, and marked.
        w.find<QSpinBox>("context")->setValue(100000);
        QCOMPARE(w.chart.targetContext(), 100000);
        QCOMPARE(*w.chart.valueAt(0, 100000), double(3 * (2 * 8 + 2 * 100000) * 64));
        // Beyond 1M tokens the axis reaches the target.
        w.find<QSpinBox>("context")->setValue(3'000'000);
        QVERIFY(w.chart.contextRange().second >= 3'000'000);
        QVERIFY(w.chart.valueAt(0, 3'000'000));
        // The status bar's figure is the model's at the target.
        QVERIFY2(w.chart.statusText().startsWith(QStringLiteral("Windowed: KV cache")), qPrintable(w.chart.statusText()));
        QVERIFY(w.chart.statusText().contains(QStringLiteral("8-bit")));
    }

    // The layer kinds are stacked under the line: full attention and the window, bottom first.
    void layerKindsStack()
    {
        Window w;
        QCOMPARE(w.chart.bandCount(), 2);
        QVERIFY(w.chart.bandName(0).startsWith(QStringLiteral("full attention")));
        QVERIFY(w.chart.bandName(1).startsWith(QStringLiteral("window of 8 tokens")));
        QCOMPARE(*w.chart.bandValueAt(0, 1024), double(2 * 1024 * 64 * 2));
        QCOMPARE(*w.chart.bandValueAt(1, 1024), double(2 * 8 * 64 * 2));
        QCOMPARE(*w.chart.bandValueAt(0, 1024) + *w.chart.bandValueAt(1, 1024), *w.chart.valueAt(0, 1024));
        // A model of one kind has nothing to stack.
        w.view.setModel(plain());
        QCOMPARE(w.chart.bandCount(), 0);
    }

    // The memory plan from the dock: per-GPU memory with the weights, the GPU's line, the
    // reserve's, weight bits and paged blocks.
    void planSettings()
    {
        Window w;
        auto *plan = w.find<QGroupBox>("plan");
        plan->setChecked(true);
        w.find<QComboBox>("gpuGib")->setCurrentText(QStringLiteral("80"));
        w.find<QSpinBox>("gpus")->setValue(2);
        QVERIFY(w.settings.planEnabled());
        QVERIFY(w.chart.bytesAxisLabel().contains(QStringLiteral("per GPU")));
        QCOMPARE(w.chart.budgetLines(), std::vector<double>{80.0 * kGiB});
        // Per GPU: weights 308,864 / 2 = 154,432 bytes; one KV head of 16: 32 elements per token
        // and layer; blocks of 16: the windows' 8 tokens take 16, the full layers' 1024 take 1024.
        const double cache = double((2 * 16 + 2 * 1024) * 32 * 2);
        QCOMPARE(*w.chart.valueAt(0, 1024), 154432.0 + cache);
        // Blocks of 1000 tokens: 1000 for each window, 2000 for 1024 tokens.
        w.find<QSpinBox>("blockSize")->setValue(1000);
        QCOMPARE(*w.chart.valueAt(0, 1024), 154432.0 + double((2 * 1000 + 2 * 2000) * 32 * 2));
        w.find<QSpinBox>("blockSize")->setValue(16);
        // Weights at 8 bits: half the bytes (no scales counted at 8 bits).
        w.find<QComboBox>("weightBits")->setCurrentText(QStringLiteral("8"));
        QCOMPARE(*w.chart.valueAt(0, 1024), 154432.0 / 2 + cache);
        // The reserve draws the line of what is left, and the markers sit on it.
        w.find<QDoubleSpinBox>("reserve")->setValue(4.0);
        QCOMPARE(w.chart.budgetLines(), (std::vector<double>{80.0 * kGiB, 76.0 * kGiB}));
        // Stacked: the weights first, then each layer kind.
        QCOMPARE(w.chart.bandCount(), 3);
        QCOMPARE(w.chart.bandName(0), QStringLiteral("weights per GPU"));
        QCOMPARE(*w.chart.bandValueAt(0, 1024), 154432.0 / 2);
        // The chart agrees with the engine's plan at the target context.
        core::PlanRequest r = w.settings.planRequestFor(windowed());
        const core::MemoryPlan p = core::planMemory(windowed(), r);
        QCOMPARE(*w.chart.valueAt(0, 4096), double(p.weightBytesPerGpu + p.cacheBytesPerGpu));
        QVERIFY(w.chart.statusText().contains(QStringLiteral("largest batch %1").arg(QLocale().toString(qlonglong(p.maxBatch)))));
        QVERIFY(!w.view.figure(QStringLiteral("planMaxBatch")).isEmpty());
        // Off again: the cache of the whole batch.
        plan->setChecked(false);
        QVERIFY(!w.settings.planEnabled());
        QVERIFY(w.chart.budgetLines().empty());
        QCOMPARE(*w.chart.valueAt(0, 1024), double((2 * 8 + 2 * 1024) * 64 * 2));
    }

    // A GPU memory that is not a number is refused next to its control; the chart keeps the plan.
    void badGpuMemory()
    {
        Window w;
        w.find<QGroupBox>("plan")->setChecked(true);
        w.find<QComboBox>("gpuGib")->setCurrentText(QStringLiteral("lots"));
        auto *error = w.find<QLabel>("gpuGibError");
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("'lots'")));
        QCOMPARE(w.settings.gpuGib(), 80.0);
    }

    // A model without weights cannot be planned: it is left out of the chart, with the reason.
    void planWithoutWeights()
    {
        Window w;
        w.view.setModel(plain());
        w.find<QGroupBox>("plan")->setChecked(true);
        QCOMPARE(w.chart.graphCount(), 0);
        QVERIFY(w.chart.problemText().contains(QStringLiteral("gives no vocab_size")));
        QVERIFY(w.view.figure(QStringLiteral("planError")).contains(QStringLiteral("vocab_size")));
    }

    // The compared model is drawn at its own bits; the overlays menu adds more lines.
    void comparedAndOverlays()
    {
        Window w;
        auto *compare = w.find<QComboBox>("compare");
        compare->setCurrentIndex(compare->findData(QStringLiteral("plain")));
        QCOMPARE(w.chart.graphCount(), 2);
        w.find<QComboBox>("compareBits")->setCurrentText(QStringLiteral("4"));
        QCOMPARE(*w.chart.valueAt(1, 1024), double(2 * 1024 * 64 / 2));
        QVERIFY(w.chart.graphName(1).contains(QStringLiteral("at 4 bits")));
        compare->setCurrentIndex(0);
        QCOMPARE(w.chart.graphCount(), 1);

        QMenu *menu = w.find<QToolButton>("overlays")->menu();
        QAction *plainAction = nullptr;
        for (QAction *a : menu->actions())
            if (a->data().toString() == QLatin1String("plain"))
                plainAction = a;
        QVERIFY(plainAction);
        plainAction->setChecked(true);
        QCOMPARE(w.settings.overlays(), QStringList{QStringLiteral("plain")});
        QCOMPARE(w.chart.graphCount(), 2);
        QVERIFY(w.chart.graphName(1).startsWith(QStringLiteral("Plain")));
        QCOMPARE(*w.chart.valueAt(1, 1024), double(2 * 1024 * 64 * 2));
        plainAction->setChecked(false);
        QCOMPARE(w.chart.graphCount(), 1);
    }

    // Imported configs are entries like presets, named by their file, comparable with each other.
    void importedConfigs()
    {
        Window w;
        const QString a = w.settings.addImported(windowed(), QStringLiteral("/models/a/config.json"));
        const QString b = w.settings.addImported(plain(), QStringLiteral("/models/b/config.json"));
        QCOMPARE(w.settings.entry(a)->label, QStringLiteral("a/config.json"));
        w.settings.setModel(windowed(), a);
        QVERIFY(w.view.setComparedPreset(b));
        QCOMPARE(w.chart.graphCount(), 2);
        QVERIFY(w.chart.graphName(0).startsWith(QStringLiteral("a/config.json")));
        QVERIFY(w.chart.graphName(1).startsWith(QStringLiteral("b/config.json")));
        QVERIFY(!w.view.figure(QStringLiteral("reduction")).isEmpty());
        // Presets set again keep the imported entries.
        w.view.setPresets({plain()});
        QVERIFY(w.settings.entry(b));
        QCOMPARE(w.settings.comparedKey(), b);
    }

    // Source tokens apply to encoder-decoder models only; data-parallel attention to MLA only.
    void modelSpecificControls()
    {
        Window w;
        QVERIFY(!w.find<QSpinBox>("sourceTokens")->isVisibleTo(&w.view));
        ModelShape t5 = plain();
        t5.crossLayers = 2;
        t5.encoderLayers = 2;
        w.view.setModel(t5);
        QVERIFY(w.find<QSpinBox>("sourceTokens")->isVisibleTo(&w.view));
        // Cross-attention caches the source tokens: 2 layers x 64 elements x 2 bytes each.
        QVERIFY(w.chart.valueAt(0, 1024));
        const double before = *w.chart.valueAt(0, 1024);
        w.find<QSpinBox>("sourceTokens")->setValue(10);
        QCOMPARE(*w.chart.valueAt(0, 1024), double(2 * 1024 * 64 * 2 + 2 * 10 * 64 * 2));
        QVERIFY(before != *w.chart.valueAt(0, 1024));
        ModelShape mla;
        mla.id = "mla";
        mla.mechanism = Mechanism::Mla;
        mla.dModel = 64;
        mla.layers = 2;
        mla.nHeads = 4;
        mla.nKvHeads = 4;
        mla.dHead = 16;
        mla.dLatentKv = 32;
        mla.dRope = 8;
        // The plan's fields are enabled with the plan.
        w.find<QGroupBox>("plan")->setChecked(true);
        QVERIFY(!w.find<QCheckBox>("dpAttention")->isEnabled());
        mla.weights.vocab = 100;
        mla.weights.intermediate = 128;
        w.view.setModel(mla);
        QVERIFY(w.find<QCheckBox>("dpAttention")->isEnabled());
        // On 4 GPUs at batch 8: tensor parallelism holds every sequence's latent on every GPU
        // (2 layers x 40 elements x 2 bytes per token); data-parallel attention, 2 sequences each.
        w.find<QSpinBox>("gpus")->setValue(4);
        w.find<QSpinBox>("batch")->setValue(8);
        const double weightsTp = double(core::planMemory(mla, w.settings.planRequestFor(mla)).weightBytesPerGpu);
        QCOMPARE(*w.chart.valueAt(0, 1024), weightsTp + double(8 * 1024 * 2 * 40 * 2));
        w.find<QCheckBox>("dpAttention")->setChecked(true);
        const core::MemoryPlan dp = core::planMemory(mla, w.settings.planRequestFor(mla));
        QVERIFY(w.settings.planRequestFor(mla).dataParallelAttention);
        QCOMPARE(dp.sequencesPerRank, 2);
        QCOMPARE(*w.chart.valueAt(0, 1024), double(dp.weightBytesPerGpu) + double(2 * 1024 * 2 * 40 * 2));
    }

    // The dock fits beside the chart at 1280 pixels: its controls never ask for more than 420.
    void dockStaysNarrow()
    {
        Window w;
        w.find<QGroupBox>("plan")->setChecked(true);
        w.find<QSpinBox>("batch")->setValue(2'000'000'000);
        w.find<QSpinBox>("context")->setValue(99'000'000);
        w.view.show();
        QVERIFY2(w.view.minimumSizeHint().width() <= 420, qPrintable(QString::number(w.view.minimumSizeHint().width())));
        // With an encoder-decoder model's source tokens shown too.
        ModelShape t5 = plain();
        t5.crossLayers = 2;
        w.view.setModel(t5);
        QVERIFY(w.find<QSpinBox>("sourceTokens")->isVisible());
        QVERIFY2(w.view.minimumSizeHint().width() <= 420, qPrintable(QString::number(w.view.minimumSizeHint().width())));
    }

    // Menus of presets group families: Llama, Qwen (2.5 and 3), T5 ...; single models stay.
    void familyMenus()
    {
        QCOMPARE(widgets::modelFamily("Llama 3.1 8B"), QStringLiteral("Llama"));
        QCOMPARE(widgets::modelFamily("Qwen2.5 72B"), QStringLiteral("Qwen"));
        QCOMPARE(widgets::modelFamily("DeepSeek-V3"), QStringLiteral("DeepSeek"));
        QCOMPARE(widgets::modelFamily("T5.1.1 XXL"), QStringLiteral("T5"));
        QCOMPARE(widgets::modelFamily("gpt-oss-20b"), QStringLiteral("gpt"));
        QMenu menu;
        QStringList made;
        widgets::addGroupedByFamily(&menu, {"Llama 2 7B", "Qwen3 8B", "Jamba", "Llama 3.1 8B", "qwen2.5 7B"},
                                    [&](QMenu *into, int i) {
                                        into->addAction(QString::number(i));
                                        made << (into == &menu ? QString() : into->title()) + QString::number(i);
                                    });
        QCOMPARE(made, (QStringList{"Llama0", "Llama3", "Qwen1", "Qwen4", "2"}));
        QCOMPARE(menu.actions().size(), 3); // two submenus and Jamba
    }

    // An encoder-only model keeps no decode cache: said instead of a line.
    void encoderOnly()
    {
        Window w;
        ModelShape bert = plain();
        bert.encoderOnly = true;
        w.view.setModel(bert);
        QCOMPARE(w.chart.graphCount(), 0);
        QVERIFY(w.chart.problemText().contains(QStringLiteral("keeps no decode cache")));
        QVERIFY(w.view.figure(QStringLiteral("noCache")).startsWith(QStringLiteral("none")));
    }
};

QTEST_MAIN(TestFootprintSettings)
#include "tst_footprintsettings.moc"
