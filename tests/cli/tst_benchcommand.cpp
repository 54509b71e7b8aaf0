// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope bench` (the kernel benchmark) run as a user would: JSON Lines, text, exit codes.
// Every run is tiny (contexts <= 64, two timed runs, a 1 MiB probe, one thread); timings are
// only checked to be positive and finite, never against a limit.
#include "core/bench/harness.h"
#include "core/bench/workload.h"

#include "tests/common/runprogram.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using attnscope::core::BenchOp;
using attnscope::core::DType;
using attnscope::core::Mechanism;
using attnscope::core::MlaDecodePath;
using attnscope::core::Workload;

Q_DECLARE_METATYPE(Workload)

namespace {

using attnscope::testing::Run;
using attnscope::testing::runProgram;

Run run(const QStringList &arguments)
{
    return runProgram(QStringLiteral(ATTNSCOPE_BINARY), arguments);
}

// core/support/cpufeatures.h: the kernel variants a binary may report.
const QStringList kKernelVariants{"baseline (SSE2)", "baseline", "x86-64-v3 (AVX2+FMA)", "x86-64-v4 (AVX-512)",
                                  "native (-march=native)"};

// Keeps every run short: no warm-up, two timed runs, a 1 MiB probe, one thread.
const QStringList kFast{"--repeat", "2", "--warmup", "0", "--probe-mib", "1", "--threads", "1"};
// The probe alone has a fixed warm-up (--warmup is refused there).
const QStringList kFastProbe{"bench", "--bandwidth", "--repeat", "2", "--probe-mib", "1", "--threads", "1"};

Run bench(const QStringList &arguments)
{
    return run(QStringList{"bench"} + arguments + kFast);
}

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> lines;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("not a JSON object: %s", qPrintable(line));
            return {};
        }
        lines << doc.object();
    }
    return lines;
}

bool positiveFinite(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() > 0.0;
}

QString mechanismText(Mechanism m)
{
    const auto id = attnscope::core::mechanismId(m);
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

Workload workload(Mechanism m, BenchOp op, std::int64_t heads, std::int64_t kvHeads, std::int64_t headDim,
                  std::int64_t context, DType dtype = DType::F32)
{
    Workload w;
    w.mechanism = m;
    w.op = op;
    w.nHeads = heads;
    w.nKvHeads = kvHeads;
    w.dHead = headDim;
    w.context = context;
    w.dtype = dtype;
    return w;
}

Workload mla(BenchOp op, MlaDecodePath path, std::int64_t heads, std::int64_t headDim, std::int64_t latent,
             std::int64_t rope, std::int64_t context)
{
    Workload w = workload(Mechanism::Mla, op, heads, heads, headDim, context);
    w.mlaPath = path;
    w.dLatent = latent;
    w.dRope = rope;
    return w;
}

// The measurement's shape, bytes and FLOPs are those of `w`; its timings are positive.
void checkLine(const QJsonObject &o, const Workload &w)
{
    QCOMPARE(o.value("backend").toString(), QStringLiteral("cpu"));
    QVERIFY(!o.value("device").toString().isEmpty());
    QVERIFY2(kKernelVariants.contains(o.value("kernels").toString()), qPrintable(o.value("kernels").toString()));
    QCOMPARE(o.value("mechanism").toString(), mechanismText(w.mechanism));
    QCOMPARE(o.value("op").toString(), w.op == BenchOp::Decode ? QStringLiteral("decode") : QStringLiteral("prefill"));
    QCOMPARE(o.value("batch").toInteger(), w.batch);
    QCOMPARE(o.value("heads").toInteger(), w.nHeads);
    const bool isMla = w.mechanism == Mechanism::Mla;
    const bool absorbed = isMla && w.op == BenchOp::Decode && w.mlaPath == MlaDecodePath::Absorbed;
    QCOMPARE(o.value("kv_heads").toInteger(), absorbed ? 1 : isMla ? w.nHeads : w.nKvHeads);
    QCOMPARE(o.value("head_dim").toInteger(), w.dHead);
    QCOMPARE(o.value("context").toInteger(), w.context);
    const auto dtype = attnscope::core::dtypeId(w.dtype);
    QCOMPARE(o.value("dtype").toString(), QString::fromUtf8(dtype.data(), qsizetype(dtype.size())));
    QCOMPARE(o.value("threads").toInt(), 1);
    QCOMPARE(o.value("warmup").toInt(), 0);
    QCOMPARE(o.value("repeat").toInt(), 2);
    QCOMPARE(o.value("bytes").toInteger(), attnscope::core::workloadBytes(w));
    QCOMPARE(o.value("flops").toInteger(), attnscope::core::workloadFlops(w));
    QCOMPARE(o.contains("latent_rank"), isMla);
    QCOMPARE(o.contains("rope_dim"), isMla);
    if (isMla) {
        QCOMPARE(o.value("latent_rank").toInteger(), w.dLatent);
        QCOMPARE(o.value("rope_dim").toInteger(), w.dRope);
    }
    QCOMPARE(o.contains("mla_path"), isMla && w.op == BenchOp::Decode);
    if (o.contains("mla_path"))
        QCOMPARE(o.value("mla_path").toString(), absorbed ? QStringLiteral("absorbed") : QStringLiteral("naive"));
    for (const char *key : {"median_s", "min_s", "max_s", "gbps", "gflops", "bandwidth_gbps", "peak_gflops",
                            "roofline_s", "bandwidth_share"})
        QVERIFY2(positiveFinite(o, key), key);
    QVERIFY(o.value("mad_s").isDouble() && o.value("mad_s").toDouble() >= 0.0);
    QVERIFY(o.value("min_s").toDouble() <= o.value("median_s").toDouble());
    QVERIFY(o.value("median_s").toDouble() <= o.value("max_s").toDouble());
}

} // namespace

class TestBenchCommand : public QObject
{
    Q_OBJECT
private slots:
    void measuresEveryWorkload_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Workload>("expected");
        constexpr auto D = BenchOp::Decode;
        constexpr auto P = BenchOp::Prefill;
        QTest::newRow("sdpa decode") << QStringList{"--mechanism", "sdpa", "--head-dim", "16", "--context", "32"}
                                     << workload(Mechanism::Sdpa, D, 1, 1, 16, 32);
        QTest::newRow("mha decode") << QStringList{"--mechanism", "mha", "--heads",   "4",
                                                   "--head-dim",  "16",  "--context", "64"}
                                    << workload(Mechanism::Mha, D, 4, 4, 16, 64);
        QTest::newRow("gqa decode f16") << QStringList{"--mechanism", "gqa", "--heads",   "4",  "--kv-heads", "2",
                                                       "--head-dim",  "16",  "--context", "64", "--dtype",    "f16"}
                                        << workload(Mechanism::Gqa, D, 4, 2, 16, 64, DType::F16);
        QTest::newRow("gqa default kv heads")
            << QStringList{"--mechanism", "gqa", "--heads", "8", "--head-dim", "8", "--context", "16"}
            << workload(Mechanism::Gqa, D, 8, 4, 8, 16);
        QTest::newRow("mqa decode bf16") << QStringList{"--mechanism", "mqa",       "--heads", "4",       "--head-dim",
                                                        "16",          "--context", "48",      "--dtype", "bf16"}
                                         << workload(Mechanism::Mqa, D, 4, 1, 16, 48, DType::Bf16);
        QTest::newRow("mqa d-model") << QStringList{"--mechanism", "mqa", "--heads",   "4",
                                                    "--d-model",   "64",  "--context", "16"}
                                     << workload(Mechanism::Mqa, D, 4, 1, 16, 16);
        QTest::newRow("mla absorbed decode")
            << QStringList{"--mechanism",   "mla", "--heads",    "2", "--head-dim", "16",
                           "--latent-rank", "32",  "--rope-dim", "8", "--context",  "32"}
            << mla(D, MlaDecodePath::Absorbed, 2, 16, 32, 8, 32);
        QTest::newRow("mla naive decode f16")
            << QStringList{"--mechanism", "mla", "--heads",   "2",  "--head-dim", "16",    "--latent-rank", "32",
                           "--rope-dim",  "8",   "--context", "32", "--mla-path", "naive", "--dtype",       "f16"}
            << [] {
                   Workload w = mla(D, MlaDecodePath::Naive, 2, 16, 32, 8, 32);
                   w.dtype = DType::F16;
                   return w;
               }();
        // Prefill runs the decompressed form: no latent, so --latent-rank is refused there and the
        // workload keeps the default rank.
        QTest::newRow("mla prefill") << QStringList{"--mechanism", "mla", "--heads",   "2",  "--head-dim", "16",
                                                    "--rope-dim",  "8",   "--context", "16", "--op",       "prefill"}
                                     << mla(P, MlaDecodePath::Absorbed, 2, 16, 512, 8, 16);
        QTest::newRow("gqa prefill bf16 batch 2")
            << QStringList{"--mechanism", "gqa", "--heads", "4",       "--kv-heads", "2",    "--head-dim", "16",
                           "--context",   "32",  "--op",    "prefill", "--dtype",    "bf16", "--batch",    "2"}
            << [] {
                   Workload w = workload(Mechanism::Gqa, P, 4, 2, 16, 32, DType::Bf16);
                   w.batch = 2;
                   return w;
               }();
        QTest::newRow("mha prefill f16") << QStringList{"--mechanism", "mha", "--heads", "2",       "--head-dim", "8",
                                                        "--context",   "24",  "--op",    "prefill", "--dtype",    "f16"}
                                         << workload(Mechanism::Mha, P, 2, 2, 8, 24, DType::F16);
        QTest::newRow("sdpa prefill") << QStringList{"--mechanism", "sdpa", "--head-dim", "8",
                                                     "--context",   "16",   "--op",       "prefill"}
                                      << workload(Mechanism::Sdpa, P, 1, 1, 8, 16);
    }
    void measuresEveryWorkload()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Workload, expected);
        const Run r = bench(arguments + QStringList{"--json"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const auto lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        checkLine(lines.front(), expected);
        QVERIFY(!lines.front().contains("model"));
    }

    void sweepGivesOneLinePerPoint_data()
    {
        QTest::addColumn<QString>("sweep");
        QTest::addColumn<QList<qint64>>("contexts");
        QTest::newRow("powers of two") << "context=16:64" << QList<qint64>{16, 32, 64};
        QTest::newRow("ends between") << "context=5:20" << QList<qint64>{5, 8, 16, 20};
        QTest::newRow("one point") << "context=12:12" << QList<qint64>{12};
    }
    void sweepGivesOneLinePerPoint()
    {
        QFETCH(QString, sweep);
        QFETCH(QList<qint64>, contexts);
        const Run r = bench(
            {"--mechanism", "gqa", "--heads", "4", "--kv-heads", "2", "--head-dim", "8", "--sweep", sweep, "--json"});
        QCOMPARE(r.exitCode, 0);
        const auto lines = jsonLines(r.out);
        QCOMPARE(lines.size(), contexts.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            checkLine(lines[i], workload(Mechanism::Gqa, BenchOp::Decode, 4, 2, 8, contexts[i]));
    }

    void modelPreset_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Workload>("expected");
        QTest::newRow("deepseek-v2 prefill")
            << QStringList{"--model", "deepseek-v2", "--op", "prefill", "--context", "4"}
            << mla(BenchOp::Prefill, MlaDecodePath::Absorbed, 128, 128, 512, 64, 4);
        QTest::newRow("deepseek-v2-lite absorbed")
            << QStringList{"--model", "deepseek-v2-lite", "--context", "8"}
            << mla(BenchOp::Decode, MlaDecodePath::Absorbed, 16, 128, 512, 64, 8);
        QTest::newRow("deepseek-v2-lite naive")
            << QStringList{"--model", "deepseek-v2-lite", "--context", "8", "--mla-path", "naive"}
            << mla(BenchOp::Decode, MlaDecodePath::Naive, 16, 128, 512, 64, 8);
        QTest::newRow("llama-3-8b") << QStringList{"--model", "llama-3-8b", "--context", "8"}
                                    << workload(Mechanism::Gqa, BenchOp::Decode, 32, 8, 128, 8);
        QTest::newRow("falcon-7b") << QStringList{"--model", "falcon-7b", "--context", "8", "--dtype", "bf16"}
                                   << workload(Mechanism::Mqa, BenchOp::Decode, 71, 1, 64, 8, DType::Bf16);
        QTest::newRow("llama-2-7b") << QStringList{"--model", "llama-2-7b", "--context", "4", "--op", "prefill"}
                                    << workload(Mechanism::Mha, BenchOp::Prefill, 32, 32, 128, 4);
    }
    void modelPreset()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Workload, expected);
        const Run r = bench(arguments + QStringList{"--json"});
        QCOMPARE(r.exitCode, 0);
        const auto lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        checkLine(lines.front(), expected);
        QCOMPARE(lines.front().value("model").toString(), arguments.at(1));
    }

    void bandwidthJson()
    {
        const Run r = run(kFastProbe + QStringList{"--json"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const auto lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        const QJsonObject &o = lines.front();
        const QSet<QString> keys{"backend",  "device",      "kernels",        "threads",
                                 "probe_bytes", "median_s", "bandwidth_gbps", "matmul_n",
                                 "peak_gflops", "matmul_median_s"};
        const QStringList given = o.keys();
        QCOMPARE(QSet<QString>(given.begin(), given.end()), keys);
        QCOMPARE(o.value("backend").toString(), QStringLiteral("cpu"));
        QVERIFY(!o.value("device").toString().isEmpty());
        QVERIFY2(kKernelVariants.contains(o.value("kernels").toString()), qPrintable(o.value("kernels").toString()));
        QVERIFY(o.value("device").toString().endsWith(", kernels " + o.value("kernels").toString()));
        QCOMPARE(o.value("threads").toInt(), 1);
        QCOMPARE(o.value("probe_bytes").toInteger(), 1 << 20);
        QVERIFY(o.value("matmul_n").toInteger() > 0);
        for (const char *key : {"median_s", "bandwidth_gbps", "peak_gflops", "matmul_median_s"})
            QVERIFY2(positiveFinite(o, key), key);
    }
    // ATTNSCOPE_CPU_VARIANT forces a kernel variant; one this machine (or build) lacks, or no such
    // variant, is refused with one sentence and exit 1 when a kernel would run.
    void forcedKernelVariant_data()
    {
        QTest::addColumn<QString>("variant");
        for (const char *v : {"baseline", "x86-64-v3", "x86-64-v4", "native", "nonsense"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }
    void forcedKernelVariant()
    {
        QFETCH(QString, variant);
        qputenv("ATTNSCOPE_CPU_VARIANT", variant.toUtf8());
        const Run r = bench({"--mechanism", "gqa", "--heads", "4", "--kv-heads", "2", "--head-dim", "32", "--context",
                             "64", "--json"});
        qunsetenv("ATTNSCOPE_CPU_VARIANT");
        if (r.exitCode == 0) {
            const auto lines = jsonLines(r.out);
            QCOMPARE(lines.size(), 1);
            QVERIFY2(lines.front().value("kernels").toString().startsWith(variant),
                     qPrintable(lines.front().value("kernels").toString()));
        } else {
            QVERIFY(variant != "baseline" || r.err.contains("native")); // only a native build lacks it
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.startsWith("attnscope bench: ATTNSCOPE_CPU_VARIANT=" + variant + ": "), qPrintable(r.err));
            QVERIFY2(r.err.contains("; this machine runs: "), qPrintable(r.err));
            QCOMPARE(r.err.count('\n'), 1);
        }
        if (variant == "nonsense")
            QVERIFY(r.exitCode != 0);
    }

    void bandwidthText()
    {
        const Run r = run(kFastProbe);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("cpu: "), qPrintable(r.out));
        QVERIFY(r.out.contains("1 thread"));
        QVERIFY(r.out.contains("memory bandwidth"));
        QVERIFY(r.out.contains(" GB/s"));
        QVERIFY(r.out.contains("fp32 matmul"));
        QVERIFY(r.out.contains(" GFLOP/s"));
    }

    void textHasHeaderRowsAndHint()
    {
        const Run r = bench({"--mechanism", "gqa", "--heads", "4", "--kv-heads", "2", "--head-dim", "8", "--sweep",
                             "context=16:64", "--dtype", "bf16"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.startsWith("AttnScope bench: GQA decode, 4 heads, 2 KV heads, d_h 8, bf16 cache, batch 1\n"),
                 qPrintable(r.out));
        QVERIFY(r.out.contains("\ncpu: "));
        QVERIFY(r.out.contains("roofline: memory bandwidth "));
        QVERIFY(r.out.contains(" GFLOP/s (n = "));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        qsizetype header = -1;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines[i].contains("median") && lines[i].contains("GB/s") && lines[i].contains("roofline"))
                header = i;
        QVERIFY(header > 0);
        for (const char *column : {"workload", "context", "batch", "dtype", "± MAD", "% of BW", "GFLOP/s"})
            QVERIFY2(lines[header].contains(QString::fromUtf8(column)), column);
        // One row per context, aligned under the header.
        const QStringList contexts{"16", "32", "64"};
        const qsizetype contextEnd = lines[header].indexOf("context") + 7;
        for (qsizetype i = 0; i < contexts.size(); ++i) {
            const QString &row = lines[header + 1 + i];
            QVERIFY2(row.startsWith("  GQA decode"), qPrintable(row));
            QCOMPARE(row.mid(contextEnd - contexts[i].size(), contexts[i].size()), contexts[i]);
            QVERIFY(row.contains("bf16"));
            QVERIFY(row.contains("%"));
            QVERIFY(row.endsWith(QLatin1Char('s'))); // the roofline time, with its unit
        }
        QVERIFY(lines[header + 4].isEmpty());
        QVERIFY(lines[header + 5].startsWith("Decode reads the whole KV cache"));
    }
    void textPrefillHintAndModel()
    {
        const Run r = bench({"--model", "deepseek-v2-lite", "--op", "prefill", "--context", "8"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("AttnScope bench: MLA prefill, 16 heads, d_h 128, d_c 512, d_h^R 64"),
                 qPrintable(r.out));
        QVERIFY(r.out.contains("\n  one layer of ") && r.out.contains(" (deepseek-v2-lite)\n"));
        QVERIFY(r.out.contains("\nPrefill "));
    }

    void backendAll()
    {
        const Run json = bench(
            {"--mechanism", "mqa", "--heads", "2", "--head-dim", "8", "--context", "8", "--backend", "all", "--json"});
        QCOMPARE(json.exitCode, 0);
        const auto lines = jsonLines(json.out);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.front().value("backend").toString(), QStringLiteral("cpu"));
        // The unavailable ones are notes on stderr, so stdout stays JSON Lines.
        for (const QString &note : json.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(note.startsWith("attnscope bench: ") && note.contains(": unavailable: "), qPrintable(note));
        QCOMPARE(lines.size() + json.err.count(QLatin1Char('\n')), 2); // cpu and cuda, one way or the other

        const Run text =
            bench({"--mechanism", "mqa", "--heads", "2", "--head-dim", "8", "--context", "8", "--backend", "all"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("\ncpu: "));
        QVERIFY(text.out.contains("\ncuda: ") || text.out.startsWith("cuda: unavailable: "));
        QVERIFY2(text.err.isEmpty(), qPrintable(text.err));
    }
    void unavailableBackendExitsThree()
    {
        const Run r = bench(
            {"--mechanism", "mqa", "--heads", "2", "--head-dim", "8", "--context", "8", "--backend", "cuda", "--json"});
        if (r.exitCode == 0)
            QSKIP("CUDA is available on this machine");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith("attnscope bench: --backend cuda: unavailable: "), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        Workload bahdanau;
        bahdanau.mechanism = Mechanism::Bahdanau;
        const QStringList gqa{"--mechanism", "gqa"};
        const QStringList mlaArgs{"--mechanism", "mla"};
        QTest::newRow("no mechanism") << QStringList{} << "--mechanism is required";
        QTest::newRow("bahdanau") << QStringList{"--mechanism", "bahdanau"}
                                  << QString::fromStdString(attnscope::core::checkWorkload(bahdanau));
        QTest::newRow("unknown mechanism") << QStringList{"--mechanism", "rnn"} << "--mechanism 'rnn'";
        // compute's flags that bench cannot use
        QTest::newRow("tokens") << gqa + QStringList{"--tokens", "6"} << "--tokens: bench measures against a cache";
        QTest::newRow("source-tokens") << gqa + QStringList{"--source-tokens", "5"} << "--source-tokens: ";
        QTest::newRow("causal") << gqa + QStringList{"--causal"} << "--causal: ";
        QTest::newRow("cross") << gqa + QStringList{"--cross"} << "--cross: ";
        QTest::newRow("hidden") << gqa + QStringList{"--hidden", "4"} << "--hidden: ";
        QTest::newRow("align-dim") << gqa + QStringList{"--align-dim", "4"} << "--align-dim: ";
        QTest::newRow("query-rank") << mlaArgs + QStringList{"--query-rank", "8"} << "--query-rank: ";
        QTest::newRow("rope-base") << mlaArgs + QStringList{"--rope-base", "500"} << "--rope-base: ";
        QTest::newRow("rope-layout") << mlaArgs + QStringList{"--rope-layout", "half"} << "--rope-layout: ";
        QTest::newRow("seed") << gqa + QStringList{"--seed", "1"} << "--seed: ";
        QTest::newRow("dump") << gqa + QStringList{"--dump", "x.json"} << "--dump: ";
        QTest::newRow("view") << gqa + QStringList{"--view", "steps"} << "--view: ";
        // parameters that do not apply to the mechanism
        QTest::newRow("latent-rank with gqa")
            << gqa + QStringList{"--latent-rank", "8"} << "--latent-rank 8: applies to --mechanism mla only, not gqa.";
        QTest::newRow("rope-dim with mha")
            << QStringList{"--mechanism", "mha", "--rope-dim", "8"} << "--rope-dim 8: applies to --mechanism mla only";
        QTest::newRow("mla-path with mha") << QStringList{"--mechanism", "mha", "--mla-path", "naive"}
                                           << "--mla-path naive: applies to --mechanism mla only";
        QTest::newRow("kv-heads with mqa") << QStringList{"--mechanism", "mqa", "--kv-heads", "2"} << "--kv-heads 2";
        QTest::newRow("kv-heads with mha")
            << QStringList{"--mechanism", "mha", "--heads", "4", "--kv-heads", "2"} << "--kv-heads 2: mha";
        QTest::newRow("kv-heads with mla") << mlaArgs + QStringList{"--kv-heads", "2"} << "--kv-heads 2: mla";
        QTest::newRow("heads with sdpa") << QStringList{"--mechanism", "sdpa", "--heads", "2"} << "--heads 2: sdpa";
        QTest::newRow("kv-heads with sdpa")
            << QStringList{"--mechanism", "sdpa", "--kv-heads", "2"} << "--kv-heads 2: sdpa";
        QTest::newRow("mla-path with prefill") << mlaArgs + QStringList{"--op", "prefill", "--mla-path", "naive"}
                                               << "--mla-path naive: applies to --op decode";
        // values
        QTest::newRow("kv-heads divide") << gqa + QStringList{"--heads", "8", "--kv-heads", "3"}
                                         << "--kv-heads 3: must divide --heads (8).";
        QTest::newRow("heads not integer") << gqa + QStringList{"--heads", "x"} << "--heads 'x': not an integer.";
        QTest::newRow("heads zero") << gqa + QStringList{"--heads", "0"} << "--heads 0";
        QTest::newRow("head-dim zero") << gqa + QStringList{"--head-dim", "0"} << "--head-dim 0";
        QTest::newRow("latent-rank zero") << mlaArgs + QStringList{"--latent-rank", "0"} << "--latent-rank 0";
        QTest::newRow("repeated") << gqa + QStringList{"--heads", "4", "--heads", "4"} << "--heads is given more than";
        QTest::newRow("d-model divide") << gqa + QStringList{"--d-model", "30"} << "--d-model 30";
        QTest::newRow("d-model and head-dim")
            << gqa + QStringList{"--d-model", "4096", "--head-dim", "64"} << "--d-model 4096";
        QTest::newRow("context zero") << gqa + QStringList{"--context", "0"} << "--context 0";
        QTest::newRow("context not integer") << gqa + QStringList{"--context", "4k"} << "--context '4k'";
        QTest::newRow("memory limit") << gqa + QStringList{"--context", "1000000000"} << "limit";
        QTest::newRow("batch zero") << gqa + QStringList{"--batch", "0"} << "--batch 0";
        QTest::newRow("dtype") << gqa + QStringList{"--dtype", "f64"} << "--dtype 'f64'";
        QTest::newRow("op") << gqa + QStringList{"--op", "train"} << "--op 'train'";
        QTest::newRow("mla-path") << mlaArgs + QStringList{"--mla-path", "fast"} << "--mla-path 'fast'";
        QTest::newRow("threads zero") << gqa + QStringList{"--threads", "0"} << "--threads 0: give 1 to 1024";
        QTest::newRow("threads too many") << gqa + QStringList{"--threads", "1025"} << "--threads 1025";
        QTest::newRow("threads not integer") << gqa + QStringList{"--threads", "all"} << "--threads 'all'";
        QTest::newRow("repeat zero") << gqa + QStringList{"--repeat", "0"} << "--repeat 0: give 1 to 10000";
        QTest::newRow("repeat too many") << gqa + QStringList{"--repeat", "10001"} << "--repeat 10001";
        QTest::newRow("warmup negative") << gqa + QStringList{"--warmup", "-1"} << "--warmup -1: give 0 to 1000";
        QTest::newRow("warmup too many") << gqa + QStringList{"--warmup", "1001"} << "--warmup 1001";
        QTest::newRow("probe-mib zero") << gqa + QStringList{"--probe-mib", "0"} << "--probe-mib 0";
        QTest::newRow("probe-mib too large") << gqa + QStringList{"--probe-mib", "65537"} << "--probe-mib 65537";
        // sweeps
        QTest::newRow("sweep key") << gqa + QStringList{"--sweep", "heads=1:8"} << "only context can be swept";
        QTest::newRow("sweep syntax") << gqa + QStringList{"--sweep", "context=64"} << "--sweep 'context=64'";
        QTest::newRow("sweep no key") << gqa + QStringList{"--sweep", "16:64"} << "--sweep '16:64'";
        QTest::newRow("sweep words") << gqa + QStringList{"--sweep", "context=a:b"} << "whole numbers";
        QTest::newRow("sweep reversed") << gqa + QStringList{"--sweep", "context=64:16"} << "TO (16)";
        QTest::newRow("sweep zero") << gqa + QStringList{"--sweep", "context=0:16"} << "FROM (0)";
        QTest::newRow("sweep and context")
            << gqa + QStringList{"--sweep", "context=16:64", "--context", "32"} << "--context 32";
        QTest::newRow("sweep memory limit") << gqa + QStringList{"--sweep", "context=16:1000000000"} << "limit";
        // models
        QTest::newRow("unknown model") << QStringList{"--model", "gpt-5"} << "--model 'gpt-5': no such preset";
        QTest::newRow("model and shape") << QStringList{"--model", "deepseek-v2", "--heads", "8"} << "--heads 8";
        QTest::newRow("model and mechanism")
            << QStringList{"--model", "deepseek-v2", "--mechanism", "mla"} << "--mechanism mla";
        QTest::newRow("model mla-path") << QStringList{"--model", "llama-3-8b", "--mla-path", "naive"}
                                        << "--mla-path naive";
        // backends and modes
        QTest::newRow("unknown backend") << gqa + QStringList{"--backend", "tpu"} << "--backend 'tpu'";
        QTest::newRow("bandwidth and mechanism")
            << QStringList{"--bandwidth", "--mechanism", "gqa"} << "--mechanism: bench --bandwidth";
        QTest::newRow("bandwidth and context") << QStringList{"--bandwidth", "--context", "16"} << "--context: ";
        QTest::newRow("bandwidth and warmup") << QStringList{"--bandwidth", "--warmup", "1"} << "--warmup: ";
        QTest::newRow("positional") << gqa + QStringList{"extra"} << "unexpected argument 'extra'";
        QTest::newRow("unknown option") << gqa + QStringList{"--frobnicate"} << "frobnicate";
        // Sizes past 64 bits and flags that do not apply: refused by the flag given, at once.
        const QString max = QStringLiteral("9223372036854775807");
        QTest::newRow("huge latent rank") << mlaArgs + QStringList{"--latent-rank", max, "--mla-path", "absorbed"}
                                          << "--latent-rank 9223372036854775807: the run needs more than 2^63 bytes";
        QTest::newRow("huge rope dim") << mlaArgs + QStringList{"--rope-dim", "9223372036854775806"}
                                       << "--rope-dim 9223372036854775806: the run needs more than 2^63 bytes";
        QTest::newRow("odd rope dim") << mlaArgs + QStringList{"--rope-dim", "7"}
                                      << "--rope-dim 7: must be even: RoPE rotates coordinates in pairs.";
        QTest::newRow("latent rank with prefill")
            << mlaArgs + QStringList{"--op", "prefill", "--latent-rank", "3037000500", "--batch", "16"}
            << "--latent-rank 3037000500: applies to --op decode";
        QTest::newRow("sweep to the largest int64") << gqa + QStringList{"--sweep", "context=1:" + max}
                                                    << "--sweep 'context=1:9223372036854775807': TO (9223372036854775807): the run needs more than 2^63 bytes";
        QTest::newRow("sweep past memory") << gqa + QStringList{"--sweep", "context=1:4611686018427387905"}
                                           << "--sweep 'context=1:4611686018427387905': TO (4611686018427387905)";
    }
    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        // Without kFast: some rows give the very flags kFast sets.
        const Run r = run(QStringList{"bench"} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("attnscope bench: "), qPrintable(r.err));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }
    void unknownModelListsPresets()
    {
        const Run r = run({"bench", "--model", "gpt-5"});
        QCOMPARE(r.exitCode, 2);
        for (const char *id : {"deepseek-v2", "deepseek-v2-lite", "llama-3-8b", "mistral-7b"})
            QVERIFY2(r.err.contains(QLatin1String(id)), id);
    }

    // A valid request whose buffers cannot be allocated: one line, exit 1.
    void allocationFailureExitsOne()
    {
        // 1 GiB per cache buffer (8 heads x 262144 tokens x 128 x 4 bytes) under a 1.4 GiB address space.
        const QString arguments = QStringLiteral("bench --mechanism mha --heads 8 --head-dim 128 --context 262144 "
                                                 "--repeat 1 --warmup 0 --probe-mib 1 --threads 1 --json");
        Run r;
        if (attnscope::testing::kSanitized) {
            // AddressSanitizer reserves terabytes of shadow memory, so `ulimit -v` cannot run it:
            // its allocator refuses every allocation over 1000 MiB instead, returning null as
            // aligned_alloc would. Its one-line warning about that goes to a log file.
            QTemporaryDir logs;
            QVERIFY(logs.isValid());
            const QByteArray saved = qgetenv("ASAN_OPTIONS");
            qputenv("ASAN_OPTIONS", saved + ":allocator_may_return_null=1:max_allocation_size_mb=1000:log_path="
                                        + QFile::encodeName(logs.filePath(QStringLiteral("asan"))));
            r = run(arguments.split(QLatin1Char(' ')));
            qputenv("ASAN_OPTIONS", saved);
        } else {
            if (!QFile::exists("/bin/sh"))
                QSKIP("needs /bin/sh to limit the address space");
            const QString command = QStringLiteral("ulimit -v 1500000 && exec \"%1\" %2")
                                        .arg(QStringLiteral(ATTNSCOPE_BINARY), arguments);
            r = runProgram("/bin/sh", {"-c", command});
        }
        if (r.exitCode == 2 && r.err.contains("limit"))
            QSKIP("this machine's memory is too small for the test's workload");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("attnscope bench: ") && r.err.contains("memory"), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    void help()
    {
        const Run r = run({"bench", "--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char *flag : {"--backend",   "--mechanism",   "--model",    "--heads",   "--kv-heads", "--head-dim",
                                 "--d-model",   "--latent-rank", "--rope-dim", "--context", "--sweep",    "--batch",
                                 "--dtype",     "--op",          "--mla-path", "--repeat",  "--warmup",   "--threads",
                                 "--probe-mib", "--bandwidth",   "--json",     "--ui"})
            QVERIFY2(r.out.contains(QLatin1String(flag)), flag);
        QVERIFY(r.out.contains("Exit codes: 0 success, 1 "));
        QVERIFY(r.out.contains(" 3 the backend"));
    }
    // Issue 17: a long session does not grow. Three passes over the 336 teaching sizes on the
    // steps view: after the first pass (every size shown once, the caches full), the heap grows
    // by less than 256 bytes per recompute (1.7 KB before the play button kept its icons).
    void uiFootprintIsFlat()
    {
        const Run r = runProgram(QStringLiteral(ATTNSCOPE_BINARY),
                                 {"bench", "--ui", "--view", "steps", "--repeat", "3", "--json"},
                                 attnscope::testing::scaledMs(600000));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("samples").toInt() + o.value("timeouts").toInt(), 3 * 336);
        QVERIFY2(o.contains("heap_growth_bytes_per_change"), qPrintable(r.out));
        const double after = o.value("heap_after_first_pass_bytes").toDouble();
        const double end = o.value("heap_end_bytes").toDouble();
        QVERIFY2(after > 1e6 && end > 1e6, qPrintable(r.out)); // the window's heap is measured
        const double growth = o.value("heap_growth_bytes_per_change").toDouble();
        QVERIFY2(growth < 256.0, qPrintable(QStringLiteral("%1 bytes per change").arg(growth)));
        QCOMPARE(growth, (end - after) / (2.0 * 336));
    }

    // `bench --ui` is still the window benchmark (its help only: the benchmark itself is long).
    void uiIsStillTheWindowBenchmark()
    {
        const Run r = run({"bench", "--ui", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Usage: attnscope bench --ui"), qPrintable(r.out));
        const Run bad = run({"bench", "--ui", "--backend", "cpu"});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestBenchCommand)
#include "tst_benchcommand.moc"
