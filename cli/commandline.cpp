// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"


#include "core/params/parameters.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace attnscope::cli {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

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
    static const std::vector<IntegerFlag> flags = [] {
        std::vector<IntegerFlag> out;
        for (const core::ParameterInfo &p : core::parameters()) {
            if (p.kind == core::ParameterKind::Integer)
                out.push_back({fromView(p.name), p.integer, fromView(p.help), p.shape});
        }
        return out;
    }();
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
    const auto v = core::parseIntegerText(text.toStdString());
    if (!v)
        return QStringLiteral("--%1 '%2': not an integer.").arg(flag, text);
    *value = *v;
    return {};
}

QString boundedInteger(const QCommandLineParser &parser, const QCommandLineOption &option, const char *name,
                       std::int64_t minimum, std::int64_t maximum, const char *what, std::int64_t *value)
{
    if (!parser.isSet(option))
        return {};
    std::int64_t v = 0;
    if (QString error = parseInteger(QLatin1String(name), parser.value(option), &v); !error.isEmpty())
        return error;
    if (v < minimum || v > maximum)
        return QStringLiteral("--%1 %2: give %3 to %4 %5.")
            .arg(QLatin1String(name))
            .arg(v)
            .arg(minimum)
            .arg(maximum)
            .arg(QLatin1String(what));
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
    // The first argument names a command unless it is an option of the window or a lesson file
    // to open in it (a path, or a name ending in .lesson: no command has a '/' or a dot).
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return !first.startsWith(QLatin1Char('-')) && !first.contains(QLatin1Char('/'))
        && !first.endsWith(QLatin1String(".lesson"), Qt::CaseInsensitive);
}

ComputeParse parseComputeArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    const QCommandLineOption dump("dump", "Write every tensor as JSON to FILE.", "FILE");
    parser.addOption(help);
    // One option per row of the parameter table, in its order.
    const auto table = core::parameters();
    std::vector<QCommandLineOption> options;
    options.reserve(table.size());
    for (const core::ParameterInfo &p : table) {
        options.emplace_back(fromView(p.name), fromView(p.help), fromView(p.valueName));
        parser.addOption(options.back());
    }
    parser.addOption(dump);

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

    if (!parser.isSet(QStringLiteral("mechanism")))
        return QStringLiteral("--mechanism is required: choose bahdanau, sdpa, mha, gqa, mqa or mla.");
    ComputeOptions result;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const core::ParameterInfo &p = table[i];
        if (p.kind == core::ParameterKind::Switch) {
            core::setValue(result.request, p.id, parser.isSet(options[i]));
            continue;
        }
        if (!parser.isSet(options[i]))
            continue;
        if (const auto error = core::setFromText(result.request, p.id, parser.value(options[i]).toStdString()))
            return QString::fromStdString(*error);
    }
    if (parser.isSet(dump)) {
        result.dumpFile = parser.value(dump);
        if (result.dumpFile.isEmpty())
            return QStringLiteral("--dump '': give a file name.");
    }
    return result;
}

} // namespace attnscope::cli
