// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/colormap.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace attnscope::widgets {

namespace {

class ColorMapTexts
{
    Q_DECLARE_TR_FUNCTIONS(attnscope::widgets::ColorMap)
};

std::vector<std::pair<double, QColor>> makeStops(std::initializer_list<const char *> names)
{
    std::vector<std::pair<double, QColor>> stops;
    const int n = int(names.size());
    int i = 0;
    for (const char *name : names)
        stops.emplace_back(double(i++) / (n - 1), QColor(QLatin1String(name)));
    return stops;
}

} // namespace

ColorMapKind colorMapForRange(double lower, double upper)
{
    return lower < 0.0 && upper > 0.0 ? ColorMapKind::Diverging : ColorMapKind::Sequential;
}

const std::vector<std::pair<double, QColor>> &colorMapStops(ColorMapKind kind)
{
    // Perceptually uniform and readable in grey scale: matplotlib's viridis at nine stops.
    static const auto viridis =
        makeStops({"#440154", "#472c7a", "#3b518b", "#2c718e", "#21908d", "#27ad81", "#5cc863", "#aadc32", "#fde725"});
    // Blue - near white - orange-red, with the two halves of matching lightness at equal
    // distances from 0 (ColorBrewer RdBu's blues, its reds shifted towards orange).
    static const auto diverging = makeStops({"#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7",
                                             "#fbdcc4", "#f5a77a", "#d9603b", "#b2301f", "#6b0f0f"});
    return kind == ColorMapKind::Diverging ? diverging : viridis;
}

QColor colorMapColor(ColorMapKind kind, double t)
{
    if (std::isnan(t))
        return QColor(0, 0, 0, 0);
    t = std::clamp(t, 0.0, 1.0);
    const auto &stops = colorMapStops(kind);
    const auto upper = std::lower_bound(stops.begin(), stops.end(), t,
                                        [](const std::pair<double, QColor> &s, double v) { return s.first < v; });
    if (upper == stops.begin())
        return stops.front().second;
    if (upper == stops.end())
        return stops.back().second;
    const auto lower = upper - 1;
    const double f = (t - lower->first) / (upper->first - lower->first);
    const QColor &a = lower->second;
    const QColor &b = upper->second;
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
                            float(a.greenF() + f * (b.greenF() - a.greenF())),
                            float(a.blueF() + f * (b.blueF() - a.blueF())));
}

QColor colorForValue(ColorMapKind kind, double value, double lower, double upper)
{
    if (std::isnan(value))
        return QColor(0, 0, 0, 0);
    if (kind == ColorMapKind::Diverging) {
        const double m = std::max(std::abs(lower), std::abs(upper));
        return colorMapColor(kind, m > 0.0 ? 0.5 + 0.5 * value / m : 0.5);
    }
    return colorMapColor(kind, upper > lower ? (value - lower) / (upper - lower) : 0.5);
}

QString colorMapDescription(ColorMapKind kind)
{
    return kind == ColorMapKind::Diverging ? ColorMapTexts::tr("diverging, centred on 0")
                                           : ColorMapTexts::tr("sequential");
}

QString colorScaleTitle(const QString &label, ColorMapKind kind)
{
    if (label.isEmpty())
        return colorMapDescription(kind);
    return ColorMapTexts::tr("%1 (%2)").arg(label, colorMapDescription(kind));
}

QColor textColorOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace attnscope::widgets
