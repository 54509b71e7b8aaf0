// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/runcommand.h"

#include "cli/commandline.h"
#include "cli/runprompt.h"
#include "cli/runtranslator.h"
#include "core/footprint/footprint.h"
#include "core/support/checkedmath.h"
#include "model/architecture.h"
#include "model/weightstore.h"
#include "widgets/common/labels.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>

namespace attnscope::cli {

namespace {

constexpr char kUsage[] =
    "Usage: attnscope run --inspect DIR [--json]\n"
    "       attnscope run --model DIR --prompt TEXT [--generate N] [--temperature T --top-k K --top-p P\n"
    "                     --seed S] [--layers L] [--capture-mib M] [--json] [--dump FILE]\n"
    "\n"
    "--inspect loads a Hugging Face model folder (config.json and model.safetensors, or the shards\n"
    "that model.safetensors.index.json lists) and describes it: model type and family, attention\n"
    "kind, sizes, RoPE and its scaling, mixture of experts, the parameters counted from the weights,\n"
    "the weights' dtypes and bytes, and the KV cache per token at 16 bits (the formula of `attnscope\n"
    "footprint`). Every weight is checked by name and shape before anything is printed.\n"
    "\n"
    "--model runs text through the model (on the CPU, at fp32): DIR/tokenizer.json turns --prompt into\n"
    "tokens (with the special tokens of its post-processor), the prompt runs once, and AttnScope prints\n"
    "the prompt's tokens, the 5 most probable next tokens, then --generate tokens (greedy, or sampled\n"
    "with --temperature, --top-k, --top-p and --seed), each with the KV cache the model holds at the\n"
    "checkpoint's dtype beside core's footprint formula for as many tokens, and the generated text.\n"
    "--json prints one JSON object; with --layers it also holds those layers' attention weights\n"
    "[heads, T, T] for the prompt.\n"
    "--dump FILE writes the run as JSON (\"attnscope-run/1\", docs/dump-format.md): the model's sizes,\n"
    "the prompt's token ids and strings, for every layer (or the --layers) its attention weights\n"
    "[heads, T, T] and its input [T, hidden] (the normalised hidden state entering attention), the\n"
    "generated tokens, and the KV cache bytes after the prompt and after each generated token fed\n"
    "back, beside core's footprint formula. A recording (4 bytes a weight and an input) over\n"
    "--capture-mib (default 256) is refused before the model runs: name fewer --layers, or raise it.\n"
    "\n"
    "Reads: gpt2, llama, mistral, qwen2, qwen3, gpt_bigcode, deepseek_v2, deepseek_v3 (--inspect);\n"
    "runs all of them (DeepSeek: MLA with a latent KV cache and mixture-of-experts layers).\n"
    "A Bahdanau translator folder (model_type attnscope_bahdanau, such as the shipped\n"
    "resources/models/bahdanau-dates) is read too: --inspect gives its sizes and vocabularies, and\n"
    "--model DIR --prompt \"tuesday 5 december 2026\" prints the source words, the translation and the\n"
    "alignment matrix (with --json: source, output, text, weights); the language-model flags do not apply.\n"
    "Exit codes: 0 done, 1 the folder or model was refused (one sentence on stderr), 2 bad flags.\n"
    "\n";

constexpr std::int64_t kMaxGenerate = 4096;
constexpr std::int64_t kMaxSeed = (std::int64_t(1) << 53) - 1;

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString grouped(std::int64_t v)
{
    return widgets::groupedNumber(v, QLocale::c());
}

QString bytesText(std::int64_t bytes)
{
    return widgets::binaryBytes(bytes, QLocale::c());
}

QString num(double v)
{
    return QString::number(v, 'g', 6);
}

// What the weights hold, or nothing when the folder has no weight files.
struct WeightSummary
{
    bool present = false;
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;
    int files = 0;
    std::map<QString, std::int64_t> tensorsByDtype; // "BF16" -> tensors
};

struct Inspection
{
    model::ModelConfig config;
    core::ModelShape shape;
    core::Footprint kv;        // one token, one sequence, 16 bits
    core::Footprint kvAtLimit; // max_position_embeddings tokens
    std::int64_t kvBytesPerTokenPerLayer = 0;
    std::int64_t expectedParameters = 0;
    WeightSummary weights;
};

Inspection inspect(const std::filesystem::path &folder)
{
    Inspection r;
    r.config = model::readModelConfig(folder);
    core::CheckedSum sum;
    for (const model::ExpectedTensor &t : model::expectedTensors(r.config)) {
        std::optional<std::int64_t> n = 1;
        for (const std::int64_t d : t.shape)
            n = n ? core::checkedMul(*n, d) : std::nullopt;
        sum.add(n);
    }
    if (!sum.value())
        throw model::ModelError(r.config.file.string() + ": the parameter count does not fit in 64 bits.");
    r.expectedParameters = *sum.value();

    std::error_code ec;
    if (std::filesystem::exists(folder / model::WeightStore::SingleFileName, ec)
        || std::filesystem::exists(folder / model::WeightStore::IndexFileName, ec)) {
        const model::WeightStore store(folder);
        r.weights.present = true;
        r.weights.parameters = model::checkWeights(r.config, store);
        r.weights.bytes = store.totalBytes();
        r.weights.files = int(store.files().size());
        for (const model::SafetensorsFile &f : store.files())
            for (const model::TensorInfo &t : f.tensors())
                ++r.weights.tensorsByDtype[qs(model::safetensorsDtypeName(t.dtype))];
    }

    r.shape = model::modelShapeOf(r.config);
    core::FootprintRequest one;
    one.context = 1;
    try {
        r.kv = core::computeFootprint(r.shape, one);
        r.kvBytesPerTokenPerLayer = core::bytesFor(r.kv.elementsPerTokenPerLayer, one.bits, "KV cache per layer");
        core::FootprintRequest limit = one;
        limit.context = r.config.maxPositionEmbeddings;
        r.kvAtLimit = core::computeFootprint(r.shape, limit);
    } catch (const std::exception &e) {
        throw model::ModelError(r.config.file.string() + ": the KV cache cannot be sized (" + e.what() + ").");
    }
    return r;
}

QString attentionKind(const model::ModelConfig &c)
{
    if (c.mla) {
        return QStringLiteral("MLA (%1 heads; KV latent d_c %2; query latent %3; qk_nope %4 + qk_rope %5; v_head %6)")
            .arg(c.heads)
            .arg(c.mla->kvLoraRank)
            .arg(c.mla->qLoraRank > 0 ? QStringLiteral("d_c' %1").arg(c.mla->qLoraRank) : QStringLiteral("none"))
            .arg(c.mla->qkNopeHeadDim)
            .arg(c.mla->qkRopeHeadDim)
            .arg(c.mla->vHeadDim);
    }
    const QString kind =
        c.kvHeads == c.heads ? QStringLiteral("MHA") : (c.kvHeads == 1 ? QStringLiteral("MQA") : QStringLiteral("GQA"));
    return QStringLiteral("%1 (%2 query heads, %3 KV heads, head width %4)")
        .arg(kind)
        .arg(c.heads)
        .arg(c.kvHeads)
        .arg(c.headDim);
}

QString positionsText(const model::ModelConfig &c)
{
    if (!c.usesRope)
        return QStringLiteral("learned position embeddings (wpe)");
    QString text = QStringLiteral("RoPE, theta %1").arg(num(c.ropeTheta));
    const model::RopeScalingConfig &s = c.ropeScaling;
    if (s.type == model::RopeScaling::Llama3) {
        text += QStringLiteral("; scaling llama3 (factor %1, low_freq_factor %2, high_freq_factor %3, original %4)")
                    .arg(num(s.factor), num(s.lowFreqFactor), num(s.highFreqFactor))
                    .arg(s.originalMaxPositionEmbeddings);
    } else if (s.type == model::RopeScaling::Yarn) {
        text += QStringLiteral("; scaling yarn (factor %1, original %2, beta_fast %3, beta_slow %4, mscale %5, "
                               "mscale_all_dim %6)")
                    .arg(num(s.factor))
                    .arg(s.originalMaxPositionEmbeddings)
                    .arg(num(s.betaFast), num(s.betaSlow), num(s.mscale), num(s.mscaleAllDim));
    } else {
        text += QStringLiteral("; no scaling");
    }
    return text;
}

// "none", or each window and the layers that use it, e.g. "4096 tokens in layers 20-23".
QString windowsText(const model::ModelConfig &c)
{
    QStringList parts;
    std::size_t i = 0;
    const std::vector<std::int64_t> &w = c.layerWindows;
    while (i < w.size()) {
        std::size_t j = i;
        while (j + 1 < w.size() && w[j + 1] == w[i])
            ++j;
        if (w[i] > 0)
            parts << (i == j ? QStringLiteral("%1 tokens in layer %2").arg(w[i]).arg(i)
                             : QStringLiteral("%1 tokens in layers %2-%3").arg(w[i]).arg(i).arg(j));
        i = j + 1;
    }
    if (parts.isEmpty())
        return QStringLiteral("none (every layer attends to every earlier token)");
    const bool everyLayer = std::find(w.begin(), w.end(), 0) == w.end();
    return parts.join(QStringLiteral(", ")) + (everyLayer ? QString() : QStringLiteral("; full attention elsewhere"))
        + QStringLiteral(". The cache keeps every token (as transformers' DynamicCache "
                         "does), and the KV-cache figures below count every token.");
}

QString moeText(const model::ModelConfig &c)
{
    if (!c.moe)
        return QStringLiteral("none (dense MLP, width %1)").arg(c.intermediateSize);
    const model::MoeConfig &e = *c.moe;
    std::int64_t moeLayers = 0;
    for (std::int64_t i = 0; i < c.layers; ++i)
        moeLayers += c.isMoeLayer(i) ? 1 : 0;
    QString text = QStringLiteral("%1 routed experts (%2 per token, width %3), %4 shared; %5 of %6 layers "
                                  "(the first %7 dense, width %8); %9 scoring, %10 top-k")
                       .arg(e.routedExperts)
                       .arg(e.expertsPerToken)
                       .arg(e.intermediateSize)
                       .arg(e.sharedExperts)
                       .arg(moeLayers)
                       .arg(c.layers)
                       .arg(e.firstDenseLayers)
                       .arg(c.intermediateSize)
                       .arg(qs(e.scoringFunc), qs(e.topkMethod));
    if (e.topkMethod != "greedy")
        text += QStringLiteral(" (%1 groups, %2 chosen)").arg(e.nGroup).arg(e.topkGroup);
    return text
        + QStringLiteral("; norm_topk_prob %1, routed_scaling_factor %2")
              .arg(e.normTopkProb ? QStringLiteral("true") : QStringLiteral("false"), num(e.routedScalingFactor));
}

QString dtypesText(const WeightSummary &w)
{
    QStringList parts;
    for (const auto &[dtype, count] : w.tensorsByDtype)
        parts << QStringLiteral("%1 tensors %2").arg(count).arg(dtype);
    return parts.join(QStringLiteral(", "));
}

QStringList willLines(const Inspection &r)
{
    return {
        r.weights.present
            ? QStringLiteral(
                "AttnScope will: read this config.json, check every weight by name and shape, and size the "
                "KV cache with `attnscope footprint`'s formula (done above).")
            : QStringLiteral("AttnScope will: read this config.json and size the KV cache with `attnscope footprint`'s "
                             "formula (done above); with weights in the folder it checks each by name and shape."),
        r.config.mla ? QStringLiteral("AttnScope will: run text through the model with Multi-head Latent Attention "
                                      "(a latent cache of c_KV and k_pe, W_UK absorbed into the query) and its "
                                      "experts (attnscope run --model DIR --prompt TEXT).")
                     : QStringLiteral("AttnScope will: run text through the model with core's grouped-query "
                                      "attention (attnscope run --model DIR --prompt TEXT)."),
        QStringLiteral("AttnScope will not: run custom code (auto_map with an unknown model_type), read quantized "
                       "weights, or read dtypes other than F32, F16 and BF16."),
    };
}

void printText(const Inspection &r, const QString &folder, QTextStream &out)
{
    const model::ModelConfig &c = r.config;
    out << "Model folder: " << folder << "\n";
    out << "Model type: " << qs(c.modelType) << " (family " << qs(model::familyName(c.family)) << ")\n";
    out << "Attention: " << attentionKind(c) << "\n";
    out << "Layers: " << c.layers << "\n";
    out << "Widths: hidden " << c.hiddenSize << ", intermediate " << c.intermediateSize << ", activation "
        << qs(c.activation) << ", norm eps " << num(c.normEps) << "\n";
    out << "Vocabulary: " << grouped(c.vocabSize)
        << " tokens; embeddings tied to lm_head: " << (c.tieWordEmbeddings ? "yes" : "no") << "\n";
    out << "Position limit: " << grouped(c.maxPositionEmbeddings) << " tokens\n";
    out << "Positions: " << positionsText(c) << "\n";
    out << "Sliding window: " << windowsText(c) << "\n";
    out << "Mixture of experts: " << moeText(c) << "\n";
    if (r.weights.present) {
        out << "Parameters: " << grouped(r.weights.parameters) << " (counted from the weights)\n";
        out << "Weights: " << bytesText(r.weights.bytes) << " (" << grouped(r.weights.bytes) << " bytes) in "
            << r.weights.files << (r.weights.files == 1 ? " file" : " files") << "; " << dtypesText(r.weights) << "\n";
    } else {
        out << "Parameters: " << grouped(r.expectedParameters) << " (from config.json; the folder has no weights)\n";
        out << "Weights: none (neither model.safetensors nor model.safetensors.index.json)\n";
    }
    out << "KV cache per token at 16 bits: " << grouped(r.kv.elementsPerTokenPerLayer)
        << " elements = " << bytesText(r.kvBytesPerTokenPerLayer) << " per layer; " << grouped(r.kv.elementsPerToken)
        << " elements = " << bytesText(r.kv.bytesPerToken) << " for all " << c.layers << " layers ("
        << qs(core::formulaNumbers(r.shape)) << ")\n";
    out << "KV cache at the position limit: " << bytesText(r.kvAtLimit.totalBytes) << " per sequence of "
        << grouped(c.maxPositionEmbeddings) << " tokens\n";
    for (const QString &line : willLines(r))
        out << line << "\n";
}

void printJson(const Inspection &r, const QString &folder, QTextStream &out)
{
    const model::ModelConfig &c = r.config;
    QJsonObject o;
    o.insert("folder", folder);
    o.insert("model_type", qs(c.modelType));
    o.insert("family", qs(model::familyName(c.family)));
    o.insert("attention", qs(core::mechanismId(r.shape.mechanism)));
    o.insert("layers", qint64(c.layers));
    o.insert("hidden_size", qint64(c.hiddenSize));
    o.insert("intermediate_size", qint64(c.intermediateSize));
    o.insert("heads", qint64(c.heads));
    o.insert("kv_heads", qint64(c.kvHeads));
    o.insert("head_dim", qint64(c.headDim));
    o.insert("vocab_size", qint64(c.vocabSize));
    o.insert("max_position_embeddings", qint64(c.maxPositionEmbeddings));
    o.insert("rope", c.usesRope);
    if (c.usesRope) {
        o.insert("rope_theta", c.ropeTheta);
        o.insert("rope_scaling", qs(model::ropeScalingName(c.ropeScaling.type)));
    }
    o.insert("tie_word_embeddings", c.tieWordEmbeddings);
    QJsonArray windows; // per layer; 0: full attention
    for (std::int64_t w : c.layerWindows)
        windows.append(qint64(w));
    o.insert("sliding_windows", windows);
    if (c.mla) {
        o.insert("mla",
                 QJsonObject{{"q_lora_rank", qint64(c.mla->qLoraRank)},
                             {"kv_lora_rank", qint64(c.mla->kvLoraRank)},
                             {"qk_nope_head_dim", qint64(c.mla->qkNopeHeadDim)},
                             {"qk_rope_head_dim", qint64(c.mla->qkRopeHeadDim)},
                             {"v_head_dim", qint64(c.mla->vHeadDim)}});
    }
    if (c.moe) {
        o.insert("moe",
                 QJsonObject{{"n_routed_experts", qint64(c.moe->routedExperts)},
                             {"n_shared_experts", qint64(c.moe->sharedExperts)},
                             {"num_experts_per_tok", qint64(c.moe->expertsPerToken)},
                             {"moe_intermediate_size", qint64(c.moe->intermediateSize)},
                             {"scoring_func", qs(c.moe->scoringFunc)},
                             {"topk_method", qs(c.moe->topkMethod)}});
    }
    o.insert("weights_present", r.weights.present);
    o.insert("parameters", qint64(r.weights.present ? r.weights.parameters : r.expectedParameters));
    o.insert("weight_bytes", qint64(r.weights.bytes));
    QJsonObject dtypes;
    for (const auto &[dtype, count] : r.weights.tensorsByDtype)
        dtypes.insert(dtype, qint64(count));
    o.insert("weight_dtypes", dtypes);
    o.insert("kv_elements_per_token_per_layer", qint64(r.kv.elementsPerTokenPerLayer));
    o.insert("kv_bytes_per_token_per_layer", qint64(r.kvBytesPerTokenPerLayer));
    o.insert("kv_elements_per_token", qint64(r.kv.elementsPerToken));
    o.insert("kv_bytes_per_token", qint64(r.kv.bytesPerToken));
    o.insert("kv_bits", 16);
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// "0,2-3" -> 0, 2, 3 (ascending, once each); "" on success, else the error sentence.
QString parseLayers(const QString &text, std::vector<std::int64_t> *layers)
{
    const QString bad =
        QStringLiteral("--layers '%1': give layer numbers 0 or more as a comma list or ranges, e.g. 0,2-3.").arg(text);
    std::vector<std::int64_t> out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        if (ends.size() > 2)
            return bad;
        bool ok1 = false, ok2 = false;
        const qlonglong first = ends.front().toLongLong(&ok1);
        const qlonglong last = ends.back().toLongLong(&ok2);
        if (!ok1 || !ok2 || first < 0 || last < first || last > 1000000)
            return bad;
        for (qlonglong l = first; l <= last; ++l)
            out.push_back(l);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    *layers = std::move(out);
    return {};
}

// A finite real for --flag; "" on success, else the error sentence.
QString parseReal(const QString &flag, const QString &text, double *value)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return QStringLiteral("--%1 '%2': not a finite number.").arg(flag, text);
    *value = v;
    return {};
}

} // namespace

int runRun(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption inspectOption("inspect", QStringLiteral("Describe the model folder DIR."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption json("json", QStringLiteral("Print one JSON object."));
    const QCommandLineOption modelOption("model", QStringLiteral("Run the model of folder DIR."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption prompt("prompt", QStringLiteral("The text to run through the model."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption generate("generate", QStringLiteral("New tokens to generate, 0 to 4096. Default 8."),
                                      QStringLiteral("N"));
    const QCommandLineOption temperature(
        "temperature", QStringLiteral("0 (greedy, the default) or more: sample from logits / T."), QStringLiteral("T"));
    const QCommandLineOption topK("top-k", QStringLiteral("Sample from the K best tokens; 0 (default): all."),
                                  QStringLiteral("K"));
    const QCommandLineOption topP(
        "top-p", QStringLiteral("Sample from the best tokens whose probability reaches P, in (0, 1]. Default 1."),
        QStringLiteral("P"));
    const QCommandLineOption seed("seed", QStringLiteral("Seed of the sampling, 0 to 2^53 - 1. Default 0."),
                                  QStringLiteral("S"));
    const QCommandLineOption layers(
        "layers", QStringLiteral("Layers whose prompt attention --json prints (and --dump writes), e.g. 0,2-3."),
        QStringLiteral("L"));
    const QCommandLineOption captureMib(
        "capture-mib",
        QStringLiteral("The most MiB the recorded attention (and inputs) may take, in (0, 1048576]. Default 256."),
        QStringLiteral("M"));
    const QCommandLineOption dump("dump",
                                  QStringLiteral("Write the attention, inputs, tokens and cache sizes to FILE (JSON)."),
                                  QStringLiteral("FILE"));
    for (const auto *o : {&help, &inspectOption, &json, &modelOption, &prompt, &generate, &temperature, &topK, &topP,
                          &seed, &layers, &captureMib, &dump})
        parser.addOption(*o);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0, QStringLiteral("attnscope")));
    const auto fail = [&err](const QString &message) {
        err << "attnscope run: " << message << "\n";
        return int(ExitUsage);
    };
    if (!parser.parse(rest))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        out << kUsage << parser.helpText().section(QLatin1Char('\n'), 2);
        return ExitOk;
    }
    if (const QString repeated = repeatedOption(parser); !repeated.isEmpty())
        return fail(QStringLiteral("--%1 is given more than once; give it once.").arg(repeated));
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'; give the folder as --inspect DIR or --model DIR.")
                        .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(dump) && !parser.isSet(modelOption))
        return fail(QStringLiteral("--dump FILE records a run of a model; give --model DIR --prompt TEXT with it."));
    if (parser.isSet(dump) && parser.value(dump).isEmpty())
        return fail(QStringLiteral("--dump is empty; give the file to write."));
    if (parser.isSet(inspectOption) && (parser.isSet(modelOption) || parser.isSet(prompt)))
        return fail(
            QStringLiteral("--inspect describes a folder and --model/--prompt run one; give one or the other."));
    if (parser.isSet(modelOption) || parser.isSet(prompt)) {
        if (!parser.isSet(modelOption) || parser.value(modelOption).isEmpty())
            return fail(QStringLiteral("--prompt needs the model folder as --model DIR."));
        if (!parser.isSet(prompt))
            return fail(QStringLiteral("--model needs the text to run as --prompt TEXT."));
        if (isTranslatorFolder(parser.value(modelOption))) {
            // The translator decodes one date greedily; nothing of a language model's run applies.
            for (const auto *o : {&generate, &temperature, &topK, &topP, &seed, &layers, &captureMib, &dump})
                if (parser.isSet(*o))
                    return fail(QStringLiteral("--%1 applies to language models; a Bahdanau translator writes one "
                                               "date, greedily, up to its max_target_length characters.")
                                    .arg(o->names().front()));
            return runTranslator(parser.value(modelOption), parser.value(prompt), parser.isSet(json), out, err);
        }
        PromptOptions o;
        o.folder = parser.value(modelOption);
        o.prompt = parser.value(prompt);
        o.json = parser.isSet(json);
        o.dumpFile = parser.value(dump);
        QString error;
        if (parser.isSet(generate) && (error = parseInteger("generate", parser.value(generate), &o.generate)).isEmpty()
            && (o.generate < 0 || o.generate > kMaxGenerate))
            error =
                QStringLiteral("--generate %1: the new tokens must lie in 0 to %2.").arg(o.generate).arg(kMaxGenerate);
        if (error.isEmpty() && parser.isSet(temperature)
            && (error = parseReal("temperature", parser.value(temperature), &o.temperature)).isEmpty()
            && o.temperature < 0)
            error = QStringLiteral("--temperature %1: must be 0 (greedy) or more.").arg(parser.value(temperature));
        if (error.isEmpty() && parser.isSet(topK)
            && (error = parseInteger("top-k", parser.value(topK), &o.topK)).isEmpty() && o.topK < 0)
            error = QStringLiteral("--top-k %1: must be 0 (all tokens) or more.").arg(o.topK);
        if (error.isEmpty() && parser.isSet(topP) && (error = parseReal("top-p", parser.value(topP), &o.topP)).isEmpty()
            && !(o.topP > 0 && o.topP <= 1))
            error = QStringLiteral("--top-p %1: must lie in (0, 1].").arg(parser.value(topP));
        if (error.isEmpty() && parser.isSet(seed)
            && (error = parseInteger("seed", parser.value(seed), &o.seed)).isEmpty()
            && (o.seed < 0 || o.seed > kMaxSeed))
            error = QStringLiteral("--seed %1: must lie in 0 to 2^53 - 1.").arg(o.seed);
        double mib = 256.0;
        if (error.isEmpty() && parser.isSet(captureMib)
            && (error = parseReal("capture-mib", parser.value(captureMib), &mib)).isEmpty()
            && !(mib > 0 && mib <= 1048576.0))
            error = QStringLiteral("--capture-mib %1: must lie in (0, 1048576].").arg(parser.value(captureMib));
        o.captureBudgetBytes = std::int64_t(mib * 1048576.0);
        if (error.isEmpty() && parser.isSet(layers)) {
            o.layersText = parser.value(layers);
            error = parseLayers(o.layersText, &o.layers);
        }
        if (!error.isEmpty())
            return fail(error);
        return runPrompt(o, out, err);
    }
    if (!parser.isSet(inspectOption))
        return fail(QStringLiteral("--inspect DIR or --model DIR is required (see attnscope run --help)."));
    for (const auto *o : {&generate, &temperature, &topK, &topP, &seed, &layers, &captureMib})
        if (parser.isSet(*o))
            return fail(
                QStringLiteral("--%1 applies to --model DIR --prompt TEXT, not --inspect.").arg(o->names().front()));
    const QString folder = parser.value(inspectOption);
    if (folder.isEmpty())
        return fail(QStringLiteral("--inspect is empty; give a model folder."));

    if (isTranslatorFolder(folder))
        return inspectTranslator(folder, parser.isSet(json), out, err);
    Inspection r;
    try {
        r = inspect(std::filesystem::path(folder.toStdString()));
    } catch (const model::ModelError &e) {
        err << "attnscope run: " << QString::fromUtf8(e.what()) << "\n";
        return ExitFailure;
    }
    if (parser.isSet(json))
        printJson(r, folder, out);
    else
        printText(r, folder, out);
    return ExitOk;
}

} // namespace attnscope::cli
