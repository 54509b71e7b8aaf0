// SPDX-License-Identifier: GPL-3.0-or-later
// core::gemm (core/support/gemm.h) in every kernel variant this machine runs, against a reference
// written here in double precision: both layouts of B, shapes that fill the register tiles and
// shapes that leave every kind of tail (rows, columns, a depth past one pass), products large enough
// that A is packed as well as B, leading dimensions wider than the matrices, alpha and beta,
// beta = 0 over NaN; and the refusals of bad sizes.
#include "core/support/cpufeatures.h"
#include "core/support/gemm.h"

#include <QTest>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

using namespace attnscope::core;

Q_DECLARE_METATYPE(attnscope::core::CpuVariant)

namespace {

std::vector<float> randomValues(std::int64_t count, std::uint32_t seed)
{
    std::mt19937 gen(seed);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    std::vector<float> v(static_cast<std::size_t>(count));
    for (float &x : v)
        x = dist(gen);
    return v;
}

struct Case
{
    std::int64_t m, n, k;
    GemmB layout;
    float alpha, beta;
    std::int64_t pad; // extra elements per row of A, B and C
};

// Runs one case in the current variant; returns the largest error relative to its bound.
double worstError(const Case &t)
{
    const std::int64_t lda = t.k + t.pad, ldc = t.n + t.pad;
    const std::int64_t ldb = (t.layout == GemmB::KxN ? t.n : t.k) + t.pad;
    const std::int64_t bRows = t.layout == GemmB::KxN ? t.k : t.n;
    const auto a = randomValues(std::max<std::int64_t>(1, t.m * lda), 11);
    const auto b = randomValues(std::max<std::int64_t>(1, bRows * ldb), 12);
    auto c = randomValues(std::max<std::int64_t>(1, t.m * ldc), 13);
    if (t.beta == 0.0f) // beta = 0 must overwrite whatever C holds
        std::fill(c.begin(), c.end(), std::numeric_limits<float>::quiet_NaN());
    const std::vector<float> before = c;
    gemm(t.m, t.n, t.k, t.alpha, a.data(), lda, t.layout, b.data(), ldb, t.beta, c.data(), ldc);

    double worst = 0.0;
    for (std::int64_t i = 0; i < t.m; ++i) {
        for (std::int64_t j = 0; j < t.n; ++j) {
            double sum = 0.0, size = 0.0;
            for (std::int64_t p = 0; p < t.k; ++p) {
                const double bv = t.layout == GemmB::KxN ? b[std::size_t(p * ldb + j)] : b[std::size_t(j * ldb + p)];
                sum += double(a[std::size_t(i * lda + p)]) * bv;
                size += std::abs(double(a[std::size_t(i * lda + p)]) * bv);
            }
            const double old = t.beta == 0.0f ? 0.0 : double(before[std::size_t(i * ldc + j)]);
            const double want = double(t.alpha) * sum + double(t.beta) * old;
            const double bound = 1e-6 * (std::abs(double(t.alpha)) * size + std::abs(double(t.beta) * old)) * 4 + 1e-30;
            const double got = c[std::size_t(i * ldc + j)];
            if (!std::isfinite(got))
                return std::numeric_limits<double>::infinity();
            worst = std::max(worst, std::abs(got - want) / bound);
        }
        // The padding between rows of C is never written.
        for (std::int64_t j = t.n; j < ldc; ++j) {
            const float was = before[std::size_t(i * ldc + j)], now = c[std::size_t(i * ldc + j)];
            if (!(was == now || (std::isnan(was) && std::isnan(now))))
                return std::numeric_limits<double>::infinity();
        }
    }
    return worst;
}

} // namespace

class TestGemm : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { setCpuVariant(bestCpuVariant()); }

    void matchesReference_data()
    {
        QTest::addColumn<CpuVariant>("variant");
        for (CpuVariant v : supportedCpuVariants())
            QTest::newRow(std::string(cpuVariantId(v)).c_str()) << v;
    }

    void matchesReference()
    {
        QFETCH(CpuVariant, variant);
        setCpuVariant(variant);
        std::vector<Case> cases;
        for (GemmB layout : {GemmB::KxN, GemmB::NxK}) {
            // Whole tiles (8 x 32 and 6 x 16 divide these), the decode shapes (32 heads), tails of
            // every size in rows and columns, and depths past one pass (384) of the blocked kernel.
            for (std::int64_t m : {1, 5, 7, 8, 13, 24, 32, 49})
                for (std::int64_t n : {1, 15, 16, 31, 32, 33, 70, 128})
                    for (std::int64_t k : {1, 17, 64, 385})
                        cases.push_back({m, n, k, layout, 1.0f, 0.0f, 0});
            cases.push_back({48, 96, 800, layout, 0.125f, 1.0f, 3});
            cases.push_back({17, 41, 129, layout, -2.0f, 0.5f, 5});
            cases.push_back({8, 32, 384, layout, 1.0f, 1.0f, 1});
            cases.push_back({9, 33, 769, layout, 1.5f, 0.0f, 2});
            // Large enough that A is packed too (64 rows or more, 256 columns or more), in more than
            // one block of rows, with tails in every direction.
            cases.push_back({64, 256, 64, layout, 1.0f, 0.0f, 0});
            cases.push_back({70, 260, 400, layout, 0.5f, 1.0f, 3});
            cases.push_back({300, 257, 100, layout, 1.0f, 0.0f, 1});
        }
        for (const Case &t : cases) {
            const double e = worstError(t);
            if (!(e <= 1.0))
                QFAIL(qPrintable(QStringLiteral("m %1 n %2 k %3 %4 alpha %5 beta %6 pad %7: error %8 of its bound")
                                     .arg(t.m)
                                     .arg(t.n)
                                     .arg(t.k)
                                     .arg(t.layout == GemmB::KxN ? "KxN" : "NxK")
                                     .arg(t.alpha)
                                     .arg(t.beta)
                                     .arg(t.pad)
                                     .arg(e)));
        }
    }

    // k = 0: C = beta C (beta = 0: zeros, NaN or not).
    void emptyDepthScalesC()
    {
        for (CpuVariant v : supportedCpuVariants()) {
            setCpuVariant(v);
            std::vector<float> c{1.0f, 2.0f, std::numeric_limits<float>::quiet_NaN(), 4.0f};
            const float none = 0.0f;
            gemm(2, 2, 0, 1.0f, &none, 0, GemmB::NxK, &none, 0, 0.0f, c.data(), 2);
            QCOMPARE(c, (std::vector<float>{0.0f, 0.0f, 0.0f, 0.0f}));
            c = {1.0f, 2.0f, 3.0f, 4.0f};
            gemm(2, 2, 0, 1.0f, &none, 0, GemmB::KxN, &none, 2, 0.5f, c.data(), 2);
            QCOMPARE(c, (std::vector<float>{0.5f, 1.0f, 1.5f, 2.0f}));
        }
    }

    void refusesBadSizes()
    {
        float x[16] = {};
        auto refuses = [&](auto call, const char *message) {
            try {
                call();
            } catch (const std::invalid_argument &e) {
                QCOMPARE(QString::fromUtf8(e.what()), QString::fromUtf8(message));
                return;
            }
            QFAIL(message);
        };
        refuses([&] { gemm(-1, 2, 2, 1, x, 2, GemmB::KxN, x, 2, 0, x, 2); }, "gemm: m = -1: must be at least 0.");
        refuses([&] { gemm(2, -3, 2, 1, x, 2, GemmB::KxN, x, 2, 0, x, 2); }, "gemm: n = -3: must be at least 0.");
        refuses([&] { gemm(2, 2, -1, 1, x, 2, GemmB::KxN, x, 2, 0, x, 2); }, "gemm: k = -1: must be at least 0.");
        refuses([&] { gemm(2, 2, 3, 1, x, 2, GemmB::KxN, x, 2, 0, x, 2); }, "gemm: lda = 2: must be at least 3.");
        refuses([&] { gemm(2, 4, 2, 1, x, 2, GemmB::KxN, x, 3, 0, x, 4); }, "gemm: ldb = 3: must be at least 4.");
        refuses([&] { gemm(2, 4, 3, 1, x, 3, GemmB::NxK, x, 2, 0, x, 4); }, "gemm: ldb = 2: must be at least 3.");
        refuses([&] { gemm(2, 4, 2, 1, x, 2, GemmB::KxN, x, 4, 0, x, 3); }, "gemm: ldc = 3: must be at least 4.");
    }
};

QTEST_APPLESS_MAIN(TestGemm)
#include "tst_gemm.moc"
