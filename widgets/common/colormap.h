// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <utility>
#include <vector>

namespace attnscope::widgets {

// How values map to colours. Weights (in [0, 1], or any one-signed quantity) read as more or
// less: a sequential map, viridis. Signed tensors (scores, projections, outputs) read as
// "how far from zero, in which direction": a diverging map centred on zero, blue for negative,
// near-white for 0, orange-red for positive (ColorBrewer's RdBu family with an orange end,
// which readers with every common colour-vision deficiency tell apart; never red-green).
enum class ColorMapKind { Sequential, Diverging };

// The map a colour range calls for: diverging when it spans both signs, else sequential.
[[nodiscard]] ColorMapKind colorMapForRange(double lower, double upper);

// The colour at t in [0, 1] of the map (clamped; NaN gives a transparent colour).
[[nodiscard]] QColor colorMapColor(ColorMapKind kind, double t);
// The colour of `value` with the colour range [lower, upper]. A diverging map puts 0 at its
// middle: the range is taken as [-m, m] with m = max(|lower|, |upper|).
[[nodiscard]] QColor colorForValue(ColorMapKind kind, double value, double lower, double upper);
// The map's stops (position in [0, 1], colour), for gradients that interpolate between them.
[[nodiscard]] const std::vector<std::pair<double, QColor>> &colorMapStops(ColorMapKind kind);
// What the colour scale says about its map: "sequential" or "diverging, centred on 0" (translated).
[[nodiscard]] QString colorMapDescription(ColorMapKind kind);
// A colour scale's label with its map named: "Weight (sequential)".
[[nodiscard]] QString colorScaleTitle(const QString &label, ColorMapKind kind);
// Black or white, whichever reads on `background`.
[[nodiscard]] QColor textColorOn(const QColor &background);

} // namespace attnscope::widgets
