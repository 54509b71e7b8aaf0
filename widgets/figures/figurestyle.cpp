// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/figures/figurestyle.h"

#include <algorithm>
#include <cmath>

namespace attnscope::widgets {

namespace {
constexpr double kPtPerMm = 72.0 / 25.4;
}

FigureStyle FigureStyle::forPreset(FigurePreset preset)
{
    switch (preset) {
    case FigurePreset::Slide: return {FigurePreset::Slide, QSizeF(254.0, 142.875), 16.0, 0.0};
    case FigurePreset::Column: return {FigurePreset::Column, QSizeF(88.0, 66.0), 8.5, 0.0};
    case FigurePreset::Double: return {FigurePreset::Double, QSizeF(180.0, 90.0), 9.0, 0.0};
    case FigurePreset::Custom: return {FigurePreset::Custom, QSizeF(160.0, 100.0), 10.0, 0.0};
    }
    return {};
}

FigureStyle FigureStyle::custom(double widthMm, double heightMm, double fontPt)
{
    return {FigurePreset::Custom, QSizeF(widthMm, heightMm), std::max(fontPt, kMinimumFontPt), 0.0};
}

QSizeF FigureStyle::sizePt() const
{
    return sizeMm * kPtPerMm;
}

double FigureStyle::titlePt() const
{
    return std::max(kMinimumFontPt, fontPt * 1.2);
}

double FigureStyle::bodyPt() const
{
    return std::max(kMinimumFontPt, fontPt);
}

double FigureStyle::smallPt() const
{
    return std::max(kMinimumFontPt, fontPt * 0.85);
}

double FigureStyle::scriptPt() const
{
    return std::max(kMinimumFontPt, fontPt * 0.7);
}

double FigureStyle::pngDpi() const
{
    if (dpi > 0.0)
        return dpi;
    if (preset == FigurePreset::Slide)
        return 1920.0 / (sizeMm.width() / 25.4);
    return 300.0;
}

QSize FigureStyle::pngPixels() const
{
    const double resolution = pngDpi();
    return QSize(int(std::lround(sizeMm.width() / 25.4 * resolution)),
                 int(std::lround(sizeMm.height() / 25.4 * resolution)));
}

std::optional<FigurePreset> figurePresetFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("slide"))
        return FigurePreset::Slide;
    if (n == QLatin1String("column"))
        return FigurePreset::Column;
    if (n == QLatin1String("double"))
        return FigurePreset::Double;
    if (n == QLatin1String("custom"))
        return FigurePreset::Custom;
    return std::nullopt;
}

QString figurePresetName(FigurePreset preset)
{
    switch (preset) {
    case FigurePreset::Slide: return QStringLiteral("slide");
    case FigurePreset::Column: return QStringLiteral("column");
    case FigurePreset::Double: return QStringLiteral("double");
    case FigurePreset::Custom: return QStringLiteral("custom");
    }
    return {};
}

QString figureStyleError(double widthMm, double heightMm, double fontPt)
{
    if (!(widthMm >= 30.0 && widthMm <= 1000.0))
        return QStringLiteral("--width-mm %1: give 30 to 1000 millimetres.").arg(widthMm);
    if (!(heightMm >= 20.0 && heightMm <= 1000.0))
        return QStringLiteral("--height-mm %1: give 20 to 1000 millimetres.").arg(heightMm);
    if (!(fontPt >= kMinimumFontPt && fontPt <= 72.0))
        return QStringLiteral("--font-pt %1: give 8 to 72 points (no text of a figure is smaller than 8 pt).")
            .arg(fontPt);
    return {};
}

} // namespace attnscope::widgets
