// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/model.h"
#include "widgets/models/footprintsettings.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace attnscope::widgets {

// One row of the footprint dock's table: a section title (key empty) or a figure.
struct FigureRow
{
    QString key;   // "perToken", "planLeft" ... (see FootprintView::figure())
    QString label; // "per token, all layers"
    QString value; // "2 n_g d_h l = 2 × 8 × 128 × 32 = 65,536 elements"
};

// The rows the dock shows for the settings' model: the model and its layers, the KV cache layer
// kind by layer kind, the memory plan, the comparison and the source; the figures are those of
// `attnscope footprint` with the same flags. `ours` and `theirs` are FootprintSettings::figures()
// of the model and of the compared model (null: none).
[[nodiscard]] std::vector<FigureRow> footprintRows(const FootprintSettings &settings, const FootprintFigures &ours,
                                                   const FootprintFigures *theirs, const QLocale &locale);

// "DeepSeek-V2 (deepseek-v2)".
[[nodiscard]] QString footprintModelTitle(const core::ModelShape &model);

} // namespace attnscope::widgets
