// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/exporter.h"
#include "widgets/common/heatmapview.h"

#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace attnscope;
using widgets::ExportFormat;

namespace {
core::Matrix sample()
{
    core::Matrix m(3, 4);
    m << 0.1f, 0.2f, 0.3f, 0.4f, 0.25f, 0.25f, 0.25f, 0.25f, 1.0f, 0.0f, 0.0f, 0.0f;
    return m;
}
} // namespace

class TestExporter : public QObject
{
    Q_OBJECT
private slots:
    void formats()
    {
        QCOMPARE(widgets::exportFormatFromName("PNG"), ExportFormat::Png);
        QCOMPARE(widgets::exportFormatFromName("svg"), ExportFormat::Svg);
        QCOMPARE(widgets::exportFormatFromFileName("/tmp/a.b/figure.pdf"), ExportFormat::Pdf);
        QCOMPARE(widgets::exportFormatFromFileName("data.csv"), ExportFormat::Csv);
        QVERIFY(!widgets::exportFormatFromName("jpeg"));
        QVERIFY(!widgets::exportFormatFromFileName("noext"));
        QCOMPARE(widgets::exportFormatName(ExportFormat::Svg), QStringLiteral("svg"));
    }
    void pngIsAPictureOfTheView()
    {
        widgets::HeatmapView view;
        view.resize(300, 200);
        view.setMatrix(sample(), {"a", "b", "c"}, {"w", "x", "y", "z"}, "Weights", "rows", "cols");
        const QByteArray png = widgets::renderWidget(&view, ExportFormat::Png, QSize(640, 480), 2.0);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QCOMPARE(image.size(), QSize(1280, 960)); // 2 device pixels per pixel
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, "the picture is blank");
        QCOMPARE(view.size(), QSize(300, 200)); // the view got its size back
    }
    void svgParses()
    {
        widgets::HeatmapView view;
        view.setMatrix(sample(), {"a", "b", "c"}, {"w", "x", "y", "z"}, "Weights", "rows", "cols");
        const QByteArray svg = widgets::renderWidget(&view, ExportFormat::Svg, QSize(500, 400));
        QXmlStreamReader xml(svg);
        bool sawSvg = false;
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                ++elements;
                sawSvg |= xml.name() == QLatin1String("svg");
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        QVERIFY(elements > 20);
    }
    void pdfHasHeaderAndOnePage()
    {
        widgets::HeatmapView view;
        view.setMatrix(sample(), {"a", "b", "c"}, {"w", "x", "y", "z"}, "Weights", "rows", "cols");
        const QByteArray pdf = widgets::renderWidget(&view, ExportFormat::Pdf, QSize(500, 400));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Type /Page") || pdf.contains("/Type/Page"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    }
    void csvRows()
    {
        const QByteArray csv = widgets::matrixToCsv(sample(), {"q0", "q1", "q,2"}, {"k0", "k1", "k2", "k3"});
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QByteArray(",k0,k1,k2,k3"));
        QCOMPARE(lines[1], QByteArray("q0,0.1,0.2,0.3,0.4"));
        QCOMPARE(lines[3], QByteArray("\"q,2\",1,0,0,0"));
    }
    void writesAtomically()
    {
        QTemporaryDir dir;
        widgets::HeatmapView view;
        view.setMatrix(sample(), {}, {}, "Weights", "rows", "cols");
        QString error;
        const QString file = dir.filePath("view.png");
        QVERIFY2(widgets::exportWidget(&view, file, ExportFormat::Png, QSize(300, 200), &error), qPrintable(error));
        QVERIFY(QFileInfo(file).size() > 1000);
        QVERIFY(!widgets::exportWidget(&view, "/nonexistent-attnscope/x/view.png", ExportFormat::Png, QSize(), &error));
        QVERIFY(error.contains("/nonexistent-attnscope/x/view.png"));
        QVERIFY(!widgets::exportWidget(&view, dir.filePath("v.csv"), ExportFormat::Csv, QSize(), &error));
        QVERIFY(!QFile::exists(dir.filePath("v.csv")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"view.png"}); // no temporary left
    }
};

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
