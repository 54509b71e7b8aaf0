// SPDX-License-Identifier: GPL-3.0-or-later
// AttnScope: with a command (`attnscope compute ...`) it runs without a window or display;
// without one it opens the main window.
#include "app/commandline.h"
#include "app/mainwindow.h"
#include "app/uibench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

int runWindow(int argc, char **argv, const QStringList &arguments)
{
    // Options are parsed before QApplication exists, so that --help, --version and bad
    // options answer on a machine without a display.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("AttnScope: see, understand and measure attention.\n"
                       "Without a command, opens the main window. Commands (no window needed):\n"
                       "  compute   compute one mechanism, print a summary, optionally dump every tensor\n"
                       "            (attnscope compute --help)\n"
                       "  footprint KV-cache footprint of a model preset, a config.json or a shape\n"
                       "            (attnscope footprint --help)\n"
                       "  bench     --ui: the window's latency from a parameter change to repainted views"));
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption version({"v", "version"}, QStringLiteral("Show the version."));
    const QCommandLineOption screenshot(
        "screenshot", QStringLiteral("Render the window offscreen, save it as a PNG to FILE and exit."), "FILE");
    const QCommandLineOption mechanism(
        "mechanism", QStringLiteral("Open the window on mechanism M: bahdanau, sdpa, mha, gqa, mqa or mla."), "M");
    for (const auto *o : {&help, &version, &screenshot, &mechanism})
        parser.addOption(*o);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "attnscope: " << parser.errorText() << "\n";
        return attnscope::app::ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << "Usage: attnscope [options]\n       attnscope compute --mechanism M [options]\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return attnscope::app::ExitOk;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << "AttnScope " << ATTNSCOPE_VERSION << "\n";
        return attnscope::app::ExitOk;
    }
    std::optional<attnscope::core::Mechanism> start;
    if (parser.isSet(mechanism)) {
        start = attnscope::core::mechanismFromId(parser.value(mechanism).toStdString());
        if (!start) {
            QTextStream(stderr) << "attnscope: --mechanism '" << parser.value(mechanism)
                                << "': not a mechanism; choose bahdanau, sdpa, mha, gqa, mqa or mla.\n";
            return attnscope::app::ExitUsage;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AttnScope"));
    QApplication::setApplicationName(QStringLiteral("AttnScope"));
    QApplication::setApplicationVersion(QStringLiteral(ATTNSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("attnscope"));

    attnscope::app::MainWindow window;
    if (start)
        window.selectMechanism(*start);
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        int status = attnscope::app::ExitOk;
        QObject::connect(&window, &attnscope::app::MainWindow::traceShown, &app, [&] {
            if (start && window.shownConfig().mechanism != *start)
                return; // a computation started before the selection; wait for ours
            // Let the plot finish its layout before grabbing.
            QTimer::singleShot(0, &app, [&] {
                if (!window.grab().save(file, "PNG")) {
                    QTextStream(stderr) << "attnscope: --screenshot " << file << ": cannot write the PNG\n";
                    status = attnscope::app::ExitFailure;
                }
                app.quit();
            });
        });
        window.show();
        app.exec();
        return status;
    }
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.value(1) == QLatin1String("bench") && arguments.contains(QStringLiteral("--ui"))) {
        // The window latency benchmark needs widgets, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("AttnScope"));
        QApplication::setApplicationName(QStringLiteral("AttnScope-bench")); // keeps the user's settings apart
        QTextStream out(stdout);
        QTextStream err(stderr);
        return attnscope::app::runUiBench(QCoreApplication::arguments(), out, err);
    }
    if (attnscope::app::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return attnscope::app::runCommand(QCoreApplication::arguments(), out, err);
    }
    return runWindow(argc, argv, arguments);
}
