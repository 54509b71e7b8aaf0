// SPDX-License-Identifier: GPL-3.0-or-later
// The figure layer (widgets/figures/) and the colour maps: the diverging map is symmetric about
// zero, rich text keeps sub- and superscripts as runs on their own baselines in SVG, heatmap
// cells are rectangles, and no text is smaller than 8 pt at the printed size.
#include "widgets/common/colormap.h"
#include "widgets/common/heatmapview.h"
#include "widgets/figures/figure.h"
#include "widgets/figures/richtext.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTest>
#include <QTransform>
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
    double x = 0;
    QTransform transform; // of the text's groups
};

// The <text> elements of an SVG with their baseline and the font size of their group.
std::vector<SvgText> svgTexts(const QByteArray &svg, int *images, int *rects, double *unitsToPt)
{
    std::vector<SvgText> texts;
    QXmlStreamReader xml(svg);
    std::vector<double> sizes{0.0};
    std::vector<QTransform> transforms{QTransform()};
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
            QTransform t = transforms.back();
            const QString matrix = attributes.value(QLatin1String("transform")).toString();
            static const QRegularExpression numbers(QStringLiteral("matrix\\(([^)]*)\\)"));
            if (const auto m = numbers.match(matrix); m.hasMatch()) {
                const auto v = m.captured(1).split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
                if (v.size() == 6)
                    t = QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(),
                                   v[4].toDouble(), v[5].toDouble())
                        * t;
            }
            transforms.push_back(t);
            if (xml.name() == QLatin1String("image"))
                ++*images;
            if (xml.name() == QLatin1String("rect") || xml.name() == QLatin1String("path"))
                ++*rects;
            if (xml.name() == QLatin1String("text")) {
                const double y = attributes.value(QLatin1String("y")).toDouble();
                const double x = attributes.value(QLatin1String("x")).toDouble();
                texts.push_back({xml.readElementText(QXmlStreamReader::IncludeChildElements), y, size, x, t});
                sizes.pop_back();
                transforms.pop_back();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            sizes.pop_back();
            transforms.pop_back();
        }
    }
    Q_ASSERT(!xml.hasError());
    return texts;
}

// Every text of the figure's SVG starts and ends inside the page (its baseline point and the
// point its advance reaches, through the transforms of its groups), none ends in "…".
void checkTextsInside(const Figure &figure, const FigureStyle &style)
{
    const QByteArray svg = renderFigure(figure, style, ExportFormat::Svg);
    int images = 0;
    int rects = 0;
    double unitsToPt = 0;
    const QRectF page = QRectF(QPointF(), style.sizePt()).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const SvgText &t : svgTexts(svg, &images, &rects, &unitsToPt)) {
        QVERIFY2(!t.text.endsWith(QChar(0x2026)), qPrintable(QStringLiteral("'%1' is shortened").arg(t.text)));
        const QFontMetricsF fm(figureFont(t.fontSize * unitsToPt), figureMetricsDevice());
        const QPointF start = t.transform.map(QPointF(t.x, t.y));
        const QPointF end = t.transform.map(QPointF(t.x + fm.horizontalAdvance(t.text) / unitsToPt, t.y));
        QVERIFY2(page.contains(start * unitsToPt) && page.contains(end * unitsToPt),
                 qPrintable(QStringLiteral("'%1' runs from (%2, %3) to (%4, %5), outside the page %6 x %7")
                                .arg(t.text)
                                .arg(start.x() * unitsToPt)
                                .arg(start.y() * unitsToPt)
                                .arg(end.x() * unitsToPt)
                                .arg(end.y() * unitsToPt)
                                .arg(page.width())
                                .arg(page.height())));
    }
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

    // The steps figure's shape: a heatmap and its explanation. The heatmap takes the room its
    // cells can use (a large share of the figure), the text what it needs; no text is shortened
    // with an ellipsis, and every text lies inside the figure.
    void heatmapBesideTextFillsTheFigure_data()
    {
        QTest::addColumn<QSizeF>("sizeMm");
        QTest::addColumn<double>("fontPt");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<double>("share");
        for (auto [name, preset] : {std::pair{"slide", FigurePreset::Slide}, std::pair{"column", FigurePreset::Column},
                                    std::pair{"double", FigurePreset::Double}}) {
            const FigureStyle style = FigureStyle::forPreset(preset);
            QTest::addRow("%s square", name) << style.sizeMm << style.fontPt << 6 << 6 << 0.12;
            QTest::addRow("%s wide", name) << style.sizeMm << style.fontPt << 6 << 32 << 0.12;
        }
        // Too small for its title, label and caption at 10 pt to leave the heatmap much: only whole
        // texts inside the page are asked of it.
        QTest::addRow("60x60 square") << QSizeF(60, 60) << 10.0 << 6 << 6 << 0.0;
    }
    void heatmapBesideTextFillsTheFigure()
    {
        QFETCH(QSizeF, sizeMm);
        QFETCH(double, fontPt);
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(double, share);
        const FigureStyle style = FigureStyle::custom(sizeMm.width(), sizeMm.height(), fontPt);
        Figure figure;
        figure.title = QStringLiteral("Step 9 of 9: Output projection");
        figure.caption = QStringLiteral("multi-head attention (MHA), layer 0; input: seeded random vectors.");
        auto heatmap = std::make_shared<HeatmapPanel>();
        heatmap->matrix = core::Matrix::Random(rows, cols);
        heatmap->scale = {ColorMapKind::Diverging, -1.0, 1.0, QStringLiteral("Value")};
        heatmap->rowTitle = QStringLiteral("Token");
        heatmap->colTitle = QStringLiteral("Dimension");
        heatmap->label = QStringLiteral("output [6 × 32]");
        heatmap->minimumShare = 0.45;
        figure.panels.push_back(heatmap);
        auto text = std::make_shared<TextPanel>();
        text->blocks.push_back({QStringLiteral("output = Concat(O<sub>0</sub>, …, O<sub>3</sub>) W<sub>O</sub>"), true});
        text->blocks.push_back({QStringLiteral("<i>W</i><sub>O</sub> mixes the heads' results back into "
                                               "<i>d</i><sub>model</sub> = 32 numbers per token."),
                                false});
        figure.panels.push_back(text);
        figure.fitPanels = true;
        const QRectF page(QPointF(), style.sizePt());
        const auto rects = figure.panelRects(page, style);
        QCOMPARE(rects.size(), std::size_t(2));
        const double fraction = heatmap->gridShare(rects[0].size(), page.size(), style);
        QVERIFY2(fraction >= share, qPrintable(QStringLiteral("the heatmap covers %1 of the figure").arg(fraction)));
        // The text panel is no larger than its text needs where the heatmap could use more.
        QVERIFY(!rects[0].intersects(rects[1]));
        // Drawn at the body size where it fits, the text's blocks all shown.
        if (style.preset != FigurePreset::Custom || sizeMm.width() > 80) {
            QCOMPARE(text->fittingBlocks(rects[1].size(), text->fittedPt(rects[1].size(), style), style),
                     text->blocks.size());
        }
        checkTextsInside(figure, style);
    }

    // A colour scale's label is never shortened: at every size it is written whole, wrapped
    // along the bar where it is longer than the bar.
    void colorScaleLabelIsWhole_data()
    {
        QTest::addColumn<QSizeF>("sizeMm");
        QTest::addColumn<double>("fontPt");
        QTest::newRow("slide") << QSizeF(254, 142.875) << 16.0;
        QTest::newRow("column") << QSizeF(88, 66) << 8.5;
        QTest::newRow("double") << QSizeF(180, 90) << 9.0;
        QTest::newRow("60x60") << QSizeF(60, 60) << 10.0;
        QTest::newRow("wide and low") << QSizeF(200, 30) << 9.0;
    }
    void colorScaleLabelIsWhole()
    {
        QFETCH(QSizeF, sizeMm);
        QFETCH(double, fontPt);
        const FigureStyle style = FigureStyle::custom(sizeMm.width(), sizeMm.height(), fontPt);
        Figure figure;
        auto heatmap = std::make_shared<HeatmapPanel>();
        heatmap->matrix = core::Matrix::Random(6, 6);
        heatmap->scale = {ColorMapKind::Diverging, -1.27, 1.27, QStringLiteral("Value")};
        figure.panels.push_back(heatmap);
        const QByteArray svg = renderFigure(figure, style, ExportFormat::Svg);
        int images = 0;
        int rects = 0;
        double unitsToPt = 0;
        QString words;
        for (const SvgText &t : svgTexts(svg, &images, &rects, &unitsToPt)) {
            QVERIFY2(!t.text.endsWith(QChar(0x2026)), qPrintable(t.text));
            words += t.text + QLatin1Char(' ');
        }
        const QString title = colorScaleTitle(QStringLiteral("Value"), ColorMapKind::Diverging);
        QVERIFY2(words.simplified().remove(QLatin1Char(' ')).contains(QString(title).remove(QLatin1Char(' '))),
                 qPrintable(words));
        checkTextsInside(figure, style);
    }

    void wrapTextBreaksAtSpaces()
    {
        const QFontMetricsF fm(figureFont(10), figureMetricsDevice());
        const QString text = QStringLiteral("Value (diverging, centred on 0)");
        const QStringList lines = wrapText(text, fm, fm.horizontalAdvance(QStringLiteral("Value (diverging,")) + 1);
        QCOMPARE(lines, (QStringList{QStringLiteral("Value (diverging,"), QStringLiteral("centred on 0)")}));
        for (const QString &line : wrapText(QStringLiteral("abcdefghijklmnop"), fm, 20))
            QVERIFY(fm.horizontalAdvance(line) <= 20.01 || line.size() == 1);
        QCOMPARE(wrapText(text, fm, 1e6), QStringList{text});
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
