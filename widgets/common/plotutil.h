// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the widgets library: included by .cpp files only (it includes QCustomPlot).
#pragma once

#include <qcustomplot.h>

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

} // namespace attnscope::widgets
