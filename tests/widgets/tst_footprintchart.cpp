// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/modelshapes.h"
#include "widgets/views/footprint/footprintchart.h"

#include "core/footprint/footprint.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace attnscope;
using core::Mechanism;
using widgets::FootprintChart;

namespace {

using test::llama2_70b;

int gpuIndex(std::int64_t gib)
{
    const auto &gpus = FootprintChart::gpuMemories();
    for (std::size_t i = 0; i < gpus.size(); ++i) {
        if (gpus[i].gib == gib)
            return int(i);
    }
    return -1;
}

} // namespace

class TestFootprintChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesMatchHand_data()
    {
        QTest::addColumn<qint64>("context");
        QTest::addColumn<int>("milliBits");
        QTest::addColumn<qint64>("batch");
        for (qint64 t : {qint64(1024), qint64(4096), qint64(32768), qint64(1) << 20})
            QTest::addRow("16-bit, %lld tokens", t) << t << 16000 << qint64(1);
        QTest::newRow("8-bit, 4K") << qint64(4096) << 8000 << qint64(1);
        QTest::newRow("16-bit, 4K, batch 8") << qint64(4096) << 16000 << qint64(8);
        QTest::newRow("4.5-bit, 128K") << qint64(131072) << 4500 << qint64(1);
    }
    void bytesMatchHand()
    {
        QFETCH(qint64, context);
        QFETCH(int, milliBits);
        QFETCH(qint64, batch);
        FootprintChart chart;
        chart.setBits(core::KvBits::fromMilliBits(milliBits));
        chart.setBatch(batch);
        chart.setModels({llama2_70b()});
        QCOMPARE(chart.graphCount(), 1);
        QVERIFY(chart.graphName(0).contains(QStringLiteral("Llama 2 70B")));
        QVERIFY(chart.graphName(0).contains(QStringLiteral("GQA")));
        // 2 n_g d_h l elements per token: 2 x 8 x 128 x 80, times bits / 8 bytes, times T, times batch.
        const qint64 elements = qint64(2) * 8 * 128 * 80 * context * batch;
        const qint64 bytes = (elements * milliBits + 7999) / 8000;
        const auto y = chart.valueAt(0, context);
        QVERIFY(y.has_value());
        QCOMPARE(*y, double(bytes));
    }

    void sixteenBitLlamaBytesPerToken()
    {
        FootprintChart chart;
        chart.setModels({llama2_70b()});
        // 320 KiB per token at 16 bits: 4K tokens are 1.25 GiB.
        QCOMPARE(*chart.valueAt(0, 4096), 2.0 * 8 * 128 * 80 * 2 * 4096);
        QCOMPARE(*chart.valueAt(0, 4096), 1.25 * double(1 << 30));
        QVERIFY(chart.graphName(0).contains(QStringLiteral("320 KiB per token")));
        QVERIFY(chart.pointCount(0) > 11); // more than the powers of two
    }

    void logToggleSwitchesScaleType()
    {
        FootprintChart chart;
        chart.setModels({llama2_70b()});
        QSignalSpy changed(&chart, &FootprintChart::logScaleChanged);
        QVERIFY(chart.isLogScale());
        QVERIFY(chart.isBytesAxisLogarithmic());
        chart.setLogScale(false);
        QVERIFY(!chart.isBytesAxisLogarithmic());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), false);

        // The check box drives the same setting.
        auto *box = chart.findChild<QCheckBox *>(QStringLiteral("logBytes"));
        QVERIFY(box);
        QVERIFY(!box->isChecked());
        box->setChecked(true);
        QVERIFY(chart.isLogScale());
        QVERIFY(chart.isBytesAxisLogarithmic());
        QCOMPARE(changed.count(), 2);

        // The context axis has its own toggle; data stay the same.
        const double before = *chart.valueAt(0, 8192);
        QVERIFY(chart.isContextAxisLogarithmic());
        chart.setLogContext(false);
        QVERIFY(!chart.isContextAxisLogarithmic());
        QCOMPARE(*chart.valueAt(0, 8192), before);
    }

    void gpuMarkerAtMaxContext_data()
    {
        QTest::addColumn<int>("milliBits");
        QTest::addColumn<qint64>("batch");
        QTest::newRow("16-bit") << 16000 << qint64(1);
        QTest::newRow("8-bit, batch 3") << 8000 << qint64(3);
    }
    void gpuMarkerAtMaxContext()
    {
        QFETCH(int, milliBits);
        QFETCH(qint64, batch);
        const core::KvBits bits = core::KvBits::fromMilliBits(milliBits);
        FootprintChart chart;
        chart.setBits(bits);
        chart.setBatch(batch);
        chart.setModels({llama2_70b()});
        QVERIFY(chart.markers().empty());
        QVERIFY(chart.fillText().isEmpty());

        const int gpu = gpuIndex(80);
        QVERIFY(gpu >= 0);
        QCOMPARE(FootprintChart::gpuMemories()[std::size_t(gpu)].bytes(), qint64(80) << 30);
        chart.setGpuLineVisible(gpu, true);
        QVERIFY(chart.isGpuLineVisible(gpu));
        auto *box = chart.findChild<QCheckBox *>(QStringLiteral("gpu80"));
        QVERIFY(box && box->isChecked());

        const std::int64_t expected = core::maxContextForBudget(llama2_70b(), bits, batch, qint64(80) << 30);
        const auto markers = chart.markers();
        QCOMPARE(int(markers.size()), 1);
        QCOMPARE(markers[0].gpu, gpu);
        QCOMPARE(markers[0].model, 0);
        QCOMPARE(markers[0].context, expected);
        QCOMPARE(markers[0].budgetBytes, qint64(80) << 30);
        QVERIFY(markers[0].inRange);
        const auto points = chart.markerPoints(0);
        QCOMPARE(int(points.size()), 1);
        QCOMPARE(points[0].first, double(expected));
        QCOMPARE(points[0].second, double(qint64(80) << 30));
        if (milliBits == 16000 && batch == 1) {
            // 80 GiB / 320 KiB per token = 256K tokens, exactly.
            QCOMPARE(expected, qint64(262144));
            QVERIFY2(chart.fillText().contains(QStringLiteral("256K")), qPrintable(chart.fillText()));
        }

        // The check box turns it off again.
        box->setChecked(false);
        QVERIFY(!chart.isGpuLineVisible(gpu));
        QVERIFY(chart.markers().empty());
        QVERIFY(chart.markerPoints(0).empty());
    }

    void markerOutsideRangeIsListedNotDrawn()
    {
        core::ModelShape mqa = llama2_70b();
        mqa.mechanism = Mechanism::Mqa;
        mqa.nKvHeads = 1; // 40 KiB per token: 141 GiB holds about 3.6M tokens
        FootprintChart chart;
        chart.setModels({mqa});
        chart.setGpuLineVisible(gpuIndex(141), true);
        const auto markers = chart.markers();
        QCOMPARE(int(markers.size()), 1);
        QVERIFY(markers[0].context > (qint64(1) << 20));
        QVERIFY(!markers[0].inRange);
        QVERIFY(chart.markerPoints(0).empty());
        QVERIFY(chart.fillText().contains(QStringLiteral("141 GiB")));
    }

    void shapesForConfig()
    {
        // Llama 3 8B's attention: 32 heads of 128, 8 KV heads.
        core::Request r;
        r.mechanism = Mechanism::Gqa;
        r.dModel = 4096;
        r.nHeads = 32;
        r.nKvHeads = 8;
        r.tokens = 4;
        const auto shapes = FootprintChart::shapesForConfig(core::resolve(r), 32);
        QCOMPARE(int(shapes.size()), 4);
        QCOMPARE(shapes[0].mechanism, Mechanism::Mha);
        QCOMPARE(shapes[1].mechanism, Mechanism::Gqa);
        QCOMPARE(shapes[2].mechanism, Mechanism::Mqa);
        QCOMPARE(shapes[3].mechanism, Mechanism::Mla);
        QCOMPARE(shapes[0].nKvHeads, 32);
        QCOMPARE(shapes[1].nKvHeads, 8);
        QCOMPARE(shapes[2].nKvHeads, 1);
        QCOMPARE(shapes[3].dLatentKv, 512);
        QCOMPARE(shapes[3].dRope, 64);
        for (const auto &s : shapes) {
            QCOMPARE(s.layers, 32);
            QCOMPARE(s.dHead, 128);
        }

        FootprintChart chart;
        chart.setModels(shapes);
        QCOMPARE(chart.graphCount(), 4);
        const double t = 8192;
        const double perLayer[] = {2.0 * 32 * 128, 2.0 * 8 * 128, 2.0 * 128, 512.0 + 64.0};
        for (int g = 0; g < 4; ++g)
            QCOMPARE(*chart.valueAt(g, 8192), perLayer[g] * 32 * 2 * t);
        QVERIFY(chart.graphName(0).startsWith(QStringLiteral("MHA")));
        QVERIFY(chart.graphName(3).startsWith(QStringLiteral("MLA")));

        // All four GPU lines: a marker per line and size.
        for (int g = 0; g < int(FootprintChart::gpuMemories().size()); ++g)
            chart.setGpuLineVisible(g, true);
        QCOMPARE(int(chart.markers().size()), 4 * 4);
    }

    void overflowIsSkippedAndSaid()
    {
        // 2^42 elements per token: 2^43 bytes at 16 bits; 2^20 tokens would be 2^63 bytes.
        core::ModelShape huge;
        huge.name = "Huge";
        huge.mechanism = Mechanism::Mha;
        huge.dModel = 1024;
        huge.layers = qint64(1) << 13;
        huge.nHeads = qint64(1) << 14;
        huge.nKvHeads = huge.nHeads;
        huge.dHead = qint64(1) << 14;
        FootprintChart chart;
        chart.setModels({huge});
        QCOMPARE(chart.graphCount(), 1);
        QCOMPARE(*chart.valueAt(0, qint64(1) << 19), double(qint64(1) << 62));
        QVERIFY(!chart.valueAt(0, qint64(1) << 20).has_value());
        QVERIFY(chart.pointCount(0) > 0);
        QVERIFY2(chart.problemText().contains(QStringLiteral("64 bits")), qPrintable(chart.problemText()));

        chart.setModels({llama2_70b()});
        QVERIFY(chart.problemText().isEmpty());
    }

    void invalidModelIsLeftOut()
    {
        core::ModelShape bad = llama2_70b();
        bad.nKvHeads = 3; // does not divide 64
        FootprintChart chart;
        chart.setModels({bad, llama2_70b()});
        QCOMPARE(chart.graphCount(), 1);
        QCOMPARE(chart.graphModel(0), 1);
        QVERIFY2(chart.problemText().contains(QStringLiteral("left out")), qPrintable(chart.problemText()));
    }
};

QTEST_MAIN(TestFootprintChart)
#include "tst_footprintchart.moc"
