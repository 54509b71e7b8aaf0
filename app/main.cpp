// SPDX-License-Identifier: GPL-3.0-or-later
// AttnScope: with a command (`attnscope compute ...`) it runs without a window or display;
// without one it opens the main window.
#include "app/commandline.h"
#include "app/exportcommand.h"
#include "app/mainwindow.h"
#include "app/uibench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
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
                       "  bench     time attention decode or prefill on a backend against its roofline\n"
                       "            (attnscope bench --help); --ui: the window's latency (bench --ui --help)\n"
                       "  export    a view as PNG, SVG, PDF or CSV, offscreen (attnscope export --help)"));
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption version({"v", "version"}, QStringLiteral("Show the version."));
    const QCommandLineOption screenshot(
        "screenshot",
        QStringLiteral("Render the window offscreen to a PNG and exit; with --view V (steps, attention, heads, "
                       "compare, footprint, timings), --step N, --model ID and the parameters of compute."),
        "FILE");
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
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/attnscope/icons/attnscope.svg")));

    attnscope::app::MainWindow window;
    window.restoreLastParameters();
    if (start)
        window.selectMechanism(*start);
    window.show();
    return app.exec();
}

// Offscreen renderings lay out pages that were never on screen; QCustomPlot replots those
// while their size is still empty and Qt says so, harmlessly, once per layer. Only these
// messages are dropped; every other one goes through.
QtMessageHandler g_defaultHandler = nullptr;
void offscreenMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const QStringList benign{QStringLiteral("QPainter::begin: Paint device returned engine == 0, type: 2"),
                                    QStringLiteral("void QCPLayer::drawToPaintBuffer() paint buffer returned "
                                                   "inactive painter"),
                                    QStringLiteral("This plugin does not support propagateSizeHints()")};
    if ((type == QtWarningMsg || type == QtDebugMsg) && benign.contains(message))
        return;
    g_defaultHandler(type, context, message);
}

// Offscreen modes need widgets but never a display.
int runOffscreen(int argc, char **argv, int (*run)(const QStringList &, QTextStream &, QTextStream &))
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(offscreenMessageHandler);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AttnScope"));
    // Offscreen runs keep the user's window settings apart.
    QApplication::setApplicationName(QStringLiteral("AttnScope-offscreen"));
    QApplication::setApplicationVersion(QStringLiteral(ATTNSCOPE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QCoreApplication::arguments(), out, err);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.value(1) == QLatin1String("export"))
        return runOffscreen(argc, argv, &attnscope::app::runExport);
    if (!attnscope::app::isCommand(arguments) && attnscope::app::wantsScreenshot(arguments))
        return runOffscreen(argc, argv, [](const QStringList &a, QTextStream &, QTextStream &err) {
            return attnscope::app::runScreenshot(a, err);
        });
    if (arguments.value(1) == QLatin1String("bench") && arguments.contains(QStringLiteral("--ui")))
        return runOffscreen(argc, argv, &attnscope::app::runUiBench);
    if (attnscope::app::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return attnscope::app::runCommand(QCoreApplication::arguments(), out, err);
    }
    return runWindow(argc, argv, arguments);
}
