// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonhandout.h"

#include "core/support/timescale.h"
#include "io/filewriter.h"
#include "lessons/lesson.h"
#include "lessons/lessonplayer.h"
#include "lessons/stage.h"
#include "widgets/common/exporter.h"
#include "widgets/figures/figure.h"
#include "widgets/views/page.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace attnscope::lessons {

// The tr() context of the handout's own words.
class LessonHandout
{
    Q_DECLARE_TR_FUNCTIONS(attnscope::lessons::LessonHandout)
};

namespace {

constexpr int kTimeoutMs = core::scaledMs(120000);
// The PDF's units are points, as the figures' (widgets/figures/: laid out in points on a 72 dpi
// device), so that a figure paints onto the page at its printed size; PDF is vector anyway.
constexpr int kDpi = 72;

// The figures' printed size and base font: the width of the text, and short enough that two
// steps (heading, figure, text) share an A4 page. No text of a figure is below
// widgets::kMinimumFontPt at this size.
widgets::FigureStyle handoutStyle()
{
    return widgets::FigureStyle::custom(170.0, 80.0, 8.5);
}

bool waitFor(const std::function<bool()> &done)
{
    return lessons::waitForStage(done, kTimeoutMs);
}

// The view names of the sentence that stands in for a missing figure.
QString viewName(const QString &id)
{
    if (id == QLatin1String("steps"))
        return LessonHandout::tr("steps");
    if (id == QLatin1String("attention"))
        return LessonHandout::tr("attention weights");
    if (id == QLatin1String("heads"))
        return LessonHandout::tr("heads");
    if (id == QLatin1String("compare"))
        return LessonHandout::tr("compare");
    if (id == QLatin1String("footprint"))
        return LessonHandout::tr("KV-cache footprint");
    if (id == QLatin1String("tradeoff"))
        return LessonHandout::tr("quality against cache");
    if (id == QLatin1String("timings"))
        return LessonHandout::tr("timings");
    return id;
}

// A chart panel (a QCustomPlot painted through widgets::paintPlot) draws only on the painter
// renderFigure() makes. On the handout's painter it is drawn as a figure of its own, rendered
// to SVG and replayed onto the page: still vectors (its text as outlines).
class ChartSnapshotPanel : public widgets::FigurePanel
{
public:
    explicit ChartSnapshotPanel(const widgets::PaintPanel &chart)
        : m_chart(std::make_shared<widgets::PaintPanel>(chart))
    {
        label = chart.label;
        m_chart->label.clear(); // the handout's figure draws it above the panel
    }

    void paint(QPainter &painter, const QRectF &rect, const widgets::FigureStyle &style) const override
    {
        const double mmPerPt = 25.4 / 72.0;
        const widgets::FigureStyle own =
            widgets::FigureStyle::custom(rect.width() * mmPerPt, rect.height() * mmPerPt, style.fontPt);
        if (!widgets::figureStyleError(own.sizeMm.width(), own.sizeMm.height(), own.fontPt).isEmpty())
            return;
        widgets::Figure figure;
        figure.panels.push_back(m_chart);
        QSvgRenderer svg(widgets::renderFigure(figure, own, widgets::ExportFormat::Svg));
        painter.save();
        svg.render(&painter, rect);
        painter.restore();
    }

private:
    std::shared_ptr<widgets::PaintPanel> m_chart;
};

// The figure of the view a step shows, ready for the handout's painter, or nullptr with *why.
std::shared_ptr<widgets::Figure> stepFigure(Stage &window, const QString &view, QString *why)
{
    QWidget *widget = window.viewWidget(view);
    const auto *page = dynamic_cast<const widgets::Page *>(widget);
    std::shared_ptr<widgets::Figure> figure =
        page ? page->figure(widgets::FigureOptions{handoutStyle(), false}, why) : nullptr;
    if (!figure) {
        if (why->isEmpty())
            *why = LessonHandout::tr("The %1 view makes no figure for this step.").arg(viewName(view));
        return nullptr;
    }
    // The chart pages' panels paint a QCustomPlot (found by class name: lessons do not see it).
    bool charts = widget && widget->inherits("QCustomPlot");
    if (widget)
        for (const QWidget *child : widget->findChildren<QWidget *>())
            charts = charts || child->inherits("QCustomPlot");
    if (charts) {
        auto copy = std::make_shared<widgets::Figure>(*figure);
        for (auto &panel : copy->panels)
            if (const auto *chart = dynamic_cast<const widgets::PaintPanel *>(panel.get()))
                panel = std::make_shared<ChartSnapshotPanel>(*chart);
        figure = copy;
    }
    return figure;
}

// Lays blocks (rich text, then an optional figure) out on pages, top to bottom.
class Pages
{
public:
    Pages(QPdfWriter &pdf, QPainter &painter, const QString &footer)
        : m_pdf(pdf),
          m_painter(painter),
          m_footer(footer),
          m_width(pdf.width()),
          m_height(pdf.height() - footerHeight())
    {}

    // Places a block: a heading, the step's figure below it (at its printed size, never
    // shrunk: its text must stay legible; or, without one, the sentence `missing` that says
    // why), then the text below it. A block starts a new page when it does not fit the rest of
    // this one, so several short steps share a page.
    void add(const QString &heading, const QString &text = QString(), const widgets::Figure *figure = nullptr,
             const QString &missing = QString())
    {
        QTextDocument head;
        QTextDocument body;
        QTextDocument instead;
        setUp(head, heading);
        setUp(body, text);
        const qreal headHeight = heading.isEmpty() ? 0.0 : head.size().height();
        const qreal textHeight = text.isEmpty() ? 0.0 : body.size().height();
        const qreal gap = m_pdf.resolution() * 0.06;
        const widgets::FigureStyle style = handoutStyle();
        qreal pictureHeight = 0.0;
        if (figure) {
            pictureHeight = style.sizePt().height() * m_pdf.resolution() / 72.0 + gap;
        } else if (!missing.isEmpty()) {
            setUp(instead, QStringLiteral("<p style=\"color: #666666;\"><i>%1</i></p>").arg(missing.toHtmlEscaped()));
            pictureHeight = instead.size().height() + gap;
        }
        const qreal needed = headHeight + pictureHeight + textHeight;
        if (m_y > 0 && m_y + needed > m_height)
            newPage();

        draw(head, headHeight);
        if (figure) {
            // Painted from its data onto the page: cells are rectangles, labels are text.
            const qreal scale = m_pdf.resolution() / 72.0;
            const QSizeF size = style.sizePt() * scale;
            const QRectF target((m_width - size.width()) / 2, m_y, size.width(), size.height());
            m_painter.save();
            m_painter.translate(target.topLeft());
            m_painter.scale(scale, scale);
            m_painter.setClipRect(QRectF(QPointF(), style.sizePt()));
            figure->paint(m_painter, QRectF(QPointF(), style.sizePt()), style);
            m_painter.restore();
            m_painter.save();
            m_painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), m_pdf.resolution() / 150.0));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRect(target);
            m_painter.restore();
            m_y += pictureHeight;
        } else if (!missing.isEmpty()) {
            draw(instead, pictureHeight - gap);
            m_y += gap;
        }
        draw(body, textHeight);
        m_y += m_pdf.resolution() * 0.2; // space between blocks
    }

    void finish() { drawFooter(); }
    [[nodiscard]] int pageCount() const { return m_page; }

private:
    void setUp(QTextDocument &doc, const QString &html) const
    {
        doc.documentLayout()->setPaintDevice(&m_pdf);
        doc.setUseDesignMetrics(true); // fractional advances and line heights at the PDF's 72 dpi
        QFont font = QApplication::font();
        font.setPointSizeF(9.5);
        doc.setDefaultFont(font);
        // Pixel lengths are the device's: at 72 dpi, a quarter of Qt's defaults (12 px around a
        // paragraph, a heading or a list; 4 px of document margin) keeps the spacing of print.
        doc.setDocumentMargin(1);
        doc.setDefaultStyleSheet(QStringLiteral(
            "h1 { font-size: 20pt; margin-top: 0; margin-bottom: 3px; } "
            "h2 { font-size: 12.5pt; margin-top: 0; margin-bottom: 3px; } p { margin-top: 3px; margin-bottom: 4pt; } "
            "ol, ul { margin-top: 3px; margin-bottom: 3px; } code { font-family: monospace; }"));
        doc.setTextWidth(m_width);
        doc.setHtml(html);
    }

    void draw(QTextDocument &doc, qreal height)
    {
        if (height <= 0)
            return;
        m_painter.save();
        m_painter.translate(0, m_y);
        doc.drawContents(&m_painter);
        m_painter.restore();
        m_y += height;
    }

    [[nodiscard]] qreal footerHeight() const { return m_pdf.resolution() * 0.3; }

    void newPage()
    {
        drawFooter();
        m_pdf.newPage();
        ++m_page;
        m_y = 0;
    }

    void drawFooter()
    {
        m_painter.save();
        QFont font = QApplication::font();
        font.setPointSizeF(8);
        m_painter.setFont(QFont(font, &m_pdf));
        m_painter.setPen(QColor(0x77, 0x77, 0x77));
        const QRectF band(0, m_height, m_width, footerHeight());
        m_painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, m_footer);
        m_painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, LessonHandout::tr("Page %1").arg(m_page));
        m_painter.restore();
    }

    QPdfWriter &m_pdf;
    QPainter &m_painter;
    QString m_footer;
    qreal m_width;
    qreal m_height;
    qreal m_y = 0;
    int m_page = 1;
};

} // namespace

QByteArray renderHandout(const Lesson &lesson, const StageFactory &stages, QString *error)
{
    // The steps play on a window of their own; each step's figure is painted while the window
    // shows it (a figure paints from the live page).
    const std::unique_ptr<Stage> stage = stages();
    Stage &window = *stage;
    QWidget *top = window.stageWidget();
    top->setAttribute(Qt::WA_DontShowOnScreen);
    top->resize(1280, 800);
    LessonPlayer player(stage.get());
    player.setRemembersPosition(false);
    top->show();

    QString problem;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("AttnScope %1").arg(QCoreApplication::applicationVersion()));
        pdf.setTitle(lesson.displayTitle());
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Portrait);
        pdf.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
        pdf.setResolution(kDpi);
        QPainter painter(&pdf);
        painter.setRenderHint(QPainter::Antialiasing);
        Pages pages(pdf, painter, QStringLiteral("AttnScope · %1").arg(lesson.displayTitle()));

        const int count = int(lesson.steps.size());
        QString header = QStringLiteral("<h1>%1</h1>").arg(lesson.displayTitle().toHtmlEscaped());
        if (!lesson.summary.isEmpty())
            header += QStringLiteral("<p><i>%1</i></p>").arg(lesson.displaySummary().toHtmlEscaped());
        header += QStringLiteral("<p style=\"color: #666666;\">%1</p>")
                      .arg(LessonHandout::tr("A lesson of AttnScope in %n step(s). Each figure shows the view "
                                             "the step sets up, drawn from its data.",
                                             nullptr, count)
                               .toHtmlEscaped());
        pages.add(header);
        for (int i = 0; i < count; ++i) {
            if (i == 0)
                player.open(lesson, 0);
            else
                player.goToStep(i);
            if (!waitFor([&] { return !player.isApplying() && !window.isBusy(); })) {
                problem = QStringLiteral("step %1 of lesson %2 did not finish within %3 s.")
                              .arg(i + 1)
                              .arg(lesson.id)
                              .arg(kTimeoutMs / 1000);
                break;
            }
            window.finishAnimations(); // whole steps, never a frame in between
            QApplication::processEvents();
            QString why;
            const auto figure = stepFigure(window, lesson.steps[std::size_t(i)].view, &why);
            const QString title = LessonHandout::tr("Step %1 of %2: %3").arg(i + 1).arg(count).arg(lesson.stepTitle(i));
            pages.add(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), lesson.stepTextHtml(i), figure.get(),
                      why);
        }
        if (!lesson.cites.isEmpty()) {
            QString references = QStringLiteral("<h2>%1</h2><ol>").arg(LessonHandout::tr("References").toHtmlEscaped());
            for (const QString &cite : lesson.cites)
                references += QStringLiteral("<li>%1</li>").arg(cite.toHtmlEscaped());
            pages.add(references + QStringLiteral("</ol>"));
        }
        pages.finish();
    }
    buffer.close();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    if (bytes.isEmpty() && error)
        *error = QStringLiteral("rendering the handout produced no data.");
    return bytes;
}

bool writeHandout(const Lesson &lesson, const StageFactory &stages, const QString &fileName, QString *error)
{
    QString problem;
    const QByteArray pdf = renderHandout(lesson, stages, &problem);
    if (pdf.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileName, problem);
        return false;
    }
    QString message;
    if (!io::writeFileAtomically(fileName, pdf, &message)) {
        if (error)
            *error = message;
        return false;
    }
    return true;
}

} // namespace attnscope::lessons
