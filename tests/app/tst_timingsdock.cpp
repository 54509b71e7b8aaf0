// SPDX-License-Identifier: GPL-3.0-or-later
// The timings panel in the main window: hidden (and measuring nothing) on a first start,
// shown by View > Timings and by showView("timings"), following the Model menu, exported like
// the other views, and its settings kept between sessions.
#include "tests/common/timingsfixtures.h"
#include "app/mainwindow.h"

#include "widgets/models/parametermodel.h"
#include "widgets/models/timingsmodel.h"
#include "widgets/views/timings/timingsview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace attnscope;
using widgets::TimingsModel;
using testing::availableBackends;
using testing::tinyTuning;

namespace {

constexpr int kTimeoutMs = testing::kTimingsTimeoutMs;

QAction *menuAction(QMenuBar *bar, const QString &menu, const QString &text)
{
    for (QAction *m : bar->actions()) {
        if (m->text() != menu || !m->menu())
            continue;
        for (QAction *a : m->menu()->actions())
            if (a->text() == text)
                return a;
    }
    return nullptr;
}

} // namespace

class TestTimingsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AttnScope-tests"));
        QSettings().clear();
    }

    void init()
    {
        m_window = std::make_unique<app::MainWindow>();
        m_window->timingsModel()->setTuning(tinyTuning());
        QSignalSpy shown(m_window.get(), &app::MainWindow::traceShown);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, kTimeoutMs);
    }

    void cleanup() { m_window.reset(); }

    // Nothing is measured before the user opens the panel (nor by `attnscope bench --ui`).
    void hiddenOnFirstStart()
    {
        auto &w = *m_window;
        QVERIFY(w.timingsDock());
        QCOMPARE(w.timingsDock()->windowTitle(), QStringLiteral("Timings"));
        QVERIFY(!w.timingsDock()->isVisible());
        QVERIFY(!w.timingsModel()->isActive());
        QSignalSpy started(w.timingsModel(), &TimingsModel::jobStarted);
        w.findChild<QSpinBox *>("heads")->setValue(2);
        QVERIFY(!w.timingsModel()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), kTimeoutMs); // the new trace
        QCOMPARE(w.shownConfig().nHeads, std::int64_t(2));
        QCOMPARE(started.count(), 0);
        QCOMPARE(w.timingsModel()->runningJob(), TimingsModel::Job::None);
        QVERIFY(w.viewCsv("timings").isEmpty()); // nothing measured yet
    }

    void viewMenuShowsIt()
    {
        auto &w = *m_window;
        QAction *toggle = menuAction(w.menuBar(), "&View", "&Timings");
        QVERIFY(toggle);
        QVERIFY(!toggle->toolTip().isEmpty());
        toggle->trigger();
        QVERIFY(w.timingsDock()->isVisible());
        QVERIFY(w.timingsModel()->isActive());
        // The live timings of the current parameters arrive off the UI thread.
        QTRY_VERIFY_WITH_TIMEOUT(!w.timingsModel()->liveResults().empty() && !w.isBusy(), kTimeoutMs);
        QCOMPARE(w.timingsModel()->liveResults().front().workload.nHeads, w.shownConfig().nHeads);
        toggle->trigger();
        QVERIFY(!w.timingsDock()->isVisible());
        QVERIFY(!w.timingsModel()->isActive());
    }

    void exportedLikeTheOtherViews()
    {
        auto &w = *m_window;
        QVERIFY(app::MainWindow::viewIds().contains("timings"));
        QCOMPARE(w.viewWidget("timings"), static_cast<QWidget *>(w.timingsView()));
        QVERIFY(w.showView("timings"));
        QCOMPARE(w.currentViewId(), QStringLiteral("timings"));
        QVERIFY(w.timingsDock()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), kTimeoutMs); // exports wait for the live timings
        const QByteArray csv = w.viewCsv("timings");
        QVERIFY(csv.startsWith("run,backend,device,operation"));
        QCOMPARE(csv.count('\n'), 1 + int(w.timingsModel()->liveResults().size()));
        // A tab in front again.
        QVERIFY(w.showView("compare"));
        QCOMPARE(w.currentViewId(), QStringLiteral("compare"));
        QVERIFY(w.timingsDock()->isVisible());
    }

    void followsTheModelMenu()
    {
        auto &w = *m_window;
        QVERIFY(w.showPresetFootprint("llama-2-7b"));
        QVERIFY(w.timingsModel()->modelShape());
        QCOMPARE(w.timingsModel()->modelShape()->id, std::string("llama-2-7b"));
        QCOMPARE(w.timingsModel()->shape().nHeads, std::int64_t(32));
        QVERIFY(w.timingsView()->shapeText().contains("Llama 2 7B"));
        // Hidden behind the footprint tab: not measuring.
        QVERIFY(!w.timingsModel()->isBusy());
    }

    void settingsAreKept()
    {
        m_window->timingsModel()->setContext(2048);
        m_window->timingsModel()->setLive(false);
        m_window->timingsModel()->setDType(core::DType::F16);
        m_window->timingsModel()->setSweepMax(65536);
        m_window->showView("timings");
        QVERIFY(m_window->close());
        init();
        const TimingsModel &m = *m_window->timingsModel();
        QCOMPARE(m.context(), std::int64_t(2048));
        QVERIFY(!m.isLive());
        QCOMPARE(m.dtype(), core::DType::F16);
        QCOMPARE(m.sweepMax(), std::int64_t(65536));
        QVERIFY(m_window->timingsDock()->isVisible()); // the dock as the last session left it
        QVERIFY(!m.isBusy());                          // live is off
        // Back to a first start's state for the next run.
        m_window->timingsDock()->hide();
        m_window->timingsModel()->setLive(true);
        QVERIFY(m_window->close());
        QSettings().clear();
    }

private:
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestTimingsDock)
#include "tst_timingsdock.moc"
