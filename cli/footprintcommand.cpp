// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/footprintcommand.h"

#include "cli/commandline.h"
#include "cli/footprintoutput.h"
#include "cli/footprintplan.h"
#include "core/params/validation.h"
#include "io/csv.h"
#include "io/modelconfig.h"
#include "widgets/common/labels.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>
#include <limits>

namespace attnscope::cli {

namespace {

using core::Mechanism;
using core::ModelShape;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// The command line prints the same in every locale.
QString grouped(std::int64_t v)
{
    return widgets::groupedNumber(v, QLocale::c());
}

QString humanBytes(std::int64_t bytes)
{
    return widgets::binaryBytes(bytes, QLocale::c());
}

QString modelTitle(const ModelShape &m)
{
    if (m.id.empty())
        return qs(m.name);
    return QStringLiteral("%1 (%2)").arg(qs(m.name), qs(m.id));
}

QString shapeLine(const ModelShape &m)
{
    QStringList parts;
    if (m.encoderOnly)
        parts << QStringLiteral("encoder-only, %1 layers").arg(m.layers);
    else
        parts << (m.crossLayers > 0 || m.encoderLayers > 0
                  ? QStringLiteral("%1 decoder layers, %2 encoder layers").arg(m.layers).arg(m.encoderLayers)
                  : QStringLiteral("%1 layers").arg(m.layers));
    parts << QStringLiteral("d_model %1").arg(m.dModel) << QStringLiteral("%1 heads").arg(m.nHeads);
    if (m.mechanism == Mechanism::Gqa)
        parts << QStringLiteral("%1 KV heads").arg(m.nKvHeads);
    parts << QStringLiteral("d_h %1").arg(m.dHead);
    if (m.valueDim() != m.dHead)
        parts << QStringLiteral("d_v %1").arg(m.valueDim());
    if (m.mechanism == Mechanism::Mla)
        parts << QStringLiteral("d_h^R %1").arg(m.dRope) << QStringLiteral("d_c %1").arg(m.dLatentKv)
              << (m.dLatentQ > 0 ? QStringLiteral("d_c' %1").arg(m.dLatentQ) : QStringLiteral("no query compression"));
    if (m.crossLayers > 0)
        parts << QStringLiteral("cross-attention in %1 decoder layers").arg(m.crossLayers);
    if (const QString kinds = layerKindsLine(m); !kinds.isEmpty())
        return parts.join(QStringLiteral(", ")) + QStringLiteral("\n  ") + kinds;
    return parts.join(QStringLiteral(", "));
}

QString perLayerFormula(Mechanism m)
{
    QString f = qs(core::formulaSymbols(m));
    f.chop(2); // drop " l"
    return m == Mechanism::Mla ? QStringLiteral("d_c + d_h^R") : f;
}

// Elements per token and layer spelled with the model's numbers, e.g. "2 x 8 x 128".
QString perLayerNumbers(const ModelShape &m)
{
    ModelShape one = m;
    one.layers = 1;
    QString f = qs(core::formulaNumbers(one));
    f.chop(4); // drop " x 1"
    if (m.mechanism == Mechanism::Mla)
        f = f.mid(1, f.size() - 2); // "(512 + 64)" -> "512 + 64"
    return f;
}

QJsonObject modelJson(const ModelShape &m)
{
    QJsonObject o{{"id", qs(m.id)},
                  {"name", qs(m.name)},
                  {"source", qs(m.source)},
                  {"mechanism", QString::fromLatin1(core::mechanismId(m.mechanism).data())},
                  {"d_model", qint64(m.dModel)},
                  {"layers", qint64(m.layers)},
                  {"heads", qint64(m.nHeads)},
                  {"kv_heads", qint64(m.mechanism == Mechanism::Mqa ? 1 : m.nKvHeads)},
                  {"head_dim", qint64(m.dHead)},
                  {"v_head_dim", qint64(m.valueDim())}};
    if (!m.notes.empty())
        o.insert("notes", qs(m.notes));
    if (m.mechanism == Mechanism::Mla) {
        o.insert("kv_lora_rank", qint64(m.dLatentKv));
        o.insert("q_lora_rank", qint64(m.dLatentQ));
        o.insert("qk_rope_head_dim", qint64(m.dRope));
    }
    if (m.crossLayers > 0)
        o.insert("cross_layers", qint64(m.crossLayers));
    if (m.encoderOnly)
        o.insert("encoder_only", true);
    if (!m.defaults.empty()) {
        QJsonArray defaults;
        for (const std::string &d : m.defaults)
            defaults.append(qs(d));
        o.insert("defaulted", defaults); // values the config left to its class's default
    }
    if (!m.layerKinds.empty()) {
        QJsonArray kinds;
        for (const core::LayerSpec &l : m.layerKinds)
            kinds.append(l.kind == core::LayerKind::Window ? QJsonValue(qint64(l.window))
                                                           : QJsonValue(QString::fromLatin1(core::layerKindId(l.kind))));
        o.insert("layer_kinds", kinds); // one per layer: "full", "shared", "none", or a window's W
    }
    return o;
}

// The figures of one model as a JSON object (shared by the model and the compared model).
QJsonObject footprintJson(const ModelShape &m, const core::Footprint &f, const core::FootprintRequest &r)
{
    if (!f.decodeCache)
        return QJsonObject{{"model", modelJson(m)},
                           {"mechanism", QString::fromLatin1(core::mechanismId(m.mechanism).data())},
                           {"decode_cache", false},
                           {"no_cache", noDecodeCacheSentence(m)},
                           {"attention_parameters", qint64(f.attentionParameters)}};
    QJsonObject o{{"model", modelJson(m)},
                  {"decode_cache", true},
                  {"layer_kind_shares", sharesJson(f)},
                  {"mechanism", QString::fromLatin1(core::mechanismId(m.mechanism).data())},
                  {"formula", qs(core::formulaSymbols(m.mechanism))},
                  {"formula_numbers", qs(core::formulaNumbers(m))},
                  {"elements_per_token_per_layer", qint64(f.elementsPerTokenPerLayer)},
                  {"elements_per_token", qint64(f.elementsPerToken)},
                  {"kv_bits", r.bits.bits()},
                  {"bytes_per_token", qint64(f.bytesPerToken)},
                  {"context", qint64(r.context)},
                  {"batch", qint64(r.batch)},
                  {"total_elements", qint64(f.totalElements)},
                  {"total_bytes", qint64(f.totalBytes)},
                  {"equivalent_gqa_groups", f.equivalentGqaGroups},
                  {"attention_parameters_per_layer", qint64(f.attentionParametersPerLayer)},
                  {"attention_parameters", qint64(f.attentionParameters)}};
    if (m.mechanism == Mechanism::Mla) {
        o.insert("decompressed_elements_per_token_per_layer", qint64(f.decompressedElementsPerTokenPerLayer));
        o.insert("decompressed_elements_per_token", qint64(f.decompressedElementsPerToken));
        o.insert("decompressed_bytes_per_token", qint64(f.decompressedBytesPerToken));
    }
    if (m.crossLayers > 0)
        o.insert("cross_attention",
                 QJsonObject{{"elements_per_source_token_per_layer", qint64(f.crossElementsPerSourceTokenPerLayer)},
                             {"elements_per_source_token", qint64(f.crossElementsPerSourceToken)},
                             {"bytes_per_source_token", qint64(f.crossBytesPerSourceToken)},
                             {"source_tokens", qint64(f.sourceTokens)}});
    return o;
}

const QStringList kCsvColumns{"role",
                              "id",
                              "name",
                              "mechanism",
                              "formula",
                              "layers",
                              "elements_per_token_per_layer",
                              "elements_per_token",
                              "kv_bits",
                              "bytes_per_token",
                              "context",
                              "batch",
                              "total_bytes",
                              "cross_elements_per_source_token",
                              "attention_parameters",
                              "reduction_percent",
                              "max_context"};

QStringList csvColumns()
{
    return kCsvColumns + shareCsvColumns() + planCsvColumns();
}

QString csvRow(const QString &role, const ModelShape &m, const core::Footprint &f, const core::FootprintRequest &r,
               const QString &reduction, const QString &maxContext, const core::MemoryPlan *plan = nullptr,
               const core::PlanRequest *planRequest = nullptr)
{
    QStringList cells{role,
                      qs(m.id),
                      qs(m.name),
                      QString::fromLatin1(core::mechanismId(m.mechanism).data()),
                      qs(core::formulaSymbols(m.mechanism)),
                      QString::number(m.layers),
                      QString::number(f.elementsPerTokenPerLayer),
                      QString::number(f.elementsPerToken),
                      qs(r.bits.text()),
                      QString::number(f.bytesPerToken),
                      QString::number(r.context),
                      QString::number(r.batch),
                      QString::number(f.totalBytes),
                      QString::number(f.crossElementsPerSourceToken),
                      QString::number(f.attentionParameters),
                      reduction,
                      maxContext};
    cells += shareCsvCells(f);
    cells += planCsvCells(plan, planRequest);
    return QString::fromUtf8(io::csvRow(cells));
}

QString formulasText()
{
    return QStringLiteral(
        "KV cache per token in elements, l layers (DeepSeek-V2, Table 1):\n"
        "  MHA  2 n_h d_h l       n_h heads of width d_h, keys and values of every head\n"
        "  GQA  2 n_g d_h l       n_g KV heads (groups), each shared by n_h / n_g query heads\n"
        "  MQA  2 d_h l           one KV head shared by all query heads\n"
        "  MLA  (d_c + d_h^R) l   the latent c_KV of rank d_c and the shared RoPE key of width d_h^R\n"
        "Bytes = elements x bits per element / 8.\n");
}

QJsonObject formulasJson()
{
    return QJsonObject{{"mha", "2 n_h d_h l"}, {"gqa", "2 n_g d_h l"}, {"mqa", "2 d_h l"}, {"mla", "(d_c + d_h^R) l"}};
}

// Two aligned columns: what, and the figure.
class Table
{
public:
    void add(const QString &what, const QString &value) { m_rows.append({what, value}); }
    void print(QTextStream &out) const
    {
        int width = 0;
        for (const auto &r : m_rows)
            width = std::max(width, int(r.first.size()));
        for (const auto &r : m_rows)
            out << "  " << r.first.leftJustified(width + 2) << r.second << "\n";
    }

private:
    QList<QPair<QString, QString>> m_rows;
};

void printModel(const ModelShape &m, const core::Footprint &f, const core::FootprintRequest &r,
                const std::optional<core::Footprint> &alternative, QTextStream &out)
{
    out << modelTitle(m) << ": " << widgets::mechanismTitle(m.mechanism) << "\n";
    out << "  " << shapeLine(m) << "\n";
    if (!m.source.empty())
        out << "  source: " << qs(m.source) << "\n";
    if (!m.notes.empty())
        out << "  note: " << qs(m.notes) << "\n";
    for (const std::string &d : m.defaults)
        out << "  defaulted: " << qs(d) << "\n";
    out << "\n";
    if (!f.decodeCache) {
        out << "KV cache: none. " << noDecodeCacheSentence(m) << "\n";
        return;
    }
    Table t;
    t.add(QStringLiteral("per token and layer"),
          QStringLiteral("%1 = %2 = %3 elements")
              .arg(perLayerFormula(m.mechanism), perLayerNumbers(m), grouped(f.elementsPerTokenPerLayer)));
    t.add(m.isUniform() ? QStringLiteral("per token, all layers")
                        : QStringLiteral("per token, the %1 layers with a cache").arg(f.cachingLayers),
          QStringLiteral("%1 = %2 = %3 elements")
              .arg(qs(core::formulaSymbols(m.mechanism)), qs(core::formulaNumbers(m)), grouped(f.elementsPerToken)));
    t.add(QStringLiteral("bytes per token at %1 bits").arg(qs(r.bits.text())),
          QStringLiteral("%1 B (%2)").arg(grouped(f.bytesPerToken), humanBytes(f.bytesPerToken)));
    if (!m.isUniform() || m.crossLayers > 0) {
        for (const auto &[what, figure] : shareRows(f, r))
            t.add(QStringLiteral("  ") + what, figure);
    }
    t.add(m.crossLayers > 0 ? QStringLiteral("context %1 x batch %2, source %3 tokens")
                                  .arg(grouped(r.context), grouped(r.batch), grouped(f.sourceTokens))
                            : QStringLiteral("context %1 x batch %2").arg(grouped(r.context), grouped(r.batch)),
          QStringLiteral("%1 B (%2)").arg(grouped(f.totalBytes), humanBytes(f.totalBytes)));
    if (m.mechanism == Mechanism::Mla) {
        t.add(QStringLiteral("decompressed K and V instead"),
              QStringLiteral("n_h (d_h + d_h^R) + n_h d_v = %1 elements per token and layer, %2 per token (%3x)")
                  .arg(grouped(f.decompressedElementsPerTokenPerLayer), grouped(f.decompressedElementsPerToken))
                  .arg(double(f.decompressedElementsPerToken) / double(f.elementsPerToken), 0, 'f', 1));
        t.add(QStringLiteral("equivalent GQA groups"),
              QStringLiteral("(d_c + d_h^R) / (2 d_h) = %1 / %2 = %3")
                  .arg(f.elementsPerTokenPerLayer)
                  .arg(2 * m.dHead)
                  .arg(f.equivalentGqaGroups, 0, 'g', 4));
    }
    if (m.crossLayers > 0)
        t.add(QStringLiteral("cross-attention, per source token"),
              QStringLiteral("%1 = %2 elements, %3 B (part of the total above)")
                  .arg(QStringLiteral("2 n_h d_h l_dec"), grouped(f.crossElementsPerSourceToken),
                       grouped(f.crossBytesPerSourceToken)));
    t.add(QStringLiteral("attention projection parameters"),
          QStringLiteral("%1 per layer, %2 in all")
              .arg(grouped(f.attentionParametersPerLayer), grouped(f.attentionParameters)));
    if (alternative)
        t.add(QStringLiteral("the other reading"),
              QStringLiteral("%1 B (%2): %3")
                  .arg(grouped(alternative->totalBytes), humanBytes(alternative->totalBytes), qs(m.alternativeNote)));
    out << "KV cache\n";
    t.print(out);
}

// The model read the other way a runtime may read it (see ModelShape::alternativeLayerKinds).
ModelShape alternativeOf(const ModelShape &m)
{
    ModelShape other = m;
    other.layerKinds = m.alternativeLayerKinds;
    other.alternativeLayerKinds.clear();
    return other;
}

core::Footprint footprintOf(const ModelShape &m, const core::FootprintRequest &r)
{
    return core::computeFootprint(m, r);
}

} // namespace

std::optional<std::int64_t> parseGib(const QString &text)
{
    bool ok = false;
    const double gib = text.toDouble(&ok);
    if (!ok || !std::isfinite(gib) || gib <= 0.0)
        return std::nullopt;
    const double bytes = std::floor(gib * 1073741824.0);
    if (bytes < 1.0 || bytes >= 9.2e18)
        return std::nullopt;
    return static_cast<std::int64_t>(bytes);
}

FootprintParse parseFootprintArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    const QCommandLineOption model("model", "A preset model (see --list-models).", "ID");
    const QCommandLineOption config("config", "A Hugging Face config.json (or an AttnScope preset file).", "FILE");
    const QCommandLineOption mechanism("mechanism", "A shape from flags: mha, gqa, mqa or mla.", "M");
    const QCommandLineOption layers("layers", "With --mechanism: layers. Default 1.", "N");
    const QCommandLineOption context("context", "Tokens per sequence. Default 4096.", "N");
    const QCommandLineOption batch("batch", "Sequences. Default 1.", "N");
    const QCommandLineOption sourceTokens(
        "source-tokens", "Encoder-decoder models: source tokens per sequence. Default: the context.", "N");
    const QCommandLineOption kvBits("kv-bits", "Bits per cached element: 16, 8, 6, 4.5 ... Default 16.", "B");
    const QCommandLineOption compare("compare", "Compare with a preset or a config file.", "ID|FILE");
    const QCommandLineOption compareBits("compare-bits", "Bits per element of the compared model. Default 16.", "B");
    const QCommandLineOption budget("budget-gib", "Largest context whose cache fits in X GiB.", "X");
    const QCommandLineOption formula("formula", "Print the four KV-cache formulas of DeepSeek-V2, Table 1.");
    const QCommandLineOption list("list-models", "List the preset models.");
    const QCommandLineOption json("json", "Print JSON.");
    const QCommandLineOption csv("csv", "Print CSV.");
    for (const auto *o : {&help, &model, &config, &mechanism, &layers, &context, &batch, &sourceTokens, &kvBits, &compare,
                          &compareBits, &budget, &formula, &list, &json, &csv})
        parser.addOption(*o);
    const PlanFlags planFlags;
    planFlags.addTo(parser);
    // The shape flags of `attnscope compute`.
    const std::vector<IntegerFlag> shapeFlags = shapeIntegerFlags();
    std::vector<QCommandLineOption> shapeOptions;
    for (const auto &f : shapeFlags) {
        shapeOptions.emplace_back(f.name, f.help, QStringLiteral("N"));
        parser.addOption(shapeOptions.back());
    }

    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0, QStringLiteral("attnscope")));
    if (!parser.parse(rest))
        return parser.errorText();
    if (parser.isSet(help))
        return FootprintHelp{
            QStringLiteral("Usage: attnscope footprint (--model ID | --config FILE | --mechanism M [shape flags] "
                           "--layers N)\n"
                           "         [--context N] [--batch N] [--source-tokens N] [--kv-bits B] [--compare ID|FILE] "
                           "[--compare-bits B]\n"
                           "         [--budget-gib X] [--gpu-gib X [--gpus N] [--reserve-gib X] [--weight-bits B] [--block-size N]\n"
                           "         [--weight-scale-group N] [--kv-scale-group N] [--dp-attention]]\n"
                           "         [--formula] [--list-models] [--json | --csv]\n"
                           "KV-cache footprint of a model: elements and bytes per token, per layer and in all,\n"
                           "with the formula used. Exit codes: 0 success, 2 bad flags, values or files.\n")
            + parser.helpText().section(QLatin1Char('\n'), 2)};
    if (!parser.positionalArguments().isEmpty())
        return QStringLiteral("unexpected argument '%1'; every value follows its --flag.")
            .arg(parser.positionalArguments().constFirst());
    if (const QString repeated = repeatedOption(parser); !repeated.isEmpty())
        return QStringLiteral("--%1 is given more than once; give it once.").arg(repeated);

    FootprintOptions o;
    o.formula = parser.isSet(formula);
    o.listModels = parser.isSet(list);
    if (parser.isSet(json) && parser.isSet(csv))
        return QStringLiteral("--json and --csv: choose one output format.");
    o.format = parser.isSet(json) ? OutputFormat::Json : parser.isSet(csv) ? OutputFormat::Csv : OutputFormat::Text;

    const int sources = int(parser.isSet(model)) + int(parser.isSet(config)) + int(parser.isSet(mechanism));
    if (sources > 1)
        return QStringLiteral("--model, --config and --mechanism each name the model: give only one.");
    if (sources == 0 && !o.listModels && !o.formula)
        return QStringLiteral("name a model: --model ID (see --list-models), --config FILE, or --mechanism M with "
                              "the shape flags and --layers N.");

    auto integer = [&](const QCommandLineOption &opt, const char *name, std::int64_t *value) -> QString {
        if (!parser.isSet(opt))
            return {};
        return parseInteger(QString::fromLatin1(name), parser.value(opt), value);
    };
    if (const QString e = integer(context, "context", &o.request.context); !e.isEmpty())
        return e;
    if (o.request.context < 1)
        return QStringLiteral("--context %1: the context must be at least 1 token.").arg(o.request.context);
    if (const QString e = integer(batch, "batch", &o.request.batch); !e.isEmpty())
        return e;
    if (o.request.batch < 1)
        return QStringLiteral("--batch %1: the batch must be at least 1 sequence.").arg(o.request.batch);
    if (parser.isSet(sourceTokens)) {
        std::int64_t n = 0;
        if (const QString e = integer(sourceTokens, "source-tokens", &n); !e.isEmpty())
            return e;
        if (n < 1)
            return QStringLiteral("--source-tokens %1: an encoder-decoder model reads at least 1 source token.").arg(n);
        o.request.sourceTokens = n;
    }
    auto bits = [&](const QCommandLineOption &opt, const char *name, core::KvBits *value) -> QString {
        if (!parser.isSet(opt))
            return {};
        std::string rule;
        const auto parsed = core::KvBits::parse(parser.value(opt).toStdString(), &rule);
        if (!parsed)
            return QStringLiteral("--%1 '%2': %3").arg(QLatin1String(name), parser.value(opt), qs(rule));
        *value = *parsed;
        return {};
    };
    if (const QString e = bits(kvBits, "kv-bits", &o.request.bits); !e.isEmpty())
        return e;
    if (const QString e = planFlags.read(parser, o.request, &o.plan); !e.isEmpty())
        return e;
    if (parser.isSet(compareBits) && !parser.isSet(compare))
        return QStringLiteral("--compare-bits applies to the model given with --compare; add --compare ID|FILE.");
    if (const QString e = bits(compareBits, "compare-bits", &o.compareBits); !e.isEmpty())
        return e;
    if (parser.isSet(budget)) {
        o.budgetBytes = parseGib(parser.value(budget));
        if (!o.budgetBytes)
            return QStringLiteral("--budget-gib '%1': not a size in GiB greater than 0 (such as 80 or 0.5).")
                .arg(parser.value(budget));
        o.budgetGib = parser.value(budget).toDouble();
    }

    // Shape flags belong to --mechanism.
    const bool fromFlags = parser.isSet(mechanism);
    for (std::size_t i = 0; i < shapeFlags.size(); ++i)
        if (!fromFlags && parser.isSet(shapeOptions[i]))
            return QStringLiteral("--%1 describes a shape given with --mechanism; a preset or config file has "
                                  "its own.")
                .arg(shapeFlags[i].name);
    if (!fromFlags && parser.isSet(layers))
        return QStringLiteral("--layers describes a shape given with --mechanism; a preset or config file has its "
                              "own.");

    QString error;
    if (parser.isSet(model)) {
        const QString id = parser.value(model);
        o.model = io::presetModel(id, &error);
        if (!o.model)
            return error;
    } else if (parser.isSet(config)) {
        o.model = io::readModelFile(parser.value(config), &error);
        if (!o.model)
            return QStringLiteral("--config %1").arg(error);
    } else if (fromFlags) {
        core::Request request;
        const auto m = core::mechanismFromId(parser.value(mechanism).toStdString());
        if (!m || *m == Mechanism::Bahdanau)
            return QStringLiteral("--mechanism '%1': choose mha, gqa, mqa, mla or sdpa; bahdanau keeps no KV cache.")
                .arg(parser.value(mechanism));
        request.mechanism = *m;
        for (std::size_t i = 0; i < shapeFlags.size(); ++i) {
            if (!parser.isSet(shapeOptions[i]))
                continue;
            std::int64_t value = 0;
            if (const QString e = parseInteger(shapeFlags[i].name, parser.value(shapeOptions[i]), &value); !e.isEmpty())
                return e;
            request.*(shapeFlags[i].field) = value;
        }
        std::int64_t layerCount = 1;
        if (const QString e = integer(layers, "layers", &layerCount); !e.isEmpty())
            return e;
        if (layerCount < 1)
            return QStringLiteral("--layers %1: a model has at least 1 layer.").arg(layerCount);
        // The footprint allocates nothing, so compute's memory cap does not apply.
        const auto errors = core::validate(request, core::kNoMemoryCap);
        if (!errors.empty())
            return qs(errors.front().message);
        ModelShape shape = core::modelShapeOf(core::resolve(request), layerCount);
        shape.name = QStringLiteral("%1 from flags").arg(widgets::mechanismTitle(shape.mechanism)).toStdString();
        o.model = shape;
    }

    if (parser.isSet(compare)) {
        const QString what = parser.value(compare);
        if (io::presetIds().contains(what)) {
            o.compare = io::presetModel(what, &error);
        } else if (QFileInfo(what).isFile()) {
            o.compare = io::readModelFile(what, &error);
            if (!o.compare)
                error = QStringLiteral("--compare %1").arg(error);
        } else {
            error = QStringLiteral("--compare '%1': neither a preset (see --list-models) nor a file.").arg(what);
        }
        if (!o.compare)
            return error;
        if (!o.model)
            return QStringLiteral("--compare needs a model to compare: add --model, --config or --mechanism.");
    }
    if (o.budgetBytes && !o.model)
        return QStringLiteral("--budget-gib needs a model: add --model, --config or --mechanism.");
    if (o.plan && !o.model)
        return QStringLiteral("--gpu-gib needs a model: add --model, --config or --mechanism.");
    if (o.plan && o.model->weights.vocab < 1)
        return QStringLiteral("--gpu-gib %1: the memory plan counts the weights from a config.json (vocab_size, "
                              "intermediate_size, experts), and %2 gives no vocab_size; use --config with the "
                              "model's config.json.")
            .arg(parser.value(QStringLiteral("gpu-gib")), qs(o.model->name));
    if (o.plan) {
        if (const std::string problem = core::validatePlan(*o.model, *o.plan); !problem.empty())
            return qs(problem);
    }
    if (o.request.sourceTokens && o.model && o.model->crossLayers == 0)
        return QStringLiteral("--source-tokens %1: %2 has no cross-attention; source tokens apply to encoder-decoder "
                              "models such as T5.")
            .arg(*o.request.sourceTokens)
            .arg(qs(o.model->name));
    return o;
}

int runFootprint(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const FootprintParse parsed = parseFootprintArguments(arguments);
    if (const auto *message = std::get_if<QString>(&parsed)) {
        err << "attnscope footprint: " << *message << "\n";
        return ExitUsage;
    }
    if (const auto *help = std::get_if<FootprintHelp>(&parsed)) {
        out << help->text;
        return ExitOk;
    }
    const auto &o = std::get<FootprintOptions>(parsed);

    // Compute everything first: an overflow is reported before any output.
    std::optional<core::Footprint> ours;
    std::optional<core::Footprint> theirs;
    std::optional<core::Footprint> alternative;
    std::optional<core::MemoryPlan> plan;
    core::FootprintRequest theirRequest = o.request;
    theirRequest.bits = o.compareBits;
    std::optional<std::int64_t> maxContext;
    std::vector<std::pair<ModelShape, core::Footprint>> listed;
    try {
        if (o.model)
            ours = footprintOf(*o.model, o.request);
        if (o.plan)
            plan = core::planMemory(*o.model, *o.plan);
        if (o.model && !o.model->alternativeLayerKinds.empty())
            alternative = footprintOf(alternativeOf(*o.model), o.request);
        if (o.compare)
            theirs = footprintOf(*o.compare, theirRequest);
        if (o.budgetBytes)
            maxContext = core::maxContextForBudget(*o.model, o.request, *o.budgetBytes);
        if (o.listModels) {
            core::FootprintRequest perToken;
            perToken.context = 1;
            for (const auto &m : io::presetModels())
                listed.emplace_back(m, footprintOf(m, perToken));
        }
    } catch (const std::exception &e) {
        err << "attnscope footprint: " << QString::fromUtf8(e.what()) << "\n";
        return ExitUsage;
    }
    const double reduction = ours && theirs ? core::reductionPercent(ours->totalBytes, theirs->totalBytes) : 0.0;

    if (o.format == OutputFormat::Json) {
        QJsonDocument doc;
        if (o.listModels && !o.model) {
            QJsonArray models;
            for (const auto &[m, f] : listed) {
                QJsonObject row = modelJson(m);
                row.insert("elements_per_token", qint64(f.elementsPerToken));
                row.insert("bytes_per_token_16bit", qint64(f.bytesPerToken));
                row.insert("formula", qs(core::formulaSymbols(m.mechanism)));
                models.append(row);
            }
            doc = QJsonDocument(models);
        } else {
            QJsonObject root = o.model ? footprintJson(*o.model, *ours, o.request) : QJsonObject{};
            if (alternative) {
                QJsonObject other = footprintJson(alternativeOf(*o.model), *alternative, o.request);
                other.insert("note", qs(o.model->alternativeNote));
                root.insert("alternative", other);
            }
            if (theirs) {
                root.insert("compare", footprintJson(*o.compare, *theirs, theirRequest));
                root.insert("reduction_percent", reduction);
            }
            if (maxContext && ours->decodeCache) {
                root.insert("budget_bytes", qint64(*o.budgetBytes));
                // null: any context fits (every layer with a cache has a window).
                root.insert("max_context",
                            *maxContext == core::kUnbounded ? QJsonValue() : QJsonValue(qint64(*maxContext)));
            }
            if (plan)
                root.insert("plan", planJson(*plan, *o.plan));
            if (o.formula)
                root.insert("formulas", formulasJson());
            doc = QJsonDocument(root);
        }
        out << doc.toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    if (o.format == OutputFormat::Csv) {
        out << csvColumns().join(QLatin1Char(',')) << "\n";
        if (o.model)
            out << csvRow(QStringLiteral("model"), *o.model, *ours, o.request,
                          theirs ? QString::number(reduction, 'f', 2) : QString(),
                          maxContext && *maxContext != core::kUnbounded ? QString::number(*maxContext) : QString(),
                          plan ? &*plan : nullptr, o.plan ? &*o.plan : nullptr)
                << "\n";
        if (theirs)
            out << csvRow(QStringLiteral("compare"), *o.compare, *theirs, theirRequest, QString(), QString()) << "\n";
        if (o.listModels && !o.model) {
            core::FootprintRequest perToken;
            perToken.context = 1;
            for (const auto &[m, f] : listed)
                out << csvRow(QStringLiteral("preset"), m, f, perToken, QString(), QString()) << "\n";
        }
        return ExitOk;
    }

    if (o.formula)
        out << formulasText() << (o.model || o.listModels ? "\n" : "");
    if (o.listModels && !o.model) {
        out << "Preset models (KV cache per token at 16 bits; attnscope footprint --model ID for details):\n";
        int idWidth = 2;
        for (const auto &[m, f] : listed)
            idWidth = std::max(idWidth, int(m.id.size()));
        for (const auto &[m, f] : listed) {
            out << "  " << qs(m.id).leftJustified(idWidth + 2) << widgets::mechanismAcronym(m.mechanism).leftJustified(5);
            if (f.decodeCache)
                out << qs(core::formulaNumbers(m)).leftJustified(24)
                    << (grouped(f.elementsPerToken) + " elements").rightJustified(20)
                    << humanBytes(f.bytesPerToken).rightJustified(12);
            else
                out << QStringLiteral("encoder-only: no decode cache").leftJustified(56);
            // Windows, cache-less and shared layers: the per-token figure is not the whole story.
            const QString kinds = layerKindsLine(m);
            out << "   " << qs(m.name) << (kinds.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kinds)) << "\n";
        }
        return ExitOk;
    }
    if (!o.model)
        return ExitOk;
    printModel(*o.model, *ours, o.request, alternative, out);
    if (plan)
        printPlan(*o.model, *plan, *o.plan, out);
    if (theirs) {
        out << "\nCompared with " << modelTitle(*o.compare) << ", " << widgets::mechanismTitle(o.compare->mechanism)
            << ", at " << qs(theirRequest.bits.text()) << " bits:\n";
        Table t;
        t.add(QStringLiteral("per token, all layers"),
              QStringLiteral("%1 = %2 = %3 elements, %4 B")
                  .arg(qs(core::formulaSymbols(o.compare->mechanism)), qs(core::formulaNumbers(*o.compare)),
                       grouped(theirs->elementsPerToken), grouped(theirs->bytesPerToken)));
        t.add(QStringLiteral("context %1 x batch %2").arg(grouped(o.request.context), grouped(o.request.batch)),
              QStringLiteral("%1 B (%2)").arg(grouped(theirs->totalBytes), humanBytes(theirs->totalBytes)));
        t.add(QStringLiteral("reduction"),
              QStringLiteral("%1% = 100 x (1 - %2 / %3 bytes)")
                  .arg(reduction, 0, 'f', 1)
                  .arg(grouped(ours->totalBytes), grouped(theirs->totalBytes)));
        t.print(out);
    }
    if (maxContext && ours->decodeCache) {
        out << "\nBudget " << o.budgetGib << " GiB at batch " << o.request.batch << ", " << qs(o.request.bits.text())
            << " bits: ";
        if (*maxContext == 0)
            out << "not even one token of context fits.\n";
        else if (*maxContext == core::kUnbounded)
            out << "any context fits: every layer with a cache has a window, so the cache stops growing.\n";
        else
            out << "at most " << grouped(*maxContext) << " tokens of context per sequence.\n";
    }
    return ExitOk;
}

} // namespace attnscope::cli
