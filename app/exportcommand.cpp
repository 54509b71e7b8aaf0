// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exportcommand.h"

#include "app/footprintflags.h"
#include "app/mainwindow.h"
#include "cli/commandline.h"
#include "core/params/validation.h"
#include "core/support/timescale.h"
#include "io/filewriter.h"
#include "lessons/lesson.h"
#include "lessons/lessonplayer.h"
#include "lessons/stage.h"
#include "model/trainedinput.h"
#include "widgets/common/exporter.h"
#include "widgets/figures/figure.h"
#include "widgets/models/parametermodel.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/views/compare/compareview.h"
#include "widgets/views/page.h"
#include "widgets/views/steps/stepview.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <cmath>

namespace attnscope::app {

namespace {

constexpr int kTimeoutMs = core::scaledMs(60000);

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
    widgets::FigureStyle style;               // the figure's size and fonts (PNG, SVG, PDF)
    bool allHeads = false;                    // --heads all
    QString animate;                          // --animate FILE: the steps as one animated PNG
    std::optional<std::int64_t> frameMs;      // --frame-ms N, with --animate
    QString frames;                           // --frames DIR: every step as a numbered figure
};

// The flags of this mode that are not compute's: name -> takes a value.
const QList<QPair<QString, bool>> kOwnFlags{
    {"view", true},     {"format", true},   {"output", true},     {"model", true},   {"step", true},
    {"width", true},    {"height", true},   {"screenshot", true}, {"lesson", true},  {"lesson-dir", true},
    {"figure", true},   {"width-mm", true}, {"height-mm", true},  {"font-pt", true}, {"animate", true},
    {"frame-ms", true}, {"frames", true}};

// The figure's style from --figure, --width-mm, --height-mm and --font-pt. Without --figure, a
// --width or --height in pixels gives a figure of that many pixels at 96 dpi; else a slide.
QString parseFigureStyle(const QHash<QString, QString> &own, bool pixelsGiven, QSize pixels, widgets::FigureStyle *style)
{
    auto number = [&](const char *name, double *value) -> QString {
        const QString key = QString::fromLatin1(name);
        bool ok = false;
        *value = own.value(key).toDouble(&ok);
        if (!ok || !std::isfinite(*value))
            return QStringLiteral("--%1 '%2': give a number.").arg(key, own.value(key));
        return {};
    };
    const QString presetName = own.value(QStringLiteral("figure"));
    std::optional<widgets::FigurePreset> preset;
    if (own.contains(QStringLiteral("figure"))) {
        preset = widgets::figurePresetFromName(presetName);
        if (!preset)
            return QStringLiteral("--figure '%1': choose slide, column, double or custom.").arg(presetName);
    }
    const bool mmGiven = own.contains(QStringLiteral("width-mm")) || own.contains(QStringLiteral("height-mm"));
    if (mmGiven && preset != widgets::FigurePreset::Custom)
        return QStringLiteral("--width-mm and --height-mm size a custom figure: add --figure custom.");
    if (preset == widgets::FigurePreset::Custom) {
        if (!own.contains(QStringLiteral("width-mm")) || !own.contains(QStringLiteral("height-mm")))
            return QStringLiteral("--figure custom needs --width-mm W and --height-mm H.");
        double w = 0;
        double h = 0;
        double pt = 10.0;
        if (QString e = number("width-mm", &w); !e.isEmpty())
            return e;
        if (QString e = number("height-mm", &h); !e.isEmpty())
            return e;
        if (own.contains(QStringLiteral("font-pt"))) {
            if (QString e = number("font-pt", &pt); !e.isEmpty())
                return e;
        }
        if (QString e = widgets::figureStyleError(w, h, pt); !e.isEmpty())
            return e;
        *style = widgets::FigureStyle::custom(w, h, pt);
        return {};
    }
    if (preset) {
        *style = widgets::FigureStyle::forPreset(*preset);
    } else if (pixelsGiven) {
        constexpr double kDpi = 96.0;
        *style = widgets::FigureStyle::custom(pixels.width() / kDpi * 25.4, pixels.height() / kDpi * 25.4, 10.0);
        style->dpi = kDpi;
    }
    if (own.contains(QStringLiteral("font-pt"))) {
        double pt = 0;
        if (QString e = number("font-pt", &pt); !e.isEmpty())
            return e;
        if (QString e = widgets::figureStyleError(style->sizeMm.width(), style->sizeMm.height(), pt); !e.isEmpty())
            return e;
        style->fontPt = pt;
    }
    return {};
}

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
        // --heads all is this mode's (every head as a panel); --heads N is compute's head count.
        if (name == QLatin1String("heads") && (inlineValue ? value : arguments.value(i + 1)) == QLatin1String("all")) {
            if (!inlineValue)
                ++i;
            own.insert(name, QStringLiteral("all"));
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
    if (QString e = parseFigureStyle(own, width.has_value() || height.has_value(), o.size, &o.style); !e.isEmpty())
        return e;
    if (own.contains(QStringLiteral("heads"))) {
        if (o.view != QLatin1String("attention") && o.view != QLatin1String("heads"))
            return QStringLiteral("--heads all draws the attention weights of every head: use it with --view attention "
                                  "or --view heads.");
        o.allHeads = true;
    }
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
    if (own.contains(QStringLiteral("frames"))) {
        o.frames = own.value(QStringLiteral("frames"));
        if (!defaultView)
            return QStringLiteral("--frames belongs to attnscope export.");
        if (o.frames.isEmpty())
            return QStringLiteral("--frames needs a folder name.");
        if (const QFileInfo info(o.frames); info.exists() && !info.isDir())
            return QStringLiteral("--frames '%1': that is a file; give a folder (it is created if missing).")
                .arg(o.frames);
        if (!own.contains(QStringLiteral("view")))
            o.view = QStringLiteral("steps");
        if (o.view != QLatin1String("steps"))
            return QStringLiteral("--frames writes every step of the steps view: give --view steps.");
        if (o.step)
            return QStringLiteral("--step %1 shows one step; --frames writes them all: give one of the two.")
                .arg(*o.step);
        if (o.format == widgets::ExportFormat::Csv)
            return QStringLiteral("--format csv: --frames writes figures; choose png, svg or pdf.");
    }
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
               "         [--figure slide|column|double|custom [--width-mm W --height-mm H] [--font-pt P]]\n"
               "         [--heads all] [--width W --height H] [--lang en|de|zh_CN]\n"
               "         [--view footprint with the flags of attnscope footprint: --config FILE, --compare ID|FILE,\n"
               "          --compare-bits B, --kv-bits B, --context N, --batch N, --source-tokens N, --gpu-gib X,\n"
               "          --gpus N, --reserve-gib X, --weight-bits B, --block-size N, --weight-scale-group N,\n"
               "          --kv-scale-group N, --dp-attention; and --overlay ID|FILE, repeatable]\n"
               "       attnscope export --view steps --animate FILE.png [--frame-ms N] [--figure ...] [parameters]\n"
               "       attnscope export --view steps --frames DIR [--format svg|png|pdf] [--figure ...] [parameters]\n"
               "Computes one view of the main window offscreen and writes it as a figure (PNG, SVG, PDF: the\n"
               "plot, its axes, colour scale, title and caption, none of the window's controls) or the data it\n"
               "shows (CSV). The format defaults to the output's suffix. --figure sizes the figure for its\n"
               "medium: slide (254 x 142.9 mm, 16 pt, PNG 1920 px wide, the default), column (88 x 66 mm,\n"
               "8.5 pt), double (180 x 90 mm, 9 pt) or custom (--width-mm, --height-mm, --font-pt, default\n"
               "10 pt); paper PNGs are 300 dpi, SVG and PDF are vector and sized in millimetres, and no text\n"
               "is smaller than 8 pt. Without --figure, --width and --height give a figure of that many pixels\n"
               "at 96 dpi; they also size the window the view is computed in (default 1280 x 800). --heads all\n"
               "draws every head of the layer as panels with one colour scale (--view attention or heads;\n"
               "--heads N stays the number of heads, as in compute).\n"
               "A view with nothing to draw (timings before a sweep) is refused with a sentence. --model\n"
               "shows a preset in the footprint views; --step shows step N (from 1) in the steps view.\n"
               "The footprint flags set the footprint chart and dock as attnscope footprint reads them, so\n"
               "the chart shows what that command prints; --overlay draws more models on the chart.\n"
               "--lang renders the view in that language (default English, whatever the system's).\n"
               "--animate writes the figure of every step (as --view steps draws one step: heatmap, formula\n"
               "and text, no controls) as one frame of a looping animated PNG, --frame-ms milliseconds a step\n"
               "(default 800); the frames are the figure's PNG size (--figure, --width-mm, --font-pt apply).\n"
               "--frames writes the figure of every step, titled \"Step k of n\", into folder DIR (created if\n"
               "missing) as step-01.svg, step-02.svg, ... (--format png or pdf for those), for slides; the set\n"
               "is written whole or not at all and replaces the step-NN files of an earlier set there.\n"
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
    if (o.output.isEmpty() && o.animate.isEmpty() && o.frames.isEmpty()) {
        err << "attnscope export: --output FILE is required (or --animate FILE, --frames DIR).\n";
        return cli::ExitUsage;
    }
    // --format names the figures of --frames (default SVG) as well as the output's format.
    const widgets::ExportFormat framesFormat = o.format.value_or(widgets::ExportFormat::Svg);
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
        if (!window.exportStepAnimation(o.animate, o.style, int(o.frameMs.value_or(MainWindow::kDefaultFrameMs)),
                                        &error)) {
            err << "attnscope export: --animate " << error << "\n";
            return cli::ExitFailure;
        }
        out << "Wrote " << o.animate << "\n";
    }
    if (!o.frames.isEmpty()) {
        const int written = window.exportStepFigures(o.frames, o.style, framesFormat, &error);
        if (written < 0) {
            err << "attnscope export: --frames " << error << "\n";
            return cli::ExitFailure;
        }
        out << "Wrote " << written << " figures to " << o.frames << "\n";
    }
    if (o.output.isEmpty())
        return cli::ExitOk;
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
    } else {
        // A figure of the view's data, never a picture of its widgets; --heads all draws the
        // attention weights of every head, whichever of the two views asks.
        const QString source = o.allHeads ? QStringLiteral("attention") : o.view;
        if (source != o.view)
            window.showView(source);
        const auto *page = dynamic_cast<const widgets::Page *>(window.viewWidget(source));
        QString why;
        const widgets::FigureOptions options{o.style, o.allHeads};
        const std::shared_ptr<widgets::Figure> figure = page ? page->figure(options, &why) : nullptr;
        if (!figure) {
            err << "attnscope export: "
                << (why.isEmpty() ? QStringLiteral("--view %1 makes no figure; export its data as CSV.").arg(o.view) : why)
                << "\n";
            return cli::ExitUsage;
        }
        if (!widgets::exportFigure(*figure, o.style, o.output, *o.format, &error)) {
            err << "attnscope export: " << error << "\n";
            return cli::ExitFailure;
        }
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
