// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part two: the File menu's files: importing a config.json, and the exports (the
// view in front as PNG, SVG or PDF, its data as CSV, the computation as a JSON dump, every
// step as numbered figures or as one animated PNG of them).
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
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>
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
        frames->setText(tr("Export Steps as &Figures…"));
        frames->setToolTip(tr("Every step of the current computation as a numbered figure (SVG, PDF or PNG), for "
                              "slides"));
        animation->setText(tr("Export Steps as &Animation…"));
        animation->setToolTip(tr("Every step's figure as one frame of an animated PNG, for a slide that plays"));
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

// The figure style of the step exports started from the menu: the Export View dialog's last
// choice (its settings keys), else a slide.
namespace {
widgets::FigureStyle lastFigureStyle()
{
    const QSettings s = io::settings();
    const auto preset = widgets::figurePresetFromName(s.value(QStringLiteral("MainWindow/exportFigure")).toString());
    widgets::FigureStyle style = widgets::FigureStyle::forPreset(preset.value_or(widgets::FigurePreset::Slide));
    if (style.preset == widgets::FigurePreset::Custom)
        style.sizeMm = s.value(QStringLiteral("MainWindow/exportFigureSize"), style.sizeMm).toSizeF();
    style.fontPt = s.value(QStringLiteral("MainWindow/exportFigureFont"), style.fontPt).toDouble();
    if (!widgets::figureStyleError(style.sizeMm.width(), style.sizeMm.height(), style.fontPt).isEmpty())
        style = widgets::FigureStyle::forPreset(widgets::FigurePreset::Slide);
    return style;
}
} // namespace

void MainWindow::exportFramesInteractively()
{
    if (!m_trace) {
        QMessageBox::information(this, tr("Export Steps"), tr("There is no computation to export yet."));
        return;
    }
    QSettings s = io::settings();
    const QString start = s.value(QStringLiteral("MainWindow/exportDir"), QDir::homePath()).toString();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Steps as Figures"), start);
    if (dir.isEmpty())
        return;
    s.setValue(QStringLiteral("MainWindow/exportDir"), dir);
    const QStringList formats{tr("SVG drawings (vector, for slides)"), tr("PDF documents (vector)"), tr("PNG images")};
    const QList<widgets::ExportFormat> formatOf{widgets::ExportFormat::Svg, widgets::ExportFormat::Pdf,
                                                widgets::ExportFormat::Png};
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, tr("Export Steps as Figures"),
                              tr("One numbered figure a step (step-01, step-02, …) as:"), formats, 0, false, &ok);
    if (!ok)
        return;
    const widgets::ExportFormat format = formatOf.value(formats.indexOf(choice), widgets::ExportFormat::Svg);
    QString error;
    const int written = exportStepFigures(dir, lastFigureStyle(), format, &error);
    if (written < 0)
        QMessageBox::warning(this, tr("Export Steps"), error);
    else
        statusBar()->showMessage(tr("Saved %n figure(s) to %1", nullptr, written).arg(QDir::toNativeSeparators(dir)),
                                 5000);
}

bool MainWindow::forEachStepFigure(const widgets::FigureStyle &style,
                                   const std::function<bool(int, const widgets::Figure &)> &frame, QString *error)
{
    if (!m_trace) {
        *error = tr("there is no computation to export");
        return false;
    }
    refreshView(QStringLiteral("steps"));
    // Figures are whole steps: no transition between two steps may end up in a file.
    widgets::StepView *stepView = m_stepsPage->stepView();
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
        m_stepsPage->finishAnimations();
        QString why;
        // The steps page's figure: the step's heatmap and explanation, titled "Step k of n".
        const std::shared_ptr<widgets::Figure> figure = m_stepsPage->figure(widgets::FigureOptions{style, false}, &why);
        if (!figure) {
            *error = why.isEmpty() ? tr("step %1 makes no figure").arg(i + 1)
                                   : tr("step %1 makes no figure: %2").arg(i + 1).arg(why);
            return false;
        }
        if (!frame(i, *figure))
            return false;
    }
    return true;
}

int MainWindow::exportStepFigures(const QString &directory, const widgets::FigureStyle &style,
                                  widgets::ExportFormat format, QString *error)
{
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir()) {
        *error = tr("%1 is a file: give a folder for the figures (it is created if missing).").arg(directory);
        return -1;
    }
    if (format == widgets::ExportFormat::Csv) {
        *error = tr("figures are PNG, SVG or PDF, not CSV.");
        return -1;
    }
    // Every figure is drawn before anything is written, so that a failure leaves no half set.
    QList<QByteArray> files;
    const bool drawn = forEachStepFigure(
        style,
        [&](int i, const widgets::Figure &figure) {
            files.append(widgets::renderFigure(figure, style, format));
            if (files.constLast().isEmpty())
                *error = tr("step %1 could not be drawn").arg(i + 1);
            return !files.constLast().isEmpty();
        },
        error);
    if (!drawn)
        return -1;
    const QString suffix = widgets::exportFormatName(format);
    const int digits = std::max(2, int(QString::number(files.size()).size()));
    QStringList names;
    for (int i = 0; i < files.size(); ++i)
        names << QStringLiteral("step-%1.%2").arg(i + 1, digits, 10, QLatin1Char('0')).arg(suffix);
    const bool created = !info.exists();
    if (created && !QDir().mkpath(directory)) {
        *error = tr("cannot create the folder %1").arg(directory);
        return -1;
    }
    QDir dir(directory);
    // Written into a hidden folder inside the target first, then renamed into place: the set
    // appears whole or, on an error, not at all.
    QTemporaryDir staging(dir.filePath(QStringLiteral(".attnscope-figures-XXXXXX")));
    auto fail = [&](const QString &message) {
        *error = message;
        staging.remove();
        if (created)
            dir.rmdir(dir.absolutePath());
        return -1;
    };
    if (!staging.isValid())
        return fail(tr("cannot write into the folder %1: %2").arg(directory, staging.errorString()));
    for (int i = 0; i < files.size(); ++i) {
        QString message;
        if (!io::writeFileAtomically(staging.filePath(names.at(i)), files.at(i), &message))
            return fail(message.replace(staging.filePath(names.at(i)), dir.filePath(names.at(i))));
    }
    for (const QString &name : std::as_const(names)) {
        std::error_code code;
        std::filesystem::rename(QFile::encodeName(staging.filePath(name)).toStdString(),
                                QFile::encodeName(dir.filePath(name)).toStdString(), code);
        if (code)
            return fail(tr("cannot write %1: %2").arg(dir.filePath(name), QString::fromStdString(code.message())));
    }
    // An earlier set of more steps would leave its last figures behind: they go.
    static const QRegularExpression earlier(QStringLiteral("^step-\\d+\\.(png|svg|pdf)$"));
    for (const QString &name : dir.entryList({QStringLiteral("step-*.") + suffix}, QDir::Files))
        if (earlier.match(name).hasMatch() && !names.contains(name))
            dir.remove(name);
    return int(files.size());
}

bool MainWindow::exportStepAnimation(const QString &file, const widgets::FigureStyle &style, int frameMs,
                                     QString *error)
{
    // Each frame is the step's figure as a PNG: the same style, so the same size, for every step.
    QList<QImage> frames;
    const bool ok = forEachStepFigure(
        style,
        [&](int i, const widgets::Figure &figure) {
            frames.append(QImage::fromData(widgets::renderFigure(figure, style, widgets::ExportFormat::Png), "PNG"));
            if (frames.constLast().isNull())
                *error = tr("step %1 could not be drawn").arg(i + 1);
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
    if (!exportStepAnimation(file, lastFigureStyle(), kDefaultFrameMs, &error))
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
