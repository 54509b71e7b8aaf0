// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/runprompt.h"

#include "cli/commandline.h"
#include "core/footprint/footprint.h"
#include "io/rundump.h"
#include "model/architecture.h"
#include "model/forward.h"
#include "model/tokenizer.h"
#include "model/weightstore.h"
#include "widgets/common/labels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <string>

namespace attnscope::cli {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// A token's text, or a placeholder for an id the tokenizer has no token for (a model's vocab is
// often padded beyond its tokenizer's).
QString tokenLabel(const model::Tokenizer &tokenizer, std::int32_t id)
{
    try {
        return qs(tokenizer.tokenText(id));
    } catch (const std::exception &) {
        return QStringLiteral("<no token %1>").arg(id);
    }
}

// Quoted, with control characters escaped, for one line of text output.
QString quoted(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
        .replace(QLatin1Char('\r'), QStringLiteral("\\r"))
        .replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    QString escaped;
    for (const QChar ch : s)
        escaped += ch.unicode() < 0x20 || ch.unicode() == 0x7f
            ? QStringLiteral("\\x%1").arg(ch.unicode(), 2, 16, QLatin1Char('0'))
            : QString(ch);
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

struct Candidate
{
    std::int32_t id = 0;
    double probability = 0.0;
};

// The five most probable tokens of softmax(row), most probable first (the lower id first on ties).
std::vector<Candidate> topCandidates(const core::RowVector &row, std::size_t count)
{
    const double max = row.maxCoeff();
    std::vector<double> p(static_cast<std::size_t>(row.size()));
    double sum = 0.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        p[i] = std::exp(double(row(Eigen::Index(i))) - max);
        sum += p[i];
    }
    std::vector<std::int32_t> order(p.size());
    std::iota(order.begin(), order.end(), 0);
    count = std::min(count, order.size());
    std::partial_sort(
        order.begin(), order.begin() + std::ptrdiff_t(count), order.end(), [&p](std::int32_t a, std::int32_t b) {
            return p[std::size_t(a)] > p[std::size_t(b)] || (p[std::size_t(a)] == p[std::size_t(b)] && a < b);
        });
    std::vector<Candidate> top;
    for (std::size_t i = 0; i < count; ++i)
        top.push_back({order[i], p[std::size_t(order[i])] / sum});
    return top;
}

struct Step
{
    std::int32_t id = 0;
    std::int64_t cachedTokens = 0; // tokens in the cache when this token was chosen
    std::int64_t cacheBytes = 0;   // KvCache::bytes().checkpoint
    std::int64_t formulaBytes = 0; // core::computeFootprint for cachedTokens
};

struct Outcome
{
    model::ModelConfig config;
    core::DType dtype = core::DType::F32;
    std::vector<std::int32_t> promptIds;
    std::vector<Candidate> candidates;
    std::vector<Step> steps;
    QString generatedText;
    model::ForwardResult captured; // attention of the --layers (with --dump: and inputs), for the prompt
    core::ModelShape shape;        // the model's, for core's footprint formula
};

std::int64_t formulaBytes(const core::ModelShape &shape, core::DType dtype, std::int64_t tokens)
{
    core::FootprintRequest request;
    request.context = tokens;
    request.bits = core::KvBits::fromMilliBits(core::dtypeBytes(dtype) * 8000);
    return core::computeFootprint(shape, request).totalBytes;
}

QString generatedText(const model::Tokenizer &tokenizer, const std::vector<Step> &steps)
{
    std::vector<std::int32_t> ids;
    for (const Step &s : steps)
        if (s.id < tokenizer.vocabSize() && !tokenLabel(tokenizer, s.id).startsWith(QStringLiteral("<no token ")))
            ids.push_back(s.id);
    return qs(tokenizer.decode(ids));
}

QString samplingText(const PromptOptions &o)
{
    if (o.temperature == 0.0)
        return QStringLiteral("greedy");
    return QStringLiteral("temperature %1, top-k %2, top-p %3, seed %4")
        .arg(QString::number(o.temperature, 'g', 6))
        .arg(o.topK)
        .arg(QString::number(o.topP, 'g', 6))
        .arg(o.seed);
}

void printText(const PromptOptions &o, const model::Tokenizer &tokenizer, const Outcome &r, QTextStream &out)
{
    const QLocale c = QLocale::c();
    out << "Model folder: " << o.folder << " (" << qs(r.config.modelType) << ", " << r.config.layers
        << " layers; KV cache at " << QString::fromUtf8(core::dtypeId(r.dtype).data()).toUpper() << ")\n";
    out << "Prompt: " << r.promptIds.size() << (r.promptIds.size() == 1 ? " token" : " tokens") << "\n";
    for (std::size_t i = 0; i < r.promptIds.size(); ++i)
        out << "  [" << i << "] " << r.promptIds[i] << " " << quoted(tokenLabel(tokenizer, r.promptIds[i])) << "\n";
    out << "Next token after the prompt (top " << r.candidates.size() << " of softmax of the last logits):\n";
    for (std::size_t i = 0; i < r.candidates.size(); ++i)
        out << "  " << (i + 1) << ". " << r.candidates[i].id << " " << quoted(tokenLabel(tokenizer, r.candidates[i].id))
            << " p " << QString::number(r.candidates[i].probability, 'f', 6) << "\n";
    for (std::size_t i = 0; i < (o.layers.empty() ? 0 : r.captured.capturedLayers.size()); ++i) {
        const core::Tensor &t = r.captured.attention[i];
        out << "Attention of layer " << r.captured.capturedLayers[i] << ": [" << t.shape[0] << ", " << t.shape[1]
            << ", " << t.shape[2] << "] recorded for the prompt (--json prints the weights)\n";
    }
    out << "Generated " << r.steps.size() << (r.steps.size() == 1 ? " token" : " tokens") << " (" << samplingText(o)
        << "); KV cache when each was chosen, held by the model vs core's footprint formula:\n";
    for (std::size_t i = 0; i < r.steps.size(); ++i) {
        const Step &s = r.steps[i];
        out << "  [" << (i + 1) << "] " << s.id << " " << quoted(tokenLabel(tokenizer, s.id)) << "  KV cache "
            << widgets::groupedNumber(s.cacheBytes, c) << " bytes for " << s.cachedTokens << " tokens; formula "
            << widgets::groupedNumber(s.formulaBytes, c) << " bytes\n";
    }
    out << "Generated text: " << quoted(r.generatedText) << "\n";
    if (!o.dumpFile.isEmpty())
        out << "Wrote the attention and the inputs of " << r.captured.capturedLayers.size() << " of " << r.config.layers
            << " layers, the tokens and the KV cache sizes to " << o.dumpFile << "\n";
}

// The dump's view of the run (io/rundump.h): tokens spelled and decoded (none for an id the
// tokenizer lacks), each captured layer's attention and input, the cache after the prompt and
// after each generated token fed back (the sizes printed beside each step).
io::RunDump runDump(const PromptOptions &o, const model::Tokenizer &tokenizer, const Outcome &r)
{
    io::RunDump d;
    const model::ModelConfig &c = r.config;
    d.folder = o.folder;
    d.modelType = qs(c.modelType);
    d.kvDtype = QString::fromUtf8(core::dtypeId(r.dtype).data());
    d.layers = c.layers;
    d.hiddenSize = c.hiddenSize;
    d.heads = c.heads;
    d.kvHeads = c.kvHeads;
    d.headDim = c.headDim;
    d.vocabSize = c.vocabSize;
    d.maxPositions = c.maxPositionEmbeddings;
    if (c.mla)
        d.mla = io::RunDump::Mla{c.mla->qLoraRank, c.mla->kvLoraRank, c.mla->qkNopeHeadDim, c.mla->qkRopeHeadDim,
                                 c.mla->vHeadDim};
    d.prompt = o.prompt;
    const auto token = [&tokenizer](std::int32_t id) {
        io::RunDump::Token t{id, std::nullopt, std::nullopt};
        try {
            t.token = qs(tokenizer.tokenString(id));
            t.text = qs(tokenizer.tokenText(id));
        } catch (const model::ModelError &) { // a padded vocabulary's id
        }
        return t;
    };
    for (const std::int32_t id : r.promptIds)
        d.promptTokens.push_back(token(id));
    for (std::size_t i = 0; i < r.captured.capturedLayers.size(); ++i)
        d.captured.push_back({r.captured.capturedLayers[i], r.captured.attention[i],
                              core::Tensor::fromMatrix(r.captured.attentionInputs[i])});
    d.sampling = QJsonObject{
        {"temperature", o.temperature}, {"top_k", qint64(o.topK)}, {"top_p", o.topP}, {"seed", qint64(o.seed)}};
    for (const Step &s : r.steps) {
        d.generated.push_back(token(s.id));
        d.kvCache.push_back({s.cachedTokens, s.cacheBytes, s.formulaBytes});
    }
    d.generatedText = r.generatedText;
    if (r.steps.empty()) { // --generate 0: the prompt's cache came back with the forward pass
        const model::KvCache &cache = r.captured.cache;
        d.kvCache.push_back({cache.tokens(), cache.bytes().checkpoint, formulaBytes(r.shape, r.dtype, cache.tokens())});
    }
    return d;
}

void printJson(const PromptOptions &o, const model::Tokenizer &tokenizer, const Outcome &r, QTextStream &out)
{
    QJsonObject j;
    j.insert("folder", o.folder);
    j.insert("model_type", qs(r.config.modelType));
    j.insert("layers", qint64(r.config.layers));
    j.insert("kv_dtype", QString::fromUtf8(core::dtypeId(r.dtype).data()));
    j.insert("prompt", o.prompt);
    QJsonArray prompt;
    for (const std::int32_t id : r.promptIds)
        prompt.append(QJsonObject{{"id", id}, {"text", tokenLabel(tokenizer, id)}});
    j.insert("prompt_tokens", prompt);
    QJsonArray candidates;
    for (const Candidate &cand : r.candidates)
        candidates.append(
            QJsonObject{{"id", cand.id}, {"text", tokenLabel(tokenizer, cand.id)}, {"probability", cand.probability}});
    j.insert("candidates", candidates);
    j.insert(
        "sampling",
        QJsonObject{
            {"temperature", o.temperature}, {"top_k", qint64(o.topK)}, {"top_p", o.topP}, {"seed", qint64(o.seed)}});
    QJsonArray generated;
    for (const Step &s : r.steps)
        generated.append(QJsonObject{{"id", s.id},
                                     {"text", tokenLabel(tokenizer, s.id)},
                                     {"cached_tokens", qint64(s.cachedTokens)},
                                     {"kv_cache_bytes", qint64(s.cacheBytes)},
                                     {"footprint_bytes", qint64(s.formulaBytes)}});
    j.insert("generated", generated);
    j.insert("generated_text", r.generatedText);
    if (!o.layers.empty()) {
        QJsonArray attention;
        for (std::size_t i = 0; i < r.captured.capturedLayers.size(); ++i) {
            const core::Tensor &t = r.captured.attention[i];
            QJsonArray heads;
            for (std::int64_t h = 0; h < t.shape[0]; ++h) {
                const core::Matrix m = t.matrix(h);
                QJsonArray rows;
                for (Eigen::Index q = 0; q < m.rows(); ++q) {
                    QJsonArray row;
                    for (Eigen::Index k = 0; k < m.cols(); ++k)
                        row.append(double(m(q, k)));
                    rows.append(row);
                }
                heads.append(rows);
            }
            attention.append(QJsonObject{{"layer", qint64(r.captured.capturedLayers[i])}, {"weights", heads}});
        }
        j.insert("attention", attention);
    }
    out << QJsonDocument(j).toJson(QJsonDocument::Indented);
}

} // namespace

int runPrompt(const PromptOptions &o, QTextStream &out, QTextStream &err)
{
    const std::filesystem::path folder(o.folder.toStdString());
    const auto refuse = [&err](const QString &sentence, int code) {
        err << "attnscope run: " << sentence << "\n";
        return code;
    };
    Outcome r;
    try {
        const model::TransformerModel transformer(folder);
        r.config = transformer.config();
        r.dtype = transformer.checkpointDtype();
        const std::filesystem::path tokenizerFile = folder / "tokenizer.json";
        std::error_code ec;
        if (!std::filesystem::exists(tokenizerFile, ec))
            return refuse(qs(tokenizerFile.string())
                              + QStringLiteral(": missing; AttnScope needs the model's tokenizer to turn text into "
                                               "tokens."),
                          ExitFailure);
        const model::Tokenizer tokenizer = model::Tokenizer::fromFile(tokenizerFile);

        r.promptIds = tokenizer.encode(o.prompt.toStdString(), true);
        const std::int64_t limit = r.config.maxPositionEmbeddings;
        const auto promptTokens = std::int64_t(r.promptIds.size());
        if (promptTokens == 0)
            return refuse(QStringLiteral("--prompt '%1': gives no tokens; give some text.").arg(o.prompt), ExitUsage);
        if (promptTokens > limit)
            return refuse(QStringLiteral("--prompt: the prompt is %1 tokens, more than the model's %2 positions "
                                         "(max_position_embeddings).")
                              .arg(promptTokens)
                              .arg(limit),
                          ExitUsage);
        if (o.generate > 0 && promptTokens + o.generate - 1 > limit)
            return refuse(QStringLiteral("--generate %1: the prompt's %2 tokens and %1 new ones need %3 positions, "
                                         "more than the model's %4 (max_position_embeddings).")
                              .arg(o.generate)
                              .arg(promptTokens)
                              .arg(promptTokens + o.generate - 1)
                              .arg(limit),
                          ExitUsage);
        for (const std::int64_t layer : o.layers)
            if (layer >= r.config.layers)
                return refuse(QStringLiteral("--layers '%1': layer %2 does not exist; the model has layers 0 to %3.")
                                  .arg(o.layersText)
                                  .arg(layer)
                                  .arg(r.config.layers - 1),
                              ExitUsage);

        // The prompt once (with the --layers' attention), then one token at a time, each
        // reported with the cache it was chosen against.
        model::CaptureOptions capture;
        capture.attention = !o.layers.empty() || !o.dumpFile.isEmpty(); // --dump: the --layers, or all
        capture.layers = o.layers;
        capture.inputs = !o.dumpFile.isEmpty();
        capture.budgetBytes = o.captureBudgetBytes;
        r.shape = model::modelShapeOf(r.config);
        const core::ModelShape &shape = r.shape;
        if (o.generate == 0) {
            r.captured = transformer.forward(r.promptIds, capture);
        } else {
            model::SamplingOptions sampling;
            sampling.temperature = o.temperature;
            sampling.topK = o.topK;
            sampling.topP = o.topP;
            sampling.seed = std::uint64_t(o.seed);
            sampling.onToken = [&](std::int32_t token, const model::KvCache &cache) {
                r.steps.push_back(
                    {token, cache.tokens(), cache.bytes().checkpoint, formulaBytes(shape, r.dtype, cache.tokens())});
            };
            r.captured = transformer.generate(r.promptIds, o.generate, sampling, capture).prompt;
        }
        r.candidates = topCandidates(r.captured.logits.bottomRows(1), 5);
        r.generatedText = generatedText(tokenizer, r.steps);
        if (!o.dumpFile.isEmpty()) {
            QString error;
            if (!io::writeRunDump(o.dumpFile, runDump(o, tokenizer, r), &error))
                return refuse(QStringLiteral("--dump %1: %2").arg(o.dumpFile, error), ExitFailure);
        }
        if (o.json)
            printJson(o, tokenizer, r, out);
        else
            printText(o, tokenizer, r, out);
    } catch (const model::ModelError &e) {
        return refuse(QString::fromUtf8(e.what()), ExitFailure);
    } catch (const core::FootprintOverflow &e) {
        return refuse(QString::fromUtf8(e.what()), ExitFailure);
    }
    return ExitOk;
}

} // namespace attnscope::cli
