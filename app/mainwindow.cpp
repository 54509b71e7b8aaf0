// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "io/dumpio.h"
#include "io/language.h"
#include "lessons/lesson.h"
#include "lessons/lessondock.h"
#include "lessons/lessonplayer.h"
#include "io/modelconfig.h"
#include "app/preferencesdialog.h"
#include "core/footprint/kvcache.h"
#include "core/mechanisms/pathcheck.h"
#include "widgets/views/compare/compareview.h"
#include "widgets/models/computecontroller.h"
#include "widgets/common/exporter.h"
#include "widgets/views/footprint/footprintchart.h"
#include "widgets/views/footprint/footprintview.h"
#include "widgets/views/heads/headdiagram.h"
#include "widgets/common/heatmapview.h"
#include "widgets/common/labels.h"
#include "widgets/models/parametermodel.h"
#include "widgets/views/parameters/parameterpanel.h"
#include "widgets/views/steps/stepplayer.h"
#include "widgets/views/steps/stepview.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/models/timingsmodel.h"
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
#include <QFutureWatcher>
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
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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

QString shapeText(const core::Tensor &t)
{
    QStringList dims;
    for (const auto n : t.shape)
        dims << QString::number(n);
    return dims.join(QStringLiteral("\u00a0×\u00a0")); // never wrapped inside a shape
}

// "t0", "t1", ... (or 1-based "x1", "x2", ... as Bahdanau et al. write them).
QStringList tokenLabels(const QString &prefix, std::int64_t count, int first = 0)
{
    QStringList labels;
    labels.reserve(count);
    for (std::int64_t i = 0; i < count; ++i)
        labels << prefix + QString::number(i + first);
    return labels;
}

// The application's own settings: main() names the interactive window "AttnScope" and the
// offscreen modes "AttnScope-offscreen", so that each keeps its own; tests get theirs.
QSettings settings()
{
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    return QSettings(organization.isEmpty() ? QStringLiteral("AttnScope") : organization,
                     application.isEmpty() ? QStringLiteral("AttnScope") : application);
}

const QString kParametersKey = QStringLiteral("MainWindow/parameters");

// core::Request <-> JSON object. Only the values given are written; sizes are JSON numbers,
// the seed a decimal string (64 bits do not fit a double).
QJsonObject requestToJson(const core::Request &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("mechanism"), QString::fromLatin1(core::mechanismId(r.mechanism).data()));
    const auto putInt = [&o](const char *key, const std::optional<std::int64_t> &v) {
        if (v)
            o.insert(QLatin1String(key), double(*v));
    };
    putInt("d_model", r.dModel);
    putInt("n_heads", r.nHeads);
    putInt("n_kv_heads", r.nKvHeads);
    putInt("d_head", r.dHead);
    putInt("tokens", r.tokens);
    putInt("source_tokens", r.sourceTokens);
    putInt("d_latent_kv", r.dLatentKv);
    putInt("d_latent_q", r.dLatentQ);
    putInt("d_rope", r.dRope);
    putInt("hidden", r.hidden);
    putInt("align_dim", r.alignDim);
    o.insert(QStringLiteral("causal"), r.causal);
    o.insert(QStringLiteral("attention"), QString::fromLatin1(core::attentionKindId(r.attention).data()));
    o.insert(QStringLiteral("seed"), QString::number(r.seed));
    if (r.ropeBase)
        o.insert(QStringLiteral("rope_base"), *r.ropeBase);
    if (r.ropeLayout)
        o.insert(QStringLiteral("rope_layout"), QString::fromLatin1(core::ropeLayoutId(*r.ropeLayout).data()));
    if (r.mlaPath)
        o.insert(QStringLiteral("mla_path"), QString::fromLatin1(core::mlaPathId(*r.mlaPath).data()));
    return o;
}

// std::nullopt when anything present is of the wrong type or out of range: a saved value is
// taken whole or not at all.
std::optional<core::Request> requestFromJson(const QJsonObject &o)
{
    core::Request r;
    const auto mechanism = core::mechanismFromId(o.value(QStringLiteral("mechanism")).toString().toStdString());
    if (!mechanism)
        return std::nullopt;
    r.mechanism = *mechanism;
    bool ok = true;
    const auto getInt = [&](const char *key, std::optional<std::int64_t> &field) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const double d = v.toDouble(std::nan(""));
        // Integral and well inside the range a double holds exactly.
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9.0e15) {
            ok = false;
            return;
        }
        field = std::int64_t(d);
    };
    getInt("d_model", r.dModel);
    getInt("n_heads", r.nHeads);
    getInt("n_kv_heads", r.nKvHeads);
    getInt("d_head", r.dHead);
    getInt("tokens", r.tokens);
    getInt("source_tokens", r.sourceTokens);
    getInt("d_latent_kv", r.dLatentKv);
    getInt("d_latent_q", r.dLatentQ);
    getInt("d_rope", r.dRope);
    getInt("hidden", r.hidden);
    getInt("align_dim", r.alignDim);
    if (const QJsonValue v = o.value(QStringLiteral("causal")); !v.isUndefined()) {
        ok = ok && v.isBool();
        r.causal = v.toBool();
    }
    if (const QJsonValue v = o.value(QStringLiteral("attention")); !v.isUndefined()) {
        if (v.toString() == QLatin1String("cross"))
            r.attention = core::AttentionKind::Cross;
        else
            ok = ok && v.toString() == QLatin1String("self");
    }
    if (const QJsonValue v = o.value(QStringLiteral("seed")); !v.isUndefined()) {
        bool parsed = false;
        r.seed = v.toString().toULongLong(&parsed);
        ok = ok && v.isString() && parsed;
    }
    if (const QJsonValue v = o.value(QStringLiteral("rope_base")); !v.isUndefined()) {
        ok = ok && v.isDouble() && std::isfinite(v.toDouble());
        r.ropeBase = v.toDouble();
    }
    if (const QJsonValue v = o.value(QStringLiteral("rope_layout")); !v.isUndefined()) {
        r.ropeLayout = core::ropeLayoutFromId(v.toString().toStdString());
        ok = ok && r.ropeLayout.has_value();
    }
    if (const QJsonValue v = o.value(QStringLiteral("mla_path")); !v.isUndefined()) {
        r.mlaPath = core::mlaPathFromId(v.toString().toStdString());
        ok = ok && r.mlaPath.has_value();
    }
    if (!ok)
        return std::nullopt;
    return r;
}

// The outcome of one naive-against-absorbed measurement, off the UI thread.
struct PathCheck
{
    core::Config config;
    std::optional<core::PathDifference> difference;
    QString error;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_parameters(new widgets::ParameterModel(this)),
      m_controller(new widgets::ComputeController(this))
{
    m_texts.add([this] { setWindowTitle(tr("AttnScope")); });

    m_heatmap = new widgets::HeatmapView(this);
    m_heatmap->setDataRange(0.0, 1.0); // weights are probabilities: one colour scale for all
    m_texts.add([this] { m_heatmap->setColorScaleLabel(tr("Weight")); });

    // Right: the heatmap and, under it, what was computed.
    auto *view = new QWidget(this);
    view->setBackgroundRole(QPalette::Base);
    view->setAutoFillBackground(true);
    auto *viewLayout = new QVBoxLayout(view);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->setSpacing(0);
    viewLayout->addWidget(m_heatmap, 1);
    m_info = new QLabel(view);
    m_info->setObjectName(QStringLiteral("info"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setContentsMargins(12, 4, 12, 8);
    viewLayout->addWidget(m_info);

    createViews(view);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(createPanel());
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createFootprintDock();
    createTimingsDock();
    // Lessons: the dock opens with a lesson; the menu (createMenus) lists them.
    m_lessonLibrary = std::make_unique<lessons::LessonLibrary>();
    m_lessonLibrary->load(settings().value(QStringLiteral("Lessons/folder")).toString());
    m_lessonPlayer = new lessons::LessonPlayer(this);
    m_lessonDock = new lessons::LessonDock(m_lessonPlayer, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
    m_lessonDock->hide();
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

    connect(m_parameters, &widgets::ParameterModel::changed, this, &MainWindow::parametersChanged);
    connect(m_controller, &widgets::ComputeController::traceReady, this, &MainWindow::showTrace);
    connect(m_controller, &widgets::ComputeController::failed, this, &MainWindow::showFailure);
    connect(m_controller, &widgets::ComputeController::busyChanged, this, [this](bool busy) {
        if (busy)
            statusBar()->showMessage(tr("Computing…"));
        else
            statusBar()->clearMessage();
    });

    const QSettings s = settings();
    if (!restoreGeometry(s.value(QStringLiteral("MainWindow/geometry")).toByteArray()))
        resize(1120, 720);
    if (!m_splitter->restoreState(s.value(QStringLiteral("MainWindow/splitter")).toByteArray()))
        m_splitter->setSizes({320, 800});
    // The dock keeps its side and size from the last session, but opens only with a model.
    restoreState(s.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_footprintDock->hide();
    m_lessonDock->hide(); // until a lesson opens
    // The timings dock opens as the last session left it (hidden on a first start).
    restoreTimingsSettings();

    parametersChanged();
}

MainWindow::~MainWindow() = default;

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
    for (const auto &preset : m_footprint->presets()) {
        const QString id = QString::fromStdString(preset.id);
        const QString mechanism = widgets::mechanismAcronym(preset.mechanism);
        // The tab puts the mechanism in the menu's right-hand column.
        QAction *action = model->addAction(QString::fromStdString(preset.name) + QLatin1Char('\t') + mechanism);
        action->setData(id);
        action->setCheckable(true);
        action->setToolTip(id);
        m_presetActions->addAction(action);
    }
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
    QAction *timings = m_timingsDock->toggleViewAction();
    timings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_texts.add([timings] {
        timings->setText(tr("&Timings"));
        timings->setToolTip(tr("Decode and prefill timings of the current shape on every backend, and decode time "
                               "against context per mechanism"));
    });
    viewMenu->addAction(timings);

    menuBar()->addMenu(new lessons::LessonMenu(this, m_lessonPlayer)); // retranslates itself

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

void MainWindow::retranslateUi()
{
    m_texts.retranslate();
    if (m_controller->isBusy())
        statusBar()->showMessage(tr("Computing…"));
    // What follows the state: the attention view (unless it catches up when shown), why it is
    // empty, the sizes under it and the MLA badge.
    if (m_trace) {
        if (!m_stale.contains(QStringLiteral("attention")))
            showHead();
    } else if (!m_parameters->errors().empty()) {
        m_heatmap->clear(tr("Fix the parameters on the left to see the attention weights."));
    } else if (!m_failure.isEmpty()) {
        m_errors->setText(tr("The computation failed: %1").arg(m_failure));
        m_heatmap->clear(tr("The computation failed."));
    }
    updateInfo();
    updateMlaBadgeText();
    // The panel never scrolls sideways, so it must be as wide as its labels in the new
    // language. The children see the event after the window: measure once they have their
    // new texts.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("parameterScroll")))
                scroll->setMinimumWidth(scroll->widget()->sizeHint().width() + 16);
        },
        Qt::QueuedConnection);
}

void MainWindow::createFootprintDock()
{
    m_footprint = new widgets::FootprintView(this);
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

void MainWindow::createTimingsDock()
{
    m_timingsModel = new widgets::TimingsModel(this);
    m_timingsModel->setParameterModel(m_parameters);
    m_timingsView = new widgets::TimingsView(m_timingsModel, this);
    m_timingsView->setObjectName(QStringLiteral("timings"));
    m_timingsView->setPresets(io::presetModels());
    m_timingsDock = new QDockWidget(this);
    m_texts.add([this] { m_timingsDock->setWindowTitle(tr("Timings")); });
    m_timingsDock->setObjectName(QStringLiteral("timingsDock")); // saveState() needs it
    m_timingsDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    m_timingsDock->setWidget(m_timingsView);
    addDockWidget(Qt::RightDockWidgetArea, m_timingsDock);
    // Beside the footprint dock, as a tab: both are tall.
    tabifyDockWidget(m_footprintDock, m_timingsDock);
    // Hidden on a first start: the panel measures while it is visible, and nothing should be
    // measured before the user asks (nor during `attnscope bench --ui`).
    m_timingsDock->hide();
    connect(m_timingsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            m_timingsInFront = false;
    });
    // The export actions act on the timings panel once the user works in it, and on the
    // tabs again when they go back there.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now)
            return;
        if (m_timingsDock->isAncestorOf(now))
            m_timingsInFront = true;
        else if (m_views->isAncestorOf(now) || now == m_views)
            m_timingsInFront = false;
    });
}

namespace {
const QString kTimingsKey = QStringLiteral("Timings/");
} // namespace

void MainWindow::restoreTimingsSettings()
{
    const QSettings s = settings();
    bool ok = false;
    const qlonglong context = s.value(kTimingsKey + QStringLiteral("context")).toLongLong(&ok);
    if (ok && context >= 1 && context <= (1 << 24))
        m_timingsModel->setContext(context);
    if (const auto dtype = core::dtypeFromId(s.value(kTimingsKey + QStringLiteral("dtype")).toString().toStdString()))
        m_timingsModel->setDType(*dtype);
    const int threads = s.value(kTimingsKey + QStringLiteral("threads")).toInt(&ok);
    if (ok && threads >= 1)
        m_timingsModel->setThreads(threads); // clamped to this machine's cores
    const QVariant live = s.value(kTimingsKey + QStringLiteral("live"));
    if (live.isValid())
        m_timingsModel->setLive(live.toBool());
    const qlonglong sweepMax = s.value(kTimingsKey + QStringLiteral("sweepMax")).toLongLong(&ok);
    if (ok && sweepMax >= widgets::TimingsModel::kSweepFrom && sweepMax <= (qlonglong(1) << 24))
        m_timingsModel->setSweepMax(sweepMax);
}

void MainWindow::saveTimingsSettings() const
{
    QSettings s = settings();
    s.setValue(kTimingsKey + QStringLiteral("context"), qlonglong(m_timingsModel->context()));
    s.setValue(kTimingsKey + QStringLiteral("dtype"),
               QString::fromLatin1(core::dtypeId(m_timingsModel->dtype()).data()));
    // Only a choice the user made: the default follows the machine.
    if (m_timingsModel->threads() != widgets::TimingsModel::defaultThreads())
        s.setValue(kTimingsKey + QStringLiteral("threads"), m_timingsModel->threads());
    else
        s.remove(kTimingsKey + QStringLiteral("threads"));
    s.setValue(kTimingsKey + QStringLiteral("live"), m_timingsModel->isLive());
    s.setValue(kTimingsKey + QStringLiteral("sweepMax"), qlonglong(m_timingsModel->sweepMax()));
}

void MainWindow::importModelConfigInteractively()
{
    QSettings s = settings();
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
    showFootprint(*model, QString());
    return true;
}

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

void MainWindow::showFootprint(const core::ModelShape &model, const QString &presetId)
{
    m_footprint->setModel(model);
    m_chartModel = model;
    m_timingsModel->setModelShape(model); // the timings panel times one layer of it
    m_stale.insert(QStringLiteral("footprint"));
    refreshView(currentViewId());
    for (QAction *action : m_presetActions->actions())
        action->setChecked(!presetId.isEmpty() && action->data().toString() == presetId);
    m_footprintDock->toggleViewAction()->setEnabled(true);
    m_footprintDock->show();
    m_footprintDock->raise();
}

namespace {
struct ViewInfo
{
    const char *id;
    const char *title;
    const char *toolTip;
};
// The order of the tabs.
constexpr ViewInfo kViews[] = {
    {"steps", QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Steps"),
     QT_TRANSLATE_NOOP("attnscope::app::MainWindow",
                       "Every step of the computation, animated, with its formula and shapes")},
    {"attention", QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Attention"),
     QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "The attention weights of one head")},
    {"heads", QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Heads"),
     QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "Which KV head each query head reads, and what the cache holds")},
    {"compare", QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Compare"),
     QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "MHA, GQA, MQA and MLA side by side on the same input and seed")},
    {"footprint", QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Footprint"),
     QT_TRANSLATE_NOOP("attnscope::app::MainWindow",
                       "KV-cache bytes against context length, and where the cache fills a GPU")},
};
} // namespace

void MainWindow::createViews(QWidget *attentionView)
{
    m_timeline = new widgets::TimelineModel(this);
    auto *steps = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(steps);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->setSpacing(0);
    m_stepView = new widgets::StepView(m_timeline, steps);
    m_player = new widgets::StepPlayer(m_timeline, steps);
    // MLA only: how far the naive and the absorbed evaluation orders drift apart (the texts:
    // updateMlaBadgeText()).
    const auto makeBadge = [](QWidget *parent, const QString &margin) {
        auto *badge = new QLabel(parent);
        badge->setObjectName(QStringLiteral("mlaBadge"));
        badge->setTextFormat(Qt::PlainText);
        badge->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Fixed colours on a fixed background: readable in light and dark themes alike.
        badge->setStyleSheet(QStringLiteral("QLabel { background-color: #d8f0dc; color: #1b4d23; "
                                            "border: 1px solid #8cc798; border-radius: 9px; "
                                            "padding: 1px 8px; margin: %1; }")
                                 .arg(margin));
        badge->hide();
        return badge;
    };
    m_mlaBadge = makeBadge(steps, QStringLiteral("6px 8px 2px 8px"));
    stepsLayout->addWidget(m_mlaBadge, 0, Qt::AlignLeft);
    m_mlaStatusBadge = makeBadge(this, QStringLiteral("0px"));
    m_mlaStatusBadge->setObjectName(QStringLiteral("mlaStatusBadge"));
    stepsLayout->addWidget(m_stepView, 1);
    stepsLayout->addWidget(m_player);

    m_headDiagram = new widgets::HeadDiagram(this);
    m_compare = new widgets::CompareView(this);
    m_chart = new widgets::FootprintChart(this);

    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) { refreshView(viewIds().value(index)); });
    QWidget *const widgets[] = {steps, attentionView, m_headDiagram, m_compare, m_chart};
    for (int i = 0; i < int(std::size(widgets)); ++i) {
        widgets[i]->setObjectName(QString::fromLatin1(kViews[i].id));
        m_views->addTab(widgets[i], QString());
    }
    m_texts.add([this] {
        for (int i = 0; i < m_views->count() && i < int(std::size(kViews)); ++i) {
            m_views->setTabText(i, tr(kViews[i].title));
            m_views->setTabToolTip(i, tr(kViews[i].toolTip));
        }
    });
}

namespace {
const QString kTimingsView = QStringLiteral("timings");
} // namespace

QStringList MainWindow::viewIds()
{
    QStringList ids;
    for (const auto &v : kViews)
        ids << QString::fromLatin1(v.id);
    ids << kTimingsView; // a dock, after the tabs
    return ids;
}

QWidget *MainWindow::viewWidget(const QString &id) const
{
    if (id == kTimingsView)
        return m_timingsView;
    const int i = int(viewIds().indexOf(id));
    return i < 0 || i >= m_views->count() ? nullptr : m_views->widget(i);
}

void MainWindow::refreshView(const QString &id)
{
    if (!m_stale.remove(id) || !m_trace)
        return;
    if (id == QLatin1String("steps"))
        m_timeline->setTrace(m_trace, m_config);
    else if (id == QLatin1String("attention"))
        showHead();
    else if (id == QLatin1String("heads"))
        m_headDiagram->setConfig(m_config);
    else if (id == QLatin1String("compare"))
        m_compare->setBaseConfig(m_config);
    else if (id == QLatin1String("footprint"))
        updateFootprintChart();
}

bool MainWindow::showView(const QString &id)
{
    if (id == kTimingsView) {
        m_timingsDock->show();
        m_timingsDock->raise();
        m_timingsInFront = true;
        return true;
    }
    const int i = int(viewIds().indexOf(id));
    if (i < 0)
        return false;
    m_views->setCurrentIndex(i);
    m_timingsInFront = false;
    refreshView(id); // the tab may have been in front, behind the timings dock
    return true;
}

QString MainWindow::currentViewId() const
{
    if (m_timingsInFront && m_timingsDock->isVisible())
        return kTimingsView;
    return viewIds().value(m_views->currentIndex());
}

QByteArray MainWindow::viewCsv(const QString &id) const
{
    if (id == QLatin1String("steps"))
        return m_stepView->heatmap()->matrix().size() > 0
            ? widgets::matrixToCsv(m_stepView->heatmap()->matrix(), m_stepView->heatmap()->rowLabels(),
                                   m_stepView->heatmap()->colLabels())
            : QByteArray();
    if (id == QLatin1String("attention"))
        return m_heatmap->matrix().size() > 0
            ? widgets::matrixToCsv(m_heatmap->matrix(), m_heatmap->rowLabels(), m_heatmap->colLabels())
            : QByteArray();
    if (id == QLatin1String("compare"))
        return m_compare->csv();
    if (id == QLatin1String("footprint"))
        return m_chart->csv();
    if (id == kTimingsView)
        return m_timingsModel->liveResults().empty() && m_timingsModel->sweepResults().empty() ? QByteArray()
                                                                                               : m_timingsModel->csv();
    return {};
}

void MainWindow::updateFootprintChart()
{
    if (m_chartModel) {
        m_chart->setModels({*m_chartModel});
        return;
    }
    if (m_config.mechanism == Mechanism::Bahdanau || m_config.dModel <= 0)
        return;
    m_chart->setModels(widgets::FootprintChart::shapesForConfig(m_config, 1));
}

void MainWindow::createExportActions(QMenu *file)
{
    QAction *view = file->addAction(QString(), this, &MainWindow::exportViewInteractively);
    view->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *csv = file->addAction(QString(), this, &MainWindow::exportCsvInteractively);
    QAction *dump = file->addAction(QString(), this, &MainWindow::exportDumpInteractively);
    QAction *frames = file->addAction(QString(), this, &MainWindow::exportFramesInteractively);
    m_texts.add([view, csv, dump, frames] {
        view->setText(tr("&Export View…"));
        view->setToolTip(tr("Save the view in front as PNG, SVG or PDF"));
        csv->setText(tr("Export View &Data as CSV…"));
        csv->setToolTip(tr("Save the numbers the view in front shows"));
        dump->setText(tr("Save Computation as &JSON io::Dump…"));
        dump->setToolTip(tr("Every tensor of the current computation, in the documented dump format"));
        frames->setText(tr("Export Steps as &Frames…"));
        frames->setToolTip(tr("Every step of the current computation as numbered PNG frames, for slides"));
    });
}

namespace {
// Asks for the size of an exported picture; std::nullopt when cancelled.
std::optional<QSize> askExportSize(QWidget *parent, QSize initial)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(MainWindow::tr("Export Size"));
    auto *form = new QFormLayout(&dialog);
    auto *width = new QSpinBox(&dialog);
    auto *height = new QSpinBox(&dialog);
    width->setRange(200, 8000);
    height->setRange(150, 8000);
    width->setValue(initial.width());
    height->setValue(initial.height());
    width->setSuffix(MainWindow::tr(" px"));
    height->setSuffix(MainWindow::tr(" px"));
    width->setToolTip(MainWindow::tr("Width of the picture; PNGs are rendered at twice this many pixels"));
    height->setToolTip(MainWindow::tr("Height of the picture"));
    form->addRow(MainWindow::tr("&Width:"), width);
    form->addRow(MainWindow::tr("&Height:"), height);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return QSize(width->value(), height->value());
}
} // namespace

void MainWindow::exportViewInteractively()
{
    QSettings s = settings();
    const QString start = s.value(QStringLiteral("MainWindow/exportDir"), QDir::homePath()).toString();
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export View"), QDir(start).filePath(currentViewId() + QStringLiteral(".png")),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (file.isEmpty())
        return;
    s.setValue(QStringLiteral("MainWindow/exportDir"), QFileInfo(file).absolutePath());
    const auto format = widgets::exportFormatFromFileName(file);
    QString error;
    if (!format || *format == widgets::ExportFormat::Csv) {
        QMessageBox::warning(this, tr("Export View"), tr("%1: give the file a .png, .svg or .pdf name.").arg(file));
        return;
    }
    QWidget *shown = viewWidget(currentViewId());
    const QSize saved = s.value(QStringLiteral("MainWindow/exportSize"), shown->size()).toSize();
    const auto size = askExportSize(this, saved);
    if (!size)
        return;
    s.setValue(QStringLiteral("MainWindow/exportSize"), *size);
    finishAnimations();
    if (!widgets::exportWidget(shown, file, *format, *size, &error, 2.0))
        QMessageBox::warning(this, tr("Export View"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file)), 5000);
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
    if (!file.isEmpty() && !widgets::writeFileAtomically(file, csv, &error))
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

int MainWindow::exportStepFrames(const QString &directory, QSize size, QString *error)
{
    if (!m_trace) {
        *error = tr("there is no computation to export");
        return -1;
    }
    QWidget *steps = viewWidget(QStringLiteral("steps"));
    refreshView(QStringLiteral("steps"));
    // Frames are whole steps: no partial animation frame may end up in a file.
    const bool animations = m_stepView->animationsEnabled();
    m_stepView->setAnimationsEnabled(false);
    const auto restore = qScopeGuard([this, animations] { m_stepView->setAnimationsEnabled(animations); });
    const int previous = m_timeline->currentStep();
    const int count = m_timeline->stepCount();
    const int digits = int(QString::number(count).size());
    int written = 0;
    for (int i = 0; i < count; ++i) {
        m_timeline->setCurrentStep(i);
        const QString file =
            QDir(directory).filePath(QStringLiteral("%1-step-%2.png")
                                         .arg(QString::fromLatin1(core::mechanismId(m_config.mechanism).data()))
                                         .arg(i + 1, std::max(digits, 3), 10, QLatin1Char('0')));
        if (!widgets::exportWidget(steps, file, widgets::ExportFormat::Png, size, error)) {
            m_timeline->setCurrentStep(previous);
            return -1;
        }
        ++written;
    }
    m_timeline->setCurrentStep(previous);
    return written;
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
    viewForm->addRow(QString(), m_fitColors);
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
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errors->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53)); // KDE's "negative text"
    m_errors->setPalette(errorPalette);
    m_errors->hide();
    layout->addWidget(m_errors);

    layout->addStretch(1);

    connect(m_head, &QSpinBox::valueChanged, this, [this] { showHead(); });
    connect(m_fitColors, &QCheckBox::toggled, this, [this](bool fit) {
        if (fit)
            m_heatmap->setAutoDataRange();
        else
            m_heatmap->setDataRange(0.0, 1.0);
    });

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("parameterScroll"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panel->sizeHint().width() + 16);
    return scroll;
}

void MainWindow::selectMechanism(Mechanism mechanism)
{
    m_parameters->setMechanism(mechanism); // the panel follows the model
}

void MainWindow::selectHead(int head)
{
    m_head->setValue(head); // clamps to the range, and showHead() follows
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
    m_heatmap->clear(tr("Fix the parameters on the left to see the attention weights."));
    m_stepView->heatmap()->clear(tr("Fix the parameters on the left to see the computation."));
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
    m_stale = {QStringLiteral("steps"), QStringLiteral("attention"), QStringLiteral("heads"), QStringLiteral("compare"),
               QStringLiteral("footprint")};
    refreshView(currentViewId());
    Q_EMIT traceShown();
}

void MainWindow::showFailure(const QString &message)
{
    m_trace.reset();
    m_failure = message;
    m_errors->setText(tr("The computation failed: %1").arg(message));
    m_errors->show();
    m_heatmap->clear(tr("The computation failed."));
    updateInfo();
    updateMlaBadge();
}

void MainWindow::showHead()
{
    if (!m_trace || !m_trace->hasTensor("weights"))
        return;
    const core::Config &c = m_config;
    const core::Tensor &weights = m_trace->tensor("weights");
    const std::int64_t count = weights.rank() == 3 ? weights.matrixCount() : 1;
    const int head = std::clamp(m_head->value(), 0, int(count - 1));
    const core::Matrix matrix = weights.matrix(weights.rank() == 3 ? head : 0);

    if (c.mechanism == Mechanism::Bahdanau) {
        // As in the paper's figure 3: target words down, source words across.
        m_heatmap->setMatrix(matrix, tokenLabels(QStringLiteral("y"), matrix.rows(), 1),
                             tokenLabels(QStringLiteral("x"), matrix.cols(), 1), tr("Alignment weights αᵢⱼ"),
                             tr("Target token yᵢ"), tr("Source token xⱼ"));
        return;
    }
    const bool cross = c.attention == core::AttentionKind::Cross;
    const QStringList rows = tokenLabels(QStringLiteral("t"), matrix.rows());
    const QStringList cols = tokenLabels(cross ? QStringLiteral("s") : QStringLiteral("t"), matrix.cols());
    QString title;
    switch (c.mechanism) {
    case Mechanism::Sdpa: title = tr("Attention weights softmax(QKᵀ/√d_k)"); break;
    case Mechanism::Gqa: {
        const std::int64_t group = c.nKvHeads > 0 ? c.nHeads / c.nKvHeads : 1;
        title = tr("Attention weights, head %1 of %2 (KV head %3 of %4)")
                    .arg(head)
                    .arg(c.nHeads)
                    .arg(head / std::max<std::int64_t>(group, 1))
                    .arg(c.nKvHeads);
        break;
    }
    case Mechanism::Mqa:
        title = tr("Attention weights, head %1 of %2 (one shared KV head)").arg(head).arg(c.nHeads);
        break;
    case Mechanism::Mla:
        title = tr("Attention weights, head %1 of %2 (latent KV, causal)").arg(head).arg(c.nHeads);
        break;
    default: title = tr("Attention weights, head %1 of %2").arg(head).arg(c.nHeads); break;
    }
    m_heatmap->setMatrix(matrix, rows, cols, title, tr("Query token i"),
                         cross ? tr("Source token j") : tr("Key token j"));
}

void MainWindow::updateInfo()
{
    if (!m_trace) {
        m_info->clear();
        m_kvStatus->clear();
        m_stepsStatus->clear();
        return;
    }
    const core::Config &c = m_config;
    const core::Trace &t = *m_trace;

    QString sizes;
    switch (c.mechanism) {
    case Mechanism::Bahdanau:
        sizes = tr("embedding m = %1, GRU n = %2, alignment n' = %3").arg(c.dModel).arg(c.hidden).arg(c.alignDim);
        break;
    case Mechanism::Sdpa: sizes = tr("d_model = %1, d_k = d_v = %2").arg(c.dModel).arg(c.dHead); break;
    case Mechanism::Mla:
        sizes = tr("d_model = %1, %2 heads × d_h = %3, latent d_c = %4, RoPE d_R = %5")
                    .arg(c.dModel)
                    .arg(c.nHeads)
                    .arg(c.dHead)
                    .arg(c.dLatentKv)
                    .arg(c.dRope);
        break;
    default:
        sizes = tr("d_model = %1, %2 heads × d_h = %3, ").arg(c.dModel).arg(c.nHeads).arg(c.dHead)
            + (c.nKvHeads == 1 ? tr("one shared KV head") : tr("%1 KV heads").arg(c.nKvHeads));
        break;
    }

    QStringList names;
    switch (c.mechanism) {
    case Mechanism::Bahdanau: names = {"X_src", "Y_emb", "annotations", "S", "weights", "context"}; break;
    case Mechanism::Mla: names = {"X", "c_KV", "k_R", "q_C", "q_R", "weights", "output"}; break;
    default: names = {"X", "X_enc", "Q", "K", "V", "weights", "output"}; break;
    }
    QStringList shapes;
    for (const QString &name : std::as_const(names)) {
        const std::string key = name.toStdString();
        if (!t.hasTensor(key))
            continue;
        shapes << QStringLiteral("<code>%1</code>&nbsp;%2").arg(name.toHtmlEscaped(), shapeText(t.tensor(key)));
    }

    QString kv;
    if (c.mechanism == Mechanism::Bahdanau) {
        kv = tr("No KV cache: the decoder re-reads %1 annotation values per source token.")
                 .arg(core::annotationElementsPerSourceToken(c).value_or(0));
        m_kvStatus->setText(tr("KV cache: none"));
    } else {
        const auto perToken = core::kvCacheElementsPerToken(c);
        core::Config mha = c;
        mha.mechanism = Mechanism::Mha;
        mha.nKvHeads = mha.nHeads;
        const auto mhaPerToken = core::kvCacheElementsPerToken(mha);
        if (c.mechanism == Mechanism::Mla) {
            // The latent is what MLA caches; the decompressed K and V show what that saves.
            const auto latent = perToken;
            kv = tr("KV cache per token and layer: %1 elements (latent d_c + d_R), against %2 for MHA and %3 "
                    "for the decompressed keys and values.")
                     .arg(latent.value_or(0))
                     .arg(mhaPerToken.value_or(0))
                     .arg(core::mlaDecompressedElementsPerToken(c).value_or(0));
            m_kvStatus->setText(tr("KV cache: %1 elements/token").arg(latent.value_or(0)));
        } else {
            kv = tr("KV cache per token and layer: %1 elements").arg(perToken.value_or(0));
            if (c.mechanism != Mechanism::Sdpa && c.mechanism != Mechanism::Mha && perToken && mhaPerToken
                && *mhaPerToken > 0)
                kv += tr(" (%1% of MHA's %2)")
                          .arg(100.0 * double(*perToken) / double(*mhaPerToken), 0, 'g', 3)
                          .arg(*mhaPerToken);
            kv += QLatin1Char('.');
            m_kvStatus->setText(tr("KV cache: %1 elements/token").arg(perToken.value_or(0)));
        }
    }
    const QString steps = tr("Recorded steps: %1").arg(t.steps().size());
    m_stepsStatus->setText(steps);

    m_info->setText(QStringLiteral("<b>%1</b> %2<br><b>%3</b> %4<br><b>%5</b> %6 %7")
                        .arg(tr("Sizes:").toHtmlEscaped(), sizes.toHtmlEscaped(), tr("Shapes:").toHtmlEscaped(),
                             shapes.join(QStringLiteral(" · ")), tr("Memory:").toHtmlEscaped(), kv.toHtmlEscaped(),
                             tr("%1 steps and %2 tensors recorded.")
                                 .arg(t.steps().size())
                                 .arg(t.tensorNames().size())
                                 .toHtmlEscaped()));
}

void MainWindow::finishAnimations()
{
    m_stepView->finishAnimation();
    m_headDiagram->setBroadcastProgress(1.0);
    // The n_g transition too (a lesson step changes the KV heads in the same window).
    const bool animated = m_headDiagram->isAnimated();
    m_headDiagram->setAnimated(false); // jumps every running animation to its end
    m_headDiagram->setAnimated(animated);
}

bool MainWindow::isBusy() const
{
    // A timings job counts while the panel is visible (exports of it wait for live timings).
    return m_controller->isBusy() || m_compare->isBusy() || m_pathCheckRunning
        || (m_timingsDock->isVisible() && m_timingsModel->isBusy());
}

QString MainWindow::mlaBadgeText() const
{
    return m_mlaBadge->isHidden() ? QString() : m_mlaBadge->text();
}

void MainWindow::updateMlaBadge()
{
    const bool mla = m_trace && m_config.mechanism == Mechanism::Mla;
    if (!mla) {
        m_mlaBadge->hide();
        m_mlaStatusBadge->hide();
        return;
    }
    if (!m_badgeConfig || !(*m_badgeConfig == m_config)) {
        m_badgeResult.reset();
        updateMlaBadgeText();
        startPathCheck();
    }
    m_mlaBadge->show();
    m_mlaStatusBadge->show();
}

void MainWindow::updateMlaBadgeText()
{
    // The tooltip's first paragraph explains; the second gives the weights' figure.
    QString toolTip = tr("Multi-head latent attention computed twice on the same input and the same weights, "
                         "in two evaluation orders: naive (k_C = c_KV W_UK and v_C = c_KV W_UV materialised) "
                         "and absorbed (W_UK folded into the query, W_UV applied after the weighted sum). "
                         "In exact arithmetic both are equal; in float32 they differ by rounding only. "
                         "The badge shows the largest difference measured between the two outputs.");
    QString text;
    if (!m_badgeResult) {
        text = tr("naive ≡ absorbed: measuring…");
    } else if (!m_badgeResult->error.isEmpty()) {
        text = tr("naive ≡ absorbed: not measured (%1)").arg(m_badgeResult->error);
    } else {
        text = tr("naive ≡ absorbed: max |Δ output| = %1").arg(QString::number(m_badgeResult->maxAbsOutput, 'g', 2));
        toolTip += QStringLiteral("\n\n")
            + tr("Largest difference of the attention weights: %1.")
                  .arg(QString::number(m_badgeResult->maxAbsWeights, 'g', 2));
    }
    for (QLabel *badge : {m_mlaBadge, m_mlaStatusBadge}) {
        badge->setText(text);
        badge->setToolTip(toolTip);
    }
}

void MainWindow::startPathCheck()
{
    if (m_pathCheckRunning)
        return; // its result will be stale; the finished handler starts the next one
    m_pathCheckRunning = true;
    const core::Config config = m_config;
    auto *watcher = new QFutureWatcher<PathCheck>(this);
    connect(watcher, &QFutureWatcher<PathCheck>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_pathCheckRunning = false;
        const PathCheck check = watcher->result();
        const bool mla = m_trace && m_config.mechanism == Mechanism::Mla;
        if (!mla)
            return;
        if (!(check.config == m_config)) { // the parameters moved on meanwhile
            startPathCheck();
            return;
        }
        m_badgeConfig = check.config;
        BadgeResult result;
        if (check.difference) {
            result.maxAbsOutput = check.difference->maxAbsOutput;
            result.maxAbsWeights = check.difference->maxAbsWeights;
        } else {
            result.error = check.error.isEmpty() ? tr("no result") : check.error;
        }
        m_badgeResult = result;
        updateMlaBadgeText();
    });
    // The trace on screen is one path already: the worker evaluates only the other one.
    watcher->setFuture(QtConcurrent::run([config, trace = m_trace] {
        PathCheck check{config, std::nullopt, QString()};
        try {
            check.difference = trace ? core::mlaPathDifference(config, *trace) : core::mlaPathDifference(config);
        } catch (const std::exception &e) {
            check.error = QString::fromUtf8(e.what());
        }
        return check;
    }));
}

bool MainWindow::restoreLastParameters()
{
    const QVariant saved = settings().value(kParametersKey);
    if (!saved.isValid() || saved.typeId() != QMetaType::QString)
        return false;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(saved.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const auto request = requestFromJson(document.object());
    if (!request)
        return false;
    // The same rules as the panel's: values it would refuse are not restored.
    widgets::ParameterModel probe;
    probe.setValues(*request);
    if (!probe.isValid())
        return false;
    m_parameters->setValues(*request);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s = settings();
    s.setValue(kParametersKey,
               QString::fromUtf8(QJsonDocument(requestToJson(m_parameters->values())).toJson(QJsonDocument::Compact)));
    s.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("MainWindow/state"), saveState());
    saveTimingsSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::clearFootprintModel()
{
    m_footprintDock->hide();
    for (QAction *action : m_presetActions->actions())
        action->setChecked(false);
    if (!m_chartModel)
        return;
    m_chartModel.reset();
    m_timingsModel->setModelShape(std::nullopt);
    m_stale.insert(QStringLiteral("footprint"));
    refreshView(currentViewId());
}

QDockWidget *MainWindow::lessonDock() const
{
    return m_lessonDock;
}

bool MainWindow::setLessonFolder(const QString &folder, QStringList *errors)
{
    return m_lessonLibrary->load(folder, errors);
}

bool MainWindow::openLesson(const QString &id, int step)
{
    const lessons::Lesson *lesson = m_lessonLibrary->find(id);
    if (!lesson)
        return false;
    m_lessonPlayer->open(*lesson, step < 0 ? lessons::LessonPlayer::savedStep(id) : step);
    return true;
}

bool MainWindow::restoreLastLesson()
{
    bool takenOver = false;
    const QString id = lessons::LessonPlayer::savedLesson(&takenOver);
    const lessons::Lesson *lesson = id.isEmpty() ? nullptr : m_lessonLibrary->find(id);
    if (!lesson)
        return false;
    // A lesson the learner had taken over keeps their parameters (restoreLastParameters()).
    m_lessonPlayer->open(*lesson, lessons::LessonPlayer::savedStep(id), !takenOver);
    return true;
}

} // namespace attnscope::app
