// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/compute.h"
#include "io/dumpio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace attnscope;
using core::Mechanism;

Q_DECLARE_METATYPE(attnscope::core::Request)

namespace {
core::Request req(Mechanism m)
{
    core::Request r;
    r.mechanism = m;
    r.seed = 12345;
    return r;
}
} // namespace

class TestDumpIo : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<core::Request>("request");
        QTest::newRow("bahdanau") << req(Mechanism::Bahdanau);
        QTest::newRow("sdpa") << req(Mechanism::Sdpa);
        auto causal = req(Mechanism::Mha);
        causal.causal = true;
        QTest::newRow("mha causal") << causal;
        auto cross = req(Mechanism::Gqa);
        cross.attention = core::AttentionKind::Cross;
        cross.sourceTokens = 3;
        QTest::newRow("gqa cross") << cross;
        QTest::newRow("mqa") << req(Mechanism::Mqa);
        auto mla = req(Mechanism::Mla);
        mla.mlaPath = core::MlaPath::Absorbed;
        mla.dLatentQ = 12;
        mla.ropeLayout = core::RopeLayout::Half;
        mla.ropeBase = 500.0;
        QTest::newRow("mla absorbed") << mla;
    }
    // Every tensor reads back bit for bit, and the configuration reads back equal.
    void roundTrip()
    {
        QFETCH(core::Request, request);
        const core::Config config = core::resolve(request);
        const core::Trace trace = core::compute(config);
        QTemporaryDir dir;
        const QString file = dir.filePath("dump.json");
        QString error;
        QVERIFY2(io::writeDump(file, config, trace, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto dump = io::parseDump(f.readAll(), &error);
        QVERIFY2(dump.has_value(), qPrintable(error));
        QCOMPARE(dump->config, config);
        QCOMPARE(dump->trace.tensorNames().size(), trace.tensorNames().size());
        for (const auto &name : trace.tensorNames()) {
            QVERIFY2(dump->trace.tensor(name) == trace.tensor(name), name.c_str());
        }
    }
    void documentStructure()
    {
        const core::Config config = core::resolve(req(Mechanism::Gqa));
        const QByteArray json = io::dumpToJson(config, core::compute(config));
        QJsonParseError e;
        const QJsonObject root = QJsonDocument::fromJson(json, &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(root.value("format").toString(), QStringLiteral("attnscope-dump/1"));
        QCOMPARE(root.value("mechanism").toString(), QStringLiteral("gqa"));
        const QJsonObject c = root.value("config").toObject();
        for (const char *key :
             {"d_model", "n_heads", "n_kv_heads", "d_head", "tokens", "source_tokens", "causal", "attention", "seed",
              "d_latent_kv", "d_latent_q", "d_rope", "rope_base", "rope_layout", "mla_path", "hidden", "align_dim"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QCOMPARE(c.value("n_kv_heads").toInt(), 2);
        QCOMPARE(c.value("attention").toString(), QStringLiteral("self"));
        QCOMPARE(root.value("kv_cache_elements_per_token").toInt(), 2 * 2 * 8);
        const QJsonObject weights = root.value("tensors").toObject().value("weights").toObject();
        QCOMPARE(weights.value("shape").toArray(), (QJsonArray{4, 6, 6}));
        QCOMPARE(weights.value("data").toArray().size(), 4 * 6 * 6);
        const QJsonArray steps = root.value("steps").toArray();
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().toObject().value("kind").toString(), QStringLiteral("output_projection"));
    }
    void badDumpsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const core::Config config = core::resolve(req(Mechanism::Sdpa));
        const QByteArray good = io::dumpToJson(config, core::compute(config));
        QTest::newRow("not json") << QByteArray("{ nope") << "not JSON";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "not JSON";
        QByteArray wrongFormat = good;
        wrongFormat.replace("attnscope-dump/1", "attnscope-dump/9");
        QTest::newRow("wrong format") << wrongFormat << "format";
        QByteArray badMechanism = good;
        badMechanism.replace("\"mechanism\": \"sdpa\"", "\"mechanism\": \"lstm\"");
        QTest::newRow("unknown mechanism") << badMechanism << "mechanism";
        QByteArray badHeads = good;
        badHeads.replace("\"n_heads\":1", "\"n_heads\":\"one\"");
        QTest::newRow("string size") << badHeads << "config.n_heads";
        QByteArray badShape = good;
        badShape.replace("\"shape\": [6, 6]", "\"shape\": [6, 7]");
        QTest::newRow("shape mismatch") << badShape << "do not fill the shape";
        // Sizes whose product passes 64 bits (UBSan found 2^40 x 2^24 with empty data).
        QByteArray overflow = good;
        overflow.replace("\"shape\": [6, 6]", "\"shape\": [1099511627776, 16777216, 1099511627776]");
        QTest::newRow("shape overflows") << overflow << "do not fill the shape";
        QByteArray negative = good;
        negative.replace("\"shape\": [6, 6]", "\"shape\": [-6, -6]");
        QTest::newRow("negative sizes") << negative << "not a list of sizes";
        QByteArray text = good;
        text.replace("\"shape\": [6, 6]", "\"shape\": [\"6\", 6]");
        QTest::newRow("size as text") << text << "not a list of sizes";
    }
    void badDumpsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!io::parseDump(json, &error).has_value());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
    void unwritableFileIsReported()
    {
        const core::Config config = core::resolve(req(Mechanism::Sdpa));
        QString error;
        QVERIFY(!io::writeDump("/nonexistent-dir/x/dump.json", config, core::compute(config), &error));
        QVERIFY(error.contains("/nonexistent-dir/x/dump.json"));
    }
};

QTEST_GUILESS_MAIN(TestDumpIo)
#include "tst_dumpio.moc"
