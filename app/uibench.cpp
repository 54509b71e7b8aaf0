// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/uibench.h"

#include "app/mainwindow.h"
#include "cli/commandline.h"
#include "core/support/heapusage.h"
#include "widgets/models/parametermodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <vector>

namespace attnscope::app {

namespace {

struct Change
{
    core::Mechanism mechanism;
    std::int64_t tokens;
    std::int64_t dModel;
    std::int64_t heads;
};

// The teaching sizes: every mechanism at tokens 4..32, d_model 32..256, heads 1..16.
std::vector<Change> teachingChanges()
{
    std::vector<Change> changes;
    const core::Mechanism mechanisms[] = {core::Mechanism::Sdpa, core::Mechanism::Mha, core::Mechanism::Gqa,
                                          core::Mechanism::Mqa,  core::Mechanism::Mla, core::Mechanism::Bahdanau};
    const std::int64_t tokens[] = {4, 8, 16, 32};
    const std::int64_t widths[] = {32, 64, 128, 256};
    const std::int64_t heads[] = {1, 2, 4, 8, 16};
    for (auto m : mechanisms)
        for (auto t : tokens)
            for (auto d : widths)
                for (auto h : heads) {
                    const bool multiHead = m != core::Mechanism::Sdpa && m != core::Mechanism::Bahdanau;
                    if (!multiHead && h != 1)
                        continue;
                    if (multiHead && (d % h != 0 || (m == core::Mechanism::Gqa && h < 2)))
                        continue;
                    changes.push_back({m, t, d, h});
                }
    return changes;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * double(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

void apply(widgets::ParameterModel *p, const Change &c)
{
    p->setMechanism(c.mechanism);
    p->setTokens(c.tokens);
    p->setDModel(c.dModel);
    const bool multiHead = c.mechanism != core::Mechanism::Sdpa && c.mechanism != core::Mechanism::Bahdanau;
    p->setHeads(multiHead ? std::optional<std::int64_t>(c.heads) : std::nullopt);
    p->setKvHeads(std::nullopt);
    p->setHeadDim(std::nullopt);
}

} // namespace

int runUiBench(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption ui("ui", "Measure the window's latency.");
    const QCommandLineOption json("json", "Print JSON.");
    const QCommandLineOption repeat("repeat", "Passes over the teaching sizes. Default 3.", "N");
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    const QCommandLineOption view("view", "The view in front while measuring. Default steps.", "V");
    for (const auto *o : {&ui, &json, &repeat, &help, &view})
        parser.addOption(*o);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));
    if (!parser.parse(rest)) {
        err << "attnscope bench: " << parser.errorText() << "\n";
        return cli::ExitUsage;
    }
    if (parser.isSet(help)) {
        out << "Usage: attnscope bench --ui [--view " << MainWindow::viewIds().join(QLatin1Char('|'))
            << "] [--json] [--repeat N]\n"
               "Measures, offscreen, the time from a parameter change to the main window's views having\n"
               "repainted, over teaching sizes (tokens <= 32, d_model <= 256, heads <= 16), and prints the\n"
               "median in milliseconds (of --repeat changes; --json: one JSON object). The view in front\n"
               "while measuring is --view (default steps). With two or more passes it also prints the heap\n"
               "in use after the first pass and at the end, and the growth per change in between: a long\n"
               "session's footprint must stay flat.\n";
        return cli::ExitOk;
    }
    if (!parser.isSet(ui)) {
        err << "attnscope bench: give --ui (the window latency benchmark); see attnscope bench --help.\n";
        return cli::ExitUsage;
    }
    std::int64_t passes = 3;
    if (parser.isSet(repeat)) {
        if (const QString e = cli::parseInteger("repeat", parser.value(repeat), &passes); !e.isEmpty()) {
            err << "attnscope bench: " << e << "\n";
            return cli::ExitUsage;
        }
        if (passes < 1 || passes > 100) {
            err << "attnscope bench: --repeat " << passes << ": give 1 to 100 passes.\n";
            return cli::ExitUsage;
        }
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    const QString shownView = parser.value(view).isEmpty() ? QStringLiteral("steps") : parser.value(view);
    if (!window.showView(shownView)) {
        err << "attnscope bench: --view '" << shownView << "': choose "
            << MainWindow::viewIds().join(QStringLiteral(", ")) << ".\n";
        return cli::ExitUsage;
    }
    auto *parameters = window.parameters();
    // Wait for the first trace, so start-up is not measured.
    {
        QEventLoop loop;
        QObject::connect(&window, &MainWindow::traceShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }

    const std::vector<Change> changes = teachingChanges();
    std::vector<double> samples;
    int timeouts = 0;
    // The heap after the first pass, when every teaching size has been shown once and the
    // caches that depend on them are full: a long session must not grow past it.
    std::optional<std::int64_t> heapAfterFirst, heapAtEnd;
    for (std::int64_t pass = 0; pass < passes; ++pass) {
        if (pass == 1)
            heapAfterFirst = core::heapInUseBytes();
        for (std::size_t i = 0; i < changes.size(); ++i) {
            QEventLoop loop;
            bool shown = false;
            const auto connection = QObject::connect(&window, &MainWindow::traceShown, &loop, [&] {
                shown = true;
                loop.quit();
            });
            // A timer that dies with this change: QTimer::singleShot's would stay alive for its
            // 30 s, and the harness itself would grow the heap it measures.
            QTimer deadline;
            deadline.setSingleShot(true);
            QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
            deadline.start(30000);
            QElapsedTimer timer;
            timer.start();
            // Consecutive teaching sizes always differ (and the last differs from the first),
            // so every change really recomputes.
            apply(parameters, changes[i]);
            if (!shown)
                loop.exec();
            // The views repaint synchronously here: what the user would see next frame.
            window.repaint();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            QObject::disconnect(connection);
            if (!shown) {
                ++timeouts;
                continue;
            }
            samples.push_back(ms);
        }
    }
    heapAtEnd = core::heapInUseBytes();
    // Bytes per change over the passes after the first (none with one pass).
    std::optional<double> growth;
    if (heapAfterFirst && heapAtEnd)
        growth = double(*heapAtEnd - *heapAfterFirst) / double(std::int64_t(changes.size()) * (passes - 1));
    if (samples.empty()) {
        err << "attnscope bench: no change reached the views within 30 s.\n";
        return cli::ExitFailure;
    }
    const double med = median(samples);
    const QString machine = QStringLiteral("%1, %2 cores, Qt %3, platform %4")
                                .arg(QSysInfo::prettyProductName())
                                .arg(QThread::idealThreadCount())
                                .arg(QString::fromLatin1(qVersion()), QGuiApplication::platformName());
    if (parser.isSet(json)) {
        QJsonObject o{{"benchmark", "ui_latency"},
                            {"median_ms", med},
                            {"p90_ms", percentile(samples, 0.9)},
                            {"max_ms", *std::max_element(samples.begin(), samples.end())},
                            {"min_ms", *std::min_element(samples.begin(), samples.end())},
                            {"samples", qint64(samples.size())},
                            {"timeouts", timeouts},
                            {"target_ms", 16.0},
                            {"view", shownView},
                            {"machine", machine}};
        if (heapAtEnd)
            o.insert("heap_end_bytes", qint64(*heapAtEnd));
        if (heapAfterFirst)
            o.insert("heap_after_first_pass_bytes", qint64(*heapAfterFirst));
        if (growth)
            o.insert("heap_growth_bytes_per_change", *growth);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << "UI latency, parameter change -> views repainted, " << shownView << " view in front (" << samples.size()
            << " changes over " << changes.size() << " teaching sizes x " << passes << " passes, offscreen)\n"
            << "  median " << QString::number(med, 'f', 2) << " ms, p90 "
            << QString::number(percentile(samples, 0.9), 'f', 2) << " ms, max "
            << QString::number(*std::max_element(samples.begin(), samples.end()), 'f', 2)
            << " ms (target: median <= 16 ms)\n"
            << "  machine: " << machine << "\n";
        if (growth)
            out << "  heap: " << QString::number(double(*heapAfterFirst) / 1048576.0, 'f', 1) << " MiB after the first pass, "
                << QString::number(double(*heapAtEnd) / 1048576.0, 'f', 1) << " MiB at the end ("
                << QString::number(*growth, 'f', 1) << " bytes per change)\n";
        if (timeouts > 0)
            out << "  " << timeouts << " changes did not reach the views within 30 s\n";
    }
    return cli::ExitOk;
}

} // namespace attnscope::app
