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

// Tick labels of a bottom axis in rich notation ("MLA" over "d_c + d_h^R", with sub- and
// superscripts), drawn under the axis run by run (paintRichNameRuns) in place of its own plain
// ones: the axis's tick labels are turned off, and its padding is the room they take.
class RichTickLabels : public QCPAbstractItem
{
    Q_OBJECT

public:
    explicit RichTickLabels(QCPAxis *axis);
    // Position on the axis -> label in plain notation ('\n' between lines).
    void setLabels(const QMap<double, QString> &labels);
    [[nodiscard]] const QMap<double, QString> &labels() const { return m_labels; }
    // The font and colour, as an axis's tick labels; the font sets the room under the axis.
    void setFont(const QFont &font);
    [[nodiscard]] QFont font() const { return m_font; }
    void setColor(const QColor &color) { m_color = color; }
    [[nodiscard]] double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details) const override;

protected:
    void draw(QCPPainter *painter) override;

private:
    void updatePadding();
    QCPAxis *m_axis;
    QMap<double, QString> m_labels;
    QFont m_font;
    QColor m_color = Qt::black;
};

} // namespace attnscope::widgets
