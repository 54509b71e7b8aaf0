// SPDX-License-Identifier: GPL-3.0-or-later
// The run-time choice of the kernels' instruction set (core/support/cpufeatures.h): the variant
// reported is the one the CPU supports, and every variant this machine can run computes what the
// baseline computes (decode at realistic head widths, so that the wide variants' full vectors are
// in play, not only their tails; and the fp16/bf16 widening, bit for bit).
#include "core/backends/cpu/cpubackend.h"
#include "core/support/cpufeatures.h"
#include "core/support/dtype.h"
#include "core/support/random.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

using namespace attnscope::core;

Q_DECLARE_METATYPE(attnscope::core::DType)

namespace {

std::vector<float> uniform(std::size_t n, std::uint64_t seed)
{
    const SeededInit init(seed);
    const Matrix m = init.input("u", std::int64_t(n), 1);
    return {m.data(), m.data() + m.size()};
}

std::vector<std::byte> stored(const std::vector<float> &values, DType type)
{
    std::vector<std::byte> out(values.size() * std::size_t(dtypeBytes(type)));
    convertFromF32(type, values.data(), out.data(), values.size());
    return out;
}

float maxAbsDiff(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return INFINITY;
    float worst = 0.0f;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

// Grouped decode of one sequence in double precision (q [H, dK], k [G, T, dK], v [G, T, dV]).
std::vector<float> reference(const std::vector<float> &q, const std::vector<float> &k, const std::vector<float> &v,
                             std::int64_t heads, std::int64_t kvHeads, std::int64_t dK, std::int64_t dV,
                             std::int64_t context, double scale)
{
    std::vector<float> out;
    for (std::int64_t h = 0; h < heads; ++h) {
        const std::int64_t g = h / (heads / kvHeads);
        std::vector<double> s(std::size_t(context), 0.0), o(std::size_t(dV), 0.0);
        double mx = -INFINITY, sum = 0.0;
        for (std::int64_t t = 0; t < context; ++t) {
            for (std::int64_t d = 0; d < dK; ++d)
                s[t] += double(q[h * dK + d]) * k[(g * context + t) * dK + d];
            s[t] *= scale;
            mx = std::max(mx, s[t]);
        }
        for (std::int64_t t = 0; t < context; ++t) {
            s[t] = std::exp(s[t] - mx);
            sum += s[t];
            for (std::int64_t d = 0; d < dV; ++d)
                o[d] += s[t] * v[(g * context + t) * dV + d];
        }
        for (double x : o)
            out.push_back(float(x / sum));
    }
    return out;
}

// Restores the best variant after a test that forced others.
struct BestVariantAfterwards
{
    ~BestVariantAfterwards() { setCpuVariant(bestCpuVariant()); }
};

} // namespace

class TestCpuFeatures : public QObject
{
    Q_OBJECT

private slots:
    void reportedVariantMatchesTheCpu()
    {
        const std::vector<CpuVariant> supported = supportedCpuVariants();
        QVERIFY(!supported.empty());
        const CpuVariant best = bestCpuVariant();
        QCOMPARE(cpuVariant(), best); // ATTNSCOPE_CPU_VARIANT is unset under CTest
        const QStringList known{"baseline (SSE2)", "baseline", "x86-64-v3 (AVX2+FMA)", "x86-64-v4 (AVX-512)",
                                "native (-march=native)"};
        QVERIFY2(known.contains(QString::fromUtf8(cpuVariantName(best).data())), cpuVariantName(best).data());
        qInfo("kernel variant: %s", cpuVariantName(best).data());
        if (best == CpuVariant::Native) {
            QCOMPARE(supported.size(), std::size_t(1)); // a -march=native build has one variant
            return;
        }
        QCOMPARE(supported.front(), CpuVariant::Baseline);
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
        const CpuVariant expected = __builtin_cpu_supports("x86-64-v4") ? CpuVariant::X86_64_V4
            : __builtin_cpu_supports("x86-64-v3")                       ? CpuVariant::X86_64_V3
                                                                        : CpuVariant::Baseline;
        QCOMPARE(best, expected);
        QCOMPARE(supported.size(), std::size_t(int(expected) + 1)); // and every level below it
#endif
        // The backend says what runs.
        CpuBackend cpu(1);
        QCOMPARE(cpu.kernels(), std::string(cpuVariantName(best)));
        QVERIFY(cpu.device().find(cpu.kernels()) != std::string::npos);
    }

    void unsupportedVariantsAreRefused()
    {
        BestVariantAfterwards restore;
        for (CpuVariant v : {CpuVariant::Baseline, CpuVariant::X86_64_V3, CpuVariant::X86_64_V4, CpuVariant::Native}) {
            const auto supported = supportedCpuVariants();
            const bool ok = std::find(supported.begin(), supported.end(), v) != supported.end();
            if (ok) {
                setCpuVariant(v);
                QCOMPARE(cpuVariant(), v);
                QCOMPARE(CpuBackend(1).kernels(), std::string(cpuVariantName(v)));
            } else {
                QVERIFY_THROWS_EXCEPTION(CpuVariantError, setCpuVariant(v));
            }
        }
    }

    void widenIsExactInEveryVariant()
    {
        BestVariantAfterwards restore;
        std::vector<std::uint16_t> all(65536 + 7); // every bit pattern, and a tail
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = std::uint16_t(i * 40503u);
        for (DType type : {DType::F16, DType::Bf16}) {
            setCpuVariant(CpuVariant(supportedCpuVariants().front()));
            std::vector<float> base(all.size());
            convertToF32(type, all.data(), base.data(), all.size());
            for (CpuVariant v : supportedCpuVariants()) {
                setCpuVariant(v);
                std::vector<float> wide(all.size());
                convertToF32(type, all.data(), wide.data(), all.size());
                for (std::size_t i = 0; i < all.size(); ++i) {
                    // NaNs may differ in their quiet bit (F16C quiets a signalling NaN).
                    const bool same =
                        std::isnan(base[i]) ? std::isnan(wide[i]) : std::memcmp(&base[i], &wide[i], sizeof(float)) == 0;
                    if (!same)
                        QFAIL(qPrintable(QString("%1 0x%2 in %3: %4 against baseline %5")
                                             .arg(dtypeId(type).data())
                                             .arg(all[i], 4, 16, QLatin1Char('0'))
                                             .arg(cpuVariantId(v).data())
                                             .arg(double(wide[i]))
                                             .arg(double(base[i]))));
                }
            }
        }
    }

    void decodeAgreesInEveryVariant_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("dK");
        QTest::addColumn<int>("dV");
        QTest::addColumn<int>("context");
        QTest::addColumn<DType>("type");
        for (DType t : {DType::F32, DType::F16, DType::Bf16}) {
            const QByteArray d(dtypeId(t).data());
            QTest::newRow("gqa d 128 " + d) << 8 << 2 << 128 << 128 << 700 << t;
            QTest::newRow("mla-like 576/512, 16 heads " + d) << 16 << 1 << 576 << 512 << 300 << t;
            QTest::newRow("odd widths 3 heads per group " + d) << 6 << 2 << 100 << 72 << 333 << t;
            QTest::newRow("matrix product path " + d) << 20 << 1 << 64 << 64 << 200 << t;
        }
    }

    void decodeAgreesInEveryVariant()
    {
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, dK);
        QFETCH(int, dV);
        QFETCH(int, context);
        QFETCH(DType, type);
        BestVariantAfterwards restore;
        const auto q = uniform(std::size_t(heads * dK), 1);
        auto k = uniform(std::size_t(kvHeads * context * dK), 2), v = uniform(std::size_t(kvHeads * context * dV), 3);
        const auto kStored = stored(k, type), vStored = stored(v, type);
        convertToF32(type, kStored.data(), k.data(), k.size()); // the reference sees the stored values
        convertToF32(type, vStored.data(), v.data(), v.size());
        const double scale = 1.0 / std::sqrt(double(dK));
        const auto expected = reference(q, k, v, heads, kvHeads, dK, dV, context, scale);
        DecodeShape s{1, heads, kvHeads, dK, dV, context, 0, 0, type, float(scale)};
        std::vector<float> baseline;
        for (CpuVariant variant : supportedCpuVariants()) {
            setCpuVariant(variant);
            for (int threads : {1, 2}) {
                std::vector<float> out(expected.size(), NAN);
                CpuBackend(threads).decode(s, {q.data(), kStored.data(), vStored.data(), out.data()});
                QVERIFY2(
                    maxAbsDiff(out, expected) < 1e-5f,
                    qPrintable(QString("%1: %2").arg(cpuVariantId(variant).data()).arg(maxAbsDiff(out, expected))));
                if (baseline.empty())
                    baseline = out;
                QVERIFY2(maxAbsDiff(out, baseline) < 1e-5f, cpuVariantId(variant).data());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCpuFeatures)
#include "tst_cpufeatures.moc"
