// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope footprint` in process: every preset against hand-computed figures, the paper's
// 93.3%, the output formats and every bad input.
#include "cli/footprintcommand.h"
#include "io/modelconfig.h"
#include "presets_expected.h"
#include "tests/common/hfconfigs.h"
#include "tests/common/layerconfigs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace attnscope;

namespace {
struct Result
{
    int exitCode;
    QString out;
    QString err;
};

Result footprint(const QStringList &flags)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int code = cli::runFootprint(QStringList{"attnscope", "footprint"} + flags, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

QJsonObject footprintJson(const QStringList &flags)
{
    const Result r = footprint(flags + QStringList{"--json"});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QStringList csvCells(const QString &line)
{
    // The fields written here have no quotes unless they hold commas.
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char(',') && !quoted) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}
} // namespace

class TestFootprintCommand : public QObject
{
    Q_OBJECT
private slots:
    void everyPresetIsShipped()
    {
        QStringList expected;
        for (const auto &p : test::kPresetExpectations)
            expected << QString::fromLatin1(p.id);
        expected.sort();
        QCOMPARE(io::presetIds(), expected);
        QCOMPARE(io::presetModels().size(), std::size(test::kPresetExpectations));
    }

    void presetFigures_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("elements");
        QTest::addColumn<qint64>("cross");
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<qint64>("total");
        for (const auto &p : test::kPresetExpectations)
            QTest::newRow(p.id) << QString::fromLatin1(p.id) << qint64(p.elementsPerToken)
                                << qint64(p.crossElementsPerSourceToken) << QString::fromLatin1(p.mechanism)
                                << qint64(p.totalBytes ? p.totalBytes
                                                       : (p.elementsPerToken + p.crossElementsPerSourceToken) * 2
                                                             * 1000 * 3);
    }
    // The published KV cache per token of every preset, at 16 bits, context 1000, batch 3.
    void presetFigures()
    {
        QFETCH(QString, id);
        QFETCH(qint64, elements);
        QFETCH(qint64, cross);
        QFETCH(QString, mechanism);
        QFETCH(qint64, total);
        const QJsonObject o = footprintJson({"--model", id, "--context", "1000", "--batch", "3"});
        QCOMPARE(o.value("mechanism").toString(), mechanism);
        QCOMPARE(o.value("elements_per_token").toInteger(), elements);
        // The layers that keep a cache: all, or the full and windowed ones of layer_kinds.
        const QJsonObject model = o.value("model").toObject();
        qint64 caching = model.value("layers").toInteger();
        if (model.contains("layer_kinds")) {
            caching = 0;
            for (const QJsonValue &k : model.value("layer_kinds").toArray())
                caching += k.isDouble() || k.toString() == QLatin1String("full") ? 1 : 0;
        }
        QCOMPARE(o.value("elements_per_token_per_layer").toInteger() * caching, elements);
        QCOMPARE(o.value("bytes_per_token").toInteger(), elements * 2);
        // Encoder-decoder models: the cross-attention cache of 1000 source tokens is in the total.
        QCOMPARE(o.value("total_bytes").toInteger(), total);
        QCOMPARE(o.value("cross_attention").toObject().value("elements_per_source_token").toInteger(), cross);
        if (o.value("decode_cache").toBool())
            QVERIFY(!o.value("formula").toString().isEmpty());
        else
            QVERIFY(!o.value("no_cache").toString().isEmpty()); // encoder-only: a sentence, not a figure
        QVERIFY(!model.value("source").toString().isEmpty());
    }

    // DeepSeek-V2, section 3.1: "reducing the KV cache by 93.3%" against DeepSeek 67B.
    void deepseekV2Reduction()
    {
        const QJsonObject o = footprintJson({"--model", "deepseek-v2", "--kv-bits", "6", "--compare", "deepseek-67b"});
        QCOMPARE(o.value("bytes_per_token").toInteger(), (512 + 64) * 60 * 6 / 8);
        QCOMPARE(o.value("compare").toObject().value("bytes_per_token").toInteger(), 2 * 8 * 128 * 95 * 2);
        QCOMPARE(QString::number(o.value("reduction_percent").toDouble(), 'f', 1), QStringLiteral("93.3"));
        const Result text = footprint({"--model", "deepseek-v2", "--kv-bits", "6", "--compare", "deepseek-67b"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("93.3%"), qPrintable(text.out));
        QVERIFY(text.out.contains("(d_c + d_h^R) l = (512 + 64) x 60 = 34,560 elements"));
        QVERIFY(text.out.contains("2.25"));
    }

    void shapeFromFlags()
    {
        const QJsonObject o = footprintJson({"--mechanism", "gqa", "--d-model", "4096", "--heads", "32", "--kv-heads",
                                             "8", "--layers", "32", "--context", "8192"});
        QCOMPARE(o.value("elements_per_token").toInteger(), 2 * 8 * 128 * 32);
        QCOMPARE(o.value("formula").toString(), QStringLiteral("2 n_g d_h l"));
        const QJsonObject mla = footprintJson({"--mechanism", "mla", "--heads", "16", "--head-dim", "128",
                                               "--latent-rank", "512", "--rope-dim", "64", "--layers", "27"});
        QCOMPARE(mla.value("elements_per_token").toInteger(), (512 + 64) * 27);
    }

    void configFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"model_type": "llama", "hidden_size": 4096, "num_attention_heads": 32,
                    "num_key_value_heads": 8, "num_hidden_layers": 32})");
        f.close();
        const QJsonObject o = footprintJson({"--config", path, "--compare", "llama-2-7b"});
        QCOMPARE(o.value("elements_per_token").toInteger(), 2 * 8 * 128 * 32);
        QCOMPARE(o.value("reduction_percent").toDouble(), 75.0);
        // A file can be the compared model too.
        const QJsonObject back = footprintJson({"--model", "llama-2-7b", "--compare", path});
        QCOMPARE(back.value("reduction_percent").toDouble(), -300.0);
    }

    void budget()
    {
        // llama-2-70b: 327,680 bytes per token at 16 bits; 1 GiB / 327,680 = 3276.8 -> 3276.
        const QJsonObject o = footprintJson({"--model", "llama-2-70b", "--budget-gib", "1"});
        QCOMPARE(o.value("max_context").toInteger(), 3276);
        QCOMPARE(o.value("budget_bytes").toInteger(), qint64(1) << 30);
        const Result text = footprint({"--model", "llama-2-70b", "--budget-gib", "1", "--batch", "2"});
        QVERIFY2(text.out.contains("at most 1,638 tokens"), qPrintable(text.out));
    }

    void csvParses()
    {
        const Result r = footprint({"--model", "deepseek-v2", "--kv-bits", "6", "--compare", "deepseek-67b", "--csv"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        const QStringList header = csvCells(lines[0]);
        const QStringList model = csvCells(lines[1]);
        const QStringList other = csvCells(lines[2]);
        QCOMPARE(model.size(), header.size());
        QCOMPARE(other.size(), header.size());
        QCOMPARE(model[header.indexOf("id")], QStringLiteral("deepseek-v2"));
        QCOMPARE(model[header.indexOf("elements_per_token")], QStringLiteral("34560"));
        QCOMPARE(model[header.indexOf("kv_bits")], QStringLiteral("6"));
        QCOMPARE(model[header.indexOf("formula")], QStringLiteral("(d_c + d_h^R) l"));
        QCOMPARE(model[header.indexOf("reduction_percent")], QStringLiteral("93.34"));
        QCOMPARE(other[header.indexOf("role")], QStringLiteral("compare"));
        QCOMPARE(other[header.indexOf("bytes_per_token")], QStringLiteral("389120"));
    }

    void listModels()
    {
        const Result r = footprint({"--list-models", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray models = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(models.size(), qsizetype(std::size(test::kPresetExpectations)));
        for (const auto &m : models)
            QVERIFY(m.toObject().value("elements_per_token").toInteger() > 0 || m.toObject().value("encoder_only").toBool());
        const Result text = footprint({"--list-models"});
        QVERIFY(text.out.contains("deepseek-v3"));
        const Result csv = footprint({"--list-models", "--csv"});
        QCOMPARE(csv.out.trimmed().split(QLatin1Char('\n')).size(), 1 + int(std::size(test::kPresetExpectations)));
    }

    void formula()
    {
        const Result r = footprint({"--formula"});
        QCOMPARE(r.exitCode, 0);
        for (const char *f : {"2 n_h d_h l", "2 n_g d_h l", "2 d_h l", "(d_c + d_h^R) l"})
            QVERIFY2(r.out.contains(QLatin1String(f)), f);
        const QJsonObject o = footprintJson({"--formula", "--model", "gpt2"});
        QCOMPARE(o.value("formulas").toObject().value("mla").toString(), QStringLiteral("(d_c + d_h^R) l"));
    }

    // T5.1.1 XXL: 2 x 64 x 64 x 24 = 196,608 elements per target token (self-attention) and per
    // source token (cross-attention); both are in the total.
    void encoderDecoderSourceTokens()
    {
        QJsonObject o = footprintJson({"--model", "t5.1.1-xxl", "--context", "100", "--source-tokens", "512"});
        QCOMPARE(o.value("total_bytes").toInteger(), 196608LL * (100 + 512) * 2);
        QCOMPARE(o.value("cross_attention").toObject().value("source_tokens").toInteger(), 512);
        const QJsonArray shares = o.value("layer_kind_shares").toArray();
        QCOMPARE(shares.size(), 2);
        QCOMPARE(shares[0]["kind"].toString(), QStringLiteral("full"));
        QCOMPARE(shares[0]["total_bytes"].toInteger(), 196608LL * 100 * 2);
        QCOMPARE(shares[1]["kind"].toString(), QStringLiteral("cross"));
        QCOMPARE(shares[1]["cached_tokens"].toInteger(), 512);
        QCOMPARE(shares[1]["total_bytes"].toInteger(), 196608LL * 512 * 2);
        // Budget: 1 GiB at a fixed source of 512 tokens: 393,216 (T + 512) <= 2^30 -> T = 2218.
        o = footprintJson({"--model", "t5.1.1-xxl", "--source-tokens", "512", "--budget-gib", "1"});
        QCOMPARE(o.value("max_context").toInteger(), 2218);
        const Result text = footprint({"--model", "t5.1.1-xxl", "--context", "100"});
        QVERIFY2(text.out.contains("cross-attention (per source token), 24 layers"), qPrintable(text.out));
        QVERIFY2(text.out.contains("context 100 x batch 1, source 100 tokens"), qPrintable(text.out));
        const Result csv = footprint({"--model", "t5.1.1-xxl", "--context", "100", "--csv"});
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        const QStringList header = csvCells(lines[0]);
        const QStringList row = csvCells(lines[1]);
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row[header.indexOf("cross_bytes")], QString::number(196608LL * 100 * 2));
        QCOMPARE(row[header.indexOf("full_bytes")], QString::number(196608LL * 100 * 2));
        QCOMPARE(row[header.indexOf("source_tokens")], QStringLiteral("100"));
    }

    // Configs whose layers differ (tests/common/layerconfigs.h), from a file, figures by hand.
    void layerKindsFromConfigs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto file = [&](const char *name, const char *json) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(json) < 0)
                qFatal("cannot write %s", name);
            return path;
        };
        // Gemma 3 4B as published: 5 full layers and 29 windows of 1024, 2 x 4 x 256 = 2048
        // elements per token and layer (the heads and head width are Gemma3TextConfig's defaults).
        const QString gemma3 = file("gemma3.json", testing::layerconfigs::kGemma3_4bPublished);
        QJsonObject o = footprintJson({"--config", gemma3, "--context", "32768"});
        QCOMPARE(o.value("elements_per_token_per_layer").toInteger(), 2048);
        QCOMPARE(o.value("total_bytes").toInteger(), 2048LL * (5 * 32768 + 29 * 1024) * 2);
        QCOMPARE(o.value("model").toObject().value("defaulted").toArray().size(), 6); // heads, KV heads, width, pattern, vocab, tying
        const QJsonArray shares = o.value("layer_kind_shares").toArray();
        QCOMPARE(shares.size(), 2);
        QCOMPARE(shares[1]["kind"].toString(), QStringLiteral("window"));
        QCOMPARE(shares[1]["window"].toInteger(), 1024);
        QCOMPARE(shares[1]["layers"].toInteger(), 29);
        Result text = footprint({"--config", gemma3, "--context", "32768"});
        QVERIFY2(text.out.contains("defaulted: text_config.num_attention_heads = 8 (Gemma3TextConfig"),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains("layers: 5 full attention, 29 window 1,024"), qPrintable(text.out));
        QVERIFY2(text.out.contains("window of 1,024 tokens, 29 layers"), qPrintable(text.out));
        const Result csv = footprint({"--config", gemma3, "--context", "32768", "--csv"});
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        const QStringList header = csvCells(lines[0]);
        const QStringList row = csvCells(lines[1]);
        QCOMPARE(row[header.indexOf("window_layers")], QStringLiteral("29"));
        QCOMPARE(row[header.indexOf("windows")], QStringLiteral("1024"));
        QCOMPARE(row[header.indexOf("window_bytes")], QString::number(2048LL * 29 * 1024 * 2));
        QCOMPARE(row[header.indexOf("full_bytes")], QString::number(2048LL * 5 * 32768 * 2));

        // Mistral 7B v0.1: a 4096-token window on every layer; both readings, the window first.
        const QString mistral = file("mistral.json", testing::hfconfigs::kMistral7b);
        o = footprintJson({"--config", mistral, "--context", "8192"});
        QCOMPARE(o.value("total_bytes").toInteger(), 65536LL * 4096 * 2);
        QCOMPARE(o.value("alternative").toObject().value("total_bytes").toInteger(), 65536LL * 8192 * 2);
        QVERIFY(o.value("alternative").toObject().value("note").toString().contains("(the default)"));
        text = footprint({"--config", mistral, "--context", "8192"});
        QVERIFY2(text.out.contains("the other reading"), qPrintable(text.out));
        QVERIFY2(text.out.contains("1,073,741,824 B"), qPrintable(text.out));
        // The cache stops growing at the window: any context fits in 1 GiB at batch 1.
        o = footprintJson({"--config", mistral, "--budget-gib", "1"});
        QVERIFY(o.value("max_context").isNull());
        text = footprint({"--config", mistral, "--budget-gib", "1"});
        QVERIFY2(text.out.contains("any context fits"), qPrintable(text.out));

        // Jamba v0.1: 4 attention layers of 32, 2 x 8 x 128 each: 4 GiB at 256K tokens.
        o = footprintJson({"--config", file("jamba.json", testing::layerconfigs::kJambaV01), "--context", "262144"});
        QCOMPARE(o.value("total_bytes").toInteger(), 4LL << 30);
        QCOMPARE(o.value("formula_numbers").toString(), QStringLiteral("2 x 8 x 128 x 4"));

        // BERT: no decode cache, and no number for one.
        const QString bert = file("bert.json", testing::layerconfigs::kBertBase);
        o = footprintJson({"--config", bert});
        QCOMPARE(o.value("decode_cache").toBool(true), false);
        QVERIFY(!o.contains("total_bytes"));
        text = footprint({"--config", bert});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("KV cache: none."), qPrintable(text.out));
        QVERIFY2(text.out.contains("encoder-only"), qPrintable(text.out));
    }

    // The memory plan of Llama 2 7B (tests/common/hfconfigs.h, kLlama2_7b): 6,738,415,616
    // parameters, 524,288 cache bytes per token at 16 bits.
    void memoryPlan()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("llama.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(testing::hfconfigs::kLlama2_7b);
        f.close();
        QJsonObject o = footprintJson({"--config", path, "--gpu-gib", "80", "--reserve-gib", "2"});
        QJsonObject plan = o.value("plan").toObject();
        QCOMPARE(plan.value("parameters").toObject().value("total").toInteger(), 6738415616LL);
        QCOMPARE(plan.value("weight_bytes_per_gpu").toInteger(), 13476831232LL);
        QCOMPARE(plan.value("cache_bytes_per_gpu").toInteger(), 524288LL * 4096);
        QCOMPARE(plan.value("left_bytes_per_gpu").toInteger(), (80LL << 30) - (2LL << 30) - 13476831232LL - (2LL << 30));
        // 70,275,031,040 bytes for the cache: 134,038 tokens, 134,032 in whole blocks of 16.
        QCOMPARE(plan.value("max_context").toInteger(), 134032);
        QCOMPARE(plan.value("max_batch").toInteger(), 32);
        // Two GPUs: half the weights and 16 of the 32 KV heads each.
        o = footprintJson({"--config", path, "--gpu-gib", "80", "--gpus", "2", "--weight-bits", "4"});
        plan = o.value("plan").toObject();
        QCOMPARE(plan.value("kv_heads_per_gpu").toInteger(), 16);
        QCOMPARE(plan.value("weight_scale_group").toInteger(), 128); // counted by default below 8 bits
        QCOMPARE(plan.value("weight_bytes").toInteger(), 6738415616LL / 2 + (6738415616LL / 128) * 2);
        QCOMPARE(plan.value("cache_bytes_per_gpu").toInteger(), 524288LL * 4096 / 2);
        const Result text = footprint({"--config", path, "--gpu-gib", "80", "--gpus", "2"});
        QVERIFY2(text.out.contains("Memory plan: 2 GPUs of 80.0 GiB"), qPrintable(text.out));
        QVERIFY2(text.out.contains("16 KV heads per GPU"), qPrintable(text.out));
        QVERIFY2(text.out.contains("largest batch at context 4,096"), qPrintable(text.out));
        const Result csv = footprint({"--config", path, "--gpu-gib", "80", "--csv"});
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        const QStringList header = csvCells(lines[0]);
        const QStringList row = csvCells(lines[1]);
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row[header.indexOf("parameters")], QStringLiteral("6738415616"));
        QCOMPARE(row[header.indexOf("plan_max_batch")], QStringLiteral("33"));
        // Refusals name the flag, the value and the rule.
        const Result three = footprint({"--config", path, "--gpu-gib", "80", "--gpus", "3"});
        QCOMPARE(three.exitCode, 2);
        QVERIFY2(three.err.contains("--gpus 3: the 32 query heads do not split evenly over 3 GPUs"),
                 qPrintable(three.err));
        const Result dp = footprint({"--config", path, "--gpu-gib", "80", "--dp-attention"});
        QVERIFY2(dp.err.contains("--dp-attention: data-parallel attention is for MLA models"), qPrintable(dp.err));
    }

    void rejects_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nothing") << QStringList{} << "name a model";
        QTest::newRow("two sources") << QStringList{"--model", "gpt2", "--mechanism", "mha"} << "give only one";
        QTest::newRow("unknown preset") << QStringList{"--model", "gpt5"} << "'gpt5'";
        QTest::newRow("unknown compare") << QStringList{"--model", "gpt2", "--compare", "gpt5"} << "--compare 'gpt5'";
        QTest::newRow("missing file") << QStringList{"--config", "/nonexistent/config.json"}
                                      << "/nonexistent/config.json";
        QTest::newRow("bits zero") << QStringList{"--model", "gpt2", "--kv-bits", "0"} << "--kv-bits '0'";
        QTest::newRow("bits text") << QStringList{"--model", "gpt2", "--kv-bits", "fp8"} << "--kv-bits 'fp8'";
        QTest::newRow("bits too many decimals") << QStringList{"--model", "gpt2", "--kv-bits", "4.1234"} << "decimals";
        QTest::newRow("compare bits alone")
            << QStringList{"--model", "gpt2", "--compare-bits", "8"} << "--compare-bits";
        QTest::newRow("context zero") << QStringList{"--model", "gpt2", "--context", "0"} << "--context 0";
        QTest::newRow("batch negative") << QStringList{"--model", "gpt2", "--batch", "-2"} << "--batch -2";
        QTest::newRow("context text") << QStringList{"--model", "gpt2", "--context", "4k"} << "--context '4k'";
        QTest::newRow("budget zero") << QStringList{"--model", "gpt2", "--budget-gib", "0"} << "--budget-gib '0'";
        QTest::newRow("budget huge") << QStringList{"--model", "gpt2", "--budget-gib", "1e30"} << "--budget-gib '1e30'";
        QTest::newRow("json and csv") << QStringList{"--model", "gpt2", "--json", "--csv"} << "choose one";
        QTest::newRow("shape flag with preset") << QStringList{"--model", "gpt2", "--heads", "4"} << "--heads";
        QTest::newRow("layers with preset") << QStringList{"--model", "gpt2", "--layers", "4"} << "--layers";
        QTest::newRow("bahdanau") << QStringList{"--mechanism", "bahdanau"} << "no KV cache";
        QTest::newRow("kv heads") << QStringList{"--mechanism", "gqa", "--heads", "8", "--kv-heads", "3"}
                                  << "--kv-heads 3";
        QTest::newRow("layers zero") << QStringList{"--mechanism", "mha", "--layers", "0"} << "--layers 0";
        QTest::newRow("overflow") << QStringList{"--model",       "llama-2-70b", "--context",
                                                 "9000000000000", "--batch",     "9000000"}
                                  << "64 bits";
        QTest::newRow("overflow in shape")
            << QStringList{"--mechanism", "mha", "--heads", "4", "--head-dim", "4611686018427387904", "--layers", "8"}
            << "64 bits";
        QTest::newRow("unknown flag") << QStringList{"--model", "gpt2", "--frobnicate"} << "frobnicate";
        QTest::newRow("source tokens decoder-only")
            << QStringList{"--model", "gpt2", "--source-tokens", "100"} << "--source-tokens 100: GPT-2 (124M) has no cross-attention";
        QTest::newRow("source tokens zero") << QStringList{"--model", "t5.1.1-xxl", "--source-tokens", "0"}
                                            << "--source-tokens 0";
        QTest::newRow("plan flag without memory")
            << QStringList{"--model", "gpt2", "--gpus", "2"} << "--gpus belongs to the memory plan";
        QTest::newRow("plan of a shape without weights")
            << QStringList{"--mechanism", "gqa", "--d-model", "4096", "--heads", "32", "--kv-heads", "8", "--layers",
                           "32", "--gpu-gib", "80"}
            << "--gpu-gib 80: the memory plan counts";
        QTest::newRow("gpus zero") << QStringList{"--model", "gpt2", "--gpu-gib", "80", "--gpus", "0"}
                                   << "--gpus 0: must be at least 1.";
        QTest::newRow("block size zero") << QStringList{"--model", "gpt2", "--gpu-gib", "80", "--block-size", "0"}
                                         << "--block-size 0: must be at least 1.";
        QTest::newRow("reserve negative") << QStringList{"--model", "gpt2", "--gpu-gib", "80", "--reserve-gib", "-1"}
                                          << "--reserve-gib '-1': not a size in GiB of 0 or more";
        QTest::newRow("gpu memory zero") << QStringList{"--model", "gpt2", "--gpu-gib", "0"} << "--gpu-gib '0'";
        QTest::newRow("weight bits") << QStringList{"--model", "gpt2", "--gpu-gib", "80", "--weight-bits", "int4"}
                                     << "--weight-bits 'int4'";
        QTest::newRow("repeated") << QStringList{"--model", "gpt2", "--context", "1", "--context", "2"}
                                  << "more than once";
    }
    void rejects()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, mentions);
        const Result r = footprint(flags);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFootprintCommand)
#include "tst_footprintcommand.moc"
