// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the widgets library: included by .cpp files only (it includes QCustomPlot).
#pragma once

#include <qcustomplot.h>

#include <initializer_list>

namespace attnscope::widgets {

// Replots unless the plot has no area yet (a page of a tab widget never shown, a window not
// laid out): QCustomPlot would paint into empty buffers. Its resize event replots anyway once
// it gets a size.
inline void replotIfSized(QCustomPlot *plot, QCustomPlot::RefreshPriority priority = QCustomPlot::rpRefreshHint)
{
    if (plot->width() > 0 && plot->height() > 0)
        plot->replot(priority);
}

// Puts the plot's legend in a row above the axes, where it hides no line: its entries fill
// `columns` columns from the left, and an empty cell beside it takes the spare width.
inline void placeLegendAbove(QCustomPlot *plot, int columns, const QMargins &rowMargins, int columnSpacing)
{
    plot->legend->setVisible(true);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    auto *legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(0, 0, legendRow);
    legendRow->addElement(0, 0, plot->legend);
    legendRow->addElement(0, 1, new QCPLayoutElement(plot));
    legendRow->setColumnStretchFactor(0, 0.001);
    legendRow->setMargins(rowMargins);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(columns);
    plot->legend->setRowSpacing(0);
    plot->legend->setColumnSpacing(columnSpacing);
    plot->legend->setMargins(QMargins(0, 0, 0, 0));
    plot->legend->setBorderPen(Qt::NoPen);
}

// The look every chart's axes share: line, ticks and sub-ticks in the palette's mid colour,
// tick labels and the axis label in its text colour, in the given fonts.
inline void styleAxis(QCPAxis *axis, const QPalette &palette, const QFont &tickLabelFont, const QFont &labelFont)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor mid = palette.color(QPalette::Mid);
    axis->setBasePen(QPen(mid));
    axis->setTickPen(QPen(mid));
    axis->setSubTickPen(QPen(mid));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->setTickLabelFont(tickLabelFont);
    axis->setLabelFont(labelFont);
}

// A line chart in the widget's palette and font: the background and the axis rect in the base
// colour, `axes` styled (styleAxis) with a dotted grid in half-transparent mid, and the legend
// in the text colour on the base colour.
inline void styleLineChart(QCustomPlot *plot, std::initializer_list<QCPAxis *> axes, const QPalette &palette,
                           const QFont &font)
{
    plot->setBackground(palette.brush(QPalette::Base));
    plot->axisRect()->setBackground(palette.brush(QPalette::Base));
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlphaF(0.5f);
    for (QCPAxis *axis : axes) {
        styleAxis(axis, palette, font, font);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    plot->legend->setFont(font);
    plot->legend->setTextColor(palette.color(QPalette::Text));
    plot->legend->setBrush(palette.brush(QPalette::Base));
}

} // namespace attnscope::widgets
