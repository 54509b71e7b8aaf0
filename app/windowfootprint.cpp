// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's footprint model: which model the footprint dock and chart show, and the
// status bar's figure of it.
#include "app/mainwindow.h"

#include "io/modelconfig.h"
#include "widgets/common/pagescrollarea.h"
#include "widgets/models/footprintsettings.h"
#include "widgets/models/timingsmodel.h"
#include "widgets/views/attention/attentionpage.h"
#include "widgets/views/footprint/footprintchart.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>

namespace attnscope::app {

bool MainWindow::showPresetFootprint(const QString &id)
{
    QString message;
    const auto model = io::presetModel(id, &message);
    if (!model) {
        statusBar()->showMessage(message, 5000);
        return false;
    }
    showFootprint(*model, id);
    return true;
}

void MainWindow::showFootprint(const core::ModelShape &model, const QString &presetId, const QString &key)
{
    m_footprintSettings->setModel(model, key.isEmpty() ? presetId : key);
    m_timingsModel->setModelShape(model); // the timings panel times one layer of it
    m_modelShown = true;
    setPagesModel(model);
    for (QAction *action : m_presetActions->actions())
        action->setChecked(!presetId.isEmpty() && action->data().toString() == presetId);
    m_footprintDock->toggleViewAction()->setEnabled(true);
    m_footprintDock->show();
    m_footprintDock->raise();
}

void MainWindow::updateKvStatus()
{
    // The footprint chart in front with a model: its figure; otherwise the computation's cache.
    if (!m_kvStatus || !m_attention)
        return;
    const widgets::FootprintChart *chart = footprintChart();
    const bool footprint = chart && widgets::PageScrollArea::shows(m_views->currentWidget(), chart)
                           && !chart->statusText().isEmpty();
    m_kvStatus->setText(footprint ? chart->statusText() : m_attention->kvStatusText());
}

void MainWindow::clearFootprintModel()
{
    m_footprintDock->hide();
    for (QAction *action : m_presetActions->actions())
        action->setChecked(false);
    if (!m_modelShown)
        return;
    m_modelShown = false;
    m_footprintSettings->setModel(std::nullopt);
    m_timingsModel->setModelShape(std::nullopt);
    setPagesModel(std::nullopt);
}

} // namespace attnscope::app
