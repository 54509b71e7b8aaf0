// SPDX-License-Identifier: GPL-3.0-or-later
// The figure layer (widgets/figures/) and the colour maps: the diverging map is symmetric about
// zero, rich text keeps sub- and superscripts as runs on their own baselines in SVG, heatmap
// cells are rectangles, and no text is smaller than 8 pt at the printed size.
#include "widgets/common/colormap.h"
#include "widgets/common/heatmapview.h"
#include "widgets/figures/figure.h"
#include "widgets/figures/richtext.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace attnscope;
using namespace attnscope::widgets;

namespace {

double luma(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

struct SvgText
{
    QString text;
    double y = 0;
    double fontSize = 0;
};

// The <text> elements of an SVG with their baseline and the font size of their group.
std::vector<SvgText> svgTexts(const QByteArray &svg, int *images, int *rects, double *unitsToPt)
{
    std::vector<SvgText> texts;
    QXmlStreamReader xml(svg);
    std::vector<double> sizes{0.0};
    *images = 0;
    *rects = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("svg")) {
                const double widthMm = attributes.value(QLatin1String("width")).toString().remove("mm").toDouble();
                const auto box = attributes.value(QLatin1String("viewBox")).toString().split(QLatin1Char(' '));
                *unitsToPt = widthMm * 72.0 / 25.4 / box.value(2).toDouble();
            }
            double size = sizes.back();
            if (attributes.hasAttribute(QLatin1String("font-size")))
                size = attributes.value(QLatin1String("font-size")).toDouble();
            sizes.push_back(size);
            if (xml.name() == QLatin1String("image"))
                ++*images;
            if (xml.name() == QLatin1String("rect") || xml.name() == QLatin1String("path"))
                ++*rects;
            if (xml.name() == QLatin1String("text")) {
                const double y = attributes.value(QLatin1String("y")).toDouble();
                texts.push_back({xml.readElementText(QXmlStreamReader::IncludeChildElements), y, size});
                sizes.pop_back();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            sizes.pop_back();
        }
    }
    Q_ASSERT(!xml.hasError());
    return texts;
}

} // namespace

class TestFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void divergingIsSymmetricAboutZero()
    {
        const QColor middle = colorForValue(ColorMapKind::Diverging, 0.0, -2.0, 2.0);
        QCOMPARE(middle, colorMapColor(ColorMapKind::Diverging, 0.5));
        QVERIFY2(luma(middle) > 0.9, "0 is the light neutral middle");
        QVERIFY(std::abs(middle.redF() - middle.blueF()) < 0.02);
        for (double x : {0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0}) {
            const QColor negative = colorForValue(ColorMapKind::Diverging, -x, -2.0, 2.0);
            const QColor positive = colorForValue(ColorMapKind::Diverging, x, -2.0, 2.0);
            // Mirror images: as light as each other, one blue, the other orange-red.
            QVERIFY2(std::abs(luma(negative) - luma(positive)) < 0.08, qPrintable(QString::number(x)));
            QVERIFY(negative.blueF() > negative.redF());
            QVERIFY(positive.redF() > positive.blueF());
            // Further from 0 is darker on both sides.
            QVERIFY(luma(positive) < luma(middle));
        }
        // Not red-green: the ends are blue and red, never green-dominant.
        for (double t = 0.0; t <= 1.0; t += 0.05) {
            const QColor c = colorMapColor(ColorMapKind::Diverging, t);
            QVERIFY(!(c.greenF() > c.redF() + 0.1 && c.greenF() > c.blueF() + 0.1));
        }
        QCOMPARE(colorMapForRange(-1, 1), ColorMapKind::Diverging);
        QCOMPARE(colorMapForRange(0, 1), ColorMapKind::Sequential);
    }

    void heatmapViewPicksTheMapAndSaysWhich()
    {
        HeatmapView view;
        core::Matrix m(2, 2);
        m << -1.0f, 0.5f, 0.25f, 1.0f;
        view.setMatrix(m, {}, {}, QStringLiteral("t"), {}, {});
        view.setColorScaleLabel(QStringLiteral("Value"));
        view.setDataRange(-1.0, 1.0);
        QCOMPARE(view.colorScaleLabel(), QStringLiteral("Value"));
        auto panel = HeatmapPanel::fromView(view);
        QCOMPARE(panel->scale.kind, ColorMapKind::Diverging);
        view.setDataRange(0.0, 1.0);
        QCOMPARE(HeatmapPanel::fromView(view)->scale.kind, ColorMapKind::Sequential);
        // Fitted to signed data, the range is centred on 0.
        view.setAutoDataRange();
        QCOMPARE(view.dataRange().first, -view.dataRange().second);
    }

    void richTextRuns()
    {
        const auto runs = parseRichText(QStringLiteral("V = X W<sub>V</sub><br>a<sup>T</sup>&nbsp;b"));
        QCOMPARE(runs.size(), std::size_t(5));
        QCOMPARE(runs[0].text, QStringLiteral("V = X W"));
        QCOMPARE(runs[1].text, QStringLiteral("V"));
        QCOMPARE(runs[1].shift, TextRun::Shift::Sub);
        QVERIFY(runs[2].lineBreak);
        QCOMPARE(runs[3].shift, TextRun::Shift::Super);
        QCOMPARE(runs[4].text, QString(QChar(0x00A0)) + QStringLiteral("b"));
        QCOMPARE(richTextPlain(QStringLiteral("c<sub>KV</sub>")), QStringLiteral("cKV"));
        QCOMPARE(
            namesToRichText(QStringLiteral("scale 1/√(d_h + d_h^R), W_UK & head_outputs")),
            QStringLiteral("scale 1/√(<i>d</i><sub>h</sub> + <i>d</i><sub>h</sub><sup>R</sup>), <i>W</i><sub>UK</sub> &amp; head_outputs"));
    }

    void svgIsVectorWithSubscripts_data()
    {
        QTest::addColumn<int>("preset");
        QTest::newRow("slide") << int(FigurePreset::Slide);
        QTest::newRow("column") << int(FigurePreset::Column);
        QTest::newRow("double") << int(FigurePreset::Double);
    }
    void svgIsVectorWithSubscripts()
    {
        QFETCH(int, preset);
        const FigureStyle style = FigureStyle::forPreset(FigurePreset(preset));
        Figure figure;
        figure.title = QStringLiteral("Values");
        figure.caption = QStringLiteral("A caption under the figure.");
        auto heatmap = std::make_shared<HeatmapPanel>();
        heatmap->matrix = core::Matrix::Random(5, 5);
        heatmap->scale = {ColorMapKind::Diverging, -1.0, 1.0, QStringLiteral("Value")};
        heatmap->rowLabels = QStringList{"a", "b", "c", "d", "e"};
        figure.panels.push_back(heatmap);
        auto text = std::make_shared<TextPanel>();
        text->blocks.push_back({QStringLiteral("Zed = Ex W<sub>Vee</sub>"), true});
        figure.panels.push_back(text);
        figure.columns = 2;
        const QByteArray svg = renderFigure(figure, style, ExportFormat::Svg);
        int images = 0;
        int rects = 0;
        double unitsToPt = 0;
        const auto texts = svgTexts(svg, &images, &rects, &unitsToPt);
        QCOMPARE(images, 0);
        QVERIFY2(rects >= 25, "every cell is a rectangle");
        QVERIFY(unitsToPt > 0);
        for (const SvgText &t : texts)
            QVERIFY2(t.fontSize * unitsToPt >= kMinimumFontPt - 0.01,
                     qPrintable(QStringLiteral("%1 at %2 pt").arg(t.text).arg(t.fontSize * unitsToPt)));
        // The subscript is a run of its own, below the baseline of the W it belongs to.
        const auto w = std::find_if(texts.begin(), texts.end(), [](const SvgText &t) { return t.text == "W"; });
        const auto vee = std::find_if(texts.begin(), texts.end(), [](const SvgText &t) { return t.text == "Vee"; });
        QVERIFY(w != texts.end());
        QVERIFY(vee != texts.end());
        QVERIFY(vee->y > w->y);
        QVERIFY(vee->fontSize <= w->fontSize);
        // The size in millimetres.
        QVERIFY(svg.contains(QStringLiteral("width=\"%1mm\"").arg(style.sizeMm.width(), 0, 'f', 3).toUtf8()));

        const QByteArray pdf = renderFigure(figure, style, ExportFormat::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.contains("/Font"), "the PDF's text is text");
        QVERIFY(!pdf.contains("/Subtype /Image"));
        QImage png;
        QVERIFY(png.loadFromData(renderFigure(figure, style, ExportFormat::Png), "PNG"));
        QCOMPARE(png.size(), style.pngPixels());
    }

    void presets()
    {
        QCOMPARE(FigureStyle::forPreset(FigurePreset::Slide).pngPixels(), QSize(1920, 1080));
        QCOMPARE(FigureStyle::forPreset(FigurePreset::Column).pngDpi(), 300.0);
        QVERIFY(FigureStyle::custom(100, 80, 4).smallPt() >= kMinimumFontPt);
        QVERIFY(!figureStyleError(100, 80, 6).isEmpty());
        QVERIFY(figureStyleError(100, 80, 9).isEmpty());
        QCOMPARE(figurePresetFromName(QStringLiteral("double")), FigurePreset::Double);
    }
};

QTEST_MAIN(TestFigures)
#include "tst_figures.moc"
