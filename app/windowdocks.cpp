// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part four: the docks' widths on a small screen (issue 15).
#include "app/mainwindow.h"

#include "widgets/common/pagescrollarea.h"

#include <QDockWidget>
#include <QSplitter>
#include <QTabWidget>

#include <algorithm>

namespace attnscope::app {

void MainWindow::fitDocksWhenShown()
{
    // A dock that opens takes its preferred width; fitDocks() keeps the page in front its
    // minimum, once the layout has placed the dock.
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible)
                QMetaObject::invokeMethod(this, &MainWindow::fitDocks, Qt::QueuedConnection);
        });
}

void MainWindow::fitDocks()
{
    // Docks open at their preferred widths, which on a 1280 px screen leave the page in front
    // less than its minimum (it would scroll). Then the parameters give back what they have
    // beyond their minimum, and the docks at the sides too, down to their minimums at most.
    // A window with room keeps the widths the user gave the panel and the docks.
    if (!isVisible())
        return;
    const auto minimumWidth = [](const QWidget *w) {
        return std::max(w->minimumWidth(), w->minimumSizeHint().width());
    };
    QWidget *panel = m_splitter->widget(0);
    const auto *tab = dynamic_cast<const widgets::PageScrollArea *>(m_views->currentWidget());
    const int pageMinimum = tab ? minimumWidth(tab->page()) : 0;
    int missing = minimumWidth(panel) + m_splitter->handleWidth() + pageMinimum - centralWidget()->width();
    if (missing <= 0)
        return;
    if (const int spare = panel->width() - minimumWidth(panel); spare > 0) {
        const int take = std::min(spare, missing);
        m_splitter->setSizes({panel->width() - take, m_views->width() + take});
        missing -= take;
    }
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        const Qt::DockWidgetArea area = dockWidgetArea(dock);
        if (missing <= 0 || !dock->isVisible() || dock->isFloating()
            || (area != Qt::LeftDockWidgetArea && area != Qt::RightDockWidgetArea))
            continue;
        const int take = std::min(dock->width() - minimumWidth(dock), missing);
        if (take > 0) {
            docks << dock;
            widths << dock->width() - take;
            missing -= take;
        }
    }
    if (!docks.isEmpty())
        resizeDocks(docks, widths, Qt::Horizontal);
}

} // namespace attnscope::app
