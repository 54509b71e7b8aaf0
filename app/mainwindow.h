// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/model.h"
#include "core/params/config.h"
#include "core/trace/trace.h"
#include "lessons/stage.h"
#include "widgets/common/exporter.h"
#include "widgets/common/retranslator.h"
#include "widgets/figures/figurestyle.h"
#include "widgets/views/page.h"

#include <QMainWindow>
#include <QSet>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QActionGroup;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QSpinBox;
class QSplitter;

namespace attnscope::lessons {
class LessonController;
class LessonLibrary;
class LessonPlayer;
} // namespace attnscope::lessons

namespace attnscope::core {
struct ModelShape;
} // namespace attnscope::core

class QMenu;
class QTabWidget;

namespace attnscope::widgets {
class Page;
class StepsPage;
class MlaBadge;
class PathCheckModel;
class AttentionPage;
class CompareView;
class HeadDiagram;
class ParameterPanel;
class FootprintChart;
class StepPlayer;
class StepView;
class TimelineModel;
class ComputeController;
class FootprintSettings;
struct FigureStyle;
class FootprintView;
class HeatmapView;
class ParameterModel;
class TimingsModel;
class TimingsView;
} // namespace attnscope::widgets

namespace attnscope::app {


// The main window: a side panel of parameters beside the pages of widgets::pageInfos() (tabs,
// and docks such as the timings panel). The window owns the models (ParameterModel,
// ComputeController, TimelineModel, TimingsModel); the pages only show what they deliver, and
// every computation runs off the UI thread. It is the lessons' Stage.
class MainWindow : public QMainWindow, public lessons::Stage
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The attention page's heatmap.
    [[nodiscard]] widgets::HeatmapView *heatmap() const;
    [[nodiscard]] widgets::ParameterModel *parameters() const override { return m_parameters; }
    // Chooses a mechanism as the selector does; its weights follow with traceShown().
    void selectMechanism(core::Mechanism mechanism);
    // Shows head `head` of the current trace at once (clamped to the heads it has).
    void selectHead(int head) override;
    [[nodiscard]] int selectedHead() const override;

    // The trace on screen and its configuration (nullptr / default before the first).
    [[nodiscard]] std::shared_ptr<const core::Trace> shownTrace() const override { return m_trace; }
    [[nodiscard]] const core::Config &shownConfig() const override { return m_config; }

    // The KV-cache footprint of a model, in the dock "KV-cache footprint" (hidden until a
    // model is chosen). importModelConfig() reads a Hugging Face config.json or a preset
    // file; on failure it returns false, sets *error to the reader's sentence (which names
    // the file and the field) and changes nothing. showPresetFootprint() shows a preset of
    // io::presetIds(); false for an unknown id.
    bool importModelConfig(const QString &path, QString *error);
    bool showPresetFootprint(const QString &id) override;
    [[nodiscard]] widgets::FootprintView *footprintView() const { return m_footprint; }
    // What the footprint dock edits and the footprint chart and the status bar follow.
    [[nodiscard]] widgets::FootprintSettings *footprintSettings() const override { return m_footprintSettings; }
    // Shows a model in the footprint dock and chart; `key` names it among the settings' entries
    // (an imported config's path), else the preset id does.
    void showFootprint(const core::ModelShape &model, const QString &presetId, const QString &key = QString()) override;

    // The views, by the identifiers of `attnscope export --view`: the tabs of the central area
    // "steps", "attention", "heads", "compare", "footprint", "tradeoff", then the dock "timings".
    // showView("timings") shows and raises the dock; the export actions act on the view in
    // front (currentViewId()): the timings dock after it was shown or clicked, else the tab.
    [[nodiscard]] static QStringList viewIds();
    [[nodiscard]] QWidget *viewWidget(const QString &id) const override;
    // Brings a view to the front; false for an unknown id.
    bool showView(const QString &id) override;
    [[nodiscard]] QString currentViewId() const override;
    [[nodiscard]] widgets::TimelineModel *timeline() const override { return m_timeline; }
    [[nodiscard]] widgets::StepView *stepView() const;
    [[nodiscard]] widgets::CompareView *compareView() const;
    [[nodiscard]] widgets::FootprintChart *footprintChart() const;
    // The matrix a view shows, with its labels, for CSV export (empty when it shows none).
    [[nodiscard]] QByteArray viewCsv(const QString &id) const;
    // Writes the view in front as a figure, as File > Export View… does after its dialog: PNG, SVG
    // or PDF by the file's name; with allHeads (the attention and heads views) every head of the
    // layer. False with *error: a name of another kind, a view that makes no figure (then
    // *noFigure is set), a file that cannot be written.
    bool exportViewTo(const QString &file, const widgets::FigureStyle &style, bool allHeads, QString *error,
                      bool *noFigure = nullptr);
    // A page by id, as its class (nullptr for an unknown id or another class).
    template<typename T>
    [[nodiscard]] T *page(const QString &id) const
    {
        return dynamic_cast<T *>(findPage(id));
    }
    // True while anything the views show is still being computed (the trace, the compare
    // view, the MLA path check): exports wait until it is false.
    [[nodiscard]] bool isBusy() const override;
    // Jumps every running animation (step transitions, the KV broadcast) to its end, so a
    // picture of the window is deterministic.
    void finishAnimations() override;
    // Writes the figure of every step of the current computation (the steps page's figure at
    // `style`, titled "Step k of n") into `directory` as step-01.svg, step-02.svg, ... (PNG, SVG
    // or PDF; zero-padded to two digits or more). The folder is created if missing; the set is
    // written whole or not at all, and replaces the step-NN files of an earlier set. Returns how
    // many, or -1 with *error (one sentence naming the folder or file).
    int exportStepFigures(const QString &directory, const widgets::FigureStyle &style, widgets::ExportFormat format,
                          QString *error);
    // Writes every step's figure as one frame of an animated PNG (all frames the style's
    // pixel size), frameMs each, looping.
    static constexpr int kDefaultFrameMs = 800;
    bool exportStepAnimation(const QString &file, const widgets::FigureStyle &style, int frameMs, QString *error);
    [[nodiscard]] QDockWidget *footprintDock() const { return m_footprintDock; }

    // The timings panel (decode and prefill on every backend, and the context sweep), in the
    // dock "Timings": hidden on a first start (View > Timings shows it), then as the last
    // session left it. It measures only while visible.
    [[nodiscard]] QDockWidget *timingsDock() const;
    [[nodiscard]] widgets::TimingsView *timingsView() const;
    [[nodiscard]] widgets::TimingsModel *timingsModel() const { return m_timingsModel; }

    // The parameters of the last session, which closeEvent() saves under the settings key
    // "MainWindow/parameters" (a JSON object: the mechanism id and every value the user gave).
    // Only the interactive window restores them; offscreen exports set their own. A value that
    // is missing, unreadable, of the wrong type or rejected by the parameter rules is ignored:
    // the window keeps its parameters and this returns false.
    bool restoreLastParameters();
    // The first start (nothing restored): the trained MHA model on its example sentence, so that
    // the views show learned attention on real tokens at once (seeded when no trained model is
    // found).
    void startWithTrainedModel();

    // For MLA: the badge above the Steps view (and in the status bar) that states the largest
    // difference measured between the naive and the absorbed path, e.g.
    // "naive ≡ absorbed: max |Δ output| = 2.4e-07". Empty while hidden (other mechanisms).
    [[nodiscard]] QString mlaBadgeText() const;

    // The central tabs (steps, attention, heads, compare, footprint, tradeoff), for tests.
    [[nodiscard]] QTabWidget *viewTabs() const { return m_views; }
    [[nodiscard]] widgets::ParameterPanel *parameterPanel() const { return m_panel; }

    // Settings > Preferences…: asks for the language and applies it at once (no restart).
    void showPreferences();

    // Forgets the preset or imported model: the footprint chart and the timings panel follow
    // the current shape again, and the footprint dock closes.
    void clearFootprintModel() override;

    // Lessons (docs/lessons.md): the built-in ones and those of a folder, in the menu
    // "Lessons"; the open one plays in the dock "Lesson" (hidden while none is open).
    [[nodiscard]] const lessons::LessonLibrary &lessonLibrary() const;
    [[nodiscard]] lessons::LessonPlayer *lessonPlayer() const;
    [[nodiscard]] QDockWidget *lessonDock() const;
    // Loads the built-in lessons and those of `folder` (none when empty). False when a file
    // has a problem: *errors then holds one sentence per problem, and the others are loaded.
    bool setLessonFolder(const QString &folder, QStringList *errors = nullptr);
    // Opens a lesson of lessonLibrary() at `step` (0-based; -1: where the learner left it).
    // False for an unknown id.
    bool openLesson(const QString &id, int step = -1);
    // Reopens the lesson the last session left open, at its step (the interactive window only).
    bool restoreLastLesson();

    // lessons::Stage: the window is what lessons drive.
    [[nodiscard]] QWidget *stageWidget() override { return this; }
    [[nodiscard]] lessons::StageEvents *stageEvents() override { return m_stageEvents; }
    [[nodiscard]] QStringList stageViewIds() const override { return viewIds(); }
    // A window for offscreen rendering (handouts, exports): never on screen, the timings dock
    // hidden, the user's last parameters not restored.
    [[nodiscard]] static std::unique_ptr<lessons::Stage> createOffscreen();

Q_SIGNALS:
    // The heatmap shows a newly computed trace.
    void traceShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    // QEvent::LanguageChange (a translator was installed): every text again in the new language.
    void changeEvent(QEvent *event) override;

private:
    // The pages of widgets::pageInfos(): the tabs, then a dock for each docked page.
    void createPages();
    void createPageDocks();
    // A model preset (or none) for the pages that show one; those catch up.
    void setPagesModel(const std::optional<core::ModelShape> &model);
    void headChanged(int head);
    void createExportActions(QMenu *file);
    void exportViewInteractively();
    void exportCsvInteractively();
    void exportDumpInteractively();
    void exportFramesInteractively();
    void exportAnimationInteractively();
    // Shows each step in turn and hands the steps page's figure of it at `style` to `frame`;
    // stops when it returns false. Restores the step shown.
    bool forEachStepFigure(const widgets::FigureStyle &style,
                           const std::function<bool(int, const widgets::Figure &)> &frame, QString *error);
    // Brings a view up to date with the current trace if it fell behind while hidden.
    void refreshView(const QString &id);
    void updateKvStatus();
    void createMenus();
    void createFootprintDock();
    // Narrows the parameters and the docks at the sides (to their minimums at most) while the
    // page in front has less than its minimum width.
    void fitDocks();
    void fitDocksWhenShown(); // connects every dock's showing to fitDocks()
    void restoreTimingsSettings();
    void saveTimingsSettings() const;
    void importModelConfigInteractively();
    QWidget *createPanel();
    void parametersChanged();
    void showTrace(std::shared_ptr<const core::Trace> trace, const core::Config &config);
    void showFailure(const QString &message);
    void updateInfo();
    // Shows or hides the MLA badge for the shown config, measuring it off the UI thread.
    void updateMlaBadge();
    // The steps page's badge and the status bar's.
    [[nodiscard]] std::array<widgets::MlaBadge *, 2> mlaBadges() const;
    // The texts that follow the state (the attention view's titles, the sizes, the badge),
    // after the fixed ones m_texts keeps.
    void retranslateUi();

    widgets::ParameterModel *m_parameters = nullptr;
    widgets::ComputeController *m_controller = nullptr;
    widgets::AttentionPage *m_attention = nullptr;
    widgets::FootprintView *m_footprint = nullptr;
    widgets::FootprintSettings *m_footprintSettings = nullptr;
    QTabWidget *m_views = nullptr;
    widgets::TimelineModel *m_timeline = nullptr;
    widgets::StepsPage *m_stepsPage = nullptr;
    widgets::ParameterPanel *m_panel = nullptr;
    // The pages of widgets::pageInfos(), in order; a docked page has its dock.
    struct PageSlot
    {
        QString id;
        widgets::Page *page = nullptr;  // its widget is the window's child
        const char *dockTitle = nullptr; // untranslated; docked pages only
        QDockWidget *dock = nullptr;
    };
    [[nodiscard]] widgets::Page *findPage(const QString &id) const;
    std::vector<PageSlot> m_pages;
    QSet<QString> m_stale;  // pages that have not seen the current trace yet
    bool m_modelShown = false; // a preset or imported model, else the current shape
    QDockWidget *m_footprintDock = nullptr;
    QActionGroup *m_presetActions = nullptr;
    widgets::TimingsModel *m_timingsModel = nullptr;
    QString m_dockInFront; // the docked page the export actions act on, if any

    QSplitter *m_splitter = nullptr;
    QSpinBox *m_head = nullptr;
    QCheckBox *m_fitColors = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_kvStatus = nullptr;
    QLabel *m_stepsStatus = nullptr;
    widgets::MlaBadge *m_mlaStatusBadge = nullptr; // the steps page's badge, again in the status bar
    widgets::PathCheckModel *m_pathCheck = nullptr; // MLA: naive against absorbed
    std::optional<core::Config> m_badgeConfig; // the config the badge's text was measured on
    QString m_failure;                        // why the last computation failed, while it is shown
    widgets::Retranslator m_texts;            // the fixed texts: menus, tabs, docks, labels, tooltips

    lessons::StageEvents *m_stageEvents = nullptr;
    lessons::LessonController *m_lessons = nullptr;

    std::shared_ptr<const core::Trace> m_trace;
    core::Config m_config;
};

} // namespace attnscope::app
