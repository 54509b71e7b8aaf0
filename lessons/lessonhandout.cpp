// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonhandout.h"

#include "io/filewriter.h"
#include "lessons/lesson.h"
#include "lessons/lessonplayer.h"
#include "lessons/stage.h"
#include "widgets/common/exporter.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/views/steps/stepview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
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

constexpr int kTimeoutMs = 120000;
// The pictures: the view at this size (logical pixels), rendered at three times as many. Small
// enough that, printed at a size where the window's text reads at kMinTextPt, two steps share
// a page.
const QSize kPictureSize(520, 325);
constexpr qreal kPictureScale = 3.0;
constexpr qreal kMinTextPt = 8.0;
constexpr int kDpi = 300;

// The printed width (in points) of one logical pixel of a picture: the window's text, at the
// pixel size the views draw it, prints at kMinTextPt.
qreal pointsPerPixel()
{
    const QFont font = QApplication::font();
    const qreal pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
    return kMinTextPt / std::max(pixels, 1.0);
}

bool waitFor(const std::function<bool()> &done)
{
    return lessons::waitForStage(done, kTimeoutMs);
}

// Every step of the lesson applied to a window of its own, and its view rendered.
std::vector<QImage> renderPictures(const Lesson &lesson, const StageFactory &stages, QString *error)
{
    const std::unique_ptr<Stage> stage = stages();
    Stage &window = *stage;
    QWidget *top = window.stageWidget();
    top->setAttribute(Qt::WA_DontShowOnScreen);
    top->resize(1280, 800);
    LessonPlayer ownPlayer(stage.get());
    LessonPlayer *player = &ownPlayer;
    player->setRemembersPosition(false);
    top->show();
    std::vector<QImage> pictures;
    for (int i = 0; i < int(lesson.steps.size()); ++i) {
        if (i == 0)
            player->open(lesson, 0);
        else
            player->goToStep(i);
        if (!waitFor([&] { return !player->isApplying() && !window.isBusy(); })) {
            *error = QStringLiteral("step %1 of lesson %2 did not finish within %3 s.")
                         .arg(i + 1)
                         .arg(lesson.id)
                         .arg(kTimeoutMs / 1000);
            return {};
        }
        window.finishAnimations(); // whole steps, never a frame in between
        QApplication::processEvents();
        QWidget *view = window.viewWidget(lesson.steps[std::size_t(i)].view);
        // The steps view without its player: a handout shows the step, not the buttons.
        if (auto *stepView = view->findChild<widgets::StepView *>())
            view = stepView;
        pictures.push_back(QImage::fromData(
            widgets::renderWidget(view, widgets::ExportFormat::Png, kPictureSize, kPictureScale), "PNG"));
    }
    return pictures;
}

// Lays blocks (rich text, then an optional picture) out on pages, top to bottom.
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

    // Places a block: a heading, the picture below it (printed at `pictureWidth` points at
    // most, never shrunk: its text must stay legible), then the text below the picture. A
    // block starts a new page when it does not fit the rest of this one, so several short
    // steps share a page.
    void add(const QString &heading, const QImage &picture = QImage(), const QString &text = QString(),
             qreal pictureWidth = 0)
    {
        QTextDocument head;
        QTextDocument body;
        setUp(head, heading);
        setUp(body, text);
        const qreal headHeight = heading.isEmpty() ? 0.0 : head.size().height();
        const qreal textHeight = text.isEmpty() ? 0.0 : body.size().height();
        const qreal gap = m_pdf.resolution() * 0.06;
        qreal width = 0;
        qreal pictureHeight = 0;
        if (!picture.isNull()) {
            width = std::min(m_width, pictureWidth * m_pdf.resolution() / 72.0);
            pictureHeight = width * picture.height() / qreal(picture.width());
        }
        const qreal needed = headHeight + (picture.isNull() ? 0.0 : pictureHeight + gap) + textHeight;
        if (m_y > 0 && m_y + needed > m_height)
            newPage();

        draw(head, headHeight);
        if (!picture.isNull()) {
            const QRectF target((m_width - width) / 2, m_y, width, pictureHeight);
            m_painter.drawImage(target, picture);
            m_painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), m_pdf.resolution() / 150.0));
            m_painter.drawRect(target);
            m_y += pictureHeight + gap;
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
        QFont font = QApplication::font();
        font.setPointSizeF(9.5);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 20pt; } h2 { font-size: 12.5pt; margin-top: 0; } "
                                                "p { margin-bottom: 4pt; } code { font-family: monospace; }"));
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
    QString problem;
    const std::vector<QImage> pictures = renderPictures(lesson, stages, &problem);
    if (pictures.size() != lesson.steps.size()) {
        if (error)
            *error = problem;
        return {};
    }

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
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        Pages pages(pdf, painter, QStringLiteral("AttnScope · %1").arg(lesson.displayTitle()));

        const int count = int(lesson.steps.size());
        QString header = QStringLiteral("<h1>%1</h1>").arg(lesson.displayTitle().toHtmlEscaped());
        if (!lesson.summary.isEmpty())
            header += QStringLiteral("<p><i>%1</i></p>").arg(lesson.displaySummary().toHtmlEscaped());
        header += QStringLiteral("<p style=\"color: #666666;\">%1</p>")
                      .arg(LessonHandout::tr("A lesson of AttnScope in %n step(s). Each picture shows the window "
                                             "as the step sets it up.",
                                             nullptr, count)
                               .toHtmlEscaped());
        pages.add(header);
        for (int i = 0; i < count; ++i) {
            const QString title = LessonHandout::tr("Step %1 of %2: %3").arg(i + 1).arg(count).arg(lesson.stepTitle(i));
            pages.add(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), pictures[std::size_t(i)],
                      lesson.stepTextHtml(i), kPictureSize.width() * pointsPerPixel());
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
