// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/harness.h"
#include "core/footprint/model.h"
#include "widgets/common/retranslator.h"
#include "widgets/views/page.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace attnscope::widgets {

class TimingsModel;

// The timings panel: what a TimingsModel measures, and its controls.
//  - the backends, available (device, and the bandwidth and matrix-product rate once probed)
//    or not (the reason);
//  - the shape timed (the current parameters or one layer of a preset) and the settings:
//    context, cache type, threads, live, the sweep's longest context, Sweep and Cancel, a
//    progress bar and what the worker does;
//  - a table of the measurements: run, backend, operation, tokens, median, GB/s, share of the
//    measured bandwidth ("in cache" above 100%), GFLOP/s, roofline time ("compute-bound" where
//    the FLOPs set it); it fits the dock's width (wrapped headers, elided cells with tooltips);
//  - a chart of the sweep: median decode time against context on log-log axes, one line per
//    mechanism and backend, with the roofline bound dotted.
// The view only shows what the model delivers; it measures nothing itself. While it is hidden
// the model is inactive, so live timings never run for a panel nobody sees.
class TimingsView : public QWidget, public Page
{
    Q_OBJECT

public:
    explicit TimingsView(TimingsModel *model, QWidget *parent = nullptr);
    ~TimingsView() override;

    [[nodiscard]] TimingsModel *model() const { return m_model; }

    // Page "timings" (a dock): its model follows the parameters and the model itself, so a
    // trace changes nothing here. Busy while visible and measuring.
    [[nodiscard]] QWidget *widget() override { return this; }
    void showTrace(const std::shared_ptr<const core::Trace> &, const core::Config &) override {}
    [[nodiscard]] QByteArray csv() const override;
    [[nodiscard]] std::shared_ptr<Figure> figure(const FigureOptions &options, QString *why) const override;
    [[nodiscard]] bool isBusy() const override;

    // The models the shape picker offers besides the current parameters.
    void setPresets(std::vector<core::ModelShape> presets);
    [[nodiscard]] const std::vector<core::ModelShape> &presets() const { return m_presets; }

    // What is shown, for tests and the clipboard.
    [[nodiscard]] QString shapeText() const;
    [[nodiscard]] QString backendText(const QString &id) const; // plain text of its line
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] int rowCount() const;
    [[nodiscard]] QString cellText(int row, int column) const;
    // The chart's measured lines (rooflines not counted): one per mechanism and backend.
    [[nodiscard]] int graphCount() const;
    [[nodiscard]] QString graphName(int graph) const;
    [[nodiscard]] int pointCount(int graph) const;
    [[nodiscard]] QString captionText() const;
    // A row's share of the bandwidth ("87%", "130% in cache": the working set fits in a CPU
    // cache) and its roofline time ("2.1 ms", "2.1 ms compute-bound").
    [[nodiscard]] static QString shareText(const core::Measurement &m);
    [[nodiscard]] static QString rooflineText(const core::Measurement &m);

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    // The results table's resizes: its columns fit its width.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Private;
    void syncSettings();
    void syncSource();
    void updateBackends();
    void updateShape();
    void updateProblems();
    void updateProgress();
    void updateButtons();
    void rebuildTable();
    void fitColumns();
    void rebuildChart();
    void applyChartStyle();
    // "Llama 2 70B, one layer": an entry of the shape picker.
    [[nodiscard]] static QString presetText(const core::ModelShape &model);

    QPointer<TimingsModel> m_model;
    std::vector<core::ModelShape> m_presets;
    std::optional<core::ModelShape> m_imported; // a model not among the presets (a config.json)

    QLabel *m_shape = nullptr;
    QComboBox *m_source = nullptr;
    QSpinBox *m_context = nullptr;
    QComboBox *m_dtype = nullptr;
    QSpinBox *m_threads = nullptr;
    QCheckBox *m_live = nullptr;
    QComboBox *m_sweepMax = nullptr;
    QPushButton *m_sweep = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_backends = nullptr;
    QLabel *m_problems = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_chartTitle = nullptr;
    QLabel *m_caption = nullptr;
    std::unique_ptr<Private> d;
    Retranslator m_texts; // the controls' texts; the update functions write the rest
};

} // namespace attnscope::widgets
