// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/softmax.h"
#include "testhelpers.h"

#include <limits>

using namespace attnscope::core;
using attnscope::core::test::mat;

class TestSoftmax : public QObject
{
    Q_OBJECT
private slots:
    void rowsSumToOne_data()
    {
        QTest::addColumn<float>("scale");
        QTest::newRow("unit") << 1.0f;
        QTest::newRow("small") << 1e-3f;
        QTest::newRow("large logits 1e4") << 1e4f;
        QTest::newRow("huge logits 1e30") << 1e30f;
    }
    void rowsSumToOne()
    {
        QFETCH(float, scale);
        const Matrix logits = mat({{1, 2, 3, 4}, {-4, 0, 4, 1}, {0, 0, 0, 0}}) * scale;
        const Matrix w = softmaxRows(logits);
        for (Eigen::Index i = 0; i < w.rows(); ++i) {
            QVERIFY(w.row(i).allFinite());
            QVERIFY(std::abs(w.row(i).sum() - 1.0f) < 1e-6f);
            QVERIFY((w.row(i).array() >= 0.0f).all());
        }
    }
    void survivesLogitsOf1e4()
    {
        // exp(1e4) overflows float; subtracting the row maximum keeps it finite and exact.
        const Matrix w = softmaxRows(mat({{1e4f, 1e4f - 1.0f}}));
        const float expected = 1.0f / (1.0f + std::exp(-1.0f));
        QVERIFY(std::abs(w(0, 0) - expected) < 1e-6f);
        QVERIFY(std::abs(w(0, 1) - (1.0f - expected)) < 1e-6f);
    }
    void knownAnswer()
    {
        const Matrix w = softmaxRows(mat({{0.0f, std::log(3.0f)}}));
        QVERIFY(std::abs(w(0, 0) - 0.25f) < 1e-7f);
        QVERIFY(std::abs(w(0, 1) - 0.75f) < 1e-7f);
    }
    void maskedEntriesGetExactlyZero()
    {
        Matrix scores = mat({{5, 100, 100}, {1, 2, 100}, {1, 2, 3}});
        applyCausalMask(scores);
        const Matrix w = softmaxRows(scores);
        QCOMPARE(w(0, 0), 1.0f);
        QCOMPARE(w(0, 1), 0.0f);
        QCOMPARE(w(0, 2), 0.0f);
        QCOMPARE(w(1, 2), 0.0f);
        QVERIFY(w(1, 1) > w(1, 0));
        QVERIFY(std::abs(w.row(2).sum() - 1.0f) < 1e-6f);
    }
    void causalMaskWithOffset()
    {
        Matrix scores = Matrix::Zero(2, 4);
        applyCausalMask(scores, 2); // the last query sees every key
        QVERIFY(std::isinf(scores(0, 3)));
        QVERIFY(std::isfinite(scores(0, 2)));
        QVERIFY(scores.row(1).allFinite());
    }
    void slidingWindowMask()
    {
        // 5 queries, 5 keys, window 3: query i sees keys i-2..i (transformers' sliding_window_overlay).
        Matrix scores = Matrix::Zero(5, 5);
        applyCausalMask(scores, 0, 3);
        for (int i = 0; i < 5; ++i)
            for (int j = 0; j < 5; ++j)
                QCOMPARE(std::isfinite(scores(i, j)), j <= i && j > i - 3);
        // Decoding: 1 query after 6 cached keys (offset 6), window 2: keys 5 and 6 only.
        Matrix one = Matrix::Zero(1, 7);
        applyCausalMask(one, 6, 2);
        for (int j = 0; j < 7; ++j)
            QCOMPARE(std::isfinite(one(0, j)), j >= 5);
    }
    void fullyMaskedRowIsZeroNotNaN()
    {
        constexpr float inf = std::numeric_limits<float>::infinity();
        const Matrix w = softmaxRows(mat({{-inf, -inf}}));
        QCOMPARE(w(0, 0), 0.0f);
        QCOMPARE(w(0, 1), 0.0f);
    }
};

QTEST_GUILESS_MAIN(TestSoftmax)
#include "tst_softmax.moc"
