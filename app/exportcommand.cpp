// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exportcommand.h"

#include "app/footprintflags.h"
#include "app/mainwindow.h"
#include "cli/commandline.h"
#include "core/params/validation.h"
#include "io/filewriter.h"
#include "lessons/lesson.h"
#include "lessons/lessonplayer.h"
#include "lessons/stage.h"
#include "model/trainedinput.h"
#include "widgets/common/exporter.h"
#include "widgets/models/parametermodel.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/views/compare/compareview.h"
#include "widgets/views/steps/stepview.h"

#include <QApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace attnscope::app {

namespace {

constexpr int kTimeoutMs = 60000;

// What a rendering is asked for, after parsing.
struct RenderOptions
{
    core::Request request;
    QString view;   // empty: the window's default
    QString output; // the file to write
    std::optional<widgets::ExportFormat> format;
    QString model;                    // a preset for the footprint views
    std::optional<std::int64_t> step; // 1-based
    QSize size;
    QString lesson;            // --lesson ID (--screenshot only): --step is the lesson's step
    QString lessonDir;         // --lesson-dir DIR
    bool computeGiven = false; // any parameter of compute was given
    std::optional<FootprintRender> footprint; // the footprint dock's flags, with --view footprint
    QString animate;                          // --animate FILE: the steps as one animated PNG
    std::optional<std::int64_t> frameMs;      // --frame-ms N, with --animate
};

// The flags of this mode that are not compute's: name -> takes a value.
const QList<QPair<QString, bool>> kOwnFlags{
    {"view", true},  {"format", true}, {"output", true},     {"model", true},  {"step", true},
    {"width", true}, {"height", true}, {"screenshot", true}, {"lesson", true}, {"lesson-dir", true},
    {"animate", true}, {"frame-ms", true}};

// Splits the arguments into this mode's own flags and compute's, then parses compute's with
// compute's own parser (so the parameters mean exactly what they mean there).
std::variant<RenderOptions, QString> parseRender(const QStringList &arguments, int first, bool defaultView)
{
    RenderOptions o;
    QStringList computeArgs{arguments.value(0, QStringLiteral("attnscope")), QStringLiteral("compute")};
    QHash<QString, QString> own;
    // The footprint dock's flags; --source-tokens joins them (rather than compute's) with any of them.
    QStringList footprintFlags;
    const bool footprintGiven = std::any_of(arguments.begin() + std::min<qsizetype>(first, arguments.size()),
                                            arguments.end(), [](const QString &a) {
                                                return a.startsWith(QLatin1String("--"))
                                                    && isFootprintFlag(a.mid(2).section(QLatin1Char('='), 0, 0),
                                                                       nullptr);
                                            });
    for (int i = first; i < arguments.size(); ++i) {
        QString a = arguments.at(i);
        QString name = a.startsWith(QLatin1String("--")) ? a.mid(2) : QString();
        QString value;
        bool inlineValue = false;
        if (const auto eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        bool takesValue = true;
        if (isFootprintFlag(name, &takesValue) || (footprintGiven && name == QLatin1String("source-tokens"))) {
            footprintFlags << QStringLiteral("--") + name;
            if (!takesValue && inlineValue)
                return QStringLiteral("--%1 takes no value.").arg(name);
            if (takesValue) {
                if (!inlineValue) {
                    if (i + 1 >= arguments.size())
                        return QStringLiteral("--%1 needs a value.").arg(name);
                    value = arguments.at(++i);
                }
                footprintFlags << value;
            }
            continue;
        }
        const auto it = std::find_if(kOwnFlags.begin(), kOwnFlags.end(),
                                     [&](const QPair<QString, bool> &f) { return f.first == name; });
        if (it == kOwnFlags.end()) {
            computeArgs << a;
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= arguments.size())
                return QStringLiteral("--%1 needs a value.").arg(name);
            value = arguments.at(++i);
        }
        if (own.contains(name))
            return QStringLiteral("--%1 is given more than once; give it once.").arg(name);
        own.insert(name, value);
    }
    o.computeGiven = computeArgs.size() > 2;
    if (!computeArgs.contains(QStringLiteral("--mechanism"))
        && std::none_of(computeArgs.begin(), computeArgs.end(),
                        [](const QString &a) { return a.startsWith(QLatin1String("--mechanism=")); }))
        computeArgs << QStringLiteral("--mechanism") << QStringLiteral("mha");
    const cli::ComputeParse parsed = cli::parseComputeArguments(computeArgs);
    if (const auto *error = std::get_if<QString>(&parsed))
        return *error;
    if (std::holds_alternative<cli::HelpRequested>(parsed))
        return QStringLiteral("--help: see attnscope export --help.");
    const auto &compute = std::get<cli::ComputeOptions>(parsed);
    if (!compute.dumpFile.isEmpty())
        return QStringLiteral("--dump belongs to attnscope compute; export writes --output.");
    o.request = compute.request;
    if (const auto errors = model::validateInput(o.request); !errors.empty())
        return QString::fromStdString(errors.front().message);

    o.view = own.value(QStringLiteral("view"), defaultView ? QStringLiteral("attention") : QString());
    if (!o.view.isEmpty() && !MainWindow::viewIds().contains(o.view))
        return QStringLiteral("--view '%1': choose %2.").arg(o.view, MainWindow::viewIds().join(QStringLiteral(", ")));
    o.output = own.value(QStringLiteral("output"), own.value(QStringLiteral("screenshot")));
    if (own.contains(QStringLiteral("format"))) {
        o.format = widgets::exportFormatFromName(own.value(QStringLiteral("format")));
        if (!o.format)
            return QStringLiteral("--format '%1': choose png, svg, pdf or csv.")
                .arg(own.value(QStringLiteral("format")));
    }
    o.model = own.value(QStringLiteral("model"));
    if (!footprintFlags.isEmpty()) {
        if (o.view != QLatin1String("footprint"))
            return QStringLiteral("%1 sets the footprint chart and dock: add --view footprint.")
                .arg(footprintFlags.constFirst());
        auto render = parseFootprintRender(footprintFlags, o.model);
        if (const auto *e = std::get_if<QString>(&render))
            return *e;
        o.footprint = std::get<FootprintRender>(std::move(render));
    }
    o.lesson = own.value(QStringLiteral("lesson"));
    o.lessonDir = own.value(QStringLiteral("lesson-dir"));
    auto integer = [&](const char *name, std::int64_t low, std::int64_t high,
                       std::optional<std::int64_t> *value) -> QString {
        const QString key = QString::fromLatin1(name);
        if (!own.contains(key))
            return {};
        std::int64_t v = 0;
        if (QString e = cli::parseInteger(key, own.value(key), &v); !e.isEmpty())
            return e;
        if (v < low || v > high)
            return QStringLiteral("--%1 %2: give %3 to %4.").arg(key).arg(v).arg(low).arg(high);
        *value = v;
        return {};
    };
    std::optional<std::int64_t> width;
    std::optional<std::int64_t> height;
    if (QString e = integer("step", 1, std::numeric_limits<int>::max(), &o.step); !e.isEmpty())
        return e;
    if (QString e = integer("width", 200, 8000, &width); !e.isEmpty())
        return e;
    if (QString e = integer("height", 150, 8000, &height); !e.isEmpty())
        return e;
    o.size = QSize(int(width.value_or(1280)), int(height.value_or(800)));
    o.animate = own.value(QStringLiteral("animate"));
    if (!o.animate.isEmpty() && !defaultView)
        return QStringLiteral("--animate belongs to attnscope export.");
    if (!o.animate.isEmpty() && !own.contains(QStringLiteral("view")))
        o.view = QStringLiteral("steps");
    if (QString e = integer("frame-ms", 20, 60000, &o.frameMs); !e.isEmpty())
        return e;
    if (o.frameMs && o.animate.isEmpty())
        return QStringLiteral("--frame-ms goes with --animate FILE.");
    if (!o.animate.isEmpty() && o.view != QLatin1String("steps"))
        return QStringLiteral("--animate plays the step player: give --view steps.");
    return o;
}

bool waitFor(const std::function<bool()> &done)
{
    return lessons::waitForStage(done, kTimeoutMs);
}

// Sets the window up as the options ask and waits until every view shows it.
QString prepareWindow(MainWindow &window, const RenderOptions &o)
{
    bool shown = false;
    core::Config target;
    try {
        target = model::resolveInput(o.request); // validated by the parse
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    QObject::connect(&window, &MainWindow::traceShown, &window, [&] {
        if (window.shownConfig() == target)
            shown = true;
    });
    window.parameters()->setValues(o.request);
    if (!waitFor([&] { return shown; }))
        return QStringLiteral("the computation did not finish within %1 s.").arg(kTimeoutMs / 1000);
    if (o.footprint) {
        if (const QString e = applyFootprintRender(window, *o.footprint); !e.isEmpty())
            return e;
    } else if (!o.model.isEmpty() && !window.showPresetFootprint(o.model)) {
        return QStringLiteral("--model '%1': no such preset; see attnscope footprint --list-models.").arg(o.model);
    }
    if (o.step) {
        window.showView(QStringLiteral("steps")); // brings the timeline up to date
        const int count = window.timeline()->stepCount();
        if (*o.step > count)
            return QStringLiteral("--step %1: this computation has %2 steps.").arg(*o.step).arg(count);
        window.timeline()->setCurrentStep(int(*o.step - 1));
    }
    if (!o.view.isEmpty())
        window.showView(o.view);
    if (!waitFor([&] { return !window.isBusy(); }))
        return QStringLiteral("the views did not finish within %1 s.").arg(kTimeoutMs / 1000);
    window.finishAnimations(); // a file shows whole steps, never a frame in between
    QApplication::processEvents();
    return {};
}

} // namespace

bool wantsScreenshot(const QStringList &arguments)
{
    return std::any_of(arguments.begin(), arguments.end(), [](const QString &a) {
        return a == QLatin1String("--screenshot") || a.startsWith(QLatin1String("--screenshot="));
    });
}

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << "Usage: attnscope export --view " << MainWindow::viewIds().join(QLatin1Char('|'))
            << " --output FILE\n"
               "         [--format png|svg|pdf|csv] [the parameters of compute] [--model ID] [--step N]\n"
               "         [--width W --height H] [--lang en|de|zh_CN]\n"
               "         [--view footprint with the flags of attnscope footprint: --config FILE, --compare ID|FILE,\n"
               "          --compare-bits B, --kv-bits B, --context N, --batch N, --source-tokens N, --gpu-gib X,\n"
               "          --gpus N, --reserve-gib X, --weight-bits B, --block-size N, --weight-scale-group N,\n"
               "          --kv-scale-group N, --dp-attention; and --overlay ID|FILE, repeatable]\n"
               "       attnscope export --view steps --animate FILE.png [--frame-ms N] [the parameters of compute]\n"
               "Renders one view of the main window offscreen and writes it (PNG, SVG, PDF) or the data it\n"
               "shows (CSV). The format defaults to the output's suffix; the size to 1280 x 800. --model\n"
               "shows a preset in the footprint views; --step shows step N (from 1) in the steps view.\n"
               "The footprint flags set the footprint chart and dock as attnscope footprint reads them, so\n"
               "the chart shows what that command prints; --overlay draws more models on the chart.\n"
               "--lang renders the view in that language (default English, whatever the system's).\n"
               "--animate writes every step of the step player (its picture and text, no controls) as one\n"
               "looping animated PNG, --frame-ms milliseconds a step (default 800).\n"
               "Exit codes: 0 success, 1 the file could not be written, 2 bad flags or values.\n";
        return cli::ExitOk;
    }
    const auto parsed = parseRender(arguments, 2, true);
    if (const auto *e = std::get_if<QString>(&parsed)) {
        err << "attnscope export: " << *e << "\n";
        return cli::ExitUsage;
    }
    RenderOptions o = std::get<RenderOptions>(parsed);
    if (!o.lesson.isEmpty() || !o.lessonDir.isEmpty()) {
        err << "attnscope export: --lesson belongs to attnscope --screenshot; a lesson's handout is attnscope "
               "lessons --handout.\n";
        return cli::ExitUsage;
    }
    if (o.output.isEmpty() && o.animate.isEmpty()) {
        err << "attnscope export: --output FILE is required.\n";
        return cli::ExitUsage;
    }
    if (!o.format && !o.output.isEmpty())
        o.format = widgets::exportFormatFromFileName(o.output);
    if (!o.format && !o.output.isEmpty()) {
        err << "attnscope export: --output " << o.output << ": give --format, or a .png, .svg, .pdf or .csv name.\n";
        return cli::ExitUsage;
    }

    MainWindow window;
    window.resize(o.size);
    window.show();
    if (const QString e = prepareWindow(window, o); !e.isEmpty()) {
        err << "attnscope export: " << e << "\n";
        return e.startsWith(QLatin1String("--")) ? cli::ExitUsage : cli::ExitFailure;
    }
    QString error;
    if (!o.animate.isEmpty()) {
        if (!window.exportStepAnimation(o.animate, o.size, int(o.frameMs.value_or(MainWindow::kDefaultFrameMs)),
                                        &error)) {
            err << "attnscope export: --animate " << error << "\n";
            return cli::ExitFailure;
        }
        out << "Wrote " << o.animate << "\n";
        if (o.output.isEmpty())
            return cli::ExitOk;
    }
    if (*o.format == widgets::ExportFormat::Csv) {
        const QByteArray csv = window.viewCsv(o.view);
        if (csv.isEmpty()) {
            err << "attnscope export: --view " << o.view << " shows no data for these parameters.\n";
            return cli::ExitUsage;
        }
        if (!io::writeFileAtomically(o.output, csv, &error)) {
            err << "attnscope export: " << error << "\n";
            return cli::ExitFailure;
        }
    } else if (!widgets::exportWidget(window.viewWidget(o.view), o.output, *o.format, o.size, &error)) {
        err << "attnscope export: " << error << "\n";
        return cli::ExitFailure;
    }
    out << "Wrote " << o.output << "\n";
    return cli::ExitOk;
}

namespace {

// --screenshot with --lesson ID [--step K]: the window as the lesson's step K sets it up.
QString prepareLesson(MainWindow &window, const RenderOptions &o)
{
    if (o.computeGiven || !o.view.isEmpty() || !o.model.isEmpty())
        return QStringLiteral("--lesson: the lesson's step sets the parameters, the view and the model; give none "
                              "of them.");
    QStringList errors;
    if (!window.setLessonFolder(o.lessonDir, &errors))
        return QStringLiteral("--lesson-dir: %1").arg(errors.join(QLatin1Char(' ')));
    const lessons::Lesson *lesson = window.lessonLibrary().find(o.lesson);
    if (!lesson)
        return QStringLiteral("--lesson '%1': no such lesson; see attnscope lessons --list.").arg(o.lesson);
    const int count = int(lesson->steps.size());
    if (o.step && *o.step > count)
        return QStringLiteral("--step %1: lesson %2 has steps 1 to %3.").arg(*o.step).arg(lesson->id).arg(count);
    lessons::LessonPlayer *player = window.lessonPlayer();
    player->setRemembersPosition(false);
    player->open(*lesson, int(o.step.value_or(1) - 1));
    if (!waitFor([&] { return !player->isApplying() && !window.isBusy(); }))
        return QStringLiteral("the lesson's step did not finish within %1 s.").arg(kTimeoutMs / 1000);
    window.finishAnimations();
    QApplication::processEvents();
    return {};
}

} // namespace

int runScreenshot(const QStringList &arguments, QTextStream &err)
{
    const auto parsed = parseRender(arguments, 1, false);
    if (const auto *e = std::get_if<QString>(&parsed)) {
        err << "attnscope: " << *e << "\n";
        return cli::ExitUsage;
    }
    const RenderOptions &o = std::get<RenderOptions>(parsed);
    if (o.output.isEmpty()) {
        err << "attnscope: --screenshot needs a file name.\n";
        return cli::ExitUsage;
    }
    MainWindow window;
    window.resize(o.size);
    window.show();
    if (o.lesson.isEmpty() && !o.lessonDir.isEmpty()) {
        err << "attnscope: --lesson-dir goes with --lesson ID.\n";
        return cli::ExitUsage;
    }
    if (const QString e = o.lesson.isEmpty() ? prepareWindow(window, o) : prepareLesson(window, o); !e.isEmpty()) {
        err << "attnscope: " << e << "\n";
        return e.startsWith(QLatin1String("--")) ? cli::ExitUsage : cli::ExitFailure;
    }
    QString error;
    if (!io::writeFileAtomically(o.output, widgets::renderWidget(&window, widgets::ExportFormat::Png, QSize()),
                                      &error)) {
        err << "attnscope: --screenshot " << error << "\n";
        return cli::ExitFailure;
    }
    return cli::ExitOk;
}

} // namespace attnscope::app
