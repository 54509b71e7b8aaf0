// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchcommand.h"

#include "cli/benchmodel.h"
#include "cli/benchoutput.h"
#include "cli/commandline.h"
#include "core/backends/cpu/cpubackend.h"
#include "core/backends/registry.h"
#include "core/bench/harness.h"
#include "io/modelconfig.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>
#include <new>
#include <optional>
#include <type_traits>

namespace attnscope::cli {

namespace {

using core::BenchOp;
using core::Mechanism;
using core::MlaDecodePath;
using core::Workload;

constexpr std::int64_t kMiB = std::int64_t(1) << 20;
constexpr int kMaxThreads = 1024;
constexpr int kMaxRepeat = 10000;
constexpr int kMaxWarmup = 1000;
constexpr std::int64_t kMaxProbeMib = 65536;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString synopsis()
{
    return QStringLiteral(
        "Usage: attnscope bench --mechanism sdpa|mha|gqa|mqa|mla [shape flags] [options]\n"
        "       attnscope bench --model ID [options]\n"
        "       attnscope bench --bandwidth [--backend B] [--threads N] [--probe-mib N] [--repeat N] [--json]\n"
        "       attnscope bench --model-dir DIR [--prompt-tokens N] [--generate N] ...  (bench --model-dir --help)\n"
        "       attnscope bench --ui [--view V] [--json] [--repeat N]   (the window's latency; bench --ui --help)\n"
        "Times attention on a backend: decode (one new token per sequence against a KV cache of --context\n"
        "tokens) or causal prefill (--context tokens at once). Each run first probes the backend's roofline\n"
        "(the bandwidth of a streaming read and the rate of an fp32 matrix product), then prints, per\n"
        "measurement, the median time and its MAD, the bandwidth and FLOP rate achieved and the roofline\n"
        "time no implementation can beat (docs/bench.md).\n"
        "Exit codes: 0 success, 1 the backend failed while running (e.g. out of memory), 2 bad flags or\n"
        "values (nothing was run), 3 the backend named by --backend is unavailable on this machine.\n");
}

QString helpFooter()
{
    return QStringLiteral(
        "\nShape defaults (realistic sizes): mha 32 heads; gqa 32 heads, 8 KV heads; mqa 32 heads, 1 KV\n"
        "head; sdpa 1 head; all with head-dim 128. mla: 16 heads, head-dim 128, latent-rank 512,\n"
        "rope-dim 64 (DeepSeek-V2-Lite). The flags of compute that bench cannot use (--tokens,\n"
        "--source-tokens, --causal, --cross, --hidden, --align-dim, --query-rank, --rope-base,\n"
        "--rope-layout, --seed, --dump) are refused with the reason.\n"
        "Example: attnscope bench --mechanism gqa --sweep context=512:32768 --dtype bf16 --json\n");
}

// A flag of compute that bench refuses, and why.
struct RefusedFlag
{
    const char *name;
    const char *valueName; // nullptr: a switch
    const char *why;
};

const RefusedFlag kRefused[] = {
    {"tokens", "N", "bench measures against a cache of --context tokens; use --context."},
    {"source-tokens", "N",
     "bench measures self-attention against a cache of --context tokens; there is no source "
     "sequence."},
    {"causal", nullptr,
     "bench's prefill (--op prefill) is always causal and decode attends to the whole cache; leave "
     "it out."},
    {"cross", nullptr, "bench measures self-attention only: decode against a KV cache, or causal prefill."},
    {"hidden", "N", "applies to bahdanau, which bench cannot measure (it has no KV cache)."},
    {"align-dim", "N", "applies to bahdanau, which bench cannot measure (it has no KV cache)."},
    {"query-rank", "N",
     "MLA's query compression runs before attention and is not part of the timed operation; leave "
     "it out."},
    {"rope-base", "X",
     "the timed operation reads keys whose RoPE is already applied, so the base changes nothing; "
     "leave it out."},
    {"rope-layout", "L",
     "the timed operation reads keys whose RoPE is already applied, so the layout changes "
     "nothing; leave it out."},
    {"seed", "N", "bench fills its buffers with fixed seeded values; the timings do not depend on them."},
    {"dump", "FILE", "bench writes no tensors; use attnscope compute --dump FILE."},
    {"view", "V", "applies to the window benchmark; add --ui."},
};

// The shape flags of compute that bench reads (d-model only to derive head-dim).
struct ShapeFlag
{
    const char *name;
    const char *help;
};

const ShapeFlag kShape[] = {
    {"heads", "Query heads n_h. Default 32 (mha, gqa, mqa), 1 (sdpa), 16 (mla)."},
    {"kv-heads",
     "KV heads n_g; must divide --heads (gqa). Default: mha = heads, mqa 1, gqa 8 (the largest of 8, "
     "4, 2, 1 that divides --heads and is smaller)."},
    {"head-dim", "Head width d_h. Default 128, or --d-model / --heads."},
    {"d-model", "Only derives --head-dim = d_model / heads when --head-dim is not given; must divide."},
    {"latent-rank", "MLA: KV latent rank d_c. Default 512."},
    {"rope-dim", "MLA: decoupled RoPE width d_h^R. Default 64."},
};
enum ShapeIndex { Heads, KvHeads, HeadDim, DModel, LatentRank, RopeDim, ShapeCount };

std::int64_t defaultGqaKvHeads(std::int64_t heads)
{
    for (std::int64_t g : {8, 4, 2})
        if (g < heads && heads % g == 0)
            return g;
    return 1;
}

QString unknownModel(const QString &id)
{
    return QStringLiteral("--model '%1': no such preset; choose one of %2.")
        .arg(id, io::presetIds().join(QStringLiteral(", ")));
}

QString notForMechanism(const char *flag, const QString &value, Mechanism m, const QString &modelId)
{
    QString s = QStringLiteral("--%1 %2: applies to --mechanism mla only, not %3")
                    .arg(QLatin1String(flag), value, qs(core::mechanismId(m)));
    if (!modelId.isEmpty())
        s += QStringLiteral(" (the mechanism of --model %1)").arg(modelId);
    return s + QLatin1Char('.');
}

QString gibText(std::int64_t bytes)
{
    return QString::number(double(bytes) / double(std::int64_t(1) << 30), 'f', 1) + QStringLiteral(" GiB");
}

} // namespace

BenchParse parseBenchArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    const QCommandLineOption backend("backend", "Backend: cpu, cuda or all (every available one). Default cpu.", "B");
    const QCommandLineOption mechanism("mechanism", "Mechanism: sdpa, mha, gqa, mqa or mla.", "M");
    const QCommandLineOption model(
        "model", "A preset model (attnscope footprint --list-models): its mechanism and per-layer attention shape.",
        "ID");
    const QCommandLineOption context("context", "Cache length (decode) or prompt length (prefill). Default 4096.", "N");
    const QCommandLineOption sweep("sweep", "context=FROM:TO: FROM, the powers of two between, and TO.", "K=A:B");
    const QCommandLineOption batch("batch", "Sequences. Default 1.", "N");
    const QCommandLineOption dtype("dtype", "Storage type of the KV cache: f32, f16 or bf16. Default f32.", "T");
    const QCommandLineOption op("op", "decode (one new token) or prefill (causal, --context tokens). Default decode.",
                                "O");
    const QCommandLineOption mlaPath("mla-path",
                                     "MLA decode: naive (decompressed cache) or absorbed. Default absorbed.", "P");
    const QCommandLineOption repeat("repeat",
                                    "Timed runs per measurement (of the probe with --bandwidth), 1 to 10000. "
                                    "Default 10.",
                                    "N");
    const QCommandLineOption warmup("warmup", "Untimed runs before them, 0 to 1000. Default 2.", "N");
    const QCommandLineOption threads("threads", "CPU threads, 1 to 1024. Default: every core.", "N");
    const QCommandLineOption probeMib("probe-mib",
                                      "Size of the buffer the bandwidth probe streams, 1 to 65536 MiB. "
                                      "Default 512.",
                                      "N");
    const QCommandLineOption bandwidth("bandwidth", "Run the roofline probe alone (bandwidth and matmul rate).");
    const QCommandLineOption json("json",
                                  "Print JSON Lines: one object per measurement (per backend with "
                                  "--bandwidth).");
    for (const auto *o : {&help, &backend, &mechanism, &model})
        parser.addOption(*o);
    std::vector<QCommandLineOption> shapeOptions;
    for (const auto &f : kShape) {
        shapeOptions.emplace_back(QString::fromLatin1(f.name), QString::fromLatin1(f.help), QStringLiteral("N"));
        parser.addOption(shapeOptions.back());
    }
    for (const auto *o :
         {&context, &sweep, &batch, &dtype, &op, &mlaPath, &repeat, &warmup, &threads, &probeMib, &bandwidth, &json})
        parser.addOption(*o);
    std::vector<QCommandLineOption> refusedOptions;
    for (const auto &f : kRefused) {
        QCommandLineOption o = f.valueName
            ? QCommandLineOption(QString::fromLatin1(f.name), QString(), QString::fromLatin1(f.valueName))
            : QCommandLineOption(QString::fromLatin1(f.name), QString());
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        refusedOptions.push_back(o);
        parser.addOption(refusedOptions.back());
    }

    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0, QStringLiteral("attnscope")));
    if (!parser.parse(rest))
        return parser.errorText();
    if (parser.isSet(help))
        return BenchHelp{synopsis() + parser.helpText().section(QLatin1Char('\n'), 2) + helpFooter()};
    if (!parser.positionalArguments().isEmpty())
        return QStringLiteral("unexpected argument '%1'; every value follows its --flag.")
            .arg(parser.positionalArguments().constFirst());
    if (const QString repeated = repeatedOption(parser); !repeated.isEmpty())
        return QStringLiteral("--%1 is given more than once; give it once.").arg(repeated);
    for (std::size_t i = 0; i < refusedOptions.size(); ++i)
        if (parser.isSet(refusedOptions[i]))
            return QStringLiteral("--%1: %2").arg(QLatin1String(kRefused[i].name), QLatin1String(kRefused[i].why));

    BenchRequest r;
    r.json = parser.isSet(json);
    r.bandwidthOnly = parser.isSet(bandwidth);
    if (parser.isSet(backend)) {
        r.backend = parser.value(backend);
        const auto known = core::BackendRegistry::knownIds();
        if (r.backend != QLatin1String("all")
            && std::find(known.begin(), known.end(), r.backend.toStdString()) == known.end()) {
            QStringList ids;
            for (const auto &id : known)
                ids << qs(id);
            return QStringLiteral("--backend '%1': not a backend; choose %2 or all.")
                .arg(r.backend, ids.join(QStringLiteral(", ")));
        }
    }

    auto bounded = [&](const QCommandLineOption &o, const char *name, std::int64_t min, std::int64_t max,
                       const char *what, auto *value) {
        return boundedInteger(parser, o, name, min, max, what, value);
    };
    std::int64_t probeMibValue = 512;
    for (const QString &e : {bounded(threads, "threads", 1, kMaxThreads, "threads", &r.threads),
                             bounded(repeat, "repeat", 1, kMaxRepeat, "timed runs", &r.repeat),
                             bounded(warmup, "warmup", 0, kMaxWarmup, "warm-up runs", &r.warmup),
                             bounded(probeMib, "probe-mib", 1, kMaxProbeMib, "MiB", &probeMibValue)})
        if (!e.isEmpty())
            return e;
    r.probeBytes = probeMibValue * kMiB;
    if (r.probeBytes > core::benchMemoryLimit())
        return QStringLiteral("--probe-mib %1: the probe's buffer of %2 is more than the limit of %3 (half of this "
                              "machine's memory); lower --probe-mib.")
            .arg(probeMibValue)
            .arg(gibText(r.probeBytes), gibText(core::benchMemoryLimit()));

    if (r.bandwidthOnly) {
        // The probe alone: no workload, so none of its flags apply.
        const std::pair<const QCommandLineOption *, const char *> workloadFlags[] = {
            {&mechanism, "mechanism"},
            {&model, "model"},
            {&context, "context"},
            {&sweep, "sweep"},
            {&batch, "batch"},
            {&dtype, "dtype"},
            {&op, "op"},
            {&mlaPath, "mla-path"},
            {&warmup, "warmup"},
            {&shapeOptions[Heads], "heads"},
            {&shapeOptions[KvHeads], "kv-heads"},
            {&shapeOptions[HeadDim], "head-dim"},
            {&shapeOptions[DModel], "d-model"},
            {&shapeOptions[LatentRank], "latent-rank"},
            {&shapeOptions[RopeDim], "rope-dim"}};
        for (const auto &[o, name] : workloadFlags)
            if (parser.isSet(*o))
                return QStringLiteral("--%1: bench --bandwidth runs the roofline probe alone, %2; leave it out, or "
                                      "leave out --bandwidth to measure a workload.")
                    .arg(QLatin1String(name),
                         o == &warmup ? QStringLiteral("whose warm-up is fixed") : QStringLiteral("with no workload"));
        return r;
    }

    // The shape flags, as given.
    std::optional<std::int64_t> shape[ShapeCount];
    for (int i = 0; i < ShapeCount; ++i) {
        if (!parser.isSet(shapeOptions[i]))
            continue;
        std::int64_t v = 0;
        if (const QString e = parseInteger(QLatin1String(kShape[i].name), parser.value(shapeOptions[i]), &v);
            !e.isEmpty())
            return e;
        shape[i] = v;
    }

    Workload w;
    if (parser.isSet(model)) {
        const QString id = parser.value(model);
        if (!io::presetIds().contains(id))
            return unknownModel(id);
        QString error;
        const auto m = io::presetModel(id, &error);
        if (!m)
            return error;
        if (parser.isSet(mechanism))
            return QStringLiteral("--mechanism %1: --model %2 sets the mechanism (%3); give one of them.")
                .arg(parser.value(mechanism), id, qs(core::mechanismId(m->mechanism)));
        for (int i = 0; i < ShapeCount; ++i)
            if (shape[i])
                return QStringLiteral("--%1 %2: --model %3 sets the attention shape; give either --model or the "
                                      "shape flags.")
                    .arg(QLatin1String(kShape[i].name))
                    .arg(*shape[i])
                    .arg(id);
        if (m->valueDim() != m->dHead)
            return QStringLiteral("--model %1: its value heads (d_v %2) differ from its key heads (d_h %3); bench "
                                  "measures d_v = d_h only.")
                .arg(id)
                .arg(m->valueDim())
                .arg(m->dHead);
        w.mechanism = m->mechanism;
        w.nHeads = m->nHeads;
        w.nKvHeads = m->mechanism == Mechanism::Mqa ? 1 : m->mechanism == Mechanism::Gqa ? m->nKvHeads : m->nHeads;
        w.dHead = m->dHead;
        if (m->mechanism == Mechanism::Mla) {
            w.dLatent = m->dLatentKv;
            w.dRope = m->dRope;
        }
        r.modelId = id;
        r.modelName = qs(m->name);
    } else {
        if (!parser.isSet(mechanism))
            return QStringLiteral("--mechanism is required: choose sdpa, mha, gqa, mqa or mla (or give --model ID, "
                                  "or --bandwidth).");
        const QString text = parser.value(mechanism);
        const auto m = core::mechanismFromId(text.toStdString());
        if (!m)
            return QStringLiteral("--mechanism '%1': not a mechanism; choose sdpa, mha, gqa, mqa or mla.").arg(text);
        w.mechanism = *m;
        // checkWorkload's sentence for bahdanau (it has no KV cache).
        if (*m == Mechanism::Bahdanau) {
            Workload b;
            b.mechanism = *m;
            return qs(core::checkWorkload(b));
        }
        const bool mla = *m == Mechanism::Mla;
        // Parameters that do not apply, as compute refuses them.
        if (!mla) {
            if (shape[LatentRank])
                return notForMechanism("latent-rank", QString::number(*shape[LatentRank]), *m, {});
            if (shape[RopeDim])
                return notForMechanism("rope-dim", QString::number(*shape[RopeDim]), *m, {});
        } else if (shape[KvHeads]) {
            return QStringLiteral("--kv-heads %1: mla has no separate KV heads; its cache is the latent of rank "
                                  "--latent-rank.")
                .arg(*shape[KvHeads]);
        }
        if (*m == Mechanism::Sdpa) {
            if (shape[Heads] && *shape[Heads] != 1)
                return QStringLiteral("--heads %1: sdpa is single-head attention, so the heads must be 1; use "
                                      "--mechanism mha for several heads.")
                    .arg(*shape[Heads]);
            if (shape[KvHeads] && *shape[KvHeads] != 1)
                return QStringLiteral("--kv-heads %1: sdpa is single-head attention, so the KV heads must be 1; use "
                                      "--mechanism gqa.")
                    .arg(*shape[KvHeads]);
        }
        const std::int64_t heads = shape[Heads].value_or(*m == Mechanism::Sdpa ? 1 : mla ? 16 : 32);
        if (*m == Mechanism::Mqa && shape[KvHeads] && *shape[KvHeads] != 1)
            return QStringLiteral("--kv-heads %1: mqa shares one KV head among all query heads, so the KV heads must "
                                  "be 1; use --mechanism gqa.")
                .arg(*shape[KvHeads]);
        if (*m == Mechanism::Mha && shape[KvHeads] && *shape[KvHeads] != heads)
            return QStringLiteral("--kv-heads %1: mha has one KV head per query head, so the KV heads must equal the "
                                  "heads (%2); use --mechanism gqa.")
                .arg(*shape[KvHeads])
                .arg(heads);
        if (heads < 1)
            return QStringLiteral("--heads %1: must be at least 1.").arg(heads);
        std::int64_t headDim = shape[HeadDim].value_or(128);
        if (shape[DModel]) {
            const std::int64_t d = *shape[DModel];
            if (shape[HeadDim])
                return QStringLiteral("--d-model %1: only derives --head-dim (d_model / heads); give one of them.")
                    .arg(d);
            if (d < 1)
                return QStringLiteral("--d-model %1: must be at least 1.").arg(d);
            if (d % heads != 0)
                return QStringLiteral("--d-model %1: must be divisible by the heads (%2) to split into equal heads; "
                                      "give --head-dim to choose the head width instead.")
                    .arg(d)
                    .arg(heads);
            headDim = d / heads;
        }
        w.nHeads = heads;
        w.dHead = headDim;
        switch (*m) {
        case Mechanism::Sdpa:
        case Mechanism::Mqa: w.nKvHeads = 1; break;
        case Mechanism::Mha: w.nKvHeads = heads; break;
        case Mechanism::Gqa: w.nKvHeads = shape[KvHeads].value_or(defaultGqaKvHeads(heads)); break;
        case Mechanism::Mla: w.nKvHeads = heads; break;
        case Mechanism::Bahdanau: break;
        }
        if (mla) {
            w.dLatent = shape[LatentRank].value_or(512);
            w.dRope = shape[RopeDim].value_or(64);
        }
    }

    // Operation, storage type, path.
    if (parser.isSet(op)) {
        const auto o = core::benchOpFromId(parser.value(op).toStdString());
        if (!o)
            return QStringLiteral("--op '%1': choose decode or prefill.").arg(parser.value(op));
        w.op = *o;
    }
    if (parser.isSet(dtype)) {
        const auto t = core::dtypeFromId(parser.value(dtype).toStdString());
        if (!t)
            return QStringLiteral("--dtype '%1': choose f32, f16 or bf16.").arg(parser.value(dtype));
        w.dtype = *t;
    }
    if (parser.isSet(mlaPath)) {
        const QString text = parser.value(mlaPath);
        if (text != QLatin1String("naive") && text != QLatin1String("absorbed"))
            return QStringLiteral("--mla-path '%1': choose naive or absorbed.").arg(text);
        if (w.mechanism != Mechanism::Mla)
            return notForMechanism("mla-path", text, w.mechanism, r.modelId);
        if (w.op == BenchOp::Prefill)
            return QStringLiteral("--mla-path %1: applies to --op decode; MLA prefill runs the decompressed form "
                                  "(per-head keys and values).")
                .arg(text);
        w.mlaPath = text == QLatin1String("naive") ? MlaDecodePath::Naive : MlaDecodePath::Absorbed;
    }
    // MLA prefill runs the decompressed form: per-head keys and values, no latent.
    if (w.mechanism == Mechanism::Mla && w.op == BenchOp::Prefill && shape[LatentRank])
        return QStringLiteral("--latent-rank %1: applies to --op decode; MLA prefill runs the decompressed form "
                              "(per-head keys and values), which has no latent.")
            .arg(*shape[LatentRank]);
    if (parser.isSet(batch))
        if (const QString e = parseInteger(QStringLiteral("batch"), parser.value(batch), &w.batch); !e.isEmpty())
            return e;

    // Contexts: one, or a sweep.
    std::vector<std::int64_t> contexts{w.context};
    if (parser.isSet(context))
        if (const QString e = parseInteger(QStringLiteral("context"), parser.value(context), &contexts.front());
            !e.isEmpty())
            return e;
    if (parser.isSet(sweep)) {
        const QString text = parser.value(sweep);
        if (parser.isSet(context))
            return QStringLiteral("--context %1: --sweep %2 sets the contexts; give one of them.")
                .arg(parser.value(context), text);
        const QString key = text.section(QLatin1Char('='), 0, 0);
        if (!text.contains(QLatin1Char('=')) || key != QLatin1String("context")) {
            if (text.contains(QLatin1Char('=')) && !key.isEmpty())
                return QStringLiteral("--sweep '%1': only context can be swept; give --sweep context=FROM:TO.")
                    .arg(text);
            return QStringLiteral("--sweep '%1': give context=FROM:TO, such as context=512:32768.").arg(text);
        }
        const QStringList range = text.section(QLatin1Char('='), 1).split(QLatin1Char(':'));
        bool okFrom = false, okTo = false;
        const qlonglong from = range.value(0).toLongLong(&okFrom), to = range.value(1).toLongLong(&okTo);
        if (range.size() != 2 || !okFrom || !okTo || range[0].trimmed() != range[0] || range[1].trimmed() != range[1])
            return QStringLiteral("--sweep '%1': give context=FROM:TO with whole numbers, such as context=512:32768.")
                .arg(text);
        if (from < 1)
            return QStringLiteral("--sweep '%1': FROM (%2) must be at least 1 token.").arg(text).arg(from);
        if (to < from)
            return QStringLiteral("--sweep '%1': TO (%2) must be at least FROM (%3).").arg(text).arg(to).arg(from);
        // The longest context first: the sentence then names the sweep, not a point of it.
        Workload longest = w;
        longest.context = to;
        if (const std::string e = core::checkWorkload(longest); !e.empty()) {
            if (!qs(e).startsWith(QStringLiteral("--context ")))
                return qs(e);
            const QString rule = qs(e).section(QStringLiteral(": "), 1);
            return QStringLiteral("--sweep '%1': TO (%2): %3").arg(text).arg(to).arg(rule);
        }
        contexts = core::sweepPoints(from, to);
    }

    for (std::int64_t c : contexts) {
        Workload point = w;
        point.context = c;
        if (const std::string e = core::checkWorkload(point); !e.empty())
            return qs(e);
        r.workloads.push_back(point);
    }
    return r;
}

namespace {

// Why a backend cannot run a workload, or "".
QString unsupported(const core::Capabilities &caps, const Workload &w)
{
    if (std::find(caps.dtypes.begin(), caps.dtypes.end(), w.dtype) == caps.dtypes.end())
        return QStringLiteral("has no %1 caches").arg(qs(core::dtypeId(w.dtype)));
    const bool ok = w.op == BenchOp::Prefill ? caps.prefill
        : w.mechanism == Mechanism::Mla      ? caps.mlaDecode
                                             : caps.decode;
    if (!ok)
        return QStringLiteral("cannot run %1").arg(qs(core::workloadTitle(w)));
    return {};
}

} // namespace

using benchoutput::Column;
using benchoutput::compact;
using benchoutput::measurementJson;
using benchoutput::mib;
using benchoutput::printRow;
using benchoutput::probeJson;
using benchoutput::rate;
using benchoutput::shapeText;

int runBench(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QStringLiteral("--ui"))) {
        // main() runs the window benchmark with a QApplication; never reached from the CLI.
        err << "attnscope bench: --ui runs from main() with a QApplication.\n";
        return ExitUsage;
    }
    if (arguments.contains(QStringLiteral("--model-dir"))) // a model folder: its own flags (cli/benchmodel.h)
        return runBenchModel(arguments, out, err);
    const BenchParse parsed = parseBenchArguments(arguments);
    if (const auto *message = std::get_if<QString>(&parsed)) {
        err << "attnscope bench: " << *message << "\n";
        return ExitUsage;
    }
    if (const auto *help = std::get_if<BenchHelp>(&parsed)) {
        out << help->text;
        return ExitOk;
    }
    const auto &r = std::get<BenchRequest>(parsed);
    const int threads = r.threads > 0 ? r.threads : core::CpuBackend::hardwareThreads();

    core::BackendRegistry registry(core::BackendOptions{r.threads});
    std::vector<core::Backend *> backends;
    QStringList notes; // backends --backend all leaves out, and why
    const bool all = r.backend == QLatin1String("all");
    for (const auto &b : registry.backends()) {
        if (!all && qs(b->id()) != r.backend)
            continue;
        const core::Availability a = b->availability();
        QString why = a.available ? QString() : QStringLiteral("unavailable: %1").arg(qs(a.reason));
        if (why.isEmpty())
            for (const Workload &w : r.workloads)
                if (why = unsupported(b->capabilities(), w); !why.isEmpty())
                    break;
        if (why.isEmpty()) {
            backends.push_back(b.get());
        } else if (!all) {
            err << "attnscope bench: --backend " << r.backend << ": " << why << ".\n";
            return ExitUnavailable;
        } else {
            notes << QStringLiteral("%1: %2.").arg(qs(b->id()), why);
        }
    }
    if (backends.empty()) { // --backend all and none available (never: the CPU always is)
        err << "attnscope bench: --backend all: no backend can run here; " << notes.join(QLatin1Char(' ')) << "\n";
        return ExitUnavailable;
    }
    core::ProbeOptions probe;
    probe.bytes = r.probeBytes;
    if (r.bandwidthOnly)
        probe.repeat = r.repeat;
    core::BenchOptions options;
    options.warmup = r.warmup;
    options.repeat = r.repeat;

    if (!r.json && !r.bandwidthOnly) {
        const Workload &w = r.workloads.front();
        out << "AttnScope bench: " << qs(core::workloadTitle(w)) << ", " << shapeText(w) << "\n";
        if (!r.modelId.isEmpty())
            out << "  one layer of " << r.modelName << " (" << r.modelId << ")\n";
        out << "  " << r.repeat << (r.repeat == 1 ? " timed run" : " timed runs") << " after " << r.warmup
            << (r.warmup == 1 ? " warm-up run" : " warm-up runs") << " per measurement\n";
    }
    // Backends --backend all leaves out: in the text, or on stderr so that stdout stays JSON.
    for (const QString &note : notes) {
        if (r.json)
            err << "attnscope bench: " << note << "\n";
        else
            out << (r.bandwidthOnly ? "" : "\n") << note << "\n";
    }

    const std::vector<Column> columns{{"workload", 8, true}, {"context", 7, false}, {"batch", 5, false},
                                      {"dtype", 5, true},    {"median", 9, false},  {"± MAD", 11, false},
                                      {"GB/s", 8, false},    {"% of BW", 7, false}, {"GFLOP/s", 8, false},
                                      {"roofline", 9, false}};
    std::vector<Column> table = columns;
    for (const Workload &w : r.workloads)
        table[0].width = std::max(table[0].width, int(core::workloadTitle(w).size()));

    try {
        for (std::size_t bi = 0; bi < backends.size(); ++bi) {
            core::Backend &b = *backends[bi];
            const core::Roofline roof = core::probeRoofline(b, probe);
            if (r.bandwidthOnly) {
                if (r.json) {
                    out << compact(probeJson(b, roof, threads)) << "\n";
                } else {
                    out << (bi > 0 || !notes.isEmpty() ? "\n" : "") << qs(b.id()) << ": " << qs(b.device()) << "\n"
                        << "  memory bandwidth  " << rate(roof.bandwidthGBps) << " GB/s: streaming read of "
                        << mib(roof.probeBytes) << ", median " << formatSeconds(roof.readSeconds.median) << " of "
                        << roof.readSeconds.count << "\n"
                        << "  fp32 matmul       " << rate(roof.peakGflops) << " GFLOP/s: n = " << roof.matmulN
                        << ", median " << formatSeconds(roof.matmulSeconds.median) << " of " << roof.matmulSeconds.count
                        << "\n";
                }
                out.flush();
                continue;
            }
            if (!r.json) {
                out << "\n"
                    << qs(b.id()) << ": " << qs(b.device()) << "\n"
                    << "  roofline: memory bandwidth " << rate(roof.bandwidthGBps) << " GB/s (streaming read of "
                    << mib(roof.probeBytes) << "), fp32 matmul " << rate(roof.peakGflops)
                    << " GFLOP/s (n = " << roof.matmulN << ")\n\n";
                QStringList headers;
                for (const Column &c : table)
                    headers << QString::fromUtf8(c.header);
                printRow(out, table, headers);
                out.flush();
            }
            for (const Workload &w : r.workloads) {
                const core::Measurement m = core::measure(b, w, roof, options);
                if (r.json) {
                    out << compact(measurementJson(m, r, threads)) << "\n";
                } else {
                    printRow(out, table,
                             {qs(core::workloadTitle(w)), QString::number(w.context), QString::number(w.batch),
                              qs(core::dtypeId(w.dtype)), formatSeconds(m.seconds.median),
                              QStringLiteral("± ") + formatSeconds(m.seconds.mad), rate(m.gbps),
                              QString::number(100.0 * m.bandwidthShare(), 'f', 1) + QLatin1Char('%'), rate(m.gflops),
                              formatSeconds(m.rooflineSeconds)});
                }
                out.flush();
            }
        }
    } catch (const core::BackendError &e) {
        out.flush();
        err << "attnscope bench: " << QString::fromUtf8(e.what()) << "\n";
        return ExitFailure;
    } catch (const std::bad_alloc &) {
        out.flush();
        err << "attnscope bench: out of memory while preparing the buffers; lower --context, --batch or "
               "--probe-mib.\n";
        return ExitFailure;
    } catch (const std::exception &e) {
        out.flush();
        err << "attnscope bench: " << QString::fromUtf8(e.what()) << "\n";
        return ExitFailure;
    }

    if (!r.json && !r.bandwidthOnly) {
        out << "\n";
        if (r.workloads.front().op == BenchOp::Decode)
            out << "Decode reads the whole KV cache for every new token, so memory bandwidth bounds it: compare GB/s "
                   "with the probe's (% of BW; above 100% the data fit in a CPU cache); roofline = max(bytes / "
                   "bandwidth, FLOPs / peak) is the time no implementation can beat.\n";
        else
            out << "Prefill does work quadratic in the context on keys and values read once, so the matmul rate "
                   "bounds it at long contexts: compare GFLOP/s with the probe's; roofline = max(bytes / bandwidth, "
                   "FLOPs / peak) is the time no implementation can beat.\n";
    }
    return ExitOk;
}

} // namespace attnscope::cli
