// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to widgets: QCustomPlot types in a header of its own, never in a public one.

#include <qcustomplot.h>

namespace attnscope::widgets {

// A legend entry that draws its plottable's name in rich notation (richName(): d_h^R with a
// sub- and a superscript). QCustomPlot draws names as plain text; the plottable keeps its
// plain name, which the tests and the CSV read.
class RichLegendItem : public QCPPlottableLegendItem
{
    Q_OBJECT

public:
    RichLegendItem(QCPLegend *parent, QCPAbstractPlottable *plottable);

protected:
    void draw(QCPPainter *painter) override;
    [[nodiscard]] QSize minimumOuterSizeHint() const override;
};

// Replaces, in place, every entry of the plot's legend whose plottable's name holds a name
// with sub- or superscripts by a RichLegendItem. Call after the graphs are added.
void useRichLegend(QCustomPlot *plot);

// Whether the legend entry of a plottable draws rich text (tests).
[[nodiscard]] bool hasRichLegendItem(QCustomPlot *plot, QCPAbstractPlottable *plottable);

} // namespace attnscope::widgets
