// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mechanisms/config.h"
#include "core/trace/trace.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QSpinBox;
class QSplitter;

namespace attnscope::core {
struct ModelShape;
} // namespace attnscope::core

namespace attnscope::widgets {
class ComputeController;
class FootprintView;
class HeatmapView;
class ParameterModel;
} // namespace attnscope::widgets

namespace attnscope::app {

// The main window: a side panel of parameters and the attention weights of one head of the
// chosen mechanism as a heatmap. The window owns the models (ParameterModel, ComputeController);
// the views only show what they deliver, and every computation runs off the UI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] widgets::HeatmapView *heatmap() const { return m_heatmap; }
    [[nodiscard]] widgets::ParameterModel *parameters() const { return m_parameters; }
    // Chooses a mechanism as the selector does; its weights follow with traceShown().
    void selectMechanism(core::Mechanism mechanism);
    // Shows head `head` of the current trace at once (clamped to the heads it has).
    void selectHead(int head);
    [[nodiscard]] int selectedHead() const;

    // The trace on screen and its configuration (nullptr / default before the first).
    [[nodiscard]] std::shared_ptr<const core::Trace> shownTrace() const { return m_trace; }
    [[nodiscard]] const core::Config &shownConfig() const { return m_config; }

    // The KV-cache footprint of a model, in the dock "KV-cache footprint" (hidden until a
    // model is chosen). importModelConfig() reads a Hugging Face config.json or a preset
    // file; on failure it returns false, sets *error to the reader's sentence (which names
    // the file and the field) and changes nothing. showPresetFootprint() shows a preset of
    // app::presetIds(); false for an unknown id.
    bool importModelConfig(const QString &path, QString *error);
    bool showPresetFootprint(const QString &id);
    [[nodiscard]] widgets::FootprintView *footprintView() const { return m_footprint; }
    [[nodiscard]] QDockWidget *footprintDock() const { return m_footprintDock; }

Q_SIGNALS:
    // The heatmap shows a newly computed trace.
    void traceShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createFootprintDock();
    void importModelConfigInteractively();
    void showFootprint(const core::ModelShape &model, const QString &presetId);
    QWidget *createPanel();
    void syncControls();
    void parametersChanged();
    void showTrace(std::shared_ptr<const core::Trace> trace, const core::Config &config);
    void showFailure(const QString &message);
    void showHead();
    void updateInfo();
    [[nodiscard]] QString mechanismName(core::Mechanism mechanism) const;
    [[nodiscard]] QString mechanismDescription(core::Mechanism mechanism) const;

    widgets::ParameterModel *m_parameters = nullptr;
    widgets::ComputeController *m_controller = nullptr;
    widgets::HeatmapView *m_heatmap = nullptr;
    widgets::FootprintView *m_footprint = nullptr;
    QDockWidget *m_footprintDock = nullptr;
    QActionGroup *m_presetActions = nullptr;

    QSplitter *m_splitter = nullptr;
    QComboBox *m_mechanism = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_tokensLabel = nullptr;
    QSpinBox *m_tokens = nullptr;
    QSpinBox *m_sourceTokens = nullptr;
    QSpinBox *m_dModel = nullptr;
    QSpinBox *m_heads = nullptr;
    QSpinBox *m_kvHeads = nullptr;
    QCheckBox *m_causal = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_head = nullptr;
    QCheckBox *m_fitColors = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_kvStatus = nullptr;
    QLabel *m_stepsStatus = nullptr;

    std::shared_ptr<const core::Trace> m_trace;
    core::Config m_config;
};

} // namespace attnscope::app
