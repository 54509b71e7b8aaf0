// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchmodel.h"

#include "cli/benchoutput.h"
#include "cli/commandline.h"
#include "core/backends/cpu/cpubackend.h"
#include "core/bench/harness.h"
#include "core/bench/workload.h"
#include "model/forward.h"
#include "model/safetensors.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <new>
#include <numeric>
#include <random>

namespace attnscope::cli {

namespace {

constexpr std::int64_t kMiB = std::int64_t(1) << 20;
constexpr std::int64_t kMaxTokens = 1 << 20;
constexpr int kMaxThreads = 1024;
constexpr int kMaxRepeat = 10000;
constexpr int kMaxWarmup = 1000;
constexpr std::int64_t kMaxProbeMib = 65536;
constexpr std::int64_t kMaxSeed = (std::int64_t(1) << 53) - 1; // survives a JSON number

QString synopsis()
{
    return QStringLiteral(
        "Usage: attnscope bench --model-dir DIR [--prompt-tokens N] [--generate N] [--threads N] [--repeat N]\n"
        "                       [--warmup N] [--seed N] [--probe-mib N] [--json]\n"
        "Times a Hugging Face model folder on the CPU: the prompt pass over --prompt-tokens token ids (drawn\n"
        "with --seed from the vocabulary; no tokenizer is needed) and greedy generation of --generate tokens\n"
        "against the KV cache, as attnscope run does. Prints the medians (and MADs) of prompt tokens/s and\n"
        "generated tokens/s, the bytes one decoding step reads (the weights as held and the KV cache at its\n"
        "mean length), the memory bandwidth measured in the same run (bench --bandwidth's probe) and the\n"
        "share of the bandwidth bound achieved (docs/bench.md).\n"
        "Exit codes: 0 success, 1 out of memory while running, 2 bad flags or a folder that cannot be loaded.\n");
}

double secondsSince(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

QJsonObject statsJson(const core::Stats &s)
{
    return {{"median", s.median}, {"mad", s.mad}, {"min", s.min}, {"max", s.max}, {"count", s.count}};
}

} // namespace

BenchModelParse parseBenchModelArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    const QCommandLineOption dir("model-dir", "The model folder (config.json and safetensors weights).", "DIR");
    const QCommandLineOption prompt("prompt-tokens", "Prompt length, 1 to 1048576. Default 512.", "N");
    const QCommandLineOption generate("generate",
                                      "Tokens to generate per run, 2 to 1048576 (the first one comes from the "
                                      "prompt pass; the others are timed as decoding). Default 64.",
                                      "N");
    const QCommandLineOption threads("threads", "CPU threads, 1 to 1024. Default: every core.", "N");
    const QCommandLineOption repeat("repeat", "Timed runs, 1 to 10000. Default 5.", "N");
    const QCommandLineOption warmup("warmup", "Untimed runs before them, 0 to 1000. Default 1.", "N");
    const QCommandLineOption seed("seed", "Seed of the prompt's token ids, 0 to 2^53 - 1. Default 0.", "N");
    const QCommandLineOption probeMib("probe-mib",
                                      "Size of the buffer the bandwidth probe streams, 1 to 65536 MiB. Default 512.",
                                      "N");
    const QCommandLineOption json("json", "Print one JSON object instead of text.");
    for (const auto *o : {&help, &dir, &prompt, &generate, &threads, &repeat, &warmup, &seed, &probeMib, &json})
        parser.addOption(*o);

    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0, QStringLiteral("attnscope")));
    // `bench --model-dir --help` asks for this help: the parser would take --help as the folder.
    const bool helpAsked = rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"));
    if (!helpAsked && !parser.parse(rest))
        return parser.errorText() + QStringLiteral(" (bench --model-dir takes the flags of bench --model-dir --help).");
    if (helpAsked || parser.isSet(help))
        return BenchModelHelp{synopsis() + parser.helpText().section(QLatin1Char('\n'), 2)};
    if (!parser.positionalArguments().isEmpty())
        return QStringLiteral("unexpected argument '%1'; every value follows its --flag.")
            .arg(parser.positionalArguments().constFirst());
    if (const QString repeated = repeatedOption(parser); !repeated.isEmpty())
        return QStringLiteral("--%1 is given more than once; give it once.").arg(repeated);

    BenchModelRequest r;
    r.modelDir = parser.value(dir);
    if (r.modelDir.isEmpty())
        return QStringLiteral("--model-dir '': give the path of a model folder.");
    r.json = parser.isSet(json);
    auto bounded = [&](const QCommandLineOption &o, const char *name, std::int64_t min, std::int64_t max,
                       const char *what, auto *value) {
        return boundedInteger(parser, o, name, min, max, what, value);
    };
    std::int64_t probe = 512, seedValue = 0;
    for (const QString &e : {bounded(prompt, "prompt-tokens", 1, kMaxTokens, "prompt tokens", &r.promptTokens),
                             bounded(generate, "generate", 2, kMaxTokens,
                                     "tokens (the first comes from the prompt pass, the rest are timed)", &r.generate),
                             bounded(threads, "threads", 1, kMaxThreads, "threads", &r.threads),
                             bounded(repeat, "repeat", 1, kMaxRepeat, "timed runs", &r.repeat),
                             bounded(warmup, "warmup", 0, kMaxWarmup, "warm-up runs", &r.warmup),
                             bounded(seed, "seed", 0, kMaxSeed, "as the seed", &seedValue),
                             bounded(probeMib, "probe-mib", 1, kMaxProbeMib, "MiB", &probe)})
        if (!e.isEmpty())
            return e;
    r.seed = static_cast<std::uint64_t>(seedValue);
    r.probeBytes = probe * kMiB;
    if (r.probeBytes > core::benchMemoryLimit())
        return QStringLiteral("--probe-mib %1: the probe's buffer is more than the limit of half of this machine's "
                              "memory; lower --probe-mib.")
            .arg(probe);
    return r;
}

int runBenchModel(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const BenchModelParse parsed = parseBenchModelArguments(arguments);
    if (const auto *message = std::get_if<QString>(&parsed)) {
        err << "attnscope bench: " << *message << "\n";
        return ExitUsage;
    }
    if (const auto *h = std::get_if<BenchModelHelp>(&parsed)) {
        out << h->text;
        return ExitOk;
    }
    const auto &r = std::get<BenchModelRequest>(parsed);
    const int threads = r.threads > 0 ? r.threads : core::CpuBackend::hardwareThreads();
    try {
        model::TransformerModel m(r.modelDir.toStdString());
        m.setThreads(threads);
        const model::ModelConfig &c = m.config();
        const std::int64_t positions = r.promptTokens + r.generate - 1; // the last token is never fed back
        if (c.maxPositionEmbeddings > 0 && positions > c.maxPositionEmbeddings) {
            err << "attnscope bench: --prompt-tokens " << r.promptTokens << " with --generate " << r.generate
                << ": the run feeds " << positions << " positions, more than the model's max_position_embeddings "
                << c.maxPositionEmbeddings << "; lower either.\n";
            return ExitUsage;
        }
        std::mt19937_64 rng(r.seed);
        std::vector<std::int32_t> ids(static_cast<std::size_t>(r.promptTokens));
        for (auto &id : ids)
            id = static_cast<std::int32_t>(rng() % static_cast<std::uint64_t>(c.vocabSize));

        core::CpuBackend backend(threads);
        core::ProbeOptions probeOptions;
        probeOptions.bytes = r.probeBytes;
        const core::Roofline roof = core::probeBandwidth(backend, probeOptions);

        std::vector<double> promptRates, decodeRates;
        std::vector<std::int32_t> generated;
        core::Matrix firstLogits;
        model::KvCache::Bytes cacheBytes;
        std::int64_t cacheTokens = 0;
        for (int run = 0; run < r.warmup + r.repeat; ++run) {
            std::chrono::steady_clock::time_point start, firstToken;
            model::SamplingOptions greedy; // temperature 0
            std::int64_t seen = 0;
            greedy.onToken = [&](std::int32_t, const model::KvCache &) {
                if (seen++ == 0)
                    firstToken = std::chrono::steady_clock::now();
            };
            start = std::chrono::steady_clock::now();
            const model::GenerateResult g = m.generate(ids, r.generate, greedy);
            const double decodeSeconds = secondsSince(firstToken);
            const double promptSeconds = std::chrono::duration<double>(firstToken - start).count();
            if (run < r.warmup)
                continue;
            promptRates.push_back(static_cast<double>(r.promptTokens) / promptSeconds);
            decodeRates.push_back(static_cast<double>(r.generate - 1) / decodeSeconds);
            if (generated.empty()) {
                generated = g.tokens;
                firstLogits = g.stepLogits.topRows(1);
                cacheBytes = g.cache.bytes();
                cacheTokens = g.cache.tokens();
            }
        }
        const core::Stats prompt = core::summarize(promptRates), decode = core::summarize(decodeRates);
        // Decoding step k (1 .. generate-1) attends over prompt + k cached tokens: mean prompt + generate/2.
        const double meanCache = static_cast<double>(r.promptTokens) + static_cast<double>(r.generate) / 2.0;
        const double cachePerToken = cacheTokens > 0 ? double(cacheBytes.f32) / double(cacheTokens) : 0.0;
        const double stepBytes = double(m.weightBytes()) + cachePerToken * meanCache;
        const double boundRate = roof.bandwidthGBps * 1e9 / stepBytes;
        const double share = decode.median / boundRate;
        // The prompt's last logits, best first (for checking against another implementation).
        std::vector<Eigen::Index> order(static_cast<std::size_t>(firstLogits.cols()));
        std::iota(order.begin(), order.end(), Eigen::Index(0));
        const auto top = std::min<std::size_t>(8, order.size());
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(top), order.end(),
                          [&](Eigen::Index a, Eigen::Index b) { return firstLogits(0, a) > firstLogits(0, b); });

        if (r.json) {
            QJsonArray promptIds, tokens, topLogits;
            for (auto id : ids)
                promptIds.append(id);
            for (auto id : generated)
                tokens.append(id);
            for (std::size_t i = 0; i < top; ++i)
                topLogits.append(QJsonArray{qint64(order[i]), double(firstLogits(0, order[i]))});
            const QJsonObject o{{"model_dir", r.modelDir},
                                {"model_type", QString::fromStdString(c.modelType)},
                                {"dtype", QString::fromUtf8(core::dtypeId(m.checkpointDtype()).data())},
                                {"threads", threads},
                                {"device", QString::fromStdString(backend.device())},
                                {"kernels", QString::fromStdString(backend.kernels())},
                                {"prompt_tokens", qint64(r.promptTokens)},
                                {"generate", qint64(r.generate)},
                                {"warmup", r.warmup},
                                {"repeat", r.repeat},
                                {"seed", qint64(r.seed)},
                                {"prompt_tokens_per_s", statsJson(prompt)},
                                {"generated_tokens_per_s", statsJson(decode)},
                                {"weight_bytes", qint64(m.weightBytes())},
                                {"kv_bytes_per_cached_token", cachePerToken},
                                {"mean_cache_tokens", meanCache},
                                {"bytes_per_generated_token", stepBytes},
                                {"bandwidth_gbps", roof.bandwidthGBps},
                                {"probe_bytes", qint64(roof.probeBytes)},
                                {"bandwidth_bound_tokens_per_s", boundRate},
                                {"bandwidth_share", share},
                                {"prompt_ids", promptIds},
                                {"generated_ids", tokens},
                                {"first_logits_top", topLogits}};
            out << benchoutput::compact(o) << "\n";
            return ExitOk;
        }
        const auto fixed = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
        out << "AttnScope bench: " << r.modelDir << " (" << QString::fromStdString(c.modelType) << ", "
            << QString::fromUtf8(core::dtypeId(m.checkpointDtype()).data()) << " weights)\n"
            << "  " << QString::fromStdString(backend.device()) << "\n"
            << "  prompt " << r.promptTokens << " tokens, " << r.generate << " generated (greedy), " << r.repeat
            << (r.repeat == 1 ? " timed run" : " timed runs") << " after " << r.warmup
            << (r.warmup == 1 ? " warm-up run" : " warm-up runs") << "\n\n"
            << "  prompt tokens/s     " << fixed(prompt.median, 1) << "  ± " << fixed(prompt.mad, 1) << " (MAD)\n"
            << "  generated tokens/s  " << fixed(decode.median, 2) << "  ± " << fixed(decode.mad, 2) << " (MAD)\n"
            << "  bytes per generated token  " << fixed(stepBytes / 1e6, 1) << " MB: weights "
            << fixed(double(m.weightBytes()) / 1e6, 1) << " MB + KV cache " << fixed(cachePerToken * meanCache / 1e6, 1)
            << " MB (fp32, " << fixed(meanCache, 0) << " tokens on average)\n"
            << "  memory bandwidth    " << benchoutput::rate(roof.bandwidthGBps) << " GB/s (streaming read of "
            << benchoutput::mib(roof.probeBytes) << ")\n"
            << "  bandwidth bound     " << fixed(boundRate, 2) << " generated tokens/s; achieved "
            << fixed(100.0 * share, 1) << "%\n";
        return ExitOk;
    } catch (const model::ModelError &e) {
        // Loading's sentences begin with the folder or file they name:
        // "--model-dir: DIR/config.json: no such file; a Hugging Face model folder has a config.json."
        const QString what = QString::fromUtf8(e.what());
        err << "attnscope bench: " << (what.startsWith(r.modelDir) ? QStringLiteral("--model-dir: ") : QString())
            << what << "\n";
        return ExitUsage;
    } catch (const std::bad_alloc &) {
        err << "attnscope bench: out of memory while running the model; lower --prompt-tokens or --generate.\n";
        return ExitFailure;
    }
}

} // namespace attnscope::cli
