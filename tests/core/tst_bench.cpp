// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark harness: workloads' bytes and FLOPs (known answers), their validation, the
// statistics, sweeps and cancellation. Nothing here depends on how long anything takes.
#include "core/backends/cpu/cpubackend.h"
#include "core/bench/harness.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>

using namespace attnscope::core;

namespace {

Workload llamaGqa()
{
    Workload w;
    w.mechanism = Mechanism::Gqa;
    w.nHeads = 32;
    w.nKvHeads = 8;
    w.dHead = 128;
    w.context = 8192;
    w.batch = 2;
    return w;
}

Workload liteMla(MlaDecodePath path)
{
    Workload w;
    w.mechanism = Mechanism::Mla;
    w.nHeads = 16;
    w.dHead = 128;
    w.dLatent = 512;
    w.dRope = 64;
    w.context = 8192;
    w.mlaPath = path;
    return w;
}

} // namespace

class TestBench : public QObject
{
    Q_OBJECT

private slots:
    void bytesAndFlops()
    {
        // GQA decode, Llama-3-8B layer: the cache is 2 x B x G x T x d fp32 values.
        Workload w = llamaGqa();
        QCOMPARE(workloadBytes(w), std::int64_t(2) * 2 * 8 * 8192 * 128 * 4 + 2 * 32 * 128 * 4 * 2);
        QCOMPARE(workloadFlops(w), std::int64_t(2) * 2 * 32 * 8192 * (128 + 128));
        w.dtype = DType::Bf16;
        QCOMPARE(workloadBytes(w), std::int64_t(2) * 2 * 8 * 8192 * 128 * 2 + 2 * 32 * 128 * 4 * 2);
        // MQA reads 1/8 of GQA-8's cache, MHA 4 times it.
        w.dtype = DType::F32;
        w.mechanism = Mechanism::Mqa;
        w.nKvHeads = 1;
        QCOMPARE(workloadBytes(w), std::int64_t(2) * 2 * 1 * 8192 * 128 * 4 + 2 * 32 * 128 * 4 * 2);

        // MLA absorbed: the shared latent cache (d_c + d_R per token), W_UK and W_UV, q, out.
        const Workload a = liteMla(MlaDecodePath::Absorbed);
        QCOMPARE(workloadBytes(a),
                 std::int64_t(8192) * 576 * 4 + 2 * 512 * 16 * 128 * 4 + 16 * (128 + 64) * 4 + 16 * 128 * 4);
        QCOMPARE(workloadFlops(a), std::int64_t(2) * 16 * (128 * 512 + 8192 * (576 + 512) + 512 * 128));
        // MLA naive: per-head decompressed keys (d_h + d_R) and values (d_h).
        const Workload n = liteMla(MlaDecodePath::Naive);
        QCOMPARE(workloadBytes(n), std::int64_t(16) * 8192 * (192 + 128) * 4 + 16 * 192 * 4 + 16 * 128 * 4);
        QCOMPARE(workloadFlops(n), std::int64_t(2) * 16 * 8192 * (192 + 128));
        QVERIFY(workloadBytes(a) * 6 < workloadBytes(n)); // W_UK and W_UV weigh in at batch 1

        // Causal prefill: T (T + 1) / 2 query-key pairs.
        Workload p = llamaGqa();
        p.op = BenchOp::Prefill;
        p.context = 5;
        p.batch = 1;
        QCOMPARE(workloadFlops(p), std::int64_t(2) * 32 * 15 * 256);
        QCOMPARE(workloadBytes(p), std::int64_t(32) * 5 * 128 * 4 * 2 + 8 * 5 * 256 * 4);
        // Overflow saturates instead of wrapping (and checkWorkload then refuses the size).
        p.context = std::int64_t(1) << 40;
        QCOMPARE(workloadFlops(p), std::numeric_limits<std::int64_t>::max());
    }

    void titles()
    {
        QCOMPARE(workloadTitle(llamaGqa()), std::string("GQA decode"));
        QCOMPARE(workloadTitle(liteMla(MlaDecodePath::Absorbed)), std::string("MLA absorbed decode"));
        Workload p = liteMla(MlaDecodePath::Naive);
        p.op = BenchOp::Prefill;
        QCOMPARE(workloadTitle(p), std::string("MLA prefill"));
        QCOMPARE(benchOpFromId("prefill"), std::optional<BenchOp>(BenchOp::Prefill));
        QCOMPARE(benchOpFromId("train"), std::nullopt);
    }

    void checkWorkload_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("ok") << 0 << "";
        QTest::newRow("kv heads") << 1 << "--kv-heads 5: must divide --heads (32).";
        QTest::newRow("context") << 2 << "--context 0: must be at least 1.";
        QTest::newRow("batch") << 3 << "--batch -1: must be at least 1.";
        QTest::newRow("mha kv heads") << 4 << "--kv-heads 8: mha has as many KV heads as heads (32).";
        QTest::newRow("mqa kv heads") << 5 << "--kv-heads 8: mqa has exactly one KV head.";
        QTest::newRow("bahdanau") << 6
                                  << "--mechanism bahdanau: has no KV cache to decode against; choose sdpa, mha, "
                                     "gqa, mqa or mla.";
        QTest::newRow("latent rank") << 7 << "--latent-rank 0: must be at least 1.";
        QTest::newRow("memory") << 8
                                << "--context 8192: the run needs 0.1 GiB of buffers, more than the limit of 0.0 "
                                   "GiB (half of the memory this process may use); lower --context or --batch.";
        QTest::newRow("odd rope") << 9 << "--rope-dim 7: must be even: RoPE rotates coordinates in pairs.";
        // Sizes past 64 bits are refused by the flag that made them, before anything is added
        // up in signed arithmetic (which UBSan would stop).
        QTest::newRow("huge latent") << 10
                                     << "--latent-rank 9223372036854775807: the run needs more than 2^63 bytes of "
                                        "buffers, more than the limit of 1024.0 GiB (half of the memory this process "
                                        "may use); lower --latent-rank.";
        QTest::newRow("huge rope") << 11
                                   << "--rope-dim 9223372036854775806: the run needs more than 2^63 bytes of buffers, "
                                      "more than the limit of 1024.0 GiB (half of the memory this process may use); "
                                      "lower --rope-dim.";
        QTest::newRow("huge heads") << 12
                                    << "--heads 4611686018427387904: the run needs more than 2^63 bytes of buffers, "
                                       "more than the limit of 1024.0 GiB (half of the memory this process may use); "
                                       "lower --heads.";
    }

    void checkWorkload()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        Workload w = llamaGqa();
        std::int64_t limit = std::int64_t(1) << 40;
        switch (which) {
        case 1: w.nKvHeads = 5; break;
        case 2: w.context = 0; break;
        case 3: w.batch = -1; break;
        case 4: w.mechanism = Mechanism::Mha; break;
        case 5: w.mechanism = Mechanism::Mqa; break;
        case 6: w.mechanism = Mechanism::Bahdanau; break;
        case 7:
            w = liteMla(MlaDecodePath::Absorbed);
            w.dLatent = 0;
            break;
        case 8: limit = 1 << 20; break;
        case 9:
            w = liteMla(MlaDecodePath::Absorbed);
            w.dRope = 7;
            break;
        case 10:
            w = liteMla(MlaDecodePath::Absorbed);
            w.dLatent = std::numeric_limits<std::int64_t>::max();
            break;
        case 11:
            w = liteMla(MlaDecodePath::Naive);
            w.dRope = std::numeric_limits<std::int64_t>::max() - 1;
            break;
        case 12:
            w.nHeads = std::int64_t(1) << 62;
            w.nKvHeads = 1;
            break;
        }
        QCOMPARE(QString::fromStdString(attnscope::core::checkWorkload(w, limit)), message);
        // The allocation counts every buffer, the cache included.
        QVERIFY(workloadAllocation(llamaGqa()) > workloadBytes(llamaGqa()) - 1);
    }

    void statistics()
    {
        const Stats odd = summarize({3.0, 1.0, 2.0, 10.0, 2.5});
        QCOMPARE(odd.count, 5);
        QCOMPARE(odd.median, 2.5);
        QCOMPARE(odd.min, 1.0);
        QCOMPARE(odd.max, 10.0);
        QCOMPARE(odd.mad, 0.5); // |x - 2.5| = 0.5, 1.5, 0.5, 7.5, 0 -> median 0.5
        const Stats even = summarize({4.0, 1.0, 3.0, 2.0});
        QCOMPARE(even.median, 2.5);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)summarize({}));

        Roofline r;
        r.bandwidthGBps = 10.0;
        r.peakGflops = 100.0;
        QCOMPARE(r.time(std::int64_t(20e9), std::int64_t(100e9)), 2.0); // memory-bound
        QCOMPARE(r.time(std::int64_t(1e9), std::int64_t(300e9)), 3.0);  // compute-bound
    }

    void sweeps()
    {
        QCOMPARE(sweepPoints(512, 32768), (std::vector<std::int64_t>{512, 1024, 2048, 4096, 8192, 16384, 32768}));
        QCOMPARE(sweepPoints(100, 1000), (std::vector<std::int64_t>{100, 128, 256, 512, 1000}));
        QCOMPARE(sweepPoints(64, 64), (std::vector<std::int64_t>{64}));
        QVERIFY(sweepPoints(0, 10).empty());
        QVERIFY(sweepPoints(10, 5).empty());
        // Up to the largest int64: the doubling stops at 2^62 instead of overflowing.
        constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
        const auto all = sweepPoints(1, max);
        QCOMPARE(all.size(), std::size_t(64)); // 1, 2, 4, ..., 2^62, max
        QCOMPARE(all[62], std::int64_t(1) << 62);
        QCOMPARE(all.back(), max);
        QCOMPARE(sweepPoints(max - 1, max), (std::vector<std::int64_t>{max - 1, max}));
        QCOMPARE(sweepPoints((std::int64_t(1) << 62) + 1, max), (std::vector<std::int64_t>{(std::int64_t(1) << 62) + 1, max}));
    }

    // The memory limit follows the process's control groups: the smallest limit of its group and
    // the groups above it (v2), or the memory controller's (v1); "max" is no limit.
    void cgroupLimit()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const std::filesystem::path r = root.path().toStdString();
        auto write = [&](const std::filesystem::path &file, const std::string &text) {
            std::filesystem::create_directories(file.parent_path());
            std::ofstream(file) << text;
        };
        write(r / "memory.max", "max\n");
        write(r / "user.slice/memory.max", "4294967296\n");
        write(r / "user.slice/job.scope/memory.max", "max\n");
        QCOMPARE(attnscope::core::cgroupMemoryLimit("0::/user.slice/job.scope\n", r), std::optional<std::int64_t>(4294967296));
        write(r / "user.slice/job.scope/memory.max", "2147483648\n");
        QCOMPARE(attnscope::core::cgroupMemoryLimit("0::/user.slice/job.scope\n", r), std::optional<std::int64_t>(2147483648));
        QCOMPARE(attnscope::core::cgroupMemoryLimit("0::/other\n", r), std::nullopt);
        // v1: the memory controller's line, "no limit" written as a huge number.
        write(r / "memory/box/memory.limit_in_bytes", "1073741824\n");
        QCOMPARE(attnscope::core::cgroupMemoryLimit("12:cpu,cpuacct:/x\n7:memory:/box\n", r),
                 std::optional<std::int64_t>(1073741824));
        write(r / "memory/free/memory.limit_in_bytes", "9223372036854771712\n");
        QCOMPARE(attnscope::core::cgroupMemoryLimit("7:memory:/free\n", r), std::nullopt);
        // Nonsense is no limit, never a crash.
        QCOMPARE(attnscope::core::cgroupMemoryLimit("garbage\n0::relative\n0::/../..\n", r), std::nullopt);
        write(r / "bad/memory.max", "12abc\n");
        QCOMPARE(attnscope::core::cgroupMemoryLimit("0::/bad\n", r), std::nullopt);
        // The limit of this process is at most half of what its group allows.
        QVERIFY(attnscope::core::benchMemoryLimit() > 0);
    }

    void measureReportsEveryFigure()
    {
        CpuBackend cpu(1);
        ProbeOptions probe;
        probe.bytes = 1 << 20;
        probe.matmulN = 32;
        probe.repeat = 3;
        const Roofline roofline = probeRoofline(cpu, probe);
        QVERIFY(roofline.bandwidthGBps > 0 && std::isfinite(roofline.bandwidthGBps));
        QVERIFY(roofline.peakGflops > 0 && std::isfinite(roofline.peakGflops));
        QCOMPARE(roofline.probeBytes, std::int64_t(1) << 20);

        for (Workload w : {llamaGqa(), liteMla(MlaDecodePath::Absorbed), liteMla(MlaDecodePath::Naive)}) {
            w.context = 33;
            w.batch = 1;
            for (BenchOp op : {BenchOp::Decode, BenchOp::Prefill}) {
                w.op = op;
                const Measurement m = measure(cpu, w, roofline, {0, 3, {}});
                QCOMPARE(m.seconds.count, 3);
                QCOMPARE(m.backend, std::string("cpu"));
                QCOMPARE(m.bytes, workloadBytes(w));
                QCOMPARE(m.flops, workloadFlops(w));
                QVERIFY(m.seconds.median > 0);
                QCOMPARE(m.gbps, double(m.bytes) / m.seconds.median / 1e9);
                QCOMPARE(m.rooflineSeconds, roofline.time(m.bytes, m.flops));
                QCOMPARE(m.bandwidthGbps, roofline.bandwidthGBps);
            }
        }
    }

    void preparedWorkloadRunsAndIsSeeded()
    {
        CpuBackend cpu(2);
        Workload w = llamaGqa();
        w.context = 100;
        w.batch = 1;
        PreparedWorkload a(cpu, w, 1), b(cpu, w, 1), c(cpu, w, 2);
        a.run();
        b.run();
        c.run();
        QCOMPARE(a.output().size(), std::size_t(32 * 128));
        QCOMPARE(a.output(), b.output());
        QVERIFY(a.output() != c.output());
        for (float x : a.output())
            QVERIFY(std::isfinite(x) && std::abs(x) <= 1.0f); // a convex mix of values in [-1, 1)
        w.nKvHeads = 7;
        QVERIFY_THROWS_EXCEPTION(BackendError, PreparedWorkload(cpu, w));
    }

    void cancellationStops()
    {
        CpuBackend cpu(1);
        Workload w = llamaGqa();
        w.context = 16;
        int asked = 0;
        BenchOptions options{1, 100, [&asked] { return ++asked > 3; }};
        QVERIFY_THROWS_EXCEPTION(BenchCancelled, (void)measure(cpu, w, Roofline{}, options));
        QCOMPARE(asked, 4);

        // Preparation and the probe stop too (a large cache takes seconds to fill).
        int slices = 0;
        w.context = 4096; // 16 MiB of cache: 4 slices of 1 Mi elements each
        QVERIFY_THROWS_EXCEPTION(BenchCancelled, PreparedWorkload(cpu, w, 0, [&slices] { return ++slices > 2; }));
        QCOMPARE(slices, 3);
        ProbeOptions probe;
        probe.bytes = 1 << 24;
        probe.cancelled = [] { return true; };
        QVERIFY_THROWS_EXCEPTION(BenchCancelled, (void)probeRoofline(cpu, probe));
    }
};

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
