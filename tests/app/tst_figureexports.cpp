// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: every export of every view is a figure built from the view's data. None of the texts
// of the page's controls (buttons, spin boxes, combo boxes, line edits) is among the figure's
// texts, the SVG parses and holds rectangles or paths and text but no image, every font is at
// least 8 pt at the printed size, the PDF has text, and a view with nothing to draw refuses
// with a sentence.
#include "app/mainwindow.h"
#include "tests/common/timelimits.h"
#include "widgets/figures/figure.h"
#include "widgets/common/colormap.h"
#include "widgets/figures/richtext.h"
#include "widgets/views/page.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTransform>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <map>

#include <memory>

using namespace attnscope;

namespace {

constexpr int kTimeoutMs = testing::kWaitMs;

// The texts a user reads on the page's controls: long enough not to be a number or a tick.
// A combo box's items name choices (the plotted metric), which a figure may name as its axis
// title: they go to *choices, checked against whole text elements only.
QStringList controlTexts(QWidget *page, QStringList *choices)
{
    QStringList texts;
    auto add = [&](QString text) {
        text.remove(QLatin1Char('&'));
        text = text.simplified();
        if (text.size() >= 4 && text.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))))
            texts << text;
    };
    for (auto *b : page->findChildren<QAbstractButton *>())
        add(b->text());
    for (auto *s : page->findChildren<QSpinBox *>()) {
        add(s->text());
        add(s->prefix());
        add(s->suffix());
    }
    for (auto *s : page->findChildren<QDoubleSpinBox *>()) {
        add(s->text());
        add(s->prefix());
        add(s->suffix());
    }
    for (auto *c : page->findChildren<QComboBox *>())
        for (int i = 0; i < c->count(); ++i)
            *choices << c->itemText(i).remove(QLatin1Char('&')).simplified();
    for (auto *e : page->findChildren<QLineEdit *>())
        add(e->text());
    texts.removeDuplicates();
    return texts;
}

struct SvgFacts
{
    QStringList texts;
    std::vector<QPointF> anchors; // each text's x, y through its groups' transforms, in points
    QSizeF pagePt;
    int images = 0;
    int shapes = 0;
    double smallestPt = 1e9;
    bool parsed = false;
};

SvgFacts readSvg(const QByteArray &svg)
{
    SvgFacts facts;
    QXmlStreamReader xml(svg);
    std::vector<double> sizes{0.0};
    std::vector<QTransform> transforms{QTransform()};
    double unitsToPt = 1.0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("svg")) {
                const double widthMm = a.value(QLatin1String("width")).toString().remove("mm").toDouble();
                const auto box = a.value(QLatin1String("viewBox")).toString().split(' ');
                unitsToPt = widthMm * 72.0 / 25.4 / box.value(2).toDouble();
                facts.pagePt = QSizeF(box.value(2).toDouble(), box.value(3).toDouble()) * unitsToPt;
            }
            QTransform t = transforms.back();
            static const QRegularExpression matrix(QStringLiteral("matrix\\(([^)]*)\\)"));
            if (const auto m = matrix.match(a.value(QLatin1String("transform")).toString()); m.hasMatch()) {
                const auto v = m.captured(1).split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
                if (v.size() == 6)
                    t = QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(),
                                   v[4].toDouble(), v[5].toDouble())
                        * t;
            }
            transforms.push_back(t);
            sizes.push_back(a.hasAttribute(QLatin1String("font-size")) ? a.value(QLatin1String("font-size")).toDouble()
                                                                       : sizes.back());
            facts.images += xml.name() == QLatin1String("image");
            facts.shapes += xml.name() == QLatin1String("rect") || xml.name() == QLatin1String("path")
                || xml.name() == QLatin1String("polyline") || xml.name() == QLatin1String("polygon");
            if (xml.name() == QLatin1String("text")) {
                facts.smallestPt = std::min(facts.smallestPt, sizes.back() * unitsToPt);
                const QPointF at(a.value(QLatin1String("x")).toDouble(), a.value(QLatin1String("y")).toDouble());
                facts.anchors.push_back(transforms.back().map(at) * unitsToPt);
                facts.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                sizes.pop_back();
                transforms.pop_back();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            sizes.pop_back();
            transforms.pop_back();
        }
    }
    facts.parsed = !xml.hasError();
    return facts;
}

} // namespace

class TestFigureExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AttnScope-tests"));
        m_window = std::make_unique<app::MainWindow>();
        QSignalSpy shown(m_window.get(), &app::MainWindow::traceShown);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kTimeoutMs);
    }
    void cleanupTestCase() { m_window.reset(); }

    void viewsExportFigures_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("preset");
        QTest::addColumn<bool>("allHeads");
        for (const char *view : {"attention", "compare", "steps", "footprint", "tradeoff"})
            for (auto preset : {widgets::FigurePreset::Slide, widgets::FigurePreset::Column,
                                widgets::FigurePreset::Double})
                QTest::addRow("%s %s", view, qPrintable(widgets::figurePresetName(preset)))
                    << QString::fromLatin1(view) << int(preset) << false;
        QTest::addRow("attention all heads")
            << QStringLiteral("attention") << int(widgets::FigurePreset::Double) << true;
    }
    void viewsExportFigures()
    {
        QFETCH(QString, view);
        QFETCH(int, preset);
        QFETCH(bool, allHeads);
        const widgets::FigureStyle style = widgets::FigureStyle::forPreset(widgets::FigurePreset(preset));
        QString why;
        const auto figure = figureOf(view, widgets::FigureOptions{style, allHeads}, &why);
        QVERIFY2(figure, qPrintable(why));
        QWidget *widget = m_window->viewWidget(view);
        QVERIFY(!figure->panels.empty());

        const SvgFacts svg = readSvg(widgets::renderFigure(*figure, style, widgets::ExportFormat::Svg));
        QVERIFY(svg.parsed);
        QCOMPARE(svg.images, 0);
        QVERIFY(svg.shapes > 0);
        QVERIFY(!svg.texts.isEmpty());
        QVERIFY2(svg.smallestPt >= widgets::kMinimumFontPt - 0.01, qPrintable(QString::number(svg.smallestPt)));
        // Nothing shortened, nothing outside the page.
        const QRectF sheet = QRectF(QPointF(), svg.pagePt).adjusted(-0.5, -0.5, 0.5, 0.5);
        for (qsizetype i = 0; i < svg.texts.size(); ++i) {
            QVERIFY2(!svg.texts.at(i).endsWith(QChar(0x2026)),
                     qPrintable(QStringLiteral("'%1' is shortened").arg(svg.texts.at(i))));
            const QPointF at = svg.anchors.at(std::size_t(i));
            QVERIFY2(sheet.contains(at), qPrintable(QStringLiteral("'%1' starts at (%2, %3), outside the page")
                                                       .arg(svg.texts.at(i))
                                                       .arg(at.x())
                                                       .arg(at.y())));
        }
        const QString drawn = svg.texts.join(QLatin1Char(' ')).simplified();
        QStringList choices;
        for (const QString &control : controlTexts(widget, &choices)) {
            QVERIFY2(!svg.texts.contains(control) && !drawn.contains(control),
                     qPrintable(QStringLiteral("the control text '%1' is in the figure").arg(control)));
        }
        for (const QString &choice : std::as_const(choices)) {
            QVERIFY2(choice.size() < 4 || !svg.texts.contains(choice),
                     qPrintable(QStringLiteral("the combo box item '%1' is in the figure").arg(choice)));
        }
        const QByteArray pdf = widgets::renderFigure(*figure, style, widgets::ExportFormat::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.contains("/Font"), "the PDF holds text");
        QVERIFY(!pdf.contains("/Subtype /Image"));
        QImage png;
        QVERIFY(png.loadFromData(widgets::renderFigure(*figure, style, widgets::ExportFormat::Png), "PNG"));
        QCOMPARE(png.size(), style.pngPixels());
    }

    // The steps figure at every preset and for each mechanism: its heatmap takes a good share of
    // the figure, and the colour scale's label is whole.
    void stepsHeatmapTakesTheRoom_data()
    {
        QTest::addColumn<int>("mechanism");
        QTest::addColumn<int>("preset");
        for (auto [name, mechanism] : {std::pair{"mha", core::Mechanism::Mha}, std::pair{"gqa", core::Mechanism::Gqa},
                                       std::pair{"mla", core::Mechanism::Mla},
                                       std::pair{"bahdanau", core::Mechanism::Bahdanau}})
            for (auto preset :
                 {widgets::FigurePreset::Slide, widgets::FigurePreset::Column, widgets::FigurePreset::Double})
                QTest::addRow("%s %s", name, qPrintable(widgets::figurePresetName(preset)))
                    << int(mechanism) << int(preset);
    }
    void stepsHeatmapTakesTheRoom()
    {
        QFETCH(int, mechanism);
        QFETCH(int, preset);
        QVERIFY(showMechanism(core::Mechanism(mechanism)));
        const widgets::FigureStyle style = widgets::FigureStyle::forPreset(widgets::FigurePreset(preset));
        QString why;
        const auto figure = figureOf(QStringLiteral("steps"), widgets::FigureOptions{style, false}, &why);
        QVERIFY2(figure, qPrintable(why));
        const auto *heatmap = dynamic_cast<const widgets::HeatmapPanel *>(figure->panels.front().get());
        QVERIFY(heatmap);
        const QRectF whole(QPointF(), style.sizePt());
        const double share = heatmap->gridShare(figure->panelRects(whole, style).front().size(), whole.size(), style);
        // The text gives way where it would leave the heatmap less than 15% of the figure.
        const double least = 0.12;
        QVERIFY2(share >= least, qPrintable(QStringLiteral("%1: the heatmap covers %2 of the figure")
                                                .arg(widgets::richTextPlain(figure->title))
                                                .arg(share)));
        // The text beside or under the heatmap shows something, or is not there at all: never an
        // empty place (Bahdanau's GRU formula in a column-wide figure).
        if (figure->panels.size() == 2) {
            const auto *words = dynamic_cast<const widgets::TextPanel *>(figure->panels.back().get());
            QVERIFY(words);
            const QSizeF room = figure->panelRects(whole, style).back().size();
            QVERIFY2(words->fittingBlocks(room, words->fittedPt(room, style), style) > 0,
                     qPrintable(widgets::richTextPlain(figure->title) + QStringLiteral(": an empty text panel")));
        }
        const SvgFacts svg = readSvg(widgets::renderFigure(*figure, style, widgets::ExportFormat::Svg));
        const QString all = svg.texts.join(QString()).remove(QLatin1Char(' '));
        QVERIFY2(all.contains(QString(widgets::colorScaleTitle(heatmap->scale.label, heatmap->scale.kind))
                                  .remove(QLatin1Char(' '))),
                 qPrintable(svg.texts.join(QLatin1Char('|'))));
    }

    // A small custom figure (60 x 60 mm at the custom preset's font) still shows its heatmap.
    // (MHA's output step; a Bahdanau step's three-line title leaves such a figure little room.)
    void stepsSmallCustomFigure()
    {
        QVERIFY(showMechanism(core::Mechanism::Mha));
        widgets::FigureStyle style = widgets::FigureStyle::forPreset(widgets::FigurePreset::Custom);
        style.sizeMm = QSizeF(60, 60);
        QString why;
        const auto figure = figureOf(QStringLiteral("steps"), widgets::FigureOptions{style, false}, &why);
        QVERIFY2(figure, qPrintable(why));
        const auto *heatmap = dynamic_cast<const widgets::HeatmapPanel *>(figure->panels.front().get());
        QVERIFY(heatmap);
        const QRectF whole(QPointF(), style.sizePt());
        const double share = heatmap->gridShare(figure->panelRects(whole, style).front().size(), whole.size(), style);
        QVERIFY2(share >= 0.05, qPrintable(QStringLiteral("the heatmap covers %1 of the figure").arg(share)));
    }

    void stepsBackToMha() { QVERIFY(showMechanism(core::Mechanism::Mha)); }

    // The footprint chart's rich legend writes each name once (no invisible plain copy), as runs.
    void legendNamesOnce()
    {
        const widgets::FigureStyle style = widgets::FigureStyle::forPreset(widgets::FigurePreset::Double);
        QString why;
        const auto figure = figureOf(QStringLiteral("footprint"), widgets::FigureOptions{style, false}, &why);
        QVERIFY2(figure, qPrintable(why));
        const QByteArray bytes = widgets::renderFigure(*figure, style, widgets::ExportFormat::Svg);
        const SvgFacts svg = readSvg(bytes);
        for (const QString &text : svg.texts)
            QVERIFY2(!text.contains(QLatin1Char('_')) || text.contains(QStringLiteral("heads_")),
                     qPrintable(QStringLiteral("plain notation '%1' in the figure").arg(text)));
        QVERIFY2(!bytes.contains("d_h^R") && !bytes.contains("c_KV"), "a plain-text copy of a rich name");
        // The MLA entry's d_h^R: its R a run of its own, written once.
        QCOMPARE(svg.texts.count(QStringLiteral("R")), 1);
    }

    // A chart's tick labels are as many as fit the axis at the figure's size, not at the window's:
    // at column width the context labels (1K ... 1M) and the bytes labels do not run together.
    void ticksFitTheFigure()
    {
        for (const auto preset : {widgets::FigurePreset::Column, widgets::FigurePreset::Double}) {
            const widgets::FigureStyle style = widgets::FigureStyle::forPreset(preset);
            QString why;
            const auto figure = figureOf(QStringLiteral("footprint"), widgets::FigureOptions{style, false}, &why);
            QVERIFY2(figure, qPrintable(why));
            const SvgFacts svg = readSvg(widgets::renderFigure(*figure, style, widgets::ExportFormat::Svg));
            static const QRegularExpression tokens(QStringLiteral("^[0-9]+[KM]$"));
            static const QRegularExpression bytes(QStringLiteral("^[0-9.]+ [KMGT]?i?B$"));
            // The axes' labels: those on the one baseline (x) or column (y) that most of them
            // share (the caption's words, "at 4K", lie elsewhere).
            std::map<long, std::vector<double>> rows, columns;
            for (qsizetype i = 0; i < svg.texts.size(); ++i) {
                const QPointF at = svg.anchors[std::size_t(i)];
                if (tokens.match(svg.texts[i]).hasMatch())
                    rows[std::lround(at.y())].push_back(at.x());
                else if (bytes.match(svg.texts[i]).hasMatch())
                    columns[std::lround(at.x() / 10.0)].push_back(at.y());
            }
            auto largest = [](const std::map<long, std::vector<double>> &groups) {
                std::vector<double> best;
                for (const auto &[key, values] : groups)
                    if (values.size() > best.size())
                        best = values;
                return best;
            };
            std::vector<double> xs = largest(rows), ys = largest(columns);
            QVERIFY2(xs.size() >= 2 && ys.size() >= 2, qPrintable(svg.texts.join(QLatin1Char('|'))));
            std::sort(xs.begin(), xs.end());
            std::sort(ys.begin(), ys.end());
            // "512K" at the small size is about 2.5 ems wide; the labels' starts stay apart by more.
            const double em = style.smallPt();
            for (std::size_t i = 1; i < xs.size(); ++i)
                QVERIFY2(xs[i] - xs[i - 1] > 3.0 * em,
                         qPrintable(QStringLiteral("x ticks %1 pt apart in %2").arg(xs[i] - xs[i - 1]).arg(svg.texts.join(QLatin1Char('|')))));
            for (std::size_t i = 1; i < ys.size(); ++i)
                QVERIFY2(ys[i] - ys[i - 1] > 1.2 * em, qPrintable(QStringLiteral("y ticks %1 pt apart").arg(ys[i] - ys[i - 1])));
        }
    }

    // In a column-wide figure the four maps are a 2 x 2 grid of equal maps that each cover a
    // good part of the figure; they share their axis titles.
    void compareMapsAtColumn()
    {
        const widgets::FigureStyle style = widgets::FigureStyle::forPreset(widgets::FigurePreset::Column);
        QString why;
        const auto figure = figureOf(QStringLiteral("compare"), widgets::FigureOptions{style, false}, &why);
        QVERIFY2(figure, qPrintable(why));
        QCOMPARE(figure->panels.size(), std::size_t(4));
        const QRectF whole(QPointF(), style.sizePt());
        const auto rects = figure->panelRects(whole, style);
        for (std::size_t i = 0; i < 4; ++i) {
            const auto *map = dynamic_cast<const widgets::HeatmapPanel *>(figure->panels[i].get());
            QVERIFY(map);
            const double share = map->gridShare(rects[i].size(), whole.size(), style);
            QVERIFY2(share >= 0.04, qPrintable(QStringLiteral("map %1 covers %2 of the figure").arg(i).arg(share)));
            QCOMPARE(map->rowTitle.isEmpty(), i % 2 == 1); // the row title on the left column only
            QCOMPARE(map->colTitle.isEmpty(), i < 2);      // the column title under the bottom row
        }
    }

    // The compare figure's bars name each mechanism's cache formula with sub- and superscripts
    // as runs of their own.
    void compareBarsHaveRichLabels()
    {
        // The double column: wide enough for the bars, and its caption (with the formulas) fits.
        const widgets::FigureStyle style = widgets::FigureStyle::forPreset(widgets::FigurePreset::Double);
        QString why;
        const auto figure = figureOf(QStringLiteral("compare"), widgets::FigureOptions{style, false}, &why);
        QVERIFY2(figure, qPrintable(why));
        QCOMPARE(figure->panels.size(), std::size_t(5));
        const QByteArray bytes = widgets::renderFigure(*figure, style, widgets::ExportFormat::Svg);
        const SvgFacts svg = readSvg(bytes);
        QVERIFY(!bytes.contains("d_c") && !bytes.contains("d_h^R"));
        for (const char *name : {"MHA", "GQA", "MQA", "MLA"})
            QVERIFY2(svg.texts.contains(QString::fromLatin1(name)), name);
        // "d", then "c" (subscript) and "h" and "R": separate texts.
        QVERIFY(svg.texts.count(QStringLiteral("c")) >= 1);
        QVERIFY(svg.texts.count(QStringLiteral("R")) >= 1);
    }

    void timingsWithoutSweepRefuses()
    {
        QString why;
        QVERIFY(!figureOf(QStringLiteral("timings"), widgets::FigureOptions{}, &why));
        QVERIFY(why.contains(QStringLiteral("sweep")));
        QVERIFY(why.endsWith(QLatin1Char('.')));
    }

    void stepsFormulaKeepsSubscripts()
    {
        QString why;
        const auto figure = figureOf(QStringLiteral("steps"), widgets::FigureOptions{}, &why);
        QVERIFY2(figure, qPrintable(why));
        const auto *text = dynamic_cast<const widgets::TextPanel *>(figure->panels.back().get());
        QVERIFY(text);
        QVERIFY(!text->blocks.empty());
    }

private:
    // Shows the view, waits for its computation and animations to finish, and builds its
    // figure: null where the view is still busy, is no page or draws nothing (*why says which).
    std::shared_ptr<widgets::Figure> figureOf(const QString &view, const widgets::FigureOptions &options, QString *why)
    {
        m_window->showView(view);
        if (!QTest::qWaitFor([this] { return !m_window->isBusy(); }, kTimeoutMs)) {
            *why = QStringLiteral("the %1 view is still busy").arg(view);
            return nullptr;
        }
        m_window->finishAnimations();
        QCoreApplication::processEvents();
        const auto *page = dynamic_cast<const widgets::Page *>(m_window->viewWidget(view));
        if (!page) {
            *why = QStringLiteral("the %1 view is no page").arg(view);
            return nullptr;
        }
        return page->figure(options, why);
    }

    // Shows the mechanism's trace (computing it where another one is shown); false where it
    // does not arrive in time.
    bool showMechanism(core::Mechanism mechanism)
    {
        if (m_window->shownConfig().mechanism == mechanism)
            return true;
        QSignalSpy shown(m_window.get(), &app::MainWindow::traceShown);
        m_window->selectMechanism(mechanism);
        return QTest::qWaitFor([&shown] { return shown.count() >= 1; }, kTimeoutMs);
    }

    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestFigureExports)
#include "tst_figureexports.moc"
