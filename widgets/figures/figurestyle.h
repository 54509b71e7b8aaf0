// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace attnscope::widgets {

// The medium a figure is made for: a 16:9 slide, one column of a two-column paper, the full
// width of such a paper, or a size of the user's.
enum class FigurePreset { Slide, Column, Double, Custom };

// No text of a figure is smaller than this at the figure's printed size.
inline constexpr double kMinimumFontPt = 8.0;

// A figure's printed size and base font size. Figures are laid out in points (1/72 inch) at
// this size, so that the font sizes are those of the printed page whatever the format.
struct FigureStyle
{
    FigurePreset preset = FigurePreset::Slide;
    QSizeF sizeMm{254.0, 142.875};
    double fontPt = 16.0;
    double dpi = 0.0; // a PNG's resolution; 0: the preset's (see pngDpi())

    // slide: 254 x 142.9 mm, 16 pt; column: 88 x 66 mm, 8.5 pt; double: 180 x 90 mm, 9 pt.
    [[nodiscard]] static FigureStyle forPreset(FigurePreset preset);
    [[nodiscard]] static FigureStyle custom(double widthMm, double heightMm, double fontPt);

    // The size in points.
    [[nodiscard]] QSizeF sizePt() const;
    // Font sizes of the parts: titles, body (labels, text), ticks and captions, sub- and
    // superscripts; none below kMinimumFontPt.
    [[nodiscard]] double titlePt() const;
    [[nodiscard]] double bodyPt() const;
    [[nodiscard]] double smallPt() const;
    [[nodiscard]] double scriptPt() const;
    // A PNG's size: 1920 px wide for a slide, 300 dpi for paper.
    [[nodiscard]] QSize pngPixels() const;
    [[nodiscard]] double pngDpi() const;
};

// "slide", "column", "double", "custom" -> preset, and back.
[[nodiscard]] std::optional<FigurePreset> figurePresetFromName(const QString &name);
[[nodiscard]] QString figurePresetName(FigurePreset preset);
// Why a custom size cannot be drawn (empty when it can): width 30-1000 mm, height 20-1000 mm,
// font 8-72 pt.
[[nodiscard]] QString figureStyleError(double widthMm, double heightMm, double fontPt);

} // namespace attnscope::widgets
