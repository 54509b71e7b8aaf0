// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/exporter.h"

#include "io/csv.h"
#include "io/filewriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>

#include <qcustomplot.h>

#include <charconv>

namespace attnscope::widgets {

namespace {

// Resizes a widget for the time of a rendering and restores its size afterwards.
class ResizeGuard
{
public:
    ResizeGuard(QWidget *widget, QSize size) : m_widget(widget)
    {
        // First settle layout requests still queued (text that changed since the last event
        // loop pass); doing it after the resize would let the parent's layout undo it.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        m_old = m_widget->size();
        if (size.isValid() && !size.isEmpty() && size != m_old) {
            m_widget->resize(size);
            m_resized = true;
        }
        // Lay out (and let plots replot) at the new size before painting.
        m_widget->ensurePolished();
        if (auto *layout = m_widget->layout())
            layout->activate();
    }
    ~ResizeGuard()
    {
        if (m_resized)
            m_widget->resize(m_old);
    }
    ResizeGuard(const ResizeGuard &) = delete;
    ResizeGuard &operator=(const ResizeGuard &) = delete;

private:
    QWidget *m_widget;
    QSize m_old;
    bool m_resized = false;
};

void appendNumber(QByteArray &out, float value)
{
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, qsizetype(r.ptr - buffer));
}

// Renders a widget tree into a vector device (SVG, PDF). QWidget::render would paint plots
// from their raster buffers; every QCustomPlot is drawn again on top as vectors, at its place.
void renderVector(QWidget *widget, QPaintDevice *device)
{
    QCPPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    QList<QCustomPlot *> plots = widget->findChildren<QCustomPlot *>();
    if (auto *self = qobject_cast<QCustomPlot *>(widget))
        plots.prepend(self);
    for (QCustomPlot *plot : plots) {
        if (!plot->isVisibleTo(widget) && plot != widget)
            continue;
        painter.save();
        painter.translate(plot->mapTo(widget, QPoint(0, 0)));
        painter.setClipRect(QRect(QPoint(), plot->size()));
        painter.fillRect(QRect(QPoint(), plot->size()),
                         plot->background().isNull() ? QBrush(Qt::white) : QBrush(plot->background()));
        plot->toPainter(&painter, plot->width(), plot->height());
        painter.restore();
    }
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return ExportFormat::Png;
    if (n == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromFileName(const QString &fileName)
{
    return exportFormatFromName(QFileInfo(fileName).suffix());
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

QByteArray renderWidget(QWidget *widget, ExportFormat format, QSize size, qreal scale)
{
    ResizeGuard guard(widget, size);
    const QSize logical = widget->size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case ExportFormat::Png: {
        QImage image(logical * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(widget->palette().window().color());
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        }
        image.save(&buffer, "PNG");
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(logical);
        svg.setViewBox(QRect(QPoint(), logical));
        svg.setTitle(widget->windowTitle().isEmpty() ? QStringLiteral("AttnScope") : widget->windowTitle());
        svg.setDescription(QStringLiteral("Exported by AttnScope"));
        renderVector(widget, &svg);
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("AttnScope"));
        pdf.setResolution(96);
        // One page exactly the size of the view, in points at 96 dpi.
        pdf.setPageSize(QPageSize(QSizeF(logical) * 72.0 / 96.0, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        renderVector(widget, &pdf);
        break;
    }
    case ExportFormat::Csv: break; // data, not pictures: see matrixToCsv
    }
    buffer.close();
    return bytes;
}

bool exportWidget(QWidget *widget, const QString &fileName, ExportFormat format, QSize size, QString *error,
                  qreal scale)
{
    if (format == ExportFormat::Csv) {
        *error = QStringLiteral("%1: a view is exported as PNG, SVG or PDF; CSV holds its data.").arg(fileName);
        return false;
    }
    const QByteArray bytes = renderWidget(widget, format, size, scale);
    if (bytes.isEmpty()) {
        *error = QStringLiteral("%1: rendering the view produced no data.").arg(fileName);
        return false;
    }
    return io::writeFileAtomically(fileName, bytes, error);
}

QByteArray matrixToCsv(const core::Matrix &m, const QStringList &rowLabels, const QStringList &columnLabels)
{
    QByteArray out;
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
        out += ',';
        out += io::csvField(j < columnLabels.size() ? columnLabels.at(j) : QString::number(j));
    }
    out += '\n';
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        out += io::csvField(i < rowLabels.size() ? rowLabels.at(i) : QString::number(i));
        for (Eigen::Index j = 0; j < m.cols(); ++j) {
            out += ',';
            appendNumber(out, m(i, j));
        }
        out += '\n';
    }
    return out;
}

} // namespace attnscope::widgets
