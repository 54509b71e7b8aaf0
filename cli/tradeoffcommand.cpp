// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/tradeoffcommand.h"

#include "cli/commandline.h"
#include "model/teachingresults.h"
#include "widgets/common/labels.h"
#include "widgets/models/tradeofftable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <stdexcept>

namespace attnscope::cli {

namespace {

constexpr int kBytesPerElement = widgets::TradeoffTableModel::bytesPerElement();

QString grouped(std::int64_t v)
{
    return widgets::groupedNumber(v, QLocale::c());
}

QString fixed3(double v)
{
    return QString::number(v, 'f', 3);
}

QJsonObject resultsJson(const model::TeachingResults &r)
{
    QJsonObject heads;
    for (const auto &kind : r.heads) {
        QJsonArray list;
        for (const auto &h : kind.heads)
            list.append(QJsonArray{h.layer, h.head, h.score});
        heads.insert(QString::fromStdString(kind.kind), list);
    }
    return QJsonObject{
        {"model", QString::fromStdString(r.folderName)},
        {"mechanism", widgets::mechanismAcronym(r.mechanism)},
        {"model_type", QString::fromStdString(r.modelType)},
        {"parameters", qint64(r.parameters)},
        {"layers", qint64(r.layers)},
        {"kv_elements_per_token_per_layer", qint64(r.kvElementsPerTokenPerLayer)},
        {"kv_elements_per_token", qint64(r.kvElementsPerToken())},
        {"kv_bytes_per_token_16bit", qint64(r.kvBytesPerToken(kBytesPerElement))},
        {"steps", qint64(r.steps)},
        {"training_seconds", r.trainingSeconds},
        {"held_out_loss", r.heldOutLoss},
        {"agreement",
         QJsonObject{{"accuracy", r.agreement}, {"with_attractor", r.withAttractor}, {"items", qint64(r.agreementItems)}}},
        {"copying", QJsonObject{{"accuracy", r.copying}, {"items", qint64(r.copyingItems)}}},
        {"structured", QJsonObject{{"accuracy", r.structured}, {"brackets", r.brackets}, {"counting", r.counting}}},
        {"heads", heads},
    };
}

void printText(const std::vector<model::TeachingResults> &results, const std::filesystem::path &dir,
               QTextStream &out)
{
    const QStringList header{"model",   "parameters", "layers",    "KV elements/token/layer",
                             "KV bytes/token (16-bit)", "steps",   "held-out loss",
                             "agreement", "with attractor", "copying", "structured", "brackets", "counting"};
    std::vector<QStringList> rows;
    for (const auto &r : results)
        rows.push_back({widgets::mechanismAcronym(r.mechanism), grouped(r.parameters), grouped(r.layers),
                        grouped(r.kvElementsPerTokenPerLayer), grouped(r.kvBytesPerToken(kBytesPerElement)),
                        grouped(r.steps), fixed3(r.heldOutLoss), fixed3(r.agreement), fixed3(r.withAttractor),
                        fixed3(r.copying), fixed3(r.structured), fixed3(r.brackets), fixed3(r.counting)});
    std::vector<int> widths;
    for (const QString &h : header)
        widths.push_back(int(h.size()));
    for (const auto &row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[std::size_t(i)] = std::max(widths[std::size_t(i)], int(row[i].size()));

    out << "Measured quality against KV cache: the teaching models in " << QString::fromStdString(dir.string())
        << "\n\n";
    // The model's name on the left, every number on the right of its column.
    const auto line = [&](const QStringList &cells) {
        QString text = cells[0].leftJustified(widths[0]);
        for (int i = 1; i < cells.size(); ++i)
            text += QStringLiteral("  ") + cells[i].rightJustified(widths[std::size_t(i)]);
        out << text << "\n";
    };
    line(header);
    for (const auto &row : rows)
        line(row);

    out << "\nHeads found (layer, head, score; best first):\n";
    int nameWidth = 0;
    for (const auto &r : results)
        nameWidth = std::max(nameWidth, int(widgets::mechanismAcronym(r.mechanism).size()));
    for (const auto &r : results)
        out << "  " << widgets::mechanismAcronym(r.mechanism).leftJustified(nameWidth + 2) << widgets::headsText(r)
            << "\n";
    out << "\nHeld-out loss: nats per token, lower is better. Accuracies from 0 to 1, higher is better.\n"
        << widgets::distinctNumbers(results, &model::TeachingResults::layers, QLocale::c()) << "-layer models trained "
        << widgets::distinctNumbers(results, &model::TeachingResults::steps, QLocale::c())
        << " steps on generated text: the trade-off measured in miniature (docs/teaching-models.md).\n";
}

} // namespace

int runTradeoff(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    const QCommandLineOption json("json", "Print JSON.");
    const QCommandLineOption csv("csv", "Print CSV (the columns of the window's export of the page).");
    for (const auto *o : {&help, &json, &csv})
        parser.addOption(*o);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0, QStringLiteral("attnscope")));
    const auto refuse = [&](const QString &sentence) {
        err << "attnscope tradeoff: " << sentence << "\n";
        return int(ExitUsage);
    };
    if (!parser.parse(rest))
        return refuse(parser.errorText());
    if (parser.isSet(help)) {
        out << "Usage: attnscope tradeoff [--json | --csv]\n"
               "The measured quality of the four teaching language models AttnScope ships (MHA, GQA, MQA,\n"
               "MLA; docs/teaching-models.md) against the KV cache each keeps per token, from their\n"
               "results.json files: the table of the window's \"Quality vs cache\" page. The models are\n"
               "found in $ATTNSCOPE_MODELS, the installed share/attnscope/models or the source tree.\n"
               "Exit codes: 0 success, 1 a results file was refused, 2 bad flags, 3 models not found.\n"
            << parser.helpText().section(QLatin1Char('\n'), 2);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return refuse(QStringLiteral("unexpected argument '%1'; the command takes only --json or --csv.")
                          .arg(parser.positionalArguments().constFirst()));
    if (const QString repeated = repeatedOption(parser); !repeated.isEmpty())
        return refuse(QStringLiteral("--%1 is given more than once; give it once.").arg(repeated));
    if (parser.isSet(json) && parser.isSet(csv))
        return refuse(QStringLiteral("--json and --csv: choose one output format."));

    std::filesystem::path dir;
    try {
        dir = model::teachingModelsDir();
    } catch (const std::exception &e) {
        err << "attnscope tradeoff: " << QString::fromUtf8(e.what()) << "\n";
        return ExitUnavailable;
    }
    std::vector<model::TeachingResults> results;
    try {
        results = model::readAllTeachingResults(dir);
        for (const auto &r : results)
            (void)r.kvBytesPerToken(kBytesPerElement); // an overflow is refused before any output
    } catch (const std::exception &e) {
        err << "attnscope tradeoff: " << QString::fromUtf8(e.what()) << "\n";
        return ExitFailure;
    }

    if (parser.isSet(json)) {
        QJsonArray models;
        for (const auto &r : results)
            models.append(resultsJson(r));
        const QJsonObject root{{"models_dir", QString::fromStdString(dir.string())},
                               {"bytes_per_element", kBytesPerElement},
                               {"models", models}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (parser.isSet(csv)) {
        out << QString::fromUtf8(widgets::tradeoffCsv(results));
    } else {
        printText(results, dir, out);
    }
    return ExitOk;
}

} // namespace attnscope::cli
