// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a 1280 x 800 screen (issue 15): opening docks (the footprint, a lesson,
// the timings) never makes it wider than 1280 px, in every language, whichever view is in
// front; closing them gives the room back to the central pages.
#include "app/mainwindow.h"
#include "tests/common/timingsfixtures.h"

#include "io/language.h"
#include "lessons/lessonplayer.h"

#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace attnscope;

namespace {

constexpr int kTimeoutMs = testing::kTimingsTimeoutMs;
constexpr QSize kScreen(1280, 800);

enum Dock : unsigned { Footprint = 1, Lesson = 2, Timings = 4, AllDocks = 7 };

int minimumWidth(const QWidget *w)
{
    return qMax(w->minimumWidth(), w->minimumSizeHint().width());
}

// What asks for the width, for the failure message: the window's parts and their minimum widths.
QString widths(app::MainWindow &w)
{
    QStringList parts;
    const auto add = [&parts](const QString &name, const QWidget *part) {
        parts << QStringLiteral("%1 %2 (minimum %3)").arg(name).arg(part->width()).arg(minimumWidth(part));
    };
    add(QStringLiteral("window"), &w);
    add(QStringLiteral("parameters"), w.findChild<QWidget *>(QStringLiteral("parameterScroll")));
    add(QStringLiteral("tabs"), w.viewTabs());
    for (const QString &id : app::MainWindow::viewIds())
        if (id != QLatin1String("timings")) // a dock, below
            add(id, w.viewWidget(id));
    for (QDockWidget *dock : w.findChildren<QDockWidget *>())
        if (dock->isVisible())
            add(dock->objectName(), dock);
    add(QStringLiteral("status bar"), w.statusBar());
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestWindowWidth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AttnScope-tests"));
        QSettings().clear(); // no saved geometry, splitter or dock sizes
    }

    void cleanupTestCase() { io::setLanguage(QStringLiteral("en")); }

    // The footprint chart with its dock beside it, in every language: it fits the tabs, no
    // scrolling sideways (its controls stand in two short rows).
    void footprintChartFitsBesideItsDock_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "zh_CN"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void footprintChartFitsBesideItsDock()
    {
        QFETCH(QString, language);
        io::setLanguage(language);
        app::MainWindow w;
        w.resize(kScreen);
        w.show();
        QVERIFY(w.showPresetFootprint(QStringLiteral("deepseek-v3")));
        QVERIFY(w.showView(QStringLiteral("footprint")));
        QTRY_VERIFY2(minimumWidth(w.viewWidget(QStringLiteral("footprint"))) <= w.viewTabs()->width(),
                     qPrintable(widths(w)));
        QCOMPARE(w.width(), kScreen.width());
    }

    void docksFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<unsigned>("docks");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")})
            for (unsigned docks = 1; docks <= AllDocks; ++docks)
                QTest::addRow("%s-%s%s%s", qPrintable(language), docks & Footprint ? "F" : "",
                              docks & Lesson ? "L" : "", docks & Timings ? "T" : "")
                    << language << docks;
    }

    // Every combination of docks, every view in front: the window stays within the screen,
    // and gets back its central width once the docks close.
    void docksFit()
    {
        QFETCH(QString, language);
        QFETCH(unsigned, docks);
        io::setLanguage(language);
        app::MainWindow w;
        w.timingsModel()->setTuning(testing::tinyTuning());
        QSignalSpy shown(&w, &app::MainWindow::traceShown);
        w.resize(kScreen);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kTimeoutMs);
        QCOMPARE(w.width(), kScreen.width());

        if (docks & Lesson) {
            // The lesson with the longest step titles; it also sets parameters and views.
            QVERIFY(w.openLesson(QStringLiteral("kv-cache"), 1));
            QTRY_VERIFY_WITH_TIMEOUT(!w.lessonPlayer()->isApplying(), kTimeoutMs);
            QVERIFY(w.lessonDock()->isVisible());
        }
        if (docks & Footprint) {
            QVERIFY(w.showPresetFootprint(QStringLiteral("deepseek-v3")));
            QVERIFY(w.footprintDock()->isVisible());
        }
        if (docks & Timings) {
            QVERIFY(w.showView(QStringLiteral("timings")));
            QVERIFY(w.timingsDock()->isVisible());
        }
        for (const QString &id : app::MainWindow::viewIds()) {
            if (id == QLatin1String("timings"))
                continue;
            w.showView(id);
            QCoreApplication::processEvents();
            QVERIFY2(w.width() <= kScreen.width(), qPrintable(id + QStringLiteral(": ") + widths(w)));
            QVERIFY2(w.minimumSizeHint().width() <= kScreen.width(), qPrintable(id + QStringLiteral(": ") + widths(w)));
        }

        // The pages keep at least a heatmap's minimum width beside every dock.
        QVERIFY2(w.viewTabs()->width() >= 240, qPrintable(widths(w)));

        // Closing the docks gives their room to the central pages (the parameters and the tabs).
        w.clearFootprintModel();
        w.lessonDock()->close();
        w.timingsDock()->close();
        QCoreApplication::processEvents();
        QTRY_VERIFY2(w.centralWidget()->width() >= kScreen.width() - 8, qPrintable(widths(w)));
        QVERIFY2(w.width() <= kScreen.width(), qPrintable(widths(w)));
    }
};

QTEST_MAIN(TestWindowWidth)
#include "tst_windowwidth.moc"
