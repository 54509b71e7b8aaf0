// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/random.h"
#include "testhelpers.h"

#include <random>

using namespace attnscope::core;

class TestRandom : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameNumbers() { QCOMPARE(SeededInit(42).input("X", 3, 5), SeededInit(42).input("X", 3, 5)); }
    void streamsDifferByNameAndSeed()
    {
        const Matrix a = SeededInit(42).input("X", 3, 5);
        QVERIFY(a != SeededInit(43).input("X", 3, 5));
        QVERIFY(a != SeededInit(42).input("W_Q", 3, 5));
    }
    // The documented recipe, spelled out independently: splitmix64(seed ^ fnv1a64(name)) seeds
    // std::mt19937_64; value = bound * (2 * (draw >> 40) * 2^-24 - 1).
    void followsTheDocumentedRecipe()
    {
        std::uint64_t h = 14695981039346656037ULL;
        for (unsigned char c : std::string("W_K")) {
            h ^= c;
            h *= 1099511628211ULL;
        }
        std::uint64_t x = 7ULL ^ h;
        x += 0x9E3779B97F4A7C15ULL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        x ^= x >> 31;
        QCOMPARE(SeededInit::streamSeed(7, "W_K"), x);
        std::mt19937_64 engine(x);
        const Matrix w = SeededInit(7).weight("W_K", 4, 3);
        const float bound = std::sqrt(3.0f / 4.0f);
        for (Eigen::Index i = 0; i < w.size(); ++i) {
            const float u = float(engine() >> 40) / 16777216.0f;
            QCOMPARE(w.data()[i], bound * (2.0f * u - 1.0f));
        }
    }
    // std::mt19937_64 is fully specified: its 10000th output from the default seed is fixed by
    // the C++ standard. This pins the platform independence the dump format relies on.
    void engineIsTheStandardOne()
    {
        std::mt19937_64 engine;
        engine.discard(9999);
        QCOMPARE(engine(), 9981545732273789042ULL);
    }
    void boundsAndScaling()
    {
        const Matrix w = SeededInit(1).weight("W", 64, 64);
        const float bound = std::sqrt(3.0f / 64.0f);
        QVERIFY(w.maxCoeff() < bound);
        QVERIFY(w.minCoeff() >= -bound);
        QVERIFY(std::abs(w.mean()) < 0.01f); // 4096 draws of a symmetric distribution
        // Variance 1/in for weights and 1 for inputs (4096 draws: within a few percent).
        QVERIFY(std::abs(w.array().square().mean() * 64.0f - 1.0f) < 0.1f);
        const Matrix x = SeededInit(1).input("X", 64, 64);
        QVERIFY(x.maxCoeff() < std::sqrt(3.0f) && x.minCoeff() >= -std::sqrt(3.0f));
        QVERIFY(std::abs(x.array().square().mean() - 1.0f) < 0.1f);
    }
};

QTEST_GUILESS_MAIN(TestRandom)
#include "tst_random.moc"
