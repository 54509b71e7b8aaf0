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


namespace {
// n layers of one kind each, from a string: 'F' full, 'W' window, 'N' no cache, 'S' shared.
std::vector<LayerSpec> kinds(const std::string &pattern, std::int64_t window)
{
    std::vector<LayerSpec> v;
    for (char c : pattern) {
        switch (c) {
        case 'F': v.push_back({LayerKind::Full, 0}); break;
        case 'W': v.push_back({LayerKind::Window, window}); break;
        case 'N': v.push_back({LayerKind::NoCache, 0}); break;
        default: v.push_back({LayerKind::Shared, 0}); break;
        }
    }
    return v;
}
std::string repeat(const std::string &s, int n)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}
// GQA with n_g KV heads of width d_h: 2 n_g d_h elements per token and layer.
ModelShape gqa(std::int64_t heads, std::int64_t kvHeads, std::int64_t headDim, const std::string &pattern,
               std::int64_t window)
{
    ModelShape m;
    m.mechanism = kvHeads == 1 ? Mechanism::Mqa : Mechanism::Gqa;
    m.nHeads = heads;
    m.nKvHeads = kvHeads;
    m.dHead = headDim;
    m.dModel = heads * headDim;
    m.layers = std::ssize(pattern);
    m.layerKinds = kinds(pattern, window);
    return m;
}
const CacheShare *shareOf(const Footprint &f, LayerKind kind)
{
    for (const CacheShare &s : f.shares)
        if (s.kind == kind)
            return &s;
    return nullptr;
}
} // namespace

// Per-layer attention kinds, each against figures computed by hand.
class TestLayerKinds : public QObject
{
    Q_OBJECT
private slots:
    // Gemma 2 9B (google/gemma-2-9b config.json): 42 layers alternating a 4096-token window and
    // full attention, 8 KV heads of 256: 2 x 8 x 256 = 4096 elements per token and layer.
    void slidingWindowAlternating()
    {
        const ModelShape m = gqa(16, 8, 256, repeat("WF", 21), 4096);
        Footprint f = computeFootprint(m, at(8192, 1, 16000));
        QCOMPARE(f.elementsPerTokenPerLayer, 4096);
        QCOMPARE(f.cachingLayers, 42);
        QCOMPARE(f.elementsPerToken, 4096 * 42);
        // 21 full layers hold 8192 tokens, 21 window layers 4096: 4096 x 21 x (8192 + 4096).
        QCOMPARE(f.totalElements, std::int64_t(4096) * 21 * (8192 + 4096));
        QCOMPARE(f.totalBytes, std::int64_t(4096) * 21 * (8192 + 4096) * 2);
        QCOMPARE(f.shares.size(), std::size_t(2));
        QCOMPARE(f.shares[0].kind, LayerKind::Full);
        QCOMPARE(f.shares[0].tokens, 8192);
        QCOMPARE(f.shares[1].kind, LayerKind::Window);
        QCOMPARE(f.shares[1].window, 4096);
        QCOMPARE(f.shares[1].tokens, 4096);
        QCOMPARE(f.shares[1].totalBytes, std::int64_t(4096) * 21 * 4096 * 2);
        // Below the window every layer holds the whole context: 42 x 1000 x 4096.
        f = computeFootprint(m, at(1000, 3, 16000));
        QCOMPARE(f.totalElements, std::int64_t(42) * 1000 * 4096 * 3);
        QCOMPARE(formulaNumbers(m), std::string("2 x 8 x 256 x 42"));
    }
    // Windows of two sizes are two shares, smallest first.
    void twoWindows()
    {
        ModelShape m = gqa(4, 1, 1, "WWF", 10); // MQA, d_h 1: 2 elements per token and layer
        m.layerKinds[1].window = 5;
        const Footprint f = computeFootprint(m, at(100, 1, 16000));
        QCOMPARE(f.shares.size(), std::size_t(3));
        QCOMPARE(f.shares[1].window, 5);
        QCOMPARE(f.shares[2].window, 10);
        QCOMPARE(f.totalElements, 2 * (100 + 5 + 10));
    }
    // Jamba v0.1 (ai21labs/Jamba-v0.1 config.json): 32 layers, attn_layer_period 8, offset 4:
    // layers 4, 12, 20 and 28 attend (32 heads, 8 KV heads of 128), the other 28 are Mamba.
    void hybridWithoutCache()
    {
        std::string pattern = repeat("NNNNFNNN", 4);
        const ModelShape m = gqa(32, 8, 128, pattern, 0);
        const Footprint f = computeFootprint(m, at(262144, 1, 16000));
        QCOMPARE(f.cachingLayers, 4);
        QCOMPARE(f.elementsPerToken, 2 * 8 * 128 * 4);
        QCOMPARE(f.totalBytes, std::int64_t(8192) * 262144 * 2); // 4 GiB
        QCOMPARE(shareOf(f, LayerKind::NoCache)->layers, 28);
        QCOMPARE(shareOf(f, LayerKind::NoCache)->totalBytes, 0);
        QCOMPARE(formulaNumbers(m), std::string("2 x 8 x 128 x 4"));
        // The Mamba layers have no attention projections: 4 layers' worth.
        QCOMPARE(f.attentionParameters, f.attentionParametersPerLayer * 4);
    }
    // Gemma 3n E2B-like: 10 layers, four 512-token windows then one full layer, twice; the last
    // 4 layers reuse earlier caches (num_kv_shared_layers). 2 KV heads of 256: 1024 elements.
    void sharedLayers()
    {
        const ModelShape m = gqa(8, 2, 256, "WWWWFWSSSS", 512);
        const Footprint f = computeFootprint(m, at(32768, 1, 16000));
        QCOMPARE(f.cachingLayers, 6);
        // 5 windows of 512 and 1 full layer of 32768, 1024 elements each.
        QCOMPARE(f.totalElements, std::int64_t(1024) * (5 * 512 + 32768));
        QCOMPARE(shareOf(f, LayerKind::Shared)->layers, 4);
        QCOMPARE(shareOf(f, LayerKind::Shared)->totalElements, 0);
        QCOMPARE(f.attentionParameters, f.attentionParametersPerLayer * 10); // shared layers project queries
    }
    // BERT-base (google-bert/bert-base-uncased): encoder-only, 12 layers of 12 heads of 64.
    void encoderOnly()
    {
        ModelShape m = gqa(12, 12, 64, "", 0);
        m.mechanism = Mechanism::Mha;
        m.layers = 12;
        m.layerKinds.clear();
        m.encoderOnly = true;
        const Footprint f = computeFootprint(m, at(512, 8, 16000));
        QVERIFY(!f.decodeCache);
        QCOMPARE(f.totalBytes, 0);
        QCOMPARE(f.bytesPerToken, 0);
        QVERIFY(f.shares.empty());
        QCOMPARE(f.attentionParameters, std::int64_t(4) * 768 * 768 * 12);
        QCOMPARE(maxContextForBudget(m, KvBits(), 1, 1), kUnbounded);
    }
    // T5.1.1 XXL: 24 decoder layers, 64 heads of 64: 2 x 64 x 64 = 8192 elements per token and
    // layer, for the target tokens (self) and for the source tokens (cross).
    void encoderDecoder()
    {
        ModelShape t5 = gqa(64, 64, 64, "", 0);
        t5.mechanism = Mechanism::Mha;
        t5.layers = 24;
        t5.layerKinds.clear();
        t5.crossLayers = 24;
        t5.encoderLayers = 24;
        FootprintRequest r = at(100, 2, 16000);
        r.sourceTokens = 512;
        Footprint f = computeFootprint(t5, r);
        QCOMPARE(f.sourceTokens, 512);
        QCOMPARE(f.totalElements, std::int64_t(8192) * 24 * (100 + 512) * 2);
        QCOMPARE(shareOf(f, LayerKind::Cross)->tokens, 512);
        QCOMPARE(shareOf(f, LayerKind::Cross)->totalBytes, std::int64_t(8192) * 24 * 512 * 2 * 2);
        r.sourceTokens.reset(); // default: as many source tokens as the context
        f = computeFootprint(t5, r);
        QCOMPARE(f.sourceTokens, 100);
        QCOMPARE(f.totalElements, std::int64_t(8192) * 24 * 200 * 2);
        // Budget: 786,432 bytes per (target + source) token pair: 2 x 8192 x 24 x 2 bytes.
        QCOMPARE(maxContextForBudget(t5, at(1, 1, 16000), 786432LL * 10), 10);
        r.sourceTokens = 5;
        // Fixed source: 393,216 x (T + 5) <= 393,216 x 15 gives T = 10.
        QCOMPARE(maxContextForBudget(t5, [&] {
                     FootprintRequest q = r;
                     q.batch = 1;
                     return q;
                 }(),
                                     393216LL * 15),
                 10);
        r.sourceTokens = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)computeFootprint(t5, r));
    }
    // MQA with d_h 1 (2 elements, 4 bytes per token and layer): one window of 100, one full.
    void budgetsWithWindows()
    {
        const ModelShape m = gqa(2, 1, 1, "WF", 100);
        // 4 min(T, 100) + 4 T <= 1000: T = 150.
        QCOMPARE(maxContextForBudget(m, KvBits(), 1, 1000), 150);
        QCOMPARE(maxContextForBudget(m, KvBits(), 1, 799), 99);
        FootprintRequest r = at(150, 1, 16000);
        QCOMPARE(maxBatchForBudget(m, r, 1000), 1);
        QCOMPARE(maxBatchForBudget(m, r, 10999), 10);
        QCOMPARE(maxBatchForBudget(m, r, 999), 0);
        // Windows only: the cache stops growing at 100 tokens (4 x 100 x 2 = 800 bytes).
        const ModelShape windows = gqa(2, 1, 1, "WW", 100);
        QCOMPARE(maxContextForBudget(windows, KvBits(), 1, 800), kUnbounded);
        QCOMPARE(maxContextForBudget(windows, KvBits(), 1, 799), 99);
        QCOMPARE(maxContextForBudget(windows, KvBits(), 1, 7), 0);
    }
    void invalidLayerKinds()
    {
        ModelShape m = gqa(2, 1, 1, "WF", 100);
        m.layers = 3;
        QVERIFY(QString::fromStdString(validateModel(m).at(0).message).startsWith("layer_types 2: lists that many"));
        m = gqa(2, 1, 1, "WF", 0);
        QVERIFY(QString::fromStdString(validateModel(m).at(0).message).startsWith("layer_types[0] 0: a window"));
        m = gqa(2, 1, 1, "SF", 0);
        QVERIFY(QString::fromStdString(validateModel(m).at(0).message).startsWith("layer_types[0] shared: a layer"));
        m = gqa(2, 1, 1, "NN", 0);
        QVERIFY(QString::fromStdString(validateModel(m).at(0).message).contains("no layer keeps a KV cache"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)computeFootprint(m, at(1, 1, 16000)));
    }
};

int main(int argc, char **argv)
{
    TestFootprint configLevel;
    TestModelFootprint modelLevel;
    TestLayerKinds layerKinds;
    return QTest::qExec(&configLevel, argc, argv) | QTest::qExec(&modelLevel, argc, argv)
        | QTest::qExec(&layerKinds, argc, argv);
}
#include "tst_footprint.moc"
