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

} // namespace attnscope::widgets
