// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/footprint/footprint.h"
#include "core/footprint/kvcache.h"
#include "core/support/checkedmath.h"
#include "testhelpers.h"
#include "tests/common/modelshapes.h"

#include <limits>

using namespace attnscope::core;

class TestFootprint : public QObject
{
    Q_OBJECT
private slots:
    // DeepSeek-V2 Table 1: MHA 2 n_h d_h, GQA 2 n_g d_h, MQA 2 d_h, MLA d_c + d_h^R (per layer).
    void kvCachePerToken()
    {
        Config c;
        c.nHeads = 32;
        c.dHead = 128;
        c.mechanism = Mechanism::Mha;
        c.nKvHeads = 32;
        QCOMPARE(*kvCacheElementsPerToken(c), 2 * 32 * 128);
        c.mechanism = Mechanism::Gqa;
        c.nKvHeads = 8;
        QCOMPARE(*kvCacheElementsPerToken(c), 2 * 8 * 128);
        c.mechanism = Mechanism::Mqa;
        c.nKvHeads = 1;
        QCOMPARE(*kvCacheElementsPerToken(c), 2 * 128);
        // DeepSeek-V2: d_c = 512, d_h^R = 64 -> 576 elements, = 4.5 d_h for d_h = 128.
        c.mechanism = Mechanism::Mla;
        c.nHeads = 128;
        c.dLatentKv = 512;
        c.dRope = 64;
        c.mlaPath = MlaPath::Absorbed;
        QCOMPARE(*kvCacheElementsPerToken(c), 576);
        c.mechanism = Mechanism::Bahdanau;
        c.hidden = 1000;
        QCOMPARE(*kvCacheElementsPerToken(c), 0);
        QCOMPARE(*annotationElementsPerSourceToken(c), 2000);
    }
    void overflowIsRefused()
    {
        constexpr auto big = std::numeric_limits<std::int64_t>::max();
        QVERIFY(!checkedMul(big, 2));
        QVERIFY(!checkedAdd(big, 1));
        QVERIFY(!checkedMul(-1, 2));
        QCOMPARE(*checkedProduct({1 << 20, 1 << 20, 1 << 20}), std::int64_t(1) << 60);
        QVERIFY(!checkedProduct({1 << 20, 1 << 20, 1 << 20, 1 << 20}));
        CheckedSum s;
        s.add({3, 4}).add({big, 2}).add({1});
        QVERIFY(!s.value());
        Config c;
        c.mechanism = Mechanism::Mha;
        c.nKvHeads = big / 2;
        c.dHead = 4;
        QVERIFY(!kvCacheElementsPerToken(c));
    }
};

namespace {
ModelShape gqaModel()
{
    return attnscope::test::llama2_70b();
}
ModelShape mlaModel()
{
    return attnscope::test::deepSeekV2();
}
ModelShape gqa67b()
{
    return attnscope::test::deepSeek67b();
}
FootprintRequest at(std::int64_t context, std::int64_t batch, std::int64_t milliBits)
{
    FootprintRequest r;
    r.context = context;
    r.batch = batch;
    r.bits = KvBits::fromMilliBits(milliBits);
    return r;
}
} // namespace

class TestModelFootprint : public QObject
{
    Q_OBJECT
private slots:
    void gqaKnownAnswer()
    {
        const Footprint f = computeFootprint(gqaModel(), at(4096, 2, 16000));
        QCOMPARE(f.elementsPerTokenPerLayer, 2 * 8 * 128);
        QCOMPARE(f.elementsPerToken, 2 * 8 * 128 * 80);
        QCOMPARE(f.bytesPerToken, 2 * 8 * 128 * 80 * 2);
        QCOMPARE(f.totalElements, std::int64_t(2) * 8 * 128 * 80 * 4096 * 2);
        QCOMPARE(f.totalBytes, std::int64_t(2) * 8 * 128 * 80 * 4096 * 2 * 2);
        QCOMPARE(f.equivalentGqaGroups, 8.0);
        // W_Q + W_K + W_V + W_O = d (n_h d_h) + 2 d (n_g d_h) + (n_h d_h) d.
        QCOMPARE(f.attentionParametersPerLayer, std::int64_t(8192) * 8192 * 2 + std::int64_t(2) * 8192 * 1024);
        QCOMPARE(f.attentionParameters, f.attentionParametersPerLayer * 80);
        QCOMPARE(formulaSymbols(Mechanism::Gqa), std::string("2 n_g d_h l"));
        QCOMPARE(formulaNumbers(gqaModel()), std::string("2 x 8 x 128 x 80"));
    }
    void mlaKnownAnswer()
    {
        const Footprint f = computeFootprint(mlaModel(), at(1, 1, 16000));
        QCOMPARE(f.elementsPerTokenPerLayer, 576);
        QCOMPARE(f.elementsPerToken, 576 * 60);
        QCOMPARE(f.equivalentGqaGroups, 2.25); // (512 + 64) / (2 x 128)
        QCOMPARE(f.decompressedElementsPerTokenPerLayer, 128 * (128 + 64) + 128 * 128);
        QCOMPARE(formulaNumbers(mlaModel()), std::string("(512 + 64) x 60"));
        // W_DQ 5120x1536, W_UQ+W_QR 1536x128x192, W_DKV+W_KR 5120x576, W_UK+W_UV 512x128x256, W_O 16384x5120.
        const std::int64_t expected =
            5120LL * 1536 + 1536LL * 128 * 192 + 5120LL * 576 + 512LL * 128 * 256 + 128LL * 128 * 5120;
        QCOMPARE(f.attentionParametersPerLayer, expected);
    }
    // DeepSeek-V2, section 3.1: 6-bit KV cache against DeepSeek 67B's 16-bit GQA cache.
    void deepseekV2Reduction()
    {
        const Footprint v2 = computeFootprint(mlaModel(), at(1, 1, 6000));
        const Footprint llm = computeFootprint(gqa67b(), at(1, 1, 16000));
        QCOMPARE(v2.bytesPerToken, 576 * 60 * 6 / 8);
        QCOMPARE(llm.bytesPerToken, 2 * 8 * 128 * 95 * 2);
        const double r = reductionPercent(v2.bytesPerToken, llm.bytesPerToken);
        QVERIFY2(std::abs(r - 93.34) < 0.01, qPrintable(QString::number(r)));
    }
    void fractionalBitsRoundUpToBytes()
    {
        ModelShape m = gqaModel();
        m.layers = 1;
        m.nKvHeads = 1;
        m.mechanism = Mechanism::Mqa;
        m.dHead = 3; // 6 elements per token
        const Footprint f = computeFootprint(m, at(1, 1, 4500));
        QCOMPARE(f.bytesPerToken, 4);                                 // 6 x 4.5 / 8 = 3.375 -> 4
        QCOMPARE(computeFootprint(m, at(4, 1, 4500)).totalBytes, 14); // 24 x 4.5 / 8 = 13.5 -> 14
        QCOMPARE(bytesFor(8, KvBits::fromMilliBits(1000), "x"), 1);
    }
    void crossAttentionIsSeparate()
    {
        ModelShape t5; // T5 v1.1 XXL: 64 heads x 64, 24 decoder layers with cross-attention
        t5.mechanism = Mechanism::Mha;
        t5.dModel = 4096;
        t5.nHeads = 64;
        t5.nKvHeads = 64;
        t5.dHead = 64;
        t5.layers = 24;
        t5.crossLayers = 24;
        const Footprint f = computeFootprint(t5, at(1, 1, 16000));
        QCOMPARE(f.elementsPerToken, 2 * 64 * 64 * 24);
        QCOMPARE(f.crossElementsPerSourceToken, 2 * 64 * 64 * 24);
        QCOMPARE(f.crossBytesPerSourceToken, 2 * 64 * 64 * 24 * 2);
        QCOMPARE(f.attentionParameters, f.attentionParametersPerLayer * 48); // decoder self + cross
        t5.encoderLayers = 24;
        QCOMPARE(computeFootprint(t5, at(1, 1, 16000)).attentionParameters, f.attentionParametersPerLayer * 72);
    }
    void budget()
    {
        // 80 layers x 2048 elements x 2 bytes = 327,680 bytes per token.
        QCOMPARE(maxContextForBudget(gqaModel(), KvBits(), 1, 327680LL * 1000), 1000);
        QCOMPARE(maxContextForBudget(gqaModel(), KvBits(), 1, 327680LL * 1000 - 1), 999);
        QCOMPARE(maxContextForBudget(gqaModel(), KvBits(), 4, 327680LL * 1000), 250);
        QCOMPARE(maxContextForBudget(gqaModel(), KvBits(), 1, 100), 0);
        QCOMPARE(maxContextForBudget(gqaModel(), KvBits(), std::numeric_limits<std::int64_t>::max(),
                                     std::numeric_limits<std::int64_t>::max()),
                 0);
    }
    void overflowIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(FootprintOverflow,
                                 (void)computeFootprint(gqaModel(), at(1LL << 40, 1LL << 20, 16000)));
        ModelShape m = gqaModel();
        m.layers = std::numeric_limits<std::int64_t>::max() / 2;
        try {
            (void)computeFootprint(m, at(1, 1, 16000));
            QFAIL("no overflow reported");
        } catch (const FootprintOverflow &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains("64 bits"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(
            FootprintOverflow,
            (void)bytesFor(std::numeric_limits<std::int64_t>::max(), KvBits::fromMilliBits(16000), "x"));
    }
    void invalidShapesAndRequests()
    {
        ModelShape m = gqaModel();
        m.nKvHeads = 3;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)computeFootprint(m, at(1, 1, 16000)));
        const auto errors = validateModel(m);
        QCOMPARE(errors.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(errors[0].message).contains("kv_heads 3: must divide the heads (64)"));
        m = gqaModel();
        m.layers = 0;
        m.dHead = -1;
        QCOMPARE(validateModel(m).size(), std::size_t(2));
        ModelShape mqa = gqaModel();
        mqa.mechanism = Mechanism::Mqa;
        QCOMPARE(validateModel(mqa).size(), std::size_t(1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)computeFootprint(gqaModel(), at(0, 1, 16000)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)computeFootprint(gqaModel(), at(1, 0, 16000)));
    }
    void kvBits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milli"); // -1: refused
        QTest::newRow("16") << "16" << qint64(16000);
        QTest::newRow("6") << "6" << qint64(6000);
        QTest::newRow("4.5") << "4.5" << qint64(4500);
        QTest::newRow("0.125") << "0.125" << qint64(125);
        QTest::newRow("64") << "64" << qint64(64000);
        QTest::newRow("zero") << "0" << qint64(-1);
        QTest::newRow("too many") << "65" << qint64(-1);
        QTest::newRow("huge") << "99999999999999999999" << qint64(-1);
        QTest::newRow("negative") << "-8" << qint64(-1);
        QTest::newRow("four decimals") << "4.1234" << qint64(-1);
        QTest::newRow("text") << "bf16" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("dot") << "4." << qint64(-1);
        QTest::newRow("exponent") << "1e1" << qint64(-1);
    }
    void kvBits()
    {
        QFETCH(QString, text);
        QFETCH(qint64, milli);
        std::string error;
        const auto bits = KvBits::parse(text.toStdString(), &error);
        if (milli < 0) {
            QVERIFY(!bits);
            QVERIFY(!error.empty());
        } else {
            QVERIFY(bits);
            QCOMPARE(bits->milliBits(), milli);
            QCOMPARE(QString::fromStdString(bits->text()), text);
        }
    }
};

int main(int argc, char **argv)
{
    TestFootprint configLevel;
    TestModelFootprint modelLevel;
    return QTest::qExec(&configLevel, argc, argv) | QTest::qExec(&modelLevel, argc, argv);
}
#include "tst_footprint.moc"
