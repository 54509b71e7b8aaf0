// SPDX-License-Identifier: GPL-3.0-or-later
// AttnScope: with a command (`attnscope compute ...`) it runs without a window or display;
// without one it opens the main window.
#include "app/exportcommand.h"
#include "app/mainwindow.h"
#include "app/uibench.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/safeerror.h"
#include "core/support/cpufeatures.h"
#include "io/language.h"
#include "lessons/lesson.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

namespace {

// --lang as main() took it out of the arguments: the window's language; offscreen renderings
// are English unless it is given, so that they look the same on every machine.
std::optional<QString> g_language;

// The AppStream id: the desktop file is named after it (resources/), and the window tells the
// desktop so (Wayland's app id, the taskbar's icon).
constexpr const char *kDesktopId = "io.github.attnscope.AttnScope";

QString versionText()
{
    return QStringLiteral("AttnScope %1\n"
                          "Copyright (C) 2026 The AttnScope developers\n"
                          "License GPL-3.0-or-later: GNU General Public License, version 3 or later "
                          "<https://www.gnu.org/licenses/gpl.html>\n"
                          "This is free software: you are free to change and redistribute it.\n"
                          "There is NO WARRANTY, to the extent permitted by law.\n")
        .arg(QStringLiteral(ATTNSCOPE_VERSION));
}

int runWindow(int argc, char **argv, const QStringList &arguments, const attnscope::cli::CommandTable &commands)
{
    // Options are parsed before QApplication exists, so that --help, --version and bad
    // options answer on a machine without a display.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("AttnScope: see, understand and measure attention.\n"
                       "Without a command, opens the main window; with a lesson file (FILE.lesson), opens that\n"
                       "lesson in it. Commands (no window needed; attnscope help COMMAND prints a command's help):\n")
        + commands.overview().chopped(1));
    parser.addPositionalArgument(QStringLiteral("FILE.lesson"),
                                 QStringLiteral("A lesson file to open in the window (docs/lessons.md)."),
                                 QStringLiteral("[FILE.lesson]"));
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption version({"v", "version"}, QStringLiteral("Show the version."));
    const QCommandLineOption screenshot(
        "screenshot",
        QStringLiteral("Render the window offscreen to a PNG and exit; with --view V (steps, attention, heads, "
                       "compare, footprint, tradeoff, timings), --step N, --model ID and the parameters of compute, "
                       "or with --lesson ID --step K (that lesson step)."),
        "FILE");
    // main() takes --lang out of the arguments before they get here; this one is for --help.
    const QCommandLineOption lang("lang",
                                  QStringLiteral("The language of the window: en, de or zh_CN (default: the one "
                                                 "chosen in Settings > Preferences, else the system's)."),
                                  "LANG");
    const QCommandLineOption mechanism(
        "mechanism", QStringLiteral("Open the window on mechanism M: bahdanau, sdpa, mha, gqa, mqa or mla."), "M");
    const QCommandLineOption lesson(
        "lesson",
        QStringLiteral("Open the window on lesson ID (attnscope lessons --list), at step --step K (from 1; default: "
                       "where you left it). With --screenshot: that step, rendered offscreen."),
        "ID");
    const QCommandLineOption step("step", QStringLiteral("With --lesson: the lesson's step K, from 1."), "K");
    const QCommandLineOption lessonDir("lesson-dir",
                                       QStringLiteral("Also load the lessons (*.lesson) of DIR, beside the built-in "
                                                      "ones (docs/lessons.md)."),
                                       "DIR");
    for (const auto *o : {&help, &version, &screenshot, &mechanism, &lang, &lesson, &step, &lessonDir})
        parser.addOption(*o);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "attnscope: " << parser.errorText() << "\n";
        return attnscope::cli::ExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << "Usage: attnscope [options] [FILE.lesson]\n"
                            << "       attnscope " << commands.choice() << " [options]\n"
                            << parser.helpText().section(QLatin1Char('\n'), 2);
        return attnscope::cli::ExitOk;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << versionText();
        return attnscope::cli::ExitOk;
    }
    // Lessons are checked before the window opens, like every other option.
    if (const QString repeated = attnscope::cli::repeatedOption(parser); !repeated.isEmpty()) {
        QTextStream(stderr) << "attnscope: --" << repeated << " is given more than once; give it once.\n";
        return attnscope::cli::ExitUsage;
    }
    // A lesson file (a double-click on it: the desktop file's Exec=attnscope %f) opens that
    // lesson, with the other lessons of its folder beside it.
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        QTextStream(stderr) << "attnscope: '" << files.at(1) << "': give one lesson file to open, not " << files.size()
                            << ".\n";
        return attnscope::cli::ExitUsage;
    }
    const QString lessonFile = files.value(0);
    if (!lessonFile.isEmpty() && (parser.isSet(lesson) || parser.isSet(lessonDir))) {
        QTextStream(stderr) << "attnscope: " << lessonFile
                            << ": a lesson file opens with the lessons of its folder; leave out --lesson and "
                               "--lesson-dir.\n";
        return attnscope::cli::ExitUsage;
    }
    QString lessonFolder = parser.value(lessonDir);
    QString lessonId = parser.value(lesson);
    int lessonStep = -1; // 0-based; -1: where the learner left it
    if (!lessonFile.isEmpty()) {
        QString error;
        const auto read =
            QFileInfo(lessonFile).isDir() ? std::nullopt : attnscope::lessons::readLesson(lessonFile, &error);
        if (!read) {
            QTextStream(stderr) << "attnscope: " << lessonFile << ": not a lesson file that can be opened"
                                << (error.isEmpty() ? QStringLiteral(" (a folder)") : QStringLiteral(": ") + error)
                                << "\n";
            return attnscope::cli::ExitUsage;
        }
        lessonFolder = QFileInfo(lessonFile).absolutePath();
        lessonId = read->id;
    }
    if (!lessonFolder.isEmpty() || !lessonId.isEmpty()) {
        attnscope::lessons::LessonLibrary library;
        QStringList errors;
        const bool loaded = library.load(lessonFolder, &errors);
        const attnscope::lessons::Lesson *open = lessonId.isEmpty() ? nullptr : library.find(lessonId);
        if (!lessonFile.isEmpty()) {
            // Other files of its folder may be broken; only this one has to load.
            if (!open || QFileInfo(open->source).canonicalFilePath() != QFileInfo(lessonFile).canonicalFilePath()) {
                const QString name = QFileInfo(lessonFile).fileName();
                for (const QString &e : std::as_const(errors))
                    if (e.startsWith(name + QLatin1Char(':')) || e.contains(QLatin1Char(' ') + name))
                        QTextStream(stderr) << "attnscope: " << e << "\n";
                QTextStream(stderr) << "attnscope: " << lessonFile << ": the lesson '" << lessonId
                                    << "' could not be opened beside the others.\n";
                return attnscope::cli::ExitUsage;
            }
        } else if (!loaded) {
            for (const QString &e : std::as_const(errors))
                QTextStream(stderr) << "attnscope: " << e << "\n";
            return attnscope::cli::ExitUsage;
        }
        if (parser.isSet(lesson) && !open) {
            QTextStream(stderr) << "attnscope: --lesson '" << parser.value(lesson)
                                << "': no such lesson; see attnscope lessons --list.\n";
            return attnscope::cli::ExitUsage;
        }
        if (open && parser.isSet(step)) {
            bool ok = false;
            lessonStep = parser.value(step).toInt(&ok) - 1;
            if (!ok || lessonStep < 0 || lessonStep >= int(open->steps.size())) {
                QTextStream(stderr) << "attnscope: --step '" << parser.value(step) << "': lesson " << open->id
                                    << " has steps 1 to " << open->steps.size() << ".\n";
                return attnscope::cli::ExitUsage;
            }
        }
    }
    if (parser.isSet(step) && lessonId.isEmpty()) {
        QTextStream(stderr) << "attnscope: --step goes with --lesson ID or a lesson file (or with --screenshot).\n";
        return attnscope::cli::ExitUsage;
    }
    if (!lessonId.isEmpty() && parser.isSet(mechanism)) {
        QTextStream(stderr) << "attnscope: --mechanism: the lesson's step sets the mechanism; leave it out.\n";
        return attnscope::cli::ExitUsage;
    }
    std::optional<attnscope::core::Mechanism> start;
    if (parser.isSet(mechanism)) {
        start = attnscope::core::mechanismFromId(parser.value(mechanism).toStdString());
        if (!start) {
            QTextStream(stderr) << "attnscope: --mechanism '" << parser.value(mechanism)
                                << "': not a mechanism; choose bahdanau, sdpa, mha, gqa, mqa or mla.\n";
            return attnscope::cli::ExitUsage;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AttnScope"));
    QApplication::setApplicationName(QStringLiteral("AttnScope"));
    QApplication::setApplicationVersion(QStringLiteral(ATTNSCOPE_VERSION));
    QApplication::setDesktopFileName(QLatin1String(kDesktopId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/attnscope/icons/attnscope.svg")));
    // --lang for this run only; else the preference (empty: the system's language).
    attnscope::io::setLanguage(g_language.value_or(attnscope::io::savedLanguage()));

    attnscope::app::MainWindow window;
    if (!window.restoreLastParameters() && !start)
        window.startWithTrainedModel();
    if (start)
        window.selectMechanism(*start);
    if (!lessonFolder.isEmpty())
        window.setLessonFolder(lessonFolder); // checked above
    if (!lessonId.isEmpty())
        window.openLesson(lessonId, lessonStep);
    else if (!start)
        window.restoreLastLesson();
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
    // The offscreen platform never uses the runtime folder it looks up (a session without
    // XDG_RUNTIME_DIR: a build machine, ssh, cron); only that one default is not worth a line.
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_defaultHandler(type, context, message);
}

// The commands: cli's own and the application's, which render the window (export).
attnscope::cli::CommandTable commandTable()
{
    using namespace attnscope;
    cli::CommandTable table = cli::standardCommands();
    cli::CommandTable all;
    for (const cli::Command &c : table.commands()) {
        if (c.name == QLatin1String("bench"))
            all.add({QStringLiteral("export"), cli::Display::Offscreen,
                     QStringLiteral("a view as PNG, SVG, PDF or CSV, offscreen"),
                     [](const QStringList &a, cli::CommandContext &context) {
                         return app::runExport(a, context.out, context.err);
                     }});
        all.add(c);
    }
    all.add(cli::helpCommand(all));
    return all;
}

// Offscreen modes need widgets but never a display.
int runOffscreen(int argc, char **argv,
                 const std::function<int(const QStringList &, attnscope::cli::CommandContext &)> &run)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(offscreenMessageHandler);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AttnScope"));
    // Offscreen runs keep the user's window settings apart.
    QApplication::setApplicationName(QStringLiteral("AttnScope-offscreen"));
    QApplication::setApplicationVersion(QStringLiteral(ATTNSCOPE_VERSION));
    attnscope::io::setLanguage(g_language.value_or(QStringLiteral("en")));
    QStringList arguments = QCoreApplication::arguments();
    QString ignored; // checked by main()
    (void)attnscope::io::takeLanguageOption(arguments, &ignored);
    QTextStream out(stdout);
    attnscope::cli::SafeErrorDevice errDevice(stderr);
    QTextStream err(&errDevice);
    attnscope::cli::CommandContext context{out, err, &attnscope::app::MainWindow::createOffscreen};
    return run(arguments, context);
}

} // namespace

int main(int argc, char **argv)
{
    using namespace attnscope;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::CommandTable commands = commandTable();
    // `attnscope help COMMAND [...]` is `attnscope COMMAND [...] --help`, and `attnscope help` is
    // `attnscope --help`: the arguments (and argv, which QCoreApplication reads) are rewritten.
    std::vector<QByteArray> helpArgv;
    std::vector<char *> helpArgvPointers;
    if (arguments.value(1) == QLatin1String("help")) {
        const QString topic = arguments.value(2);
        if (topic.isEmpty())
            arguments = QStringList{arguments.at(0), QStringLiteral("--help")};
        else if (topic != QLatin1String("help") && commands.find(topic))
            arguments = QStringList{arguments.at(0)} + arguments.mid(2) + QStringList{QStringLiteral("--help")};
        if (arguments.value(1) != QLatin1String("help")) {
            for (const QString &a : std::as_const(arguments))
                helpArgv.push_back(a.toLocal8Bit());
            for (QByteArray &a : helpArgv)
                helpArgvPointers.push_back(a.data());
            helpArgvPointers.push_back(nullptr);
            argc = int(helpArgv.size());
            argv = helpArgvPointers.data();
        }
    }
    const cli::Command *command = cli::isCommand(arguments) ? commands.find(arguments.value(1)) : nullptr;
    const bool offscreen = command && command->display == cli::Display::Offscreen;
    // --lang belongs to the window, --screenshot and the commands that render it; the other
    // commands print English.
    if (!cli::isCommand(arguments) || offscreen) {
        QString error;
        g_language = io::takeLanguageOption(arguments, &error);
        if (!error.isEmpty()) {
            QTextStream(stderr) << "attnscope: " << error << "\n";
            return cli::ExitUsage;
        }
    }
    // A kernel variant that ATTNSCOPE_CPU_VARIANT forces and this build or CPU lacks is refused once,
    // here, for the window and every command but help: the kernels run on worker threads and in
    // thread teams, where the error could not reach the user.
    if (!arguments.contains(QStringLiteral("--help")) && !arguments.contains(QStringLiteral("-h"))
        && !arguments.contains(QStringLiteral("--version"))) {
        try {
            (void)core::cpuVariant();
        } catch (const core::CpuVariantError &e) {
            QTextStream(stderr) << "attnscope" << (command ? " " + command->name : QString()) << ": " << e.what()
                                << "\n";
            return cli::ExitFailure;
        }
    }
    if (offscreen)
        return runOffscreen(argc, argv, command->run);
    if (!cli::isCommand(arguments) && app::wantsScreenshot(arguments))
        return runOffscreen(argc, argv, [](const QStringList &a, cli::CommandContext &context) {
            return app::runScreenshot(a, context.err);
        });
    if (arguments.value(1) == QLatin1String("bench") && arguments.contains(QStringLiteral("--ui")))
        return runOffscreen(argc, argv, [](const QStringList &a, cli::CommandContext &context) {
            return app::runUiBench(a, context.out, context.err);
        });
    if (cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        cli::SafeErrorDevice errDevice(stderr);
        QTextStream err(&errDevice);
        cli::CommandContext context{out, err, {}};
        return commands.run(QCoreApplication::arguments(), context);
    }
    return runWindow(argc, argv, arguments, commands);
}
