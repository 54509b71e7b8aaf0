// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part two: the File menu's files: importing a config.json, and the exports (the
// view in front as PNG, SVG or PDF, its data as CSV, the computation as a JSON dump, every
// step as PNG frames or as one animated PNG).
#include "app/figurestyledialog.h"
#include "app/mainwindow.h"
#include "widgets/models/footprintsettings.h"

#include "io/dumpio.h"
#include "io/filewriter.h"
#include "io/modelconfig.h"
#include "io/settings.h"
#include "widgets/common/exporter.h"
#include "widgets/figures/figure.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/views/steps/stepspage.h"
#include "widgets/views/page.h"
#include "widgets/views/steps/apngwriter.h"
#include "widgets/views/steps/stepview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QImage>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>
#include <optional>

namespace attnscope::app {

void MainWindow::createExportActions(QMenu *file)
{
    QAction *view = file->addAction(QString(), this, &MainWindow::exportViewInteractively);
    view->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *csv = file->addAction(QString(), this, &MainWindow::exportCsvInteractively);
    QAction *dump = file->addAction(QString(), this, &MainWindow::exportDumpInteractively);
    QAction *frames = file->addAction(QString(), this, &MainWindow::exportFramesInteractively);
    QAction *animation = file->addAction(QString(), this, &MainWindow::exportAnimationInteractively);
    m_texts.add([view, csv, dump, frames, animation] {
        view->setText(tr("&Export View…"));
        view->setToolTip(tr("Save the view in front as PNG, SVG or PDF"));
        csv->setText(tr("Export View &Data as CSV…"));
        csv->setToolTip(tr("Save the numbers the view in front shows"));
        dump->setText(tr("Save Computation as &JSON Dump…"));
        dump->setToolTip(tr("Every tensor of the current computation, in the documented dump format"));
        frames->setText(tr("Export Steps as &Frames…"));
        frames->setToolTip(tr("Every step of the current computation as numbered PNG frames, for slides"));
        animation->setText(tr("Export Steps as &Animation…"));
        animation->setToolTip(tr("The step player as one animated PNG, for a slide that plays"));
    });
}

void MainWindow::exportViewInteractively()
{
    QSettings s = io::settings();
    const QString start = s.value(QStringLiteral("MainWindow/exportDir"), QDir::homePath()).toString();
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export View"), QDir(start).filePath(currentViewId() + QStringLiteral(".png")),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (file.isEmpty())
        return;
    s.setValue(QStringLiteral("MainWindow/exportDir"), QFileInfo(file).absolutePath());
    const auto format = widgets::exportFormatFromFileName(file);
    if (!format || *format == widgets::ExportFormat::Csv) {
        QMessageBox::warning(this, tr("Export View"), tr("%1: give the file a .png, .svg or .pdf name.").arg(file));
        return;
    }
    // The last figure style, by preset name, size and font.
    const auto savedPreset = widgets::figurePresetFromName(s.value(QStringLiteral("MainWindow/exportFigure")).toString());
    widgets::FigureStyle initial = widgets::FigureStyle::forPreset(savedPreset.value_or(widgets::FigurePreset::Slide));
    initial.sizeMm = s.value(QStringLiteral("MainWindow/exportFigureSize"), initial.sizeMm).toSizeF();
    initial.fontPt = s.value(QStringLiteral("MainWindow/exportFigureFont"), initial.fontPt).toDouble();
    if (initial.preset != widgets::FigurePreset::Custom)
        initial.sizeMm = widgets::FigureStyle::forPreset(initial.preset).sizeMm;
    const QString view = currentViewId();
    FigureStyleDialog dialog(initial, view == QLatin1String("attention") || view == QLatin1String("heads"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const widgets::FigureStyle style = dialog.style();
    s.setValue(QStringLiteral("MainWindow/exportFigure"), widgets::figurePresetName(style.preset));
    s.setValue(QStringLiteral("MainWindow/exportFigureSize"), style.sizeMm);
    s.setValue(QStringLiteral("MainWindow/exportFigureFont"), style.fontPt);
    QString error;
    bool noFigure = false;
    if (exportViewTo(file, style, dialog.allHeads(), &error, &noFigure))
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file)), 5000);
    else if (noFigure)
        QMessageBox::information(this, tr("Export View"), error);
    else
        QMessageBox::warning(this, tr("Export View"), error);
}

bool MainWindow::exportViewTo(const QString &file, const widgets::FigureStyle &style, bool allHeads, QString *error,
                              bool *noFigure)
{
    if (noFigure)
        *noFigure = false;
    const auto format = widgets::exportFormatFromFileName(file);
    if (!format || *format == widgets::ExportFormat::Csv) {
        if (error)
            *error = tr("%1: give the file a .png, .svg or .pdf name.").arg(file);
        return false;
    }
    finishAnimations();
    // A figure of the view's data; every head comes from the attention page's weights.
    const QString view = currentViewId();
    const QString source = allHeads ? QStringLiteral("attention") : view;
    if (source != view)
        showView(source);
    const auto *page = dynamic_cast<const widgets::Page *>(viewWidget(source));
    QString why;
    const std::shared_ptr<widgets::Figure> figure =
        page ? page->figure(widgets::FigureOptions{style, allHeads}, &why) : nullptr;
    if (source != view)
        showView(view);
    if (!figure) {
        if (noFigure)
            *noFigure = true;
        if (error)
            *error = why.isEmpty() ? tr("This view makes no figure; export its data as CSV.") : why;
        return false;
    }
    QString failure;
    if (!widgets::exportFigure(*figure, style, file, *format, &failure)) {
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

void MainWindow::exportCsvInteractively()
{
    const QByteArray csv = viewCsv(currentViewId());
    if (csv.isEmpty()) {
        QMessageBox::information(this, tr("Export View Data"), tr("This view shows no data yet."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export View Data"), currentViewId() + QStringLiteral(".csv"), tr("CSV table (*.csv)"));
    QString error;
    if (!file.isEmpty() && !io::writeFileAtomically(file, csv, &error))
        QMessageBox::warning(this, tr("Export View Data"), error);
}

void MainWindow::exportDumpInteractively()
{
    if (!m_trace) {
        QMessageBox::information(this, tr("Save Computation"), tr("There is no computation to save yet."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Computation"),
                                                      QString::fromLatin1(core::mechanismId(m_config.mechanism).data())
                                                          + QStringLiteral(".json"),
                                                      tr("AttnScope dump (*.json)"));
    QString error;
    if (!file.isEmpty() && !io::writeDump(file, m_config, *m_trace, &error))
        QMessageBox::warning(this, tr("Save Computation"), error);
}

void MainWindow::exportFramesInteractively()
{
    if (!m_trace) {
        QMessageBox::information(this, tr("Export Steps"), tr("There is no computation to export yet."));
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Steps as Frames"));
    if (dir.isEmpty())
        return;
    QString error;
    const int written = exportStepFrames(dir, QSize(1280, 720), &error);
    if (written < 0)
        QMessageBox::warning(this, tr("Export Steps"), error);
    else
        statusBar()->showMessage(tr("Saved %n frame(s) to %1", nullptr, written).arg(QDir::toNativeSeparators(dir)),
                                 5000);
}

bool MainWindow::forEachStepFrame(QSize size, const std::function<bool(int, const QByteArray &)> &frame,
                                  QString *error)
{
    if (!m_trace) {
        *error = tr("there is no computation to export");
        return false;
    }
    refreshView(QStringLiteral("steps"));
    // A frame is the step's picture and its explanation: the player's buttons, scrubber and
    // speed box belong to the window, not to a slide.
    widgets::StepView *stepView = m_stepsPage->stepView();
    // Frames are whole steps: no partial animation frame may end up in a file.
    const bool animations = stepView->animationsEnabled();
    stepView->setAnimationsEnabled(false);
    const int previous = m_timeline->currentStep();
    const auto restore = qScopeGuard([this, stepView, animations, previous] {
        m_timeline->setCurrentStep(previous);
        stepView->setAnimationsEnabled(animations);
    });
    const int count = m_timeline->stepCount();
    for (int i = 0; i < count; ++i) {
        m_timeline->setCurrentStep(i);
        const QByteArray png = widgets::renderWidget(stepView, widgets::ExportFormat::Png, size);
        if (png.isEmpty()) {
            *error = tr("step %1 could not be drawn").arg(i + 1);
            return false;
        }
        if (!frame(i, png))
            return false;
    }
    return true;
}

int MainWindow::exportStepFrames(const QString &directory, QSize size, QString *error)
{
    const int digits = m_trace ? int(QString::number(m_timeline->stepCount()).size()) : 1;
    int written = 0;
    const bool ok = forEachStepFrame(
        size,
        [&](int i, const QByteArray &png) {
            const QString file =
                QDir(directory).filePath(QStringLiteral("%1-step-%2.png")
                                             .arg(QString::fromLatin1(core::mechanismId(m_config.mechanism).data()))
                                             .arg(i + 1, std::max(digits, 3), 10, QLatin1Char('0')));
            if (!io::writeFileAtomically(file, png, error))
                return false;
            ++written;
            return true;
        },
        error);
    return ok ? written : -1;
}

bool MainWindow::exportStepAnimation(const QString &file, QSize size, int frameMs, QString *error)
{
    QList<QImage> frames;
    const bool ok = forEachStepFrame(
        size,
        [&](int, const QByteArray &png) {
            frames.append(QImage::fromData(png, "PNG"));
            return !frames.constLast().isNull();
        },
        error);
    if (!ok)
        return false;
    const QByteArray apng = widgets::encodeApng(frames, frameMs, error);
    return !apng.isEmpty() && io::writeFileAtomically(file, apng, error);
}

void MainWindow::exportAnimationInteractively()
{
    if (!m_trace) {
        QMessageBox::information(this, tr("Export Steps"), tr("There is no computation to export yet."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Steps as Animation"),
        QString::fromLatin1(core::mechanismId(m_config.mechanism).data()) + QStringLiteral("-steps.png"),
        tr("Animated PNG (*.png)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!exportStepAnimation(file, QSize(1280, 720), kDefaultFrameMs, &error))
        QMessageBox::warning(this, tr("Export Steps"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file)), 5000);
}

void MainWindow::importModelConfigInteractively()
{
    QSettings s = io::settings();
    const QString dir = s.value(QStringLiteral("MainWindow/configDirectory"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import config.json"), dir, tr("Model config (*.json)"));
    if (path.isEmpty())
        return;
    s.setValue(QStringLiteral("MainWindow/configDirectory"), QFileInfo(path).absolutePath());
    QString error;
    if (!importModelConfig(path, &error))
        QMessageBox::warning(this, tr("Import config.json"), error);
}

bool MainWindow::importModelConfig(const QString &path, QString *error)
{
    QString message;
    const auto model = io::readModelFile(path, &message);
    if (!model) {
        if (error)
            *error = message;
        return false;
    }
    showFootprint(*model, QString(), m_footprintSettings->addImported(*model, path));
    return true;
}

} // namespace attnscope::app
