// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/heatmapview.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace attnscope;
using widgets::HeatmapView;

namespace {

// [rows, cols] with distinct entries r + c / 100, so that a transposed or flipped
// matrix cannot pass for the original.
core::Matrix ramp(int rows, int cols)
{
    core::Matrix m(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            m(r, c) = float(r) + float(c) / 100.0f;
    return m;
}

QStringList labels(const QString &prefix, int n)
{
    QStringList l;
    for (int i = 0; i < n; ++i)
        l << prefix + QString::number(i);
    return l;
}

} // namespace

class TestHeatmapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsMatrixAndLabels()
    {
        HeatmapView view;
        QVERIFY(!view.hasMatrix());
        const core::Matrix m = ramp(3, 4);
        view.setMatrix(m, labels("t", 3), labels("s", 4), "Title", "Query", "Key");
        QVERIFY(view.hasMatrix());
        QVERIFY(view.matrix() == m);
        QCOMPARE(view.rowLabels(), labels("t", 3));
        QCOMPARE(view.colLabels(), labels("s", 4));
        QCOMPARE(view.title(), QStringLiteral("Title"));
        QCOMPARE(view.rowAxisTitle(), QStringLiteral("Query"));
        QCOMPARE(view.colAxisTitle(), QStringLiteral("Key"));
        QCOMPARE(view.valueAt(2, 1), m(2, 1));
        QCOMPARE(view.valueAt(0, 3), m(0, 3));
        QVERIFY(std::isnan(view.valueAt(3, 0)));
        QVERIFY(std::isnan(view.valueAt(0, -1)));
    }

    void wrongLabelCountFallsBackToIndices()
    {
        HeatmapView view;
        view.setMatrix(ramp(2, 3), {"only one"}, {}, QString(), QString(), QString());
        QCOMPARE(view.rowLabels(), QStringList({"0", "1"}));
        QCOMPARE(view.colLabels(), QStringList({"0", "1", "2"}));
    }

    void toolTipNamesCellAndValue()
    {
        HeatmapView view;
        view.setColorScaleLabel("Weight");
        core::Matrix m = ramp(3, 4);
        m(1, 2) = 0.123456f;
        view.setMatrix(m, labels("t", 3), labels("s", 4), "Title", "Query", "Key");
        const QString tip = view.toolTipText(1, 2);
        QVERIFY2(tip.contains("Query: t1"), qPrintable(tip));
        QVERIFY2(tip.contains("Key: s2"), qPrintable(tip));
        QVERIFY2(tip.contains("Weight: 0.1235"), qPrintable(tip));
        QVERIFY(view.toolTipText(3, 0).isEmpty());
    }

    // Row 0 at the top, column 0 on the left, and every cell found where it is drawn.
    void cellsAreLaidOutLikeAMatrix()
    {
        HeatmapView view;
        view.resize(640, 480);
        const int rows = 5;
        const int cols = 7;
        view.setMatrix(ramp(rows, cols), labels("t", rows), labels("t", cols), "T", "Query", "Key");
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.cellCenter(0, 0).y() < view.cellCenter(1, 0).y());
        QVERIFY(view.cellCenter(1, 0).y() < view.cellCenter(rows - 1, 0).y());
        QVERIFY(view.cellCenter(0, 0).x() < view.cellCenter(0, cols - 1).x());
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                const auto cell = view.cellAt(view.cellCenter(r, c));
                QVERIFY(cell.has_value());
                QCOMPARE(cell->first, r);
                QCOMPARE(cell->second, c);
            }
        }
        QVERIFY(!view.cellAt(QPoint(1, 1)).has_value()); // the margin, not a cell
    }

    void hoverReportsTheCell()
    {
        HeatmapView view;
        view.resize(640, 480);
        view.setMatrix(ramp(4, 4), labels("t", 4), labels("t", 4), "T", "Query", "Key");
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy hovered(&view, &HeatmapView::cellHovered);
        const QPoint pos = view.cellCenter(2, 3);
        QWidget *plot = view.childAt(pos);
        QVERIFY(plot);
        QTest::mouseMove(plot, plot->mapFrom(&view, pos));
        QTRY_VERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.last().at(0).toInt(), 2);
        QCOMPARE(hovered.last().at(1).toInt(), 3);
    }

    // Many cells: labels are thinned so that they do not overlap; few cells: all are shown.
    void labelsAreThinnedWhenCrowded()
    {
        HeatmapView view;
        view.resize(500, 400);
        view.setMatrix(ramp(200, 300), labels("t", 200), labels("s", 300), "T", "Q", "K");
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // At most ~400 px for 200 rows of ~15 px labels, ~450 px for 300 columns.
        QTRY_VERIFY(view.rowLabelStep() >= 10);
        QTRY_VERIFY(view.colLabelStep() >= 10);

        view.setMatrix(ramp(4, 5), labels("t", 4), labels("s", 5), "T", "Q", "K");
        QTRY_COMPARE(view.rowLabelStep(), 1);
        QCOMPARE(view.colLabelStep(), 1);
        QVERIFY(!view.colLabelsUpright());
    }

    // Tokens wider than a cell (<|endoftext|>): written upwards, every one is shown.
    void wideColumnLabelsTurnUpright()
    {
        HeatmapView view;
        view.resize(600, 650);
        QStringList tokens{QStringLiteral("<|endoftext|>")};
        for (int i = 1; i < 12; ++i)
            tokens << QStringLiteral(" word%1").arg(i);
        view.setMatrix(ramp(12, 12), tokens, tokens, "T", "Q", "K");
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.colLabelsUpright());
        QCOMPARE(view.colLabelStep(), 1);
        // Short labels stay side by side.
        view.setMatrix(ramp(12, 12), labels("t", 12), labels("s", 12), "T", "Q", "K");
        QTRY_VERIFY(!view.colLabelsUpright());
        QCOMPARE(view.colLabelStep(), 1);
    }

    void dataRangeFixedOrFitted()
    {
        HeatmapView view;
        core::Matrix m(2, 2);
        m << 0.2f, 0.25f, 0.3f, 0.22f;
        view.setDataRange(0.0, 1.0);
        view.setMatrix(m, {}, {}, {}, {}, {});
        QVERIFY(view.isDataRangeFixed());
        QCOMPARE(view.dataRange().first, 0.0);
        QCOMPARE(view.dataRange().second, 1.0);
        view.setAutoDataRange();
        QVERIFY(!view.isDataRangeFixed());
        QCOMPARE(view.dataRange().first, double(0.2f));
        QCOMPARE(view.dataRange().second, double(0.3f));
    }

    void singleCell()
    {
        HeatmapView view;
        view.resize(400, 300);
        core::Matrix m(1, 1);
        m << 1.0f;
        view.setMatrix(m, {"y1"}, {"x1"}, "T", "Target", "Source");
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto cell = view.cellAt(view.cellCenter(0, 0));
        QVERIFY(cell.has_value());
        QCOMPARE(cell->first, 0);
        QCOMPARE(cell->second, 0);
        QCOMPARE(view.valueAt(0, 0), 1.0f);
    }

    void highlightRowColumnAndCell()
    {
        HeatmapView view;
        view.resize(500, 400);
        const core::Matrix m = ramp(4, 5);
        view.setMatrix(m, {}, {}, "T", {}, {});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.highlight().isActive());
        const QImage before = view.grab().toImage();

        view.setHighlight(2, 3);
        HeatmapView::Highlight h = view.highlight();
        QVERIFY(h.isActive());
        QCOMPARE(h.row, 2);
        QCOMPARE(h.col, 3);
        QCOMPARE(h.rowSpan, 1);
        QCOMPARE(h.colSpan, 1);
        // The band tints its row and its column; other cells stay as they were.
        const auto pixel = [&](const QImage &image, int row, int col) {
            return image.pixelColor(view.cellCenter(row, col) * image.devicePixelRatio());
        };
        QTRY_VERIFY(pixel(view.grab().toImage(), 2, 0) != pixel(before, 2, 0));
        const QImage after = view.grab().toImage();
        QVERIFY(pixel(after, 0, 3) != pixel(before, 0, 3));
        QCOMPARE(pixel(after, 0, 0), pixel(before, 0, 0));
        QCOMPARE(pixel(after, 3, 1), pixel(before, 3, 1));

        // Spans are clamped to the matrix; a row or column outside it is dropped.
        view.setHighlight(-1, 3, 1, 9);
        h = view.highlight();
        QCOMPARE(h.row, -1);
        QCOMPARE(h.col, 3);
        QCOMPARE(h.colSpan, 2);
        view.setHighlight(7, 9);
        QVERIFY(!view.highlight().isActive());

        // New values keep the highlight; a new matrix clears it.
        view.setHighlight(1, 1);
        core::Matrix frame = m;
        frame.bottomRows(2).setConstant(std::numeric_limits<float>::quiet_NaN());
        QVERIFY(view.updateValues(frame));
        QCOMPARE(view.highlight().row, 1);
        QVERIFY(std::isnan(view.valueAt(3, 0)));
        QCOMPARE(view.valueAt(1, 2), m(1, 2));
        QCOMPARE(view.rowLabels().size(), 4);
        QVERIFY(!view.updateValues(ramp(3, 5))); // another shape: refused
        QCOMPARE(view.matrix().rows(), 4);
        view.setMatrix(m, {}, {}, "T", {}, {});
        QVERIFY(!view.highlight().isActive());
        view.setHighlight(0, 0);
        view.clearHighlight();
        QVERIFY(!view.highlight().isActive());
        view.setHighlight(0, 0);
        view.clear();
        QVERIFY(!view.highlight().isActive());
    }

    void clearShowsMessage()
    {
        HeatmapView view;
        view.resize(400, 300);
        view.setMatrix(ramp(3, 3), {}, {}, "T", {}, {});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint inside = view.cellCenter(1, 1);
        QVERIFY(view.cellAt(inside).has_value());
        view.clear("Nothing here");
        QVERIFY(!view.hasMatrix());
        QCOMPARE(view.message(), QStringLiteral("Nothing here"));
        QVERIFY(view.title().isEmpty());
        QVERIFY(!view.cellAt(inside).has_value());
        QVERIFY(std::isnan(view.valueAt(0, 0)));
    }
};

QTEST_MAIN(TestHeatmapView)
#include "tst_heatmapview.moc"
