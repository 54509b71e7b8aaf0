// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/params/config.h"
#include "widgets/common/richlegend_p.h"
#include "widgets/common/richname.h"
#include "widgets/views/compare/compareview.h"
#include "widgets/views/footprint/footprintchart.h"

#include <QLabel>

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace attnscope;

class TestRichName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("html");
        QTest::newRow("d_h^R") << QStringLiteral("d_h^R") << QStringLiteral("<i>d</i><sub>h</sub><sup>R</sup>");
        QTest::newRow("W_UK") << QStringLiteral("W_UK") << QStringLiteral("<i>W</i><sub>UK</sub>");
        QTest::newRow("c_KV") << QStringLiteral("c_KV") << QStringLiteral("<i>c</i><sub>KV</sub>");
        QTest::newRow("d_c'") << QStringLiteral("d_c'") << QStringLiteral("<i>d</i><sub>c</sub>\u2032");
        QTest::newRow("W_UK^T") << QStringLiteral("q W_UK^T") << QStringLiteral("q <i>W</i><sub>UK</sub><sup>T</sup>");
        QTest::newRow("sentence") << QStringLiteral("MLA, d_c 512 + d_h^R 64")
                                  << QStringLiteral(
                                         "MLA, <i>d</i><sub>c</sub> 512 + <i>d</i><sub>h</sub><sup>R</sup> 64");
        QTest::newRow("escaped") << QStringLiteral("n_h < 8 & W_O")
                                 << QStringLiteral("<i>n</i><sub>h</sub> &lt; 8 &amp; <i>W</i><sub>O</sub>");
        QTest::newRow("no names") << QStringLiteral("KV cache per token") << QStringLiteral("KV cache per token");
        // Not a name: the underscore inside a word (file names, identifiers).
        QTest::newRow("identifier") << QStringLiteral("config_file.json") << QStringLiteral("config_file.json");
    }

    void convert()
    {
        QFETCH(QString, plain);
        QFETCH(QString, html);
        QCOMPARE(widgets::richName(plain), html);
        QCOMPARE(widgets::hasRichName(plain), html != plain.toHtmlEscaped());
    }

    // Sub- and superscripts take less width than the carets and underscores they replace, and
    // the painted text is not the plain one.
    void painted()
    {
        QFont font;
        font.setPixelSize(16);
        const QString plain = QStringLiteral("d_h^R + W_UK");
        const QSizeF rich = widgets::richNameSize(plain, font);
        QVERIFY(rich.width() < QFontMetricsF(font).horizontalAdvance(plain));
        QImage a(240, 40, QImage::Format_ARGB32);
        QImage b = a;
        a.fill(Qt::white);
        b.fill(Qt::white);
        {
            QPainter p(&a);
            p.setFont(font);
            p.setPen(Qt::black);
            widgets::paintRichName(p, QRectF(0, 0, 240, 40), plain);
        }
        {
            QPainter p(&b);
            p.setFont(font);
            p.setPen(Qt::black);
            p.drawText(QRectF(0, 0, 240, 40), plain);
        }
        QVERIFY(a != b);
    }

    void delegateSize()
    {
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(QStringLiteral("d_c + d_h^R = 512 + 64")));
        QTableView view;
        view.setModel(&model);
        auto *delegate = new widgets::RichNameDelegate(&view);
        view.setItemDelegate(delegate);
        view.resize(400, 100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QStyleOptionViewItem option;
        option.initFrom(&view);
        QVERIFY(delegate->sizeHint(option, model.index(0, 0)).width() > 0);
        QVERIFY(!view.grab().isNull());
    }

    // The footprint chart's MLA entry ("MLA, d_c 512 + d_h^R 64") is drawn by a rich legend
    // item; its plain name stays what graphName() returns.
    void footprintLegend()
    {
        core::Request r;
        r.mechanism = core::Mechanism::Gqa;
        r.dModel = 4096;
        r.nHeads = 32;
        r.nKvHeads = 8;
        r.tokens = 4;
        widgets::FootprintChart chart;
        chart.setModels(widgets::FootprintChart::shapesForConfig(core::resolve(r), 32));
        chart.resize(800, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY2(chart.graphName(3).contains(QStringLiteral("d_h^R 64")), qPrintable(chart.graphName(3)));
        auto *plot = chart.findChild<QCustomPlot *>();
        QVERIFY(plot);
        int rich = 0, plain = 0;
        for (int i = 0; i < plot->graphCount(); ++i) {
            QCPGraph *g = plot->graph(i);
            if (!plot->legend->itemWithPlottable(g))
                continue;
            if (widgets::hasRichLegendItem(plot, g)) {
                QVERIFY(widgets::hasRichName(g->name()));
                ++rich;
            } else {
                ++plain;
            }
        }
        QCOMPARE(rich, 1); // MLA's entry; MHA, GQA and MQA name no sub- or superscripts
        QVERIFY(plain >= 3);
        QVERIFY(!chart.grab().isNull()); // paints
    }

    // The compare view's MLA title is a rich-text label; titleText() keeps the plain notation.
    void compareTitle()
    {
        widgets::CompareView view;
        core::Config c;
        c.mechanism = core::Mechanism::Mla;
        view.setBaseConfig(c);
        bool found = false;
        QTRY_VERIFY_WITH_TIMEOUT(!view.titleText(3).isEmpty(), 30000);
        QVERIFY2(view.titleText(3).contains(QStringLiteral("d_h^R")), qPrintable(view.titleText(3)));
        for (QLabel *label : view.findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("<sub>h</sub><sup>R</sup>"))) {
                QCOMPARE(label->textFormat(), Qt::RichText);
                found = true;
            }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestRichName)
#include "tst_richname.moc"
