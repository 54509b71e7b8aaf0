// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/footprint/checkedmath.h"
#include "core/footprint/kvcache.h"
#include "testhelpers.h"

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

QTEST_GUILESS_MAIN(TestFootprint)
#include "tst_footprint.moc"
