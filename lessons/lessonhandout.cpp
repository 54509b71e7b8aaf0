// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonhandout.h"

#include "io/filewriter.h"
#include "lessons/lesson.h"
#include "lessons/lessonplayer.h"
#include "lessons/stage.h"
#include "widgets/common/exporter.h"

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
// The pictures: the view at this size (logical pixels), rendered at twice as many.
const QSize kPictureSize(1000, 620);
constexpr int kDpi = 300;

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
        pictures.push_back(
            QImage::fromData(widgets::renderWidget(view, widgets::ExportFormat::Png, kPictureSize, 2.0), "PNG"));
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

    // Places a block: the text, then the picture below it at the full width (smaller if the
    // page would not hold it). A block starts a new page when it does not fit the rest of
    // this one.
    void add(const QString &html, const QImage &picture = QImage())
    {
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&m_pdf);
        QFont font = QApplication::font();
        font.setPointSizeF(10.5);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 20pt; } h2 { font-size: 13pt; margin-top: 0; } "
                                                "p { margin-bottom: 5pt; } code { font-family: monospace; }"));
        doc.setTextWidth(m_width);
        doc.setHtml(html);
        const qreal textHeight = doc.size().height();
        const qreal gap = m_pdf.resolution() * 0.08;
        qreal pictureHeight = picture.isNull() ? 0.0 : m_width * picture.height() / qreal(picture.width());
        const qreal minimum = pictureHeight * 0.8; // smaller than that: on the next page
        const qreal needed = textHeight + (picture.isNull() ? 0.0 : gap + pictureHeight);
        if (m_y > 0 && m_y + std::min(needed, textHeight + gap + minimum) > m_height)
            newPage();
        if (!picture.isNull() && m_y + needed > m_height)
            pictureHeight = std::max(minimum, m_height - m_y - textHeight - gap);

        m_painter.save();
        m_painter.translate(0, m_y);
        doc.drawContents(&m_painter);
        m_painter.restore();
        m_y += textHeight;
        if (!picture.isNull()) {
            m_y += gap;
            const qreal pictureWidth = pictureHeight * picture.width() / qreal(picture.height());
            const QRectF target((m_width - pictureWidth) / 2, m_y, pictureWidth, pictureHeight);
            m_painter.drawImage(target, picture);
            m_painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), m_pdf.resolution() / 150.0));
            m_painter.drawRect(target);
            m_y += pictureHeight;
        }
        m_y += m_pdf.resolution() * 0.25; // space between blocks
    }

    void finish() { drawFooter(); }
    [[nodiscard]] int pageCount() const { return m_page; }

private:
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
            pages.add(QStringLiteral("<h2>%1</h2>%2").arg(title.toHtmlEscaped(), lesson.stepTextHtml(i)),
                      pictures[std::size_t(i)]);
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
