// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"
#include "widgets/models/footprintsettings.h"

#include "app/preferencesdialog.h"
#include "core/footprint/kvcache.h"
#include "io/dumpio.h"
#include "io/language.h"
#include "io/modelconfig.h"
#include "io/requestjson.h"
#include "io/settings.h"
#include "lessons/lesson.h"
#include "lessons/lessoncontroller.h"
#include "lessons/lessonplayer.h"
#include "widgets/common/exporter.h"
#include "widgets/common/palette.h"
#include "widgets/common/heatmapview.h"
#include "widgets/common/labels.h"
#include "widgets/common/pagescrollarea.h"
#include "widgets/models/computecontroller.h"
#include "widgets/models/parametermodel.h"
#include "widgets/models/pathcheckmodel.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/models/timingsmodel.h"
#include "widgets/views/attention/attentionpage.h"
#include "widgets/views/compare/compareview.h"
#include "widgets/views/footprint/footprintchart.h"
#include "widgets/views/footprint/footprintview.h"
#include "widgets/views/heads/headdiagram.h"
#include "widgets/views/page.h"
#include "widgets/views/pages.h"
#include "widgets/views/parameters/parameterpanel.h"
#include "widgets/views/steps/mlabadge.h"
#include "widgets/views/steps/stepplayer.h"
#include "widgets/views/steps/stepspage.h"
#include "widgets/views/steps/stepview.h"
#include "widgets/views/timings/timingsview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QImageWriter>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <limits>

namespace attnscope::app {

using core::Mechanism;
using widgets::Parameter;

namespace {

bool isMultiHead(Mechanism m)
{
    return m == Mechanism::Mha || m == Mechanism::Gqa || m == Mechanism::Mqa || m == Mechanism::Mla;
}

// The parameters never scroll sideways: their scroll area is as wide as the panel's minimum (its
// labels beside the narrowest controls) and a vertical scroll bar, no wider, so that opening docks
// takes room from it before the window has to grow (issue 15). It starts wider: the splitter's sizes.
int panelMinimumWidth(const QScrollArea *scroll)
{
    return scroll->widget()->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_parameters(new widgets::ParameterModel(this)),
      m_controller(new widgets::ComputeController(this))
{
    m_texts.add([this] { setWindowTitle(tr("AttnScope")); });

    // The footprint dock's settings, which the footprint chart and the status bar follow.
    m_footprintSettings = new widgets::FootprintSettings(this);
    createPages();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(createPanel());
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createFootprintDock();
    createPageDocks();
    // Lessons: the dock opens with a lesson; the menu (createMenus) lists them.
    m_stageEvents = new lessons::StageEvents(this);
    connect(this, &MainWindow::traceShown, m_stageEvents, &lessons::StageEvents::shown);
    connect(m_head, &QSpinBox::valueChanged, m_stageEvents, &lessons::StageEvents::headChanged);
    m_lessons = new lessons::LessonController(this, this, &MainWindow::createOffscreen);
    m_lessons->setFolder(io::settings().value(QStringLiteral("Lessons/folder")).toString());
    createMenus();
    m_kvStatus = new QLabel(this);
    m_stepsStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_kvStatus);
    statusBar()->addPermanentWidget(m_stepsStatus);
    statusBar()->addPermanentWidget(m_mlaStatusBadge);
    m_mlaStatusBadge->hide(); // addPermanentWidget() shows it

    // What the window starts from: a small multi-head example.
    core::Request initial;
    initial.mechanism = Mechanism::Mha;
    initial.tokens = core::Defaults::tokens;
    initial.sourceTokens = core::Defaults::sourceTokens;
    initial.dModel = core::Defaults::dModel;
    initial.nHeads = core::Defaults::nHeads;
    m_parameters->setValues(initial);

    // MLA's badge: naive against absorbed, measured off the UI thread.
    m_pathCheck = new widgets::PathCheckModel(this);
    connect(m_pathCheck, &widgets::PathCheckModel::resultReady, this, [this](const widgets::PathCheckResult &r) {
        if (!(m_trace && m_config.mechanism == Mechanism::Mla) || !(r.config == m_config))
            return;
        m_badgeConfig = r.config;
        for (widgets::MlaBadge *badge : mlaBadges())
            badge->setResult(r);
    });

    connect(m_parameters, &widgets::ParameterModel::changed, this, &MainWindow::parametersChanged);
    connect(m_controller, &widgets::ComputeController::traceReady, this, &MainWindow::showTrace);
    connect(m_controller, &widgets::ComputeController::failed, this, &MainWindow::showFailure);
    connect(m_controller, &widgets::ComputeController::busyChanged, this, [this](bool busy) {
        if (busy)
            statusBar()->showMessage(tr("Computing…"));
        else
            statusBar()->clearMessage();
    });

    const QSettings s = io::settings();
    if (!restoreGeometry(s.value(QStringLiteral("MainWindow/geometry")).toByteArray()))
        resize(1120, 720);
    if (!m_splitter->restoreState(s.value(QStringLiteral("MainWindow/splitter")).toByteArray()))
        m_splitter->setSizes({320, 800});
    // The dock keeps its side and size from the last session, but opens only with a model.
    restoreState(s.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_footprintDock->hide();
    m_lessons->dock()->hide(); // until a lesson opens
    // The timings dock opens as the last session left it (hidden on a first start).
    restoreTimingsSettings();
    fitDocksWhenShown();
    // The window opens on a picture of attention (the weights of the shown head), not on the
    // last step of the computation; lessons and --view choose another view.
    showView(QStringLiteral("attention"));

    parametersChanged();
}

MainWindow::~MainWindow()
{
    // The members die before QWidget deletes the children: nothing a child says while it is
    // deleted (a dock's visibilityChanged, the tabs' currentChanged as pages go, a model's
    // signal, a focus change) may reach them. By then this is no longer a MainWindow, and a
    // slot or lambda run on it would be undefined behaviour.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
    QObject::disconnect(qApp, nullptr, this, nullptr);
}

void MainWindow::createMenus()
{
    // Menus and actions get their texts from m_texts, again on every language change.
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    m_texts.add([file] { file->setTitle(tr("&File")); });
    QAction *import = file->addAction(QString(), this, &MainWindow::importModelConfigInteractively);
    import->setShortcut(QKeySequence::Open);
    m_texts.add([import] {
        import->setText(tr("&Import config.json…"));
        import->setToolTip(tr("Read a model's Hugging Face config.json and show its KV-cache footprint"));
    });
    file->addSeparator();
    createExportActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(QString(), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_texts.add([quit] { quit->setText(tr("&Quit")); });

    // Model: the presets compiled into the application, and the footprint dock.
    QMenu *model = menuBar()->addMenu(QString());
    model->setObjectName(QStringLiteral("modelMenu"));
    m_texts.add([model] { model->setTitle(tr("&Model")); });
    m_presetActions = new QActionGroup(this);
    m_presetActions->setExclusive(true);
    const std::vector<core::ModelShape> &presets = m_footprint->presets();
    QStringList names;
    for (const auto &preset : presets)
        names << QString::fromStdString(preset.name);
    // Families (Llama, Qwen, Gemma, DeepSeek ...) in submenus.
    widgets::addGroupedByFamily(model, names, [&](QMenu *menu, int i) {
        const core::ModelShape &preset = presets[std::size_t(i)];
        const QString id = QString::fromStdString(preset.id);
        const QString mechanism = widgets::mechanismAcronym(preset.mechanism);
        // The tab puts the mechanism in the menu's right-hand column.
        QAction *action = menu->addAction(QString::fromStdString(preset.name) + QLatin1Char('\t') + mechanism);
        action->setData(id);
        action->setCheckable(true);
        action->setToolTip(id);
        m_presetActions->addAction(action);
    });
    connect(m_presetActions, &QActionGroup::triggered, this,
            [this](QAction *action) { showPresetFootprint(action->data().toString()); });
    model->addSeparator();
    model->addAction(import);
    // A dock's toggle action takes the dock's title whenever that changes: the dock's text
    // (set earlier in m_texts) comes first, this one after it.
    QAction *toggle = m_footprintDock->toggleViewAction();
    m_texts.add([toggle] { toggle->setText(tr("Show KV-cache &Footprint")); });
    toggle->setEnabled(false); // until there is a model to show
    model->addAction(toggle);

    QMenu *viewMenu = menuBar()->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_texts.add([viewMenu] { viewMenu->setTitle(tr("&View")); });
    QAction *timings = timingsDock()->toggleViewAction();
    timings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_texts.add([timings] {
        timings->setText(tr("&Timings"));
        timings->setToolTip(tr("Decode and prefill timings of the current shape on every backend, and decode time "
                               "against context per mechanism"));
    });
    viewMenu->addAction(timings);

    menuBar()->addMenu(m_lessons->menu()); // retranslates itself

    QMenu *settingsMenu = menuBar()->addMenu(QString());
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_texts.add([settingsMenu] { settingsMenu->setTitle(tr("&Settings")); });
    QAction *preferences = settingsMenu->addAction(QString(), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    m_texts.add([preferences] {
        preferences->setText(tr("&Preferences…"));
        preferences->setToolTip(tr("The language of the user interface"));
    });

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    m_texts.add([help] { help->setTitle(tr("&Help")); });
    QAction *about = help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About AttnScope"),
                           tr("<h3>AttnScope %1</h3>"
                              "<p>See, understand and measure attention mechanisms, from Bahdanau's "
                              "additive attention to multi-head latent attention.</p>"
                              "<p>License: GNU GPL version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    m_texts.add([about, aboutQt] {
        about->setText(tr("&About AttnScope"));
        aboutQt->setText(tr("About &Qt"));
    });
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString language = dialog.language();
    io::saveLanguage(language);
    // Installing the translators makes Qt send QEvent::LanguageChange to every widget, and
    // each sets its texts again: no restart.
    if (language != io::requestedLanguage())
        io::setLanguage(language);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateInfo()
{
    m_attention->setInfo(m_trace, m_config);
    updateKvStatus();
    m_stepsStatus->setText(m_attention->stepsStatusText());
}

void MainWindow::retranslateUi()
{
    m_texts.retranslate();
    if (m_controller->isBusy())
        statusBar()->showMessage(tr("Computing…"));
    // What follows the state: the attention view (unless it catches up when shown), why it is
    // empty, the sizes under it and the MLA badge.
    // (The attention page retitles its heatmap itself.)
    if (m_trace) {
        // nothing to say
    } else if (!m_parameters->errors().empty()) {
        m_attention->clear(tr("Fix the parameters on the left to see the attention weights."));
    } else if (!m_failure.isEmpty()) {
        m_errors->setText(tr("The computation failed: %1").arg(m_failure));
        m_attention->clear(tr("The computation failed."));
    }
    updateInfo();
    // The panel never scrolls sideways, so it must be as wide as its labels in the new
    // language. The children see the event after the window: measure once they have their
    // new texts.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("parameterScroll")))
                scroll->setMinimumWidth(panelMinimumWidth(scroll));
        },
        Qt::QueuedConnection);
}

void MainWindow::createFootprintDock()
{
    m_footprint = new widgets::FootprintView(m_footprintSettings, this);
    m_footprint->setObjectName(QStringLiteral("footprint"));
    m_footprint->setPresets(io::presetModels());
    m_footprintDock = new QDockWidget(this);
    m_texts.add([this] { m_footprintDock->setWindowTitle(tr("KV-cache footprint")); });
    m_footprintDock->setObjectName(QStringLiteral("footprintDock")); // saveState() needs it
    m_footprintDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_footprintDock->setWidget(m_footprint);
    addDockWidget(Qt::RightDockWidgetArea, m_footprintDock);
    m_footprintDock->hide();
}

void MainWindow::createPageDocks()
{
    for (PageSlot &slot : m_pages) {
        if (!slot.dockTitle)
            continue;
        auto *dock = new QDockWidget(this);
        m_texts.add([dock, title = slot.dockTitle] { dock->setWindowTitle(tr(title)); });
        dock->setObjectName(slot.id + QStringLiteral("Dock")); // saveState() needs it
        dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
        dock->setWidget(slot.page->widget());
        addDockWidget(Qt::RightDockWidgetArea, dock);
        // Beside the footprint dock, as a tab: both are tall.
        tabifyDockWidget(m_footprintDock, dock);
        // Hidden on a first start: the timings panel measures while it is visible, and nothing
        // should be measured before the user asks (nor during `attnscope bench --ui`).
        dock->hide();
        connect(dock, &QDockWidget::visibilityChanged, this, [this, id = slot.id](bool visible) {
            if (!visible && m_dockInFront == id)
                m_dockInFront.clear();
        });
        slot.dock = dock;
    }
    // The export actions act on a docked page once the user works in it, and on the tabs
    // again when they go back there.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now)
            return;
        for (const PageSlot &slot : m_pages)
            if (slot.dock && slot.dock->isAncestorOf(now)) {
                m_dockInFront = slot.id;
                return;
            }
        if (m_views->isAncestorOf(now) || now == m_views)
            m_dockInFront.clear();
    });
}

void MainWindow::createPages()
{
    m_timeline = new widgets::TimelineModel(this);
    m_timingsModel = new widgets::TimingsModel(this);
    m_timingsModel->setParameterModel(m_parameters);
    const widgets::PageContext context{m_parameters, m_timeline, m_timingsModel, m_footprintSettings};

    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        for (const PageSlot &slot : m_pages)
            if (widgets::PageScrollArea::shows(m_views->widget(index), slot.page->widget()))
                refreshView(slot.id);
        updateKvStatus();
        QMetaObject::invokeMethod(this, &MainWindow::fitDocks, Qt::QueuedConnection); // its minimum
    });
    // Every page of widgets::pageInfos(): the tabs here, the docks in createPageDocks().
    for (const widgets::PageInfo &info : widgets::pageInfos()) {
        widgets::Page *page = info.create(context, this);
        const QString id = QString::fromLatin1(info.id);
        page->widget()->setObjectName(id);
        const bool tab = info.placement == widgets::PagePlacement::Tab;
        m_pages.push_back({id, page, tab ? nullptr : info.title, nullptr});
        if (tab)
            m_views->addTab(new widgets::PageScrollArea(page->widget()), QString());
    }
    m_texts.add([this] {
        int i = 0;
        for (const widgets::PageInfo &info : widgets::pageInfos())
            if (info.placement == widgets::PagePlacement::Tab && i < m_views->count()) {
                m_views->setTabText(i, tr(info.title));
                m_views->setTabToolTip(i++, tr(info.toolTip));
            }
    });
    // The pages the window itself works with: the attention page's heatmap says why it is
    // empty and its sizes feed the status bar; the steps page holds the MLA badge.
    m_attention = page<widgets::AttentionPage>(QStringLiteral("attention"));
    m_stepsPage = page<widgets::StepsPage>(QStringLiteral("steps"));
    Q_ASSERT(m_attention && m_stepsPage);
    m_mlaStatusBadge = new widgets::MlaBadge(QStringLiteral("0px"), this);
    m_mlaStatusBadge->setObjectName(QStringLiteral("mlaStatusBadge"));
    if (auto *timings = page<widgets::TimingsView>(QStringLiteral("timings")))
        timings->setPresets(io::presetModels());
    if (auto *chart = page<widgets::FootprintChart>(QStringLiteral("footprint")))
        connect(chart, &widgets::FootprintChart::figuresChanged, this, &MainWindow::updateKvStatus);
}

void MainWindow::setPagesModel(const std::optional<core::ModelShape> &model)
{
    for (const PageSlot &slot : m_pages)
        if (slot.page->setModel(model))
            m_stale.insert(slot.id);
    refreshView(currentViewId());
}

void MainWindow::headChanged(int head)
{
    for (const PageSlot &slot : m_pages) {
        if (!slot.page->showsHead())
            continue;
        slot.page->selectHead(head);
        if (m_trace) { // at once, in front or not: a head is chosen to be looked at
            m_stale.remove(slot.id);
            slot.page->showTrace(m_trace, m_config);
        }
    }
}

QStringList MainWindow::viewIds()
{
    return widgets::pageIds();
}

widgets::Page *MainWindow::findPage(const QString &id) const
{
    for (const PageSlot &slot : m_pages)
        if (slot.id == id)
            return slot.page;
    return nullptr;
}

QWidget *MainWindow::viewWidget(const QString &id) const
{
    widgets::Page *page = findPage(id);
    return page ? page->widget() : nullptr;
}

void MainWindow::refreshView(const QString &id)
{
    if (!m_stale.remove(id) || !m_trace)
        return;
    if (widgets::Page *page = findPage(id))
        page->showTrace(m_trace, m_config);
}

bool MainWindow::showView(const QString &id)
{
    const auto slot = std::find_if(m_pages.begin(), m_pages.end(), [&](const PageSlot &s) { return s.id == id; });
    if (slot == m_pages.end())
        return false;
    if (slot->dock) {
        slot->dock->show();
        slot->dock->raise();
        m_dockInFront = id;
        refreshView(id);
        return true;
    }
    for (int i = 0; i < m_views->count(); ++i)
        if (widgets::PageScrollArea::shows(m_views->widget(i), slot->page->widget()))
            m_views->setCurrentIndex(i);
    m_dockInFront.clear();
    refreshView(id); // the tab may have been in front, behind a dock
    return true;
}

QString MainWindow::currentViewId() const
{
    for (const PageSlot &slot : m_pages)
        if (slot.dock ? slot.id == m_dockInFront && slot.dock->isVisible()
                      : m_dockInFront.isEmpty()
                            && widgets::PageScrollArea::shows(m_views->currentWidget(), slot.page->widget()))
            return slot.id;
    // A dock in front that was closed: the tab.
    for (const PageSlot &slot : m_pages)
        if (!slot.dock && widgets::PageScrollArea::shows(m_views->currentWidget(), slot.page->widget()))
            return slot.id;
    return {};
}

QByteArray MainWindow::viewCsv(const QString &id) const
{
    const widgets::Page *page = findPage(id);
    return page ? page->csv() : QByteArray();
}

widgets::HeatmapView *MainWindow::heatmap() const
{
    return m_attention->heatmap();
}

widgets::CompareView *MainWindow::compareView() const
{
    return page<widgets::CompareView>(QStringLiteral("compare"));
}

widgets::FootprintChart *MainWindow::footprintChart() const
{
    return page<widgets::FootprintChart>(QStringLiteral("footprint"));
}

widgets::TimingsView *MainWindow::timingsView() const
{
    return page<widgets::TimingsView>(QStringLiteral("timings"));
}

widgets::StepView *MainWindow::stepView() const
{
    return m_stepsPage->stepView();
}

QDockWidget *MainWindow::timingsDock() const
{
    for (const PageSlot &slot : m_pages)
        if (slot.id == QLatin1String("timings"))
            return slot.dock;
    return nullptr;
}

QWidget *MainWindow::createPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    m_panel = new widgets::ParameterPanel(m_parameters, panel);
    // The panel's groups and the View group below share the outer layout's margins, so their
    // edges line up.
    if (m_panel->layout())
        m_panel->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);

    // What is shown
    auto *viewBox = new QGroupBox(panel);
    auto *viewForm = new QFormLayout(viewBox);
    m_head = new QSpinBox(viewBox);
    m_head->setObjectName(QStringLiteral("head"));
    m_head->setRange(0, 0);
    auto *headLabel = new QLabel(viewBox);
    headLabel->setBuddy(m_head);
    viewForm->addRow(headLabel, m_head);
    m_fitColors = new QCheckBox(viewBox);
    m_fitColors->setObjectName(QStringLiteral("fitColors"));
    viewForm->addRow(m_fitColors); // the whole row: its text is long in German
    m_texts.add([this, viewBox, headLabel] {
        viewBox->setTitle(tr("View"));
        headLabel->setText(tr("&Head shown:"));
        m_head->setToolTip(tr("The head whose attention weights the heatmap shows"));
        m_fitColors->setText(tr("&Fit colours to the weights"));
        m_fitColors->setToolTip(tr("Spread the colour scale over the smallest to the largest weight shown, "
                                   "instead of over 0 to 1"));
    });
    layout->addWidget(viewBox);

    // A computation that failed (the panel itself explains invalid parameters).
    m_errors = new QLabel(panel);
    m_errors->setObjectName(QStringLiteral("failure"));
    widgets::styleAsError(m_errors);
    layout->addWidget(m_errors);

    layout->addStretch(1);

    connect(m_head, &QSpinBox::valueChanged, this, &MainWindow::headChanged);
    connect(m_fitColors, &QCheckBox::toggled, m_attention, &widgets::AttentionPage::setFitColors);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("parameterScroll"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panelMinimumWidth(scroll));
    return scroll;
}

void MainWindow::selectMechanism(Mechanism mechanism)
{
    m_parameters->setMechanism(mechanism); // the panel follows the model
}

void MainWindow::selectHead(int head)
{
    m_head->setValue(head); // clamps to the range, and headChanged() follows
}

int MainWindow::selectedHead() const
{
    return m_head->value();
}

// Enables the controls the mechanism reads; the others show the value it uses instead.
void MainWindow::parametersChanged()
{
    const auto errors = m_parameters->errors();
    m_errors->hide();
    m_errors->clear();
    m_failure.clear();
    if (errors.empty()) {
        m_controller->compute(m_parameters->config());
        return;
    }
    // The panel explains the problem next to the controls.
    // Nothing stale stays on screen: the old weights belong to other parameters.
    m_controller->cancel();
    m_trace.reset();
    m_attention->clear(tr("Fix the parameters on the left to see the attention weights."));
    m_stepsPage->stepView()->heatmap()->clear(tr("Fix the parameters on the left to see the computation."));
    m_timeline->clear();
    m_head->setEnabled(false);
    updateInfo();
    updateMlaBadge();
}

void MainWindow::showTrace(std::shared_ptr<const core::Trace> trace, const core::Config &config)
{
    m_failure.clear();
    m_trace = std::move(trace);
    m_config = config;
    const bool multiHead = isMultiHead(config.mechanism) && config.nHeads > 1;
    {
        const QSignalBlocker blocker(m_head);
        m_head->setRange(0, multiHead ? int(config.nHeads - 1) : 0);
        m_head->setEnabled(multiHead);
    }
    updateInfo();
    updateMlaBadge();
    // Views behind other tabs catch up when they come to the front: only the one in
    // front is redrawn now, so a slider drag stays fluid.
    m_stale.clear();
    for (const PageSlot &slot : m_pages) {
        if (slot.page->showsHead())
            slot.page->selectHead(m_head->value()); // the range may have clamped it
        m_stale.insert(slot.id);
    }
    refreshView(currentViewId());
    Q_EMIT traceShown();
}

void MainWindow::showFailure(const QString &message)
{
    m_trace.reset();
    m_failure = message;
    m_errors->setText(tr("The computation failed: %1").arg(message));
    m_errors->show();
    m_attention->clear(tr("The computation failed."));
    updateInfo();
    updateMlaBadge();
}

void MainWindow::finishAnimations()
{
    for (const PageSlot &slot : m_pages)
        slot.page->finishAnimations();
}

bool MainWindow::isBusy() const
{
    // A page counts as it says (the timings panel while it is visible and measuring).
    return m_controller->isBusy() || m_pathCheck->isBusy()
        || std::any_of(m_pages.begin(), m_pages.end(), [](const PageSlot &slot) { return slot.page->isBusy(); });
}

std::array<widgets::MlaBadge *, 2> MainWindow::mlaBadges() const
{
    return {m_stepsPage->badge(), m_mlaStatusBadge};
}

QString MainWindow::mlaBadgeText() const
{
    const widgets::MlaBadge *badge = m_stepsPage->badge();
    return badge->isHidden() ? QString() : badge->text();
}

void MainWindow::updateMlaBadge()
{
    const bool mla = m_trace && m_config.mechanism == Mechanism::Mla;
    if (!mla) {
        m_pathCheck->cancel();
        for (widgets::MlaBadge *badge : mlaBadges())
            badge->hide();
        return;
    }
    if (!m_badgeConfig || !(*m_badgeConfig == m_config)) {
        for (widgets::MlaBadge *badge : mlaBadges())
            badge->setMeasuring();
        m_pathCheck->check(m_config, m_trace); // the trace on screen is one path already
    }
    for (widgets::MlaBadge *badge : mlaBadges())
        badge->show();
}

QDockWidget *MainWindow::lessonDock() const
{
    return m_lessons->dock();
}

const lessons::LessonLibrary &MainWindow::lessonLibrary() const
{
    return m_lessons->library();
}

lessons::LessonPlayer *MainWindow::lessonPlayer() const
{
    return m_lessons->player();
}

bool MainWindow::setLessonFolder(const QString &folder, QStringList *errors)
{
    return m_lessons->setFolder(folder, errors);
}

bool MainWindow::openLesson(const QString &id, int step)
{
    return m_lessons->open(id, step);
}

bool MainWindow::restoreLastLesson()
{
    return m_lessons->restoreLast();
}

std::unique_ptr<lessons::Stage> MainWindow::createOffscreen()
{
    auto window = std::make_unique<MainWindow>();
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->timingsDock()->hide(); // measures only where a step shows it
    return window;
}

} // namespace attnscope::app
