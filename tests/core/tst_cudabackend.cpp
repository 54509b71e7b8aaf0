// SPDX-License-Identifier: GPL-3.0-or-later
// The CUDA backend against the CPU backend on the same inputs (label gpu; built only with the
// CUDA backend). Without a usable GPU every test is skipped with the backend's reason.
//
// Both backends read the same stored cache bytes and accumulate in fp32, so they differ only by
// the order of the fp32 sums: 1e-5 (absolute, outputs are O(1)) for f32 caches, 1e-4 for f16
// and bf16 caches, whose widened values are the same on both sides but whose longer rounding
// chains (more heads per tile, larger spread of scores) we allow a little more room
// (docs/cuda-backend.md).
#include "core/backends/cpu/cpubackend.h"
#include "core/backends/cuda/cudabackend.h"
#include "tests/common/decodefixtures.h"

#include <QTest>

#include <cmath>
#include <memory>
#include <random>
#include <vector>

using namespace attnscope::core;
using attnscope::testing::maxAbsDiff;
using attnscope::testing::storedAs;

Q_DECLARE_METATYPE(attnscope::core::DType)

namespace {

float tolerance(DType t)
{
    return t == DType::F32 ? 1e-5f : 1e-4f;
}

std::vector<float> randomValues(std::size_t n, std::uint32_t seed, float scale = 1.0f)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-scale, scale);
    std::vector<float> v(n);
    for (auto &x : v)
        x = u(rng);
    return v;
}

// Device copies of host arrays, owned here.
class Device
{
public:
    explicit Device(Backend &backend) : m_backend(backend) {}

    template<typename T>
    const void *put(const std::vector<T> &host)
    {
        const std::size_t bytes = host.size() * sizeof(T);
        m_buffers.push_back(m_backend.allocate(bytes));
        m_backend.upload(*m_buffers.back(), 0, host.data(), bytes);
        return m_buffers.back()->data();
    }
    const float *putF(const std::vector<float> &host) { return static_cast<const float *>(put(host)); }
    float *output(std::size_t floats)
    {
        m_buffers.push_back(m_backend.allocate(floats * sizeof(float)));
        return static_cast<float *>(m_buffers.back()->data());
    }
    std::vector<float> get(const float *device, std::size_t floats)
    {
        m_backend.synchronize();
        for (const auto &b : m_buffers)
            if (b->data() == device) {
                std::vector<float> host(floats);
                m_backend.download(*b, host.data(), floats * sizeof(float));
                return host;
            }
        return {};
    }

private:
    Backend &m_backend;
    std::vector<std::unique_ptr<DeviceBuffer>> m_buffers;
};

} // namespace

class TestCudaBackend : public QObject
{
    Q_OBJECT

    std::unique_ptr<Backend> m_cuda;
    CpuBackend m_cpu{2};

private slots:
    void initTestCase()
    {
        m_cuda = createCudaBackend();
        const Availability a = m_cuda->availability();
        if (!a.available)
            QSKIP(qPrintable("the CUDA backend is unavailable here: " + QString::fromStdString(a.reason)
                             + " (these tests need an NVIDIA GPU; scripts/gpu-check runs them)"));
        qInfo("CUDA device: %s", m_cuda->device().c_str());
    }

    void decode_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("dK");
        QTest::addColumn<int>("dV");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("kPad"); // extra elements per key row (row stride dK + kPad)
        QTest::addColumn<int>("vPad");
        QTest::addColumn<DType>("type");
        for (DType t : {DType::F32, DType::F16, DType::Bf16}) {
            const QByteArray d(dtypeId(t).data());
            QTest::newRow("one head, one token " + d) << 1 << 1 << 1 << 64 << 64 << 1 << 0 << 0 << t;
            QTest::newRow("gqa 32/8 d128, T not a tile multiple " + d)
                << 2 << 32 << 8 << 128 << 128 << 1000 << 0 << 0 << t;
            QTest::newRow("mqa G=1, d_k != d_v " + d) << 1 << 6 << 1 << 72 << 40 << 333 << 0 << 0 << t;
            QTest::newRow("mha with row strides " + d) << 2 << 4 << 4 << 64 << 64 << 77 << 16 << 6 << t;
            QTest::newRow("20 heads per group (two head chunks) " + d)
                << 1 << 40 << 2 << 64 << 64 << 513 << 0 << 0 << t;
            QTest::newRow("large T, G=1 " + d) << 1 << 4 << 1 << 128 << 128 << 20000 << 0 << 0 << t;
        }
    }

    void decode()
    {
        QFETCH(int, batch);
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, dK);
        QFETCH(int, dV);
        QFETCH(int, tokens);
        QFETCH(int, kPad);
        QFETCH(int, vPad);
        QFETCH(DType, type);
        DecodeShape s{batch, heads, kvHeads, dK, dV, tokens, dK + kPad, dV + vPad, type, 1.0f / std::sqrt(float(dK))};
        const std::size_t rows = std::size_t(batch) * kvHeads * tokens;
        const auto q = randomValues(std::size_t(batch) * heads * dK, 1, 2.0f);
        const auto k = storedAs(randomValues(rows * std::size_t(s.kStride()), 2), type);
        const auto v = storedAs(randomValues(rows * std::size_t(s.vStride()), 3), type);
        std::vector<float> expected(std::size_t(batch) * heads * dV);
        m_cpu.decode(s, {q.data(), k.data(), v.data(), expected.data()});

        Device dev(*m_cuda);
        float *out = dev.output(expected.size());
        m_cuda->decode(s, {dev.putF(q), dev.put(k), dev.put(v), out});
        const float diff = maxAbsDiff(dev.get(out, expected.size()), expected);
        QVERIFY2(diff < tolerance(type), qPrintable(QString::number(diff)));
    }

    void decodeValuesAliasKeys_data()
    {
        QTest::addColumn<DType>("type");
        for (DType t : {DType::F32, DType::F16, DType::Bf16})
            QTest::newRow(dtypeId(t).data()) << t;
    }

    // MLA's absorbed layout: values are the first d_v columns of the key rows (v == k).
    void decodeValuesAliasKeys()
    {
        QFETCH(DType, type);
        DecodeShape s{3, 8, 1, 96, 64, 700, 96, 96, type, 0.1f};
        const auto q = randomValues(3 * 8 * 96, 4, 2.0f);
        const auto k = storedAs(randomValues(3 * 700 * 96, 5), type);
        std::vector<float> expected(3 * 8 * 64);
        m_cpu.decode(s, {q.data(), k.data(), k.data(), expected.data()});
        Device dev(*m_cuda);
        const void *kd = dev.put(k);
        float *out = dev.output(expected.size());
        m_cuda->decode(s, {dev.putF(q), kd, kd, out});
        const float diff = maxAbsDiff(dev.get(out, expected.size()), expected);
        QVERIFY2(diff < tolerance(type), qPrintable(QString::number(diff)));
    }

    void mlaDecode_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("dHead");
        QTest::addColumn<int>("dRope");
        QTest::addColumn<int>("dLatent");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<DType>("type");
        QTest::addColumn<bool>("absorbed");
        for (DType t : {DType::F32, DType::F16, DType::Bf16})
            for (bool absorbed : {true, false}) {
                const QByteArray d = QByteArray(dtypeId(t).data()) + (absorbed ? " absorbed" : " naive");
                QTest::newRow("small odd " + d) << 2 << 5 << 24 << 8 << 40 << 301 << t << absorbed;
                QTest::newRow("one head, no rope " + d) << 1 << 1 << 16 << 0 << 32 << 5 << t << absorbed;
                QTest::newRow("deepseek widths " + d) << 1 << 16 << 128 << 64 << 512 << 1025 << t << absorbed;
            }
    }

    void mlaDecode()
    {
        QFETCH(int, batch);
        QFETCH(int, heads);
        QFETCH(int, dHead);
        QFETCH(int, dRope);
        QFETCH(int, dLatent);
        QFETCH(int, tokens);
        QFETCH(DType, type);
        QFETCH(bool, absorbed);
        MlaDecodeShape s{batch,   heads,  dHead, dRope,
                         dLatent, tokens, type,  absorbed ? MlaDecodePath::Absorbed : MlaDecodePath::Naive};
        const std::size_t bh = std::size_t(batch) * heads;
        std::vector<float> expected(bh * dHead);
        Device dev(*m_cuda);
        float *out = dev.output(expected.size());
        if (absorbed) {
            const auto qC = randomValues(bh * dHead, 6, 2.0f), qR = randomValues(bh * dRope, 7, 2.0f);
            const auto cache = storedAs(randomValues(std::size_t(batch) * tokens * (dLatent + dRope), 8), type);
            const float w = 1.0f / std::sqrt(float(dHead));
            const auto wUk = randomValues(std::size_t(dLatent) * heads * dHead, 9, w);
            const auto wUv = randomValues(std::size_t(dLatent) * heads * dHead, 10, w);
            MlaDecodeBuffers cpu;
            cpu.qC = qC.data();
            cpu.qR = qR.data();
            cpu.latentCache = cache.data();
            cpu.wUk = wUk.data();
            cpu.wUv = wUv.data();
            cpu.out = expected.data();
            m_cpu.mlaDecode(s, cpu);
            MlaDecodeBuffers gpu;
            gpu.qC = dev.putF(qC);
            gpu.qR = dRope ? dev.putF(qR) : nullptr;
            gpu.latentCache = dev.put(cache);
            gpu.wUk = dev.putF(wUk);
            gpu.wUv = dev.putF(wUv);
            gpu.out = out;
            m_cuda->mlaDecode(s, gpu);
        } else {
            const auto q = randomValues(bh * (dHead + dRope), 11, 2.0f);
            const auto k = storedAs(randomValues(bh * tokens * (dHead + dRope), 12), type);
            const auto v = storedAs(randomValues(bh * tokens * dHead, 13), type);
            MlaDecodeBuffers cpu;
            cpu.q = q.data();
            cpu.k = k.data();
            cpu.v = v.data();
            cpu.out = expected.data();
            m_cpu.mlaDecode(s, cpu);
            MlaDecodeBuffers gpu;
            gpu.q = dev.putF(q);
            gpu.k = dev.put(k);
            gpu.v = dev.put(v);
            gpu.out = out;
            m_cuda->mlaDecode(s, gpu);
        }
        const float diff = maxAbsDiff(dev.get(out, expected.size()), expected);
        QVERIFY2(diff < tolerance(type), qPrintable(QString::number(diff)));
    }

    void prefill_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("dK");
        QTest::addColumn<int>("dV");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<DType>("type");
        for (DType t : {DType::F32, DType::F16, DType::Bf16}) {
            const QByteArray d(dtypeId(t).data());
            QTest::newRow("one head, one token " + d) << 1 << 1 << 1 << 40 << 40 << 1 << t;
            QTest::newRow("gqa, T not a tile multiple " + d) << 2 << 4 << 2 << 64 << 64 << 130 << t;
            QTest::newRow("mqa, d_k != d_v " + d) << 1 << 3 << 1 << 128 << 96 << 300 << t;
            QTest::newRow("longer prompt " + d) << 1 << 2 << 2 << 64 << 64 << 2049 << t;
        }
    }

    void prefill()
    {
        QFETCH(int, batch);
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, dK);
        QFETCH(int, dV);
        QFETCH(int, tokens);
        QFETCH(DType, type);
        PrefillShape s{batch, heads, kvHeads, dK, dV, tokens, type, 1.0f / std::sqrt(float(dK))};
        const std::size_t rows = std::size_t(batch) * kvHeads * tokens;
        const auto q = randomValues(std::size_t(batch) * heads * tokens * dK, 14, 2.0f);
        const auto k = storedAs(randomValues(rows * dK, 15), type);
        const auto v = storedAs(randomValues(rows * dV, 16), type);
        std::vector<float> expected(std::size_t(batch) * heads * tokens * dV);
        m_cpu.prefill(s, {q.data(), k.data(), v.data(), expected.data()});
        Device dev(*m_cuda);
        float *out = dev.output(expected.size());
        m_cuda->prefill(s, {dev.putF(q), dev.put(k), dev.put(v), out});
        const float diff = maxAbsDiff(dev.get(out, expected.size()), expected);
        QVERIFY2(diff < tolerance(type), qPrintable(QString::number(diff)));
    }

    void streamRead()
    {
        // Not a multiple of four floats: the scalar tail counts too.
        const auto values = randomValues((std::size_t(1) << 20) + 3, 17);
        double expected = 0.0;
        for (float x : values)
            expected += x;
        auto buffer = m_cuda->allocate(values.size() * sizeof(float));
        m_cuda->upload(*buffer, 0, values.data(), values.size() * sizeof(float));
        float sum = NAN;
        m_cuda->streamRead(*buffer, &sum);
        QVERIFY2(std::abs(sum - expected) < 0.05,
                 qPrintable(QString::number(sum) + " vs " + QString::number(expected)));
    }

    void matmul_data()
    {
        QTest::addColumn<int>("n");
        QTest::newRow("1") << 1;
        QTest::newRow("17") << 17;
        QTest::newRow("130") << 130;
    }

    void matmul()
    {
        QFETCH(int, n);
        const auto a = randomValues(std::size_t(n) * n, 18), b = randomValues(std::size_t(n) * n, 19);
        std::vector<float> expected(std::size_t(n) * n);
        m_cpu.matmul(n, a.data(), b.data(), expected.data());
        Device dev(*m_cuda);
        float *c = dev.output(expected.size());
        m_cuda->matmul(n, dev.putF(a), dev.putF(b), c);
        // Sums of n products of O(1) terms: relative to sqrt(n).
        const float diff = maxAbsDiff(dev.get(c, expected.size()), expected);
        QVERIFY2(diff < 1e-5f * std::sqrt(float(n)) * 4, qPrintable(QString::number(diff)));
    }

    void timeMeasuresWork()
    {
        auto buffer = m_cuda->allocate(std::size_t(64) << 20);
        float sink = 0.0f;
        const double seconds = m_cuda->time([&] { m_cuda->streamRead(*buffer, &sink); });
        QVERIFY(seconds > 0.0 && seconds < 10.0);
    }

    void outOfMemoryIsABackendError()
    {
        try {
            (void)m_cuda->allocate(std::size_t(1) << 50); // 1 PiB
            QFAIL("allocating 1 PiB succeeded");
        } catch (const BackendError &e) {
            QVERIFY2(std::string(e.what()).find("out of memory for the requested size") != std::string::npos, e.what());
        }
    }

    void badShapeIsABackendError()
    {
        DecodeShape s;
        s.nHeads = 3;
        s.nKvHeads = 2;
        QVERIFY_THROWS_EXCEPTION(BackendError, m_cuda->decode(s, {}));
    }
};

QTEST_GUILESS_MAIN(TestCudaBackend)
#include "tst_cudabackend.moc"
