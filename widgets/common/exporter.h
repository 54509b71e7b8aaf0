// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace attnscope::widgets {

enum class ExportFormat { Png, Svg, Pdf, Csv };

// "png", "svg", "pdf", "csv" (case-insensitive) -> format.
[[nodiscard]] std::optional<ExportFormat> exportFormatFromName(const QString &name);
// The format a file name's suffix implies, if any.
[[nodiscard]] std::optional<ExportFormat> exportFormatFromFileName(const QString &fileName);
[[nodiscard]] QString exportFormatName(ExportFormat format);

// Renders a widget to a PNG, SVG or PDF file at `size` (an empty size keeps the widget's own
// size; the widget is resized for the rendering and restored). The file is written with
// io::writeFileAtomically: on failure the old file is kept and *error names the file and
// the reason. PNGs are rendered at `scale` device pixels per pixel (2 for slides).
bool exportWidget(QWidget *widget, const QString &fileName, ExportFormat format, QSize size, QString *error,
                  qreal scale = 1.0);

// The bytes such an export would write (what exportWidget saves), for tests and the clipboard.
[[nodiscard]] QByteArray renderWidget(QWidget *widget, ExportFormat format, QSize size, qreal scale = 1.0);

// A matrix as CSV: a header row (an empty corner cell, then the column labels) and one row
// per matrix row (its label, then the values, shortest round-trip precision).
[[nodiscard]] QByteArray matrixToCsv(const core::Matrix &matrix, const QStringList &rowLabels,
                                     const QStringList &columnLabels);

} // namespace attnscope::widgets
