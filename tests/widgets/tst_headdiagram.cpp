// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/palette.h"
#include "widgets/views/heads/headdiagram.h"

#include <QImage>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace attnscope;
using core::Mechanism;
using widgets::HeadDiagram;

namespace {

core::Config grouped(Mechanism m, std::int64_t heads, std::int64_t kvHeads, std::int64_t dHead)
{
    core::Config c;
    c.mechanism = m;
    c.nHeads = heads;
    c.nKvHeads = kvHeads;
    c.dHead = dHead;
    c.dModel = heads * dHead;
    return c;
}

} // namespace

class TestHeadDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void colours_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::newRow("mha 8") << 8 << 8;
        QTest::newRow("gqa 8/2") << 8 << 2;
        QTest::newRow("gqa 12/3") << 12 << 3;
        QTest::newRow("gqa 12/4") << 12 << 4;
        QTest::newRow("gqa 32/8") << 32 << 8;
        QTest::newRow("mqa 6") << 6 << 1;
    }
    void colours()
    {
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        HeadDiagram d;
        d.setAnimated(false);
        d.setConfig(grouped(kvHeads == heads   ? Mechanism::Mha
                                : kvHeads == 1 ? Mechanism::Mqa
                                               : Mechanism::Gqa,
                            heads, kvHeads, 8));
        QCOMPARE(d.queryHeadCount(), heads);
        QCOMPARE(d.kvHeadCount(), kvHeads);
        const int perGroup = heads / kvHeads;
        for (int i = 0; i < heads; ++i) {
            QCOMPARE(d.kvHeadOfQuery(i), i / perGroup);
            QCOMPARE(d.queryHeadColor(i), d.kvHeadColor(i / perGroup));
            if (i / perGroup < widgets::kSeriesColorCount)
                QCOMPARE(d.queryHeadColor(i), widgets::seriesColor(i / perGroup));
        }
        // Different groups, different colours.
        for (int g = 1; g < kvHeads; ++g)
            QVERIFY(d.kvHeadColor(g) != d.kvHeadColor(g - 1));
    }

    void groupedCaption()
    {
        HeadDiagram d;
        d.setAnimated(false);
        d.setConfig(grouped(Mechanism::Gqa, 8, 2, 64));
        QVERIFY2(d.caption().contains(QStringLiteral("n_h = 8 query heads share n_g = 2 KV heads")),
                 qPrintable(d.caption()));
        QVERIFY2(d.caption().contains(QStringLiteral("2 n_g d_h = 256 elements per token and layer")),
                 qPrintable(d.caption()));
        QVERIFY2(d.caption().contains(QStringLiteral("(MHA: 1024)")), qPrintable(d.caption()));
        d.setConfig(grouped(Mechanism::Mqa, 8, 1, 64));
        QVERIFY2(d.caption().contains(QStringLiteral("2 n_g d_h = 128 ")), qPrintable(d.caption()));
        d.setConfig(grouped(Mechanism::Mha, 8, 8, 64));
        QVERIFY2(d.caption().contains(QStringLiteral("2 n_g d_h = 1024 ")), qPrintable(d.caption()));
    }

    void latent()
    {
        core::Config c;
        c.mechanism = Mechanism::Mla;
        c.nHeads = 4;
        c.dHead = 8;
        c.dLatentKv = 32;
        c.dRope = 4;
        HeadDiagram d;
        d.setAnimated(false);
        d.setConfig(c);
        QVERIFY(d.isLatent());
        QCOMPARE(d.queryHeadCount(), 4);
        QCOMPARE(d.kvHeadCount(), 0);
        QVERIFY2(d.caption().contains(QStringLiteral("d_c + d_h^R = 36")), qPrintable(d.caption()));
        QVERIFY2(d.caption().contains(QStringLiteral("d_c = 32")), qPrintable(d.caption()));
        QVERIFY2(d.caption().contains(QStringLiteral("d_h^R = 4")), qPrintable(d.caption()));
    }

    // The naive path rebuilds each head's K and V with W_UK, W_UV; the absorbed path folds W_UK
    // into the query and W_UV into the output, and draws that instead.
    void latentPaths()
    {
        core::Config c;
        c.mechanism = Mechanism::Mla;
        c.nHeads = 4;
        c.dHead = 8;
        c.dLatentKv = 32;
        c.dRope = 4;
        c.mlaPath = core::MlaPath::Naive;
        HeadDiagram d;
        d.setAnimated(false);
        d.resize(640, 360);
        d.setConfig(c);
        QVERIFY(!d.isAbsorbed());
        const QString naive = d.caption();
        QVERIFY2(naive.contains(QStringLiteral("W_UK and W_UV rebuild each head's keys")), qPrintable(naive));
        QVERIFY(!naive.contains(QStringLiteral("q W_UK^T")));
        QVERIFY(d.drawnElements().contains(QStringLiteral("upProjections")));
        QVERIFY(!d.drawnElements().contains(QStringLiteral("foldedOutput")));
        const QImage naiveImage = d.grab().toImage();

        c.mlaPath = core::MlaPath::Absorbed;
        d.setConfig(c);
        QVERIFY(d.isAbsorbed());
        const QString absorbed = d.caption();
        QVERIFY2(!absorbed.contains(QStringLiteral("rebuild each head's keys")), qPrintable(absorbed));
        QVERIFY2(absorbed.contains(QStringLiteral("q W_UK^T")), qPrintable(absorbed));
        QVERIFY2(absorbed.contains(QStringLiteral("W_UV W_O")), qPrintable(absorbed));
        QVERIFY2(absorbed.contains(QStringLiteral("d_c + d_h^R = 36")), qPrintable(absorbed));
        const QStringList parts = d.drawnElements();
        QVERIFY(parts.contains(QStringLiteral("absorbedQueries")));
        QVERIFY(parts.contains(QStringLiteral("foldedOutput")));
        QVERIFY(parts.contains(QStringLiteral("latent")));
        QVERIFY(!parts.contains(QStringLiteral("upProjections")));
        QVERIFY(d.grab().toImage() != naiveImage);
    }

    void singleHead()
    {
        core::Config c;
        c.mechanism = Mechanism::Sdpa;
        HeadDiagram d;
        d.setConfig(c);
        QCOMPARE(d.queryHeadCount(), 0);
        QVERIFY(d.caption().contains(QStringLiteral("multi-head")));
    }

    void notAnimatedIsImmediate()
    {
        HeadDiagram d;
        d.setAnimated(false);
        d.setConfig(grouped(Mechanism::Gqa, 8, 4, 8));
        d.setConfig(grouped(Mechanism::Gqa, 8, 2, 8));
        QCOMPARE(d.animationProgress(), 1.0);
        QCOMPARE(d.kvHeadOfQuery(7), 1);
    }

    // Painting every kind at a few sizes, mid-transition included, must not crash, and two
    // paints of the same state give the same pixels.
    void paintsDeterministically()
    {
        HeadDiagram d;
        d.setAnimated(false);
        core::Config mla;
        mla.mechanism = Mechanism::Mla;
        for (const core::Config &c : {grouped(Mechanism::Gqa, 8, 2, 64), grouped(Mechanism::Mqa, 32, 1, 8),
                                      grouped(Mechanism::Mha, 1, 1, 8), mla}) {
            d.setConfig(c);
            for (const QSize size : {QSize(640, 300), QSize(240, 160), QSize(1200, 500)}) {
                d.resize(size);
                const QImage a = d.grab().toImage();
                const QImage b = d.grab().toImage();
                QCOMPARE(a, b);
            }
        }
        d.setAnimated(true);
        d.setConfig(grouped(Mechanism::Gqa, 8, 4, 64)); // starts a transition
        d.resize(640, 300);
        QVERIFY(!d.grab().isNull());
        d.setAnimated(false); // stops it
        QCOMPARE(d.animationProgress(), 1.0);
    }

    // At progress p the sending KV head is floor(p n_g) (clamped), and exactly its group is outlined.
    void broadcastSteps_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::newRow("gqa 8/2") << 8 << 2;
        QTest::newRow("gqa 12/3") << 12 << 3;
        QTest::newRow("mha 4") << 4 << 4;
        QTest::newRow("mqa 6") << 6 << 1;
        QTest::newRow("gqa 32/8") << 32 << 8;
    }
    void broadcastSteps()
    {
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        HeadDiagram d;
        d.setAnimated(false);
        d.setConfig(grouped(kvHeads == heads   ? Mechanism::Mha
                                : kvHeads == 1 ? Mechanism::Mqa
                                               : Mechanism::Gqa,
                            heads, kvHeads, 8));
        QVERIFY(d.canBroadcast());
        QVERIFY(!d.isBroadcasting());
        QCOMPARE(d.broadcastKvHead(), -1);
        const int perGroup = heads / kvHeads;
        for (const double p : {0.0, 0.1, 0.26, 0.49, 0.5, 0.6, 0.74, 0.75, 0.99, 0.999999}) {
            d.setBroadcastProgress(p);
            QVERIFY(d.isBroadcasting());
            QCOMPARE(d.broadcastProgress(), p);
            const int g = std::min(kvHeads - 1, int(std::floor(p * kvHeads)));
            QCOMPARE(d.broadcastKvHead(), g);
            for (int i = 0; i < heads; ++i)
                QCOMPARE(d.isQueryHeadHighlighted(i), d.kvHeadOfQuery(i) == g);
            QVERIFY(!d.isLatentHighlighted());
            const QString line = d.broadcastCaption();
            QVERIFY2(line.startsWith(QStringLiteral("KV head %1 is read by query head").arg(g)), qPrintable(line));
            if (perGroup > 1)
                QVERIFY2(
                    line.contains(QStringLiteral("query heads %1–%2").arg(g * perGroup).arg((g + 1) * perGroup - 1)),
                    qPrintable(line));
            else
                QVERIFY2(line.contains(QStringLiteral("query head %1 ").arg(g)), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("(n_h / n_g = %1 each)").arg(perGroup)), qPrintable(line));
        }
        // The end: nothing highlighted, no line.
        d.setBroadcastProgress(1.0);
        QVERIFY(!d.isBroadcasting());
        QCOMPARE(d.broadcastKvHead(), -1);
        for (int i = 0; i < heads; ++i)
            QVERIFY(!d.isQueryHeadHighlighted(i));
        QVERIFY(d.broadcastCaption().isEmpty());
        // Out of range is clamped.
        d.setBroadcastProgress(-0.5);
        QCOMPARE(d.broadcastKvHead(), 0);
        d.setBroadcastProgress(7.0);
        QVERIFY(!d.isBroadcasting());
    }

    void broadcastPaintsDeterministically()
    {
        HeadDiagram d;
        d.setAnimated(false);
        d.setConfig(grouped(Mechanism::Gqa, 8, 2, 64));
        d.resize(640, 300);
        const QImage idle = d.grab().toImage();
        d.setBroadcastProgress(0.6);
        const QImage a = d.grab().toImage();
        const QImage b = d.grab().toImage();
        QCOMPARE(a, b);
        QVERIFY(a != idle); // the pulses, outlines and line show
        d.setBroadcastProgress(0.1);
        QVERIFY(d.grab().toImage() != a); // another group
        d.setBroadcastProgress(0.6);
        QCOMPARE(d.grab().toImage(), a);
        d.setBroadcastProgress(1.0);
        QCOMPARE(d.grab().toImage(), idle);
        for (const QSize size : {QSize(240, 160), QSize(1200, 500)}) {
            d.resize(size);
            d.setBroadcastProgress(0.3);
            QCOMPARE(d.grab().toImage(), d.grab().toImage());
        }
    }

    void broadcastNotAnimatedJumpsToEnd()
    {
        HeadDiagram d;
        d.setAnimated(false);
        d.setConfig(grouped(Mechanism::Gqa, 8, 2, 8));
        d.setBroadcastProgress(0.3);
        d.playBroadcast();
        QCOMPARE(d.broadcastProgress(), 1.0);
        QVERIFY(!d.isBroadcasting());
        // Turning animations off ends a running broadcast.
        d.setAnimated(true);
        d.playBroadcast();
        QVERIFY(d.isBroadcasting());
        d.setAnimated(false);
        QVERIFY(!d.isBroadcasting());
        QCOMPARE(d.broadcastProgress(), 1.0);
    }

    void broadcastDuration()
    {
        HeadDiagram d;
        d.setConfig(grouped(Mechanism::Gqa, 8, 2, 8));
        QCOMPARE(d.broadcastDurationMs(), 1200);
        d.setConfig(grouped(Mechanism::Mha, 32, 32, 8));
        QCOMPARE(d.broadcastDurationMs(), 4000);
    }

    void broadcastButton()
    {
        HeadDiagram d;
        d.setAnimated(false);
        d.resize(640, 300);
        auto *button = d.findChild<QToolButton *>(QStringLiteral("broadcastButton"));
        QVERIFY(button);
        QVERIFY(button->toolTip().contains(QStringLiteral("shared by its group of query heads")));
        d.setConfig(grouped(Mechanism::Gqa, 8, 2, 8));
        QVERIFY(!button->isHidden());
        QVERIFY(button->geometry().right() < d.width() && button->geometry().left() > d.width() / 2);
        d.setAnimated(true);
        button->click();
        QVERIFY(d.isBroadcasting());
        d.setAnimated(false);
        core::Config sdpa;
        sdpa.mechanism = Mechanism::Sdpa;
        d.setConfig(sdpa);
        QVERIFY(button->isHidden());
        QVERIFY(!d.canBroadcast());
        d.setBroadcastProgress(0.5);
        QVERIFY(!d.isBroadcasting());
        QCOMPARE(d.broadcastKvHead(), -1);
    }

    void latentBroadcast()
    {
        core::Config c;
        c.mechanism = Mechanism::Mla;
        c.nHeads = 4;
        c.dHead = 8;
        c.dLatentKv = 32;
        c.dRope = 4;
        HeadDiagram d;
        d.setAnimated(false);
        d.setConfig(c);
        d.resize(640, 300);
        QVERIFY(d.canBroadcast());
        QVERIFY(!d.isLatentHighlighted());
        const QImage idle = d.grab().toImage();
        d.setBroadcastProgress(0.4);
        QVERIFY(d.isBroadcasting());
        QVERIFY(d.isLatentHighlighted());
        QCOMPARE(d.broadcastKvHead(), -1);
        for (int i = 0; i < 4; ++i)
            QVERIFY(d.isQueryHeadHighlighted(i));
        QVERIFY2(d.broadcastCaption().contains(QStringLiteral("c_KV reaches all n_h = 4 query heads")),
                 qPrintable(d.broadcastCaption()));
        const QImage a = d.grab().toImage();
        QCOMPARE(d.grab().toImage(), a);
        QVERIFY(a != idle);
        d.setBroadcastProgress(1.0);
        QVERIFY(!d.isLatentHighlighted());
        QCOMPARE(d.grab().toImage(), idle);
    }
};

QTEST_MAIN(TestHeadDiagram)
#include "tst_headdiagram.moc"
