// SPDX-License-Identifier: GPL-3.0-or-later
// The backends against core's reference implementation (mechanisms/grouped, mechanisms/latent):
// decode is the last row of causal attention over the whole sequence, prefill is every row.
// Caches in f16 and bf16 are compared with the reference computed on the same rounded keys and
// values, so one tolerance covers every storage type (docs/cpu-backend.md).
#include "core/backends/cpu/cpubackend.h"
#include "core/backends/registry.h"
#include "core/mechanisms/grouped.h"
#include "core/mechanisms/latent.h"
#include "core/support/cpufeatures.h"
#include "core/support/random.h"
#include "tests/common/decodefixtures.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace attnscope::core;
using attnscope::testing::DecodeCase;
using attnscope::testing::maxAbsDiff;

Q_DECLARE_METATYPE(attnscope::core::DType)

namespace {

// Outputs are O(1); fp32 sums in a different order differ by a few ulps per term.
constexpr float kTolerance = 2e-5f;

Matrix rounded(const Matrix &m, DType type)
{
    std::vector<std::byte> stored(std::size_t(m.size()) * std::size_t(dtypeBytes(type)));
    Matrix out(m.rows(), m.cols());
    convertFromF32(type, m.data(), stored.data(), std::size_t(m.size()));
    convertToF32(type, stored.data(), out.data(), std::size_t(m.size()));
    return out;
}

// Appends the column block [col, col + width) of rows [0, rows) of m, row by row.
void appendBlock(std::vector<float> &to, const Matrix &m, std::int64_t rows, std::int64_t col, std::int64_t width)
{
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t c = 0; c < width; ++c)
            to.push_back(m(r, col + c));
}

struct GroupedCase
{
    std::vector<float> q, k, v, expected; // decode layout: q [B,H,d], k,v [B,G,T,d], out [B,H,d]
    std::vector<float> qAll, expectedAll; // prefill layout: q [B,H,T,d], out [B,H,T,d]
};

// B sequences of T tokens through core's grouped attention (causal), keys and values rounded to
// the storage type first.
GroupedCase groupedCase(std::int64_t batch, std::int64_t heads, std::int64_t kvHeads, std::int64_t dh,
                        std::int64_t tokens, DType type)
{
    const std::int64_t dModel = 16;
    GroupedCase c;
    for (std::int64_t b = 0; b < batch; ++b) {
        const SeededInit init(100 + std::uint64_t(b));
        const Matrix x = init.input("x", tokens, dModel);
        const GroupedWeights w{init.weight("W_Q", dModel, heads * dh), init.weight("W_K", dModel, kvHeads * dh),
                               init.weight("W_V", dModel, kvHeads * dh), init.weight("W_O", heads * dh, dModel)};
        // The reference on the rounded K and V: compute once to get K, V, round them, and
        // recompute attention from the rounded values with the same queries.
        const GroupedResult r = groupedAttention(w, x, x, heads, kvHeads, dh, true);
        const Matrix k = rounded(r.k, type), v = rounded(r.v, type);
        for (std::int64_t h = 0; h < heads; ++h) {
            const std::int64_t g = kvHeadOf(h, heads, kvHeads);
            const Matrix q = r.q.middleCols(h * dh, dh);
            Matrix scores = (q * k.middleCols(g * dh, dh).transpose()) / std::sqrt(float(dh));
            for (std::int64_t i = 0; i < tokens; ++i)
                for (std::int64_t j = i + 1; j < tokens; ++j)
                    scores(i, j) = -INFINITY;
            for (std::int64_t i = 0; i < tokens; ++i) {
                scores.row(i).array() = (scores.row(i).array() - scores.row(i).maxCoeff()).exp();
                scores.row(i) /= scores.row(i).sum();
            }
            const Matrix out = scores * v.middleCols(g * dh, dh);
            appendBlock(c.q, q.bottomRows(1), 1, 0, dh);
            appendBlock(c.qAll, q, tokens, 0, dh);
            appendBlock(c.expectedAll, out, tokens, 0, dh);
            appendBlock(c.expected, out.bottomRows(1), 1, 0, dh);
            if (type == DType::F32 && kvHeads == heads) // the unrounded reference is core's own
                Q_ASSERT((out - r.headsOut.middleCols(h * dh, dh)).cwiseAbs().maxCoeff() < 1e-4f);
        }
        for (std::int64_t g = 0; g < kvHeads; ++g) {
            appendBlock(c.k, k, tokens, g * dh, dh);
            appendBlock(c.v, v, tokens, g * dh, dh);
        }
    }
    return c;
}

} // namespace

class TestBackends : public QObject
{
    Q_OBJECT

private slots:
    void registryListsEveryBackend()
    {
        BackendRegistry registry;
        QCOMPARE(registry.backends().size(), BackendRegistry::knownIds().size());
        Backend *cpu = registry.find("cpu");
        QVERIFY(cpu);
        QVERIFY(cpu->availability().available);
        QVERIFY(!cpu->device().empty());
        QCOMPARE(cpu->capabilities().dtypes.size(), std::size_t(3));
        Backend *cuda = registry.find("cuda");
        QVERIFY(cuda);
        if (!cuda->availability().available) {
            QVERIFY(!cuda->availability().reason.empty());
            QVERIFY_THROWS_EXCEPTION(BackendError, (void)cuda->allocate(16));
        }
        QVERIFY(!registry.find("tpu"));
        QVERIFY(!registry.available().empty());
    }

    void threadsOption()
    {
        BackendRegistry registry({3});
        QVERIFY(registry.find("cpu")->device().find("3 threads") != std::string::npos);
    }

    void decodeMatchesReference_data()
    {
        QTest::addColumn<DecodeCase>("c"); // dK == dV: core's grouped attention has one head width
        for (DType t : {DType::F32, DType::F16, DType::Bf16}) {
            const QByteArray d(dtypeId(t).data());
            QTest::newRow("mha " + d) << DecodeCase{2, 4, 4, 8, 8, 7, t};
            QTest::newRow("gqa " + d) << DecodeCase{2, 8, 2, 16, 16, 65, t};
            QTest::newRow("mqa " + d) << DecodeCase{1, 6, 1, 8, 8, 130, t};
            QTest::newRow("one head " + d) << DecodeCase{1, 1, 1, 5, 5, 1, t};
            QTest::newRow("gqa 3 heads per group, split context " + d) << DecodeCase{1, 6, 2, 12, 12, 1000, t};
            QTest::newRow("gqa 5 heads per group " + d) << DecodeCase{2, 10, 2, 8, 8, 300, t};
            QTest::newRow("16 heads per group (matrix product path) " + d) << DecodeCase{1, 32, 2, 8, 8, 257, t};
            // Large enough a cache (> 256 KiB) for the thread team and the split context.
            QTest::newRow("long context on every thread " + d) << DecodeCase{1, 6, 2, 16, 16, 3000, t};
        }
    }

    void decodeMatchesReference()
    {
        QFETCH(DecodeCase, c);
        QCOMPARE(c.dK, c.dV);
        const GroupedCase g = groupedCase(c.batch, c.heads, c.kvHeads, c.dK, c.tokens, c.type);
        const auto k = attnscope::testing::storedAs(g.k, c.type), v = attnscope::testing::storedAs(g.v, c.type);
        // Every kernel variant this machine can run (core/support/cpufeatures.h), the best last.
        const auto runs = attnscope::testing::decodeInEveryVariant(c.shape(), g.q, k, v, {1, 2, 3});
        QVERIFY(!runs.empty());
        for (const auto &run : runs)
            QVERIFY2(maxAbsDiff(run.out, g.expected) < kTolerance,
                     qPrintable(QString("%1: %2").arg(run.name().c_str()).arg(maxAbsDiff(run.out, g.expected))));
    }

    void gqaWithAsManyKvHeadsIsMha()
    {
        // The same inputs as MHA (G = H) and as GQA with the KV heads repeated: equal outputs.
        const GroupedCase c = groupedCase(1, 4, 2, 8, 40, DType::F32);
        std::vector<float> kRep, vRep;
        const std::int64_t per = 40 * 8;
        for (int h = 0; h < 4; ++h) {
            kRep.insert(kRep.end(), c.k.begin() + (h / 2) * per, c.k.begin() + (h / 2 + 1) * per);
            vRep.insert(vRep.end(), c.v.begin() + (h / 2) * per, c.v.begin() + (h / 2 + 1) * per);
        }
        CpuBackend cpu(2);
        std::vector<float> gqa(4 * 8), mha(4 * 8);
        cpu.decode({1, 4, 2, 8, 8, 40, 0, 0, DType::F32, 0.25f}, {c.q.data(), c.k.data(), c.v.data(), gqa.data()});
        cpu.decode({1, 4, 4, 8, 8, 40, 0, 0, DType::F32, 0.25f}, {c.q.data(), kRep.data(), vRep.data(), mha.data()});
        QVERIFY(maxAbsDiff(gqa, mha) < 1e-6f);
    }

    void prefillMatchesReference_data() { decodeMatchesReference_data(); }

    void prefillMatchesReference()
    {
        QFETCH(DecodeCase, c);
        c.tokens = std::min(c.tokens, 300); // the O(T^2) reference
        const GroupedCase g = groupedCase(c.batch, c.heads, c.kvHeads, c.dK, c.tokens, c.type);
        const auto k = attnscope::testing::storedAs(g.k, c.type), v = attnscope::testing::storedAs(g.v, c.type);
        std::vector<float> out(g.expectedAll.size(), NAN);
        CpuBackend cpu(2);
        cpu.prefill({c.batch, c.heads, c.kvHeads, c.dK, c.dV, c.tokens, c.type, c.shape().scale},
                    {g.qAll.data(), k.data(), v.data(), out.data()});
        QVERIFY2(maxAbsDiff(out, g.expectedAll) < kTolerance,
                 qPrintable(QString::number(maxAbsDiff(out, g.expectedAll))));
    }

    void mlaDecodeMatchesReference_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("dh");
        QTest::addColumn<int>("dr");
        QTest::addColumn<int>("dc");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<DType>("type");
        for (DType t : {DType::F32, DType::F16, DType::Bf16}) {
            const QByteArray d(dtypeId(t).data());
            QTest::newRow("small " + d) << 2 << 8 << 4 << 16 << 9 << t;
            QTest::newRow("one head " + d) << 1 << 6 << 2 << 10 << 1 << t;
            QTest::newRow("16 heads, long " + d) << 16 << 8 << 4 << 32 << 700 << t;
            QTest::newRow("odd latent rank, narrow rope " + d) << 3 << 8 << 2 << 13 << 20 << t;
        }
    }

    void mlaDecodeMatchesReference()
    {
        QFETCH(int, heads);
        QFETCH(int, dh);
        QFETCH(int, dr);
        QFETCH(int, dc);
        QFETCH(int, tokens);
        QFETCH(DType, type);
        const std::int64_t dModel = 24;
        const SeededInit init(7);
        LatentWeights w;
        w.wq = init.weight("W_Q", dModel, heads * dh);
        w.wqr = init.weight("W_QR", dModel, heads * dr);
        w.wdkv = init.weight("W_DKV", dModel, dc);
        w.wuk = init.weight("W_UK", dc, heads * dh);
        w.wuv = init.weight("W_UV", dc, heads * dh);
        w.wkr = init.weight("W_KR", dModel, dr);
        w.wo = init.weight("W_O", heads * dh, dModel);
        const LatentShape shape{heads, dh, dr, 10000.0, RopeLayout::Interleaved};
        const Matrix x = init.input("x", tokens, dModel);

        // The reference on the stored (rounded) latent cache: rounding c_KV and k_R and running
        // the naive path on those is what both backend paths must reproduce.
        const LatentResult r0 = latentAttention(w, shape, x, MlaPath::Naive);
        const Matrix cKV = rounded(r0.cKV, type), kR = rounded(r0.kR, type);
        const Matrix kC = cKV * w.wuk, vC = cKV * w.wuv;
        const float scale = 1.0f / std::sqrt(float(dh + dr));
        std::vector<float> expected;
        for (int h = 0; h < heads; ++h) {
            Eigen::RowVectorXf s = (r0.qC.bottomRows(1).middleCols(h * dh, dh) * kC.middleCols(h * dh, dh).transpose()
                                    + r0.qR.bottomRows(1).middleCols(h * dr, dr) * kR.transpose())
                * scale;
            s = (s.array() - s.maxCoeff()).exp();
            s /= s.sum();
            const Eigen::RowVectorXf o = s * vC.middleCols(h * dh, dh);
            expected.insert(expected.end(), o.data(), o.data() + dh);
            if (type == DType::F32) // the unrounded reference is core's own
                QVERIFY((o - r0.headsOut.bottomRows(1).middleCols(h * dh, dh)).cwiseAbs().maxCoeff() < 1e-4f);
        }

        // Absorbed inputs.
        std::vector<float> qC, qR, cache, wUk(w.wuk.data(), w.wuk.data() + w.wuk.size()),
            wUv(w.wuv.data(), w.wuv.data() + w.wuv.size());
        appendBlock(qC, r0.qC.bottomRows(1), 1, 0, heads * dh);
        appendBlock(qR, r0.qR.bottomRows(1), 1, 0, heads * dr);
        for (int t = 0; t < tokens; ++t) {
            appendBlock(cache, r0.cKV.middleRows(t, 1), 1, 0, dc);
            appendBlock(cache, r0.kR.middleRows(t, 1), 1, 0, dr);
        }
        if (qR.empty())
            qR.push_back(0.0f);
        const auto cacheStored = attnscope::testing::storedAs(cache, type);
        // Naive inputs: per head [k_C,h ; k_R] and v_C,h from the rounded latent.
        std::vector<float> q, k, v;
        for (int h = 0; h < heads; ++h) {
            appendBlock(q, r0.qC.bottomRows(1), 1, h * dh, dh);
            appendBlock(q, r0.qR.bottomRows(1), 1, h * dr, dr);
            for (int t = 0; t < tokens; ++t) {
                appendBlock(k, kC.middleRows(t, 1), 1, h * dh, dh);
                appendBlock(k, kR.middleRows(t, 1), 1, 0, dr);
            }
            appendBlock(v, vC, tokens, h * dh, dh);
        }
        // The naive cache holds products of rounded values: store it at fp32 so that only the
        // latent's rounding is in play (the same values the absorbed path reads).
        CpuBackend cpu(2);
        for (CpuVariant variant : supportedCpuVariants()) { // the best last
            setCpuVariant(variant);
            MlaDecodeShape s{1, heads, dh, dr, dc, tokens, type, MlaDecodePath::Absorbed};
            std::vector<float> absorbed(std::size_t(heads * dh), NAN), naive(std::size_t(heads * dh), NAN);
            MlaDecodeBuffers a;
            a.qC = qC.data();
            a.qR = qR.data();
            a.latentCache = cacheStored.data();
            a.wUk = wUk.data();
            a.wUv = wUv.data();
            a.out = absorbed.data();
            cpu.mlaDecode(s, a);
            s.path = MlaDecodePath::Naive;
            s.dtype = DType::F32;
            MlaDecodeBuffers n;
            n.q = q.data();
            n.k = k.data();
            n.v = v.data();
            n.out = naive.data();
            cpu.mlaDecode(s, n);
            QVERIFY2(maxAbsDiff(absorbed, expected) < kTolerance,
                     qPrintable(QString::number(maxAbsDiff(absorbed, expected))));
            QVERIFY2(maxAbsDiff(naive, expected) < kTolerance,
                     qPrintable(QString::number(maxAbsDiff(naive, expected))));
            QVERIFY(maxAbsDiff(naive, absorbed) < kTolerance);
        }
    }

    void badShapesAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("kv heads do not divide") << 0 << "kv_heads = 3: must divide heads (8).";
        QTest::newRow("zero context") << 1 << "context = 0: must be at least 1.";
        QTest::newRow("negative d_k") << 2 << "d_k = -4: must be at least 1.";
        QTest::newRow("stride below d_k") << 3 << "k_row_stride = 4: must be at least d_k (8).";
        QTest::newRow("prefill zero tokens") << 4 << "tokens = 0: must be at least 1.";
        QTest::newRow("mla zero latent") << 5 << "d_c = 0: must be at least 1.";
        QTest::newRow("mla negative rope") << 6 << "d_r = -2: must be 0 or more.";
        QTest::newRow("bad scale") << 7 << "scale = 0.000000: must be a finite number greater than 0.";
    }

    void badShapesAreRefused()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        CpuBackend cpu(1);
        DecodeShape d{1, 8, 2, 8, 8, 4, 0, 0, DType::F32, 0.5f};
        PrefillShape p{1, 8, 2, 8, 8, 4, DType::F32, 0.5f};
        MlaDecodeShape m{1, 2, 8, 4, 16, 4, DType::F32, MlaDecodePath::Absorbed};
        std::string error;
        try {
            switch (which) {
            case 0:
                d.nKvHeads = 3;
                cpu.decode(d, {});
                break;
            case 1:
                d.context = 0;
                cpu.decode(d, {});
                break;
            case 2:
                d.dK = -4;
                cpu.decode(d, {});
                break;
            case 3:
                d.kRowStride = 4;
                cpu.decode(d, {});
                break;
            case 4:
                p.tokens = 0;
                cpu.prefill(p, {});
                break;
            case 5:
                m.dLatent = 0;
                cpu.mlaDecode(m, {});
                break;
            case 6:
                m.dRope = -2;
                cpu.mlaDecode(m, {});
                break;
            case 7:
                d.scale = 0.0f;
                cpu.decode(d, {});
                break;
            }
        } catch (const BackendError &e) {
            error = e.what();
        }
        QVERIFY2(QString::fromStdString(error).endsWith(message), error.c_str());
    }

    void probesAreCorrect()
    {
        CpuBackend cpu(2);
        auto buffer = cpu.allocate(4096 * sizeof(float));
        std::vector<float> ones(4096, 1.0f);
        cpu.upload(*buffer, 0, ones.data(), 2048 * sizeof(float));
        cpu.upload(*buffer, 2048 * sizeof(float), ones.data(), 2048 * sizeof(float));
        float sum = 0.0f;
        cpu.streamRead(*buffer, &sum);
        QCOMPARE(sum, 4096.0f);
        QVERIFY_THROWS_EXCEPTION(BackendError, cpu.upload(*buffer, 4096, ones.data(), 4096 * sizeof(float)));

        const int n = 37;
        const Matrix a = SeededInit(1).input("a", n, n), b = SeededInit(2).input("b", n, n);
        Matrix c(n, n);
        cpu.matmul(n, a.data(), b.data(), c.data());
        QVERIFY((c - a * b).cwiseAbs().maxCoeff() < 1e-4f);
    }

    void dtypeRoundTrip()
    {
        const std::vector<float> values{0.0f, 1.0f, -2.5f, 65504.0f, 1e-3f, 3.14159265f};
        for (DType t : {DType::F32, DType::F16, DType::Bf16}) {
            QCOMPARE(dtypeFromId(dtypeId(t)), std::optional<DType>(t));
            const auto s = attnscope::testing::storedAs(values, t);
            std::vector<float> back(values.size());
            convertToF32(t, s.data(), back.data(), values.size());
            for (std::size_t i = 0; i < values.size(); ++i) {
                const float rel = t == DType::F32 ? 0.0f : t == DType::F16 ? 1.0f / 2048 : 1.0f / 256;
                QVERIFY(std::abs(back[i] - values[i]) <= rel * std::abs(values[i]));
            }
        }
        QCOMPARE(dtypeFromId("f8"), std::nullopt);
        // Round to nearest even: 1 + 2^-11 is halfway between two halfs and rounds down to 1.
        const std::vector<float> tie{1.0f + 1.0f / 2048};
        std::vector<float> back(1);
        convertToF32(DType::F16, attnscope::testing::storedAs(tie, DType::F16).data(), back.data(), 1);
        QCOMPARE(back[0], 1.0f);
    }
};

QTEST_GUILESS_MAIN(TestBackends)
#include "tst_backends.moc"
