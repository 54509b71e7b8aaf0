// SPDX-License-Identifier: GPL-3.0-or-later
// The run-time choice of the kernels' instruction set (core/support/cpufeatures.h): the variant
// reported is the one the CPU supports, and every variant this machine can run computes what the
// baseline computes (decode at realistic head widths, so that the wide variants' full vectors are
// in play, not only their tails; and the fp16/bf16 widening, bit for bit).
#include "core/backends/cpu/cpubackend.h"
#include "core/support/cpufeatures.h"
#include "core/support/dtype.h"
#include "core/support/random.h"
#include "tests/common/decodefixtures.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

using namespace attnscope::core;
using attnscope::testing::BestVariantAfterwards;
using attnscope::testing::DecodeCase;
using attnscope::testing::maxAbsDiff;
using attnscope::testing::storedAs;

Q_DECLARE_METATYPE(attnscope::core::DType)

namespace {

std::vector<float> uniform(std::size_t n, std::uint64_t seed)
{
    const SeededInit init(seed);
    const Matrix m = init.input("u", std::int64_t(n), 1);
    return {m.data(), m.data() + m.size()};
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
        QTest::addColumn<DecodeCase>("c"); // one sequence: batch 1
        for (DType t : {DType::F32, DType::F16, DType::Bf16}) {
            const QByteArray d(dtypeId(t).data());
            QTest::newRow("gqa d 128 " + d) << DecodeCase{1, 8, 2, 128, 128, 700, t};
            QTest::newRow("mla-like 576/512, 16 heads " + d) << DecodeCase{1, 16, 1, 576, 512, 300, t};
            QTest::newRow("odd widths 3 heads per group " + d) << DecodeCase{1, 6, 2, 100, 72, 333, t};
            QTest::newRow("matrix product path " + d) << DecodeCase{1, 20, 1, 64, 64, 200, t};
        }
    }

    void decodeAgreesInEveryVariant()
    {
        QFETCH(DecodeCase, c);
        const auto q = uniform(std::size_t(c.heads * c.dK), 1);
        auto k = uniform(std::size_t(c.kvHeads * c.tokens * c.dK), 2);
        auto v = uniform(std::size_t(c.kvHeads * c.tokens * c.dV), 3);
        const auto kStored = storedAs(k, c.type), vStored = storedAs(v, c.type);
        convertToF32(c.type, kStored.data(), k.data(), k.size()); // the reference sees the stored values
        convertToF32(c.type, vStored.data(), v.data(), v.size());
        const DecodeShape s = c.shape();
        const auto expected = reference(q, k, v, c.heads, c.kvHeads, c.dK, c.dV, c.tokens, double(s.scale));
        const auto runs = attnscope::testing::decodeInEveryVariant(s, q, kStored, vStored, {1, 2});
        QVERIFY(!runs.empty());
        for (const auto &run : runs) {
            QVERIFY2(maxAbsDiff(run.out, expected) < 1e-5f,
                     qPrintable(QString("%1: %2").arg(run.name().c_str()).arg(maxAbsDiff(run.out, expected))));
            QVERIFY2(maxAbsDiff(run.out, runs.front().out) < 1e-5f, run.name().c_str()); // the baseline's
        }
    }
};

QTEST_GUILESS_MAIN(TestCpuFeatures)
#include "tst_cpufeatures.moc"
