// SPDX-License-Identifier: GPL-3.0-or-later
// The timings panel: what it shows of a TimingsModel, and that its controls drive the model.
// Tiny shapes and one repetition per measurement; nothing depends on timing values.
#include "tests/common/timingsfixtures.h"
#include "widgets/models/parametermodel.h"
#include "widgets/models/timingsmodel.h"
#include "widgets/views/timings/timingsview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace attnscope;
using core::Mechanism;
using widgets::TimingsModel;
using testing::availableBackends;
using testing::tinyTuning;
using widgets::TimingsView;

namespace {

constexpr int kTimeoutMs = testing::kTimingsTimeoutMs;

core::ModelShape smallModel(const std::string &id, Mechanism mechanism)
{
    return testing::smallModel(id, id, mechanism);
}

} // namespace

class TestTimingsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsBackendsAndShape()
    {
        widgets::ParameterModel parameters;
        TimingsModel model;
        model.setParameterModel(&parameters);
        TimingsView view(&model);
        QVERIFY(view.backendText("cpu").startsWith("CPU: "));
        if (!model.backend("cuda")->available) {
            QVERIFY2(view.backendText("cuda").startsWith("CUDA: unavailable, "), qPrintable(view.backendText("cuda")));
            QVERIFY(view.backendText("cuda").contains(model.backend("cuda")->reason));
        }
        QVERIFY2(view.shapeText().contains("current parameters"), qPrintable(view.shapeText()));
        QVERIFY(view.shapeText().contains("MHA"));
        QVERIFY(!view.captionText().isEmpty());
        // The controls show the model's settings, with a tooltip each.
        QCOMPARE(view.findChild<QSpinBox *>("context")->value(), 4096);
        QCOMPARE(view.findChild<QSpinBox *>("threads")->value(), model.threads());
        QVERIFY(view.findChild<QCheckBox *>("live")->isChecked());
        QCOMPARE(view.findChild<QComboBox *>("sweepMax")->currentData().toLongLong(), 32768);
        for (const char *name : {"source", "context", "dtype", "threads", "live", "sweepMax", "sweep", "cancel"})
            QVERIFY2(!view.findChild<QWidget *>(name)->toolTip().isEmpty(), name);

        // Bahdanau: the reason, and no sweep.
        parameters.setMechanism(Mechanism::Bahdanau);
        QVERIFY2(view.shapeText().contains("no KV cache"), qPrintable(view.shapeText()));
        QVERIFY(!view.findChild<QPushButton *>("sweep")->isEnabled());
    }

    void controlsDriveTheModel()
    {
        TimingsModel model;
        TimingsView view(&model);
        view.findChild<QSpinBox *>("context")->setValue(512);
        QCOMPARE(model.context(), std::int64_t(512));
        auto *dtype = view.findChild<QComboBox *>("dtype");
        dtype->setCurrentIndex(dtype->findData(int(core::DType::Bf16)));
        QCOMPARE(model.dtype(), core::DType::Bf16);
        view.findChild<QCheckBox *>("live")->setChecked(false);
        QVERIFY(!model.isLive());
        auto *sweepMax = view.findChild<QComboBox *>("sweepMax");
        sweepMax->setCurrentIndex(sweepMax->findData(qlonglong(8192)));
        QCOMPARE(model.sweepMax(), std::int64_t(8192));
        QCOMPARE(model.sweepContexts(), (std::vector<std::int64_t>{512, 1024, 2048, 4096, 8192}));
        // And the other way round.
        model.setContext(2048);
        QCOMPARE(view.findChild<QSpinBox *>("context")->value(), 2048);
    }

    void visibilityGatesLive()
    {
        TimingsModel model;
        model.setLive(false);
        TimingsView view(&model);
        QVERIFY(!model.isActive());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(model.isActive());
        view.hide();
        QVERIFY(!model.isActive());
    }

    void presetsFollowTheModel()
    {
        TimingsModel model;
        model.setLive(false);
        TimingsView view(&model);
        view.setPresets({smallModel("alpha", Mechanism::Gqa), smallModel("beta", Mechanism::Mla)});
        auto *source = view.findChild<QComboBox *>("source");
        QCOMPARE(source->count(), 3);
        model.setModelShape(view.presets()[1]);
        QCOMPARE(source->currentIndex(), 2);
        QVERIFY2(view.shapeText().contains("one layer of beta"), qPrintable(view.shapeText()));
        QVERIFY(view.shapeText().contains("latent d_c 16"));
        // Picking from the list sets the model's shape.
        source->setCurrentIndex(1);
        QVERIFY(model.modelShape());
        QCOMPARE(model.modelShape()->id, std::string("alpha"));
        // A model that is no preset (an imported config.json) gets its own entry.
        core::ModelShape imported = smallModel("", Mechanism::Mqa);
        imported.name = "Imported";
        model.setModelShape(imported);
        QCOMPARE(source->count(), 4);
        QCOMPARE(source->currentIndex(), 3);
        QVERIFY(source->currentText().contains("Imported"));
        source->setCurrentIndex(0);
        QVERIFY(!model.modelShape());
    }

    void sweepFillsTableAndChart()
    {
        TimingsModel model;
        model.setTuning(tinyTuning());
        model.setLive(false);
        model.setModelShape(smallModel("small", Mechanism::Gqa));
        model.setSweepContexts({16, 32, 64});
        TimingsView view(&model);
        view.resize(480, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.graphCount(), 0);
        QSignalSpy finished(&model, &TimingsModel::jobFinished);
        auto *sweep = view.findChild<QPushButton *>("sweep");
        QVERIFY(sweep->isEnabled());
        QTest::mouseClick(sweep, Qt::LeftButton);
        QVERIFY(view.findChild<QPushButton *>("cancel")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);

        const int backends = availableBackends(model);
        QCOMPARE(view.rowCount(), 15 * backends);
        QCOMPARE(view.cellText(0, 0), QStringLiteral("sweep"));
        QCOMPARE(view.cellText(0, 1), QStringLiteral("CPU"));
        QCOMPARE(view.cellText(0, 2), QStringLiteral("MHA decode"));
        QCOMPARE(view.cellText(0, 3), QStringLiteral("16"));
        QVERIFY(!view.cellText(0, 4).isEmpty());
        QVERIFY(view.cellText(0, 6).contains('%'));
        // Columns that say the same on every row are hidden: only sweep rows here.
        auto *table = view.findChild<QTableWidget *>("results");
        QVERIFY(table->isColumnHidden(0));
        QCOMPARE(table->isColumnHidden(1), backends == 1);
        QVERIFY(!table->isColumnHidden(4));

        // One line per mechanism (and backend), each through every context.
        QCOMPARE(view.graphCount(), 5 * backends);
        QStringList names;
        for (int g = 0; g < view.graphCount(); ++g) {
            names << view.graphName(g);
            QCOMPARE(view.pointCount(g), 3);
        }
        if (backends == 1)
            QCOMPARE(names, QStringList({"MHA", "GQA", "MQA", "MLA absorbed", "MLA naive"}));
        auto *progress = view.findChild<QProgressBar *>("progress");
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(!view.findChild<QPushButton *>("cancel")->isEnabled());
        QVERIFY(view.backendText("cpu").contains("GB/s"));
        QVERIFY(view.findChild<QLabel *>("chartTitle")->text().contains("4 heads"));
    }

    void problemsAreShown()
    {
        TimingsModel model;
        model.setTuning(tinyTuning());
        model.setLive(false);
        core::ModelShape big = smallModel("big", Mechanism::Mha);
        big.nHeads = big.nKvHeads = 64;
        big.dHead = 128;
        model.setModelShape(big);
        model.setSweepContexts({std::int64_t(1) << 34});
        TimingsView view(&model);
        model.startSweep();
        QVERIFY2(view.problemText().contains("limit"), qPrintable(view.problemText()));
        QVERIFY(!view.findChild<QLabel *>("problems")->isHidden());
        QCOMPARE(view.rowCount(), 0);
    }

    // Fed measurements, no timing: the share above 100% says the working set fits in a cache,
    // and a result whose FLOPs set the roofline says it is compute-bound.
    void shareAndBound()
    {
        core::Measurement m;
        m.bytes = 1'000'000;
        m.flops = 1'000'000;
        m.bandwidthGbps = 10.0;
        m.peakGflops = 100.0; // memory: 1e6 / 10 > 1e6 / 100
        m.gbps = 5.0;
        m.rooflineSeconds = 1e-4;
        QCOMPARE(widgets::timingBound(m), widgets::TimingBound::Memory);
        QVERIFY(!widgets::timingFitsInCache(m));
        QCOMPARE(TimingsView::shareText(m), QStringLiteral("50.0%"));
        QVERIFY(!TimingsView::rooflineText(m).contains(QStringLiteral("compute")));

        m.gbps = 13.0; // faster than memory streams: in a CPU cache
        QVERIFY(widgets::timingFitsInCache(m));
        QCOMPARE(TimingsView::shareText(m), QStringLiteral("130% in cache"));

        m.flops = 100'000'000; // 1e8 / 100 > 1e6 / 10: the FLOPs set the roofline
        QCOMPARE(widgets::timingBound(m), widgets::TimingBound::Compute);
        QVERIFY2(TimingsView::rooflineText(m).endsWith(QStringLiteral("compute-bound")),
                 qPrintable(TimingsView::rooflineText(m)));

        m.peakGflops = 0; // never probed
        QCOMPARE(widgets::timingBound(m), widgets::TimingBound::Unknown);
    }

    void threadsDefaultToAllCores()
    {
        TimingsModel model;
        QCOMPARE(model.threads(), TimingsModel::maxThreads());
        TimingsView view(&model);
        QCOMPARE(view.findChild<QSpinBox *>("threads")->value(), TimingsModel::maxThreads());
    }

    // The results fit a narrow dock: no sideways scrolling, every visible column within the
    // table's width, the full texts in the tooltips.
    void tableFitsTheDock()
    {
        TimingsModel model;
        model.setTuning(tinyTuning());
        model.setLive(false);
        model.setModelShape(smallModel("small", Mechanism::Mla));
        model.setSweepContexts({16, 32});
        TimingsView view(&model);
        view.resize(300, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&model, &TimingsModel::jobFinished);
        model.startSweep();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);
        QVERIFY(view.rowCount() > 0);
        auto *table = view.findChild<QTableWidget *>("results");
        QCOMPARE(table->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        int used = 0;
        for (int c = 0; c < table->columnCount(); ++c)
            if (!table->isColumnHidden(c))
                used += table->columnWidth(c);
        QVERIFY2(used <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(used).arg(table->viewport()->width())));
        QCOMPARE(table->item(0, 2)->toolTip().isEmpty(), false);
        // Wider again: the columns grow back to their contents.
        view.resize(1400, 760);
        QTRY_VERIFY(table->viewport()->width() > 1000);
        QVERIFY(table->columnWidth(2) >= static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(2));
    }
};

QTEST_MAIN(TestTimingsView)
#include "tst_timingsview.moc"
