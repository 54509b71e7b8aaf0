// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "cli/benchcommand.h"
#include "cli/computecommand.h"
#include "cli/footprintcommand.h"

#include "core/params/validation.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cmath>
#include <limits>

namespace attnscope::cli {

namespace {

// Seeds are written to JSON as numbers, which hold integers exactly up to 2^53 - 1.
constexpr quint64 kMaxSeed = (quint64(1) << 53) - 1;

QString computeSynopsis()
{
    return QStringLiteral("Usage: attnscope compute --mechanism bahdanau|sdpa|mha|gqa|mqa|mla [options]\n"
                          "Computes one attention mechanism on seeded inputs and weights, prints a summary and,\n"
                          "with --dump FILE, writes every tensor as JSON (docs/dump-format.md).\n"
                          "Exit codes: 0 success, 1 the dump could not be written, 2 bad flags or values.\n");
}

} // namespace

const std::vector<IntegerFlag> &integerFlags()
{
    static const std::vector<IntegerFlag> flags{
        {"d-model", &core::Request::dModel, "Model (embedding) width d_model. Default 32.", true},
        {"heads", &core::Request::nHeads, "Query heads n_h. Default 4 (1 for sdpa).", true},
        {"kv-heads", &core::Request::nKvHeads, "Key/value heads n_g; must divide --heads (gqa). mha: = heads, mqa: 1.",
         true},
        {"head-dim", &core::Request::dHead, "Head width d_h. Default d_model / heads (d_model for sdpa).", true},
        {"tokens", &core::Request::tokens, "Query tokens T (decoder steps for bahdanau). Default 6.", false},
        {"source-tokens", &core::Request::sourceTokens, "Source tokens (cross attention, bahdanau). Default 5.", false},
        {"latent-rank", &core::Request::dLatentKv, "MLA: KV latent rank d_c. Default 4 d_h.", true},
        {"query-rank", &core::Request::dLatentQ, "MLA: query latent rank d_c' (0 = no query compression). Default 0.",
         true},
        {"rope-dim", &core::Request::dRope, "MLA: decoupled RoPE width d_h^R (even). Default d_h / 2.", true},
        {"hidden", &core::Request::hidden, "Bahdanau: GRU width n. Default 16.", false},
        {"align-dim", &core::Request::alignDim, "Bahdanau: alignment model width n'. Default = hidden.", false},
    };
    return flags;
}

std::vector<IntegerFlag> shapeIntegerFlags()
{
    std::vector<IntegerFlag> shape;
    for (const auto &f : integerFlags())
        if (f.shape)
            shape.push_back(f);
    return shape;
}

QString parseInteger(const QString &flag, const QString &text, std::int64_t *value)
{
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || text.trimmed() != text)
        return QStringLiteral("--%1 '%2': not an integer.").arg(flag, text);
    *value = v;
    return {};
}

QString repeatedOption(const QCommandLineParser &parser)
{
    const QStringList names = parser.optionNames();
    for (const QString &name : names)
        if (names.count(name) > 1)
            return name;
    return {};
}

bool isCommand(const QStringList &arguments)
{
    // The first argument names a command unless it is an option of the window.
    return arguments.size() >= 2 && !arguments.at(1).startsWith(QLatin1Char('-'));
}

ComputeParse parseComputeArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    const QCommandLineOption mechanism("mechanism", "Mechanism: bahdanau, sdpa, mha, gqa, mqa or mla.", "M");
    const QCommandLineOption causal("causal", "Causal (masked) self-attention.");
    const QCommandLineOption cross("cross", "Cross attention: keys and values from a source sequence.");
    const QCommandLineOption seed("seed", "Seed of inputs and weights, 0 to 2^53 - 1. Default 0.", "N");
    const QCommandLineOption ropeBase("rope-base", "MLA: RoPE base. Default 10000.", "X");
    const QCommandLineOption ropeLayout("rope-layout", "MLA: RoPE layout, interleaved (default) or half.", "L");
    const QCommandLineOption mlaPath("mla-path", "MLA: naive (default) or absorbed.", "P");
    const QCommandLineOption dump("dump", "Write every tensor as JSON to FILE.", "FILE");
    parser.addOption(help);
    parser.addOption(mechanism);
    const auto &flags = integerFlags();
    std::vector<QCommandLineOption> intOptions;
    for (const auto &f : flags) {
        intOptions.emplace_back(f.name, f.help, QStringLiteral("N"));
        parser.addOption(intOptions.back());
    }
    for (const auto *o : {&causal, &cross, &seed, &ropeBase, &ropeLayout, &mlaPath, &dump})
        parser.addOption(*o);

    // arguments[1] is "compute": parse the rest as if it were the whole command line.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0, QStringLiteral("attnscope")));
    if (!parser.parse(rest))
        return parser.errorText();
    if (parser.isSet(help))
        return HelpRequested{computeSynopsis() + parser.helpText().section(QLatin1Char('\n'), 2)};
    if (!parser.positionalArguments().isEmpty())
        return QStringLiteral("unexpected argument '%1'; every value follows its --flag.")
            .arg(parser.positionalArguments().constFirst());
    if (const QString repeated = repeatedOption(parser); !repeated.isEmpty())
        return QStringLiteral("--%1 is given more than once; give it once.").arg(repeated);

    ComputeOptions options;
    core::Request &r = options.request;
    if (!parser.isSet(mechanism))
        return QStringLiteral("--mechanism is required: choose bahdanau, sdpa, mha, gqa, mqa or mla.");
    const QString mechanismText = parser.value(mechanism);
    const auto m = core::mechanismFromId(mechanismText.toStdString());
    if (!m)
        return QStringLiteral("--mechanism '%1': not a mechanism; choose bahdanau, sdpa, mha, gqa, mqa or mla.")
            .arg(mechanismText);
    r.mechanism = *m;

    for (std::size_t i = 0; i < intOptions.size(); ++i) {
        if (!parser.isSet(intOptions[i]))
            continue;
        std::int64_t value = 0;
        if (const QString e = parseInteger(flags[i].name, parser.value(intOptions[i]), &value); !e.isEmpty())
            return e;
        r.*(flags[i].field) = value;
    }
    r.causal = parser.isSet(causal);
    r.attention = parser.isSet(cross) ? core::AttentionKind::Cross : core::AttentionKind::Self;
    if (parser.isSet(seed)) {
        const QString text = parser.value(seed);
        bool ok = false;
        const qulonglong value = text.toULongLong(&ok);
        if (!ok || text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')) || value > kMaxSeed)
            return QStringLiteral("--seed '%1': not an integer from 0 to 9007199254740991 (2^53 - 1).").arg(text);
        r.seed = value;
    }
    if (parser.isSet(ropeBase)) {
        const QString text = parser.value(ropeBase);
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return QStringLiteral("--rope-base '%1': not a finite number.").arg(text);
        r.ropeBase = value;
    }
    if (parser.isSet(ropeLayout)) {
        const auto layout = core::ropeLayoutFromId(parser.value(ropeLayout).toStdString());
        if (!layout)
            return QStringLiteral("--rope-layout '%1': choose interleaved or half.").arg(parser.value(ropeLayout));
        r.ropeLayout = layout;
    }
    if (parser.isSet(mlaPath)) {
        const auto path = core::mlaPathFromId(parser.value(mlaPath).toStdString());
        if (!path)
            return QStringLiteral("--mla-path '%1': choose naive or absorbed.").arg(parser.value(mlaPath));
        r.mlaPath = path;
    }
    if (parser.isSet(dump)) {
        options.dumpFile = parser.value(dump);
        if (options.dumpFile.isEmpty())
            return QStringLiteral("--dump '': give a file name.");
    }
    return options;
}

QStringList requestParameterNames()
{
    QStringList names{QStringLiteral("mechanism")};
    for (const auto &f : integerFlags())
        names << f.name;
    names << QStringLiteral("causal") << QStringLiteral("cross") << QStringLiteral("seed")
          << QStringLiteral("rope-base") << QStringLiteral("rope-layout") << QStringLiteral("mla-path");
    return names;
}

std::variant<core::Request, QString> parseRequestSettings(const QStringList &settings)
{
    const QStringList names = requestParameterNames();
    const QStringList switches{QStringLiteral("causal"), QStringLiteral("cross")};
    QStringList arguments{QStringLiteral("attnscope"), QStringLiteral("compute")};
    bool mechanism = false;
    QStringList seen;
    for (const QString &setting : settings) {
        const qsizetype eq = setting.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return QStringLiteral("'%1' is not name=value (e.g. heads=8).").arg(setting);
        const QString name = setting.left(eq);
        const QString value = setting.mid(eq + 1);
        if (!names.contains(name))
            return QStringLiteral("'%1' is not a parameter; use the names of attnscope compute's flags: %2.")
                .arg(name, names.join(QStringLiteral(", ")));
        if (seen.contains(name))
            return QStringLiteral("%1 is given more than once; give it once.").arg(name);
        seen << name;
        if (switches.contains(name)) {
            if (value == QLatin1String("true"))
                arguments << QStringLiteral("--") + name;
            else if (value != QLatin1String("false"))
                return QStringLiteral("%1=%2: give true or false.").arg(name, value);
            continue;
        }
        if (value.isEmpty())
            return QStringLiteral("%1= needs a value.").arg(name);
        mechanism = mechanism || name == QLatin1String("mechanism");
        arguments << QStringLiteral("--") + name << value;
    }
    if (!mechanism)
        arguments << QStringLiteral("--mechanism") << QStringLiteral("mha");
    const ComputeParse parsed = parseComputeArguments(arguments);
    if (const auto *error = std::get_if<QString>(&parsed))
        return *error;
    const core::Request request = std::get<ComputeOptions>(parsed).request;
    if (const auto errors = core::validate(request); !errors.empty())
        return QString::fromStdString(errors.front().message);
    return request;
}

int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(1) == QLatin1String("compute"))
        return runCompute(arguments, out, err);
    if (arguments.value(1) == QLatin1String("footprint"))
        return runFootprint(arguments, out, err);
    if (arguments.value(1) == QLatin1String("export")) {
        err << "attnscope export: runs from main() with a QApplication.\n"; // never reached from the CLI
        return ExitUsage;
    }
    if (arguments.value(1) == QLatin1String("bench"))
        return runBench(arguments, out, err); // main() runs `bench --ui` with a QApplication
    if (arguments.value(1) == QLatin1String("lessons")) {
        err << "attnscope lessons: runs from main() with a QApplication.\n"; // never reached from the CLI
        return ExitUsage;
    }
    err << "attnscope: unknown command '" << arguments.value(1)
        << "'; commands: compute, footprint, export, bench, lessons. See attnscope --help.\n";
    return ExitUsage;
}

} // namespace attnscope::cli
