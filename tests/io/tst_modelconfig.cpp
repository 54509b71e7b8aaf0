// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/modelconfig.h"

#include "core/footprint/plan.h"

#include "tests/common/hfconfigs.h"
#include "tests/common/layerconfigs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace attnscope;
using namespace attnscope::testing::hfconfigs;
using namespace attnscope::testing::layerconfigs;
using core::LayerKind;
using core::Mechanism;
using core::ModelShape;

Q_DECLARE_METATYPE(attnscope::core::ModelShape)

namespace {

struct Expected
{
    Mechanism mechanism;
    qint64 dModel, layers, nHeads, nKvHeads, dHead;
};

ModelShape grouped(Expected e)
{
    ModelShape m;
    m.mechanism = e.mechanism;
    m.dModel = e.dModel;
    m.layers = e.layers;
    m.nHeads = e.nHeads;
    m.nKvHeads = e.nKvHeads;
    m.dHead = e.dHead;
    return m;
}

ModelShape mla(qint64 dModel, qint64 layers, qint64 heads, qint64 dLatentKv, qint64 dLatentQ)
{
    ModelShape m = grouped({Mechanism::Mla, dModel, layers, heads, heads, 128});
    m.dValue = 128;
    m.dRope = 64;
    m.dLatentKv = dLatentKv;
    m.dLatentQ = dLatentQ;
    return m;
}

ModelShape encoderDecoder(ModelShape m, qint64 encoderLayers)
{
    m.crossLayers = m.layers;
    m.encoderLayers = encoderLayers;
    return m;
}

// A raw config.json with some fields replaced or added.
QByteArray edited(const char *json, const QJsonObject &changes)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson();
}

QByteArray without(const char *json, const QStringList &keys)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    for (const QString &key : keys)
        o.remove(key);
    return QJsonDocument(o).toJson();
}

// (QJsonObject drops keys whose value is undefined, so removals are listed apart.)
QByteArray preset(const QJsonObject &config, const QJsonObject &changes = {}, const QStringList &removed = {})
{
    QJsonObject o{{"format", "attnscope-model/1"},       {"id", "acme-7b"},     {"name", "Acme 7B"},
                  {"source", "the Acme paper, Table 1"}, {"notes", "Curated."}, {"config", config}};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        o.insert(it.key(), it.value());
    for (const QString &key : removed)
        o.remove(key);
    return QJsonDocument(o).toJson();
}

void checkSentence(const QString &error, const QString &origin)
{
    QVERIFY2(error.startsWith(origin + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
}

const QStringList kPresetIds{"deepseek-67b", "deepseek-v2", "deepseek-v2-lite", "deepseek-v3",
                             "falcon-40b",   "falcon-7b",   "gemma-2b",         "gpt2",
                             "llama-2-70b",  "llama-2-7b",  "llama-3-70b",      "llama-3-8b",
                             "mistral-7b",   "palm-540b",   "qwen2-7b",         "t5.1.1-xxl"};

} // namespace

class TestModelConfig : public QObject
{
    Q_OBJECT
private slots:
    void families_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ModelShape>("expected");
        QTest::addColumn<QString>("name");

        QTest::newRow("llama-2-7b") << QByteArray(kLlama2_7b) << grouped({Mechanism::Mha, 4096, 32, 32, 32, 128})
                                    << "meta-llama/Llama-2-7b-hf";
        QTest::newRow("llama-3-8b") << QByteArray(kLlama3_8b) << grouped({Mechanism::Gqa, 4096, 32, 32, 8, 128})
                                    << "llama";
        QTest::newRow("mistral-7b") << QByteArray(kMistral7b) << grouped({Mechanism::Gqa, 4096, 32, 32, 8, 128})
                                    << "mistral";
        QTest::newRow("qwen2-7b") << QByteArray(kQwen2_7b) << grouped({Mechanism::Gqa, 3584, 28, 28, 4, 128})
                                  << "qwen2";
        QTest::newRow("gemma-2b") << QByteArray(kGemma2b) << grouped({Mechanism::Mqa, 2048, 18, 8, 1, 256}) << "gemma";
        QTest::newRow("falcon-7b") << QByteArray(kFalcon7b) << grouped({Mechanism::Mqa, 4544, 32, 71, 1, 64})
                                   << "falcon";
        QTest::newRow("falcon-7b RefinedWebModel")
            << QByteArray(kFalcon7bRw) << grouped({Mechanism::Mqa, 4544, 32, 71, 1, 64}) << "RefinedWebModel";
        QTest::newRow("falcon-40b") << QByteArray(kFalcon40b) << grouped({Mechanism::Gqa, 8192, 60, 128, 8, 64})
                                    << "falcon";
        QTest::newRow("falcon-40b RefinedWeb")
            << QByteArray(kFalcon40bRw) << grouped({Mechanism::Gqa, 8192, 60, 128, 8, 64}) << "RefinedWeb";
        QTest::newRow("falcon-40b RefinedWeb without new_decoder_architecture")
            << without(kFalcon40bRw, {"new_decoder_architecture"}) << grouped({Mechanism::Gqa, 8192, 60, 128, 8, 64})
            << "RefinedWeb";
        // Hugging Face's FalconConfig defaults multi_query to true.
        QTest::newRow("falcon without multi_query")
            << without(kFalcon7b, {"multi_query"}) << grouped({Mechanism::Mqa, 4544, 32, 71, 1, 64}) << "falcon";
        QTest::newRow("falcon multi-head") << edited(kFalcon7b, {{"multi_query", false}})
                                           << grouped({Mechanism::Mha, 4544, 32, 71, 71, 64}) << "falcon";
        QTest::newRow("gpt2") << QByteArray(kGpt2) << grouped({Mechanism::Mha, 768, 12, 12, 12, 64}) << "gpt2";
        QTest::newRow("starcoder") << QByteArray(kStarCoder) << grouped({Mechanism::Mqa, 6144, 40, 48, 1, 128})
                                   << "gpt_bigcode";
        QTest::newRow("deepseek-v2-lite") << QByteArray(kDeepSeekV2Lite) << mla(2048, 27, 16, 512, 0) << "deepseek_v2";
        QTest::newRow("deepseek-v2-lite without q_lora_rank")
            << without(kDeepSeekV2Lite, {"q_lora_rank"}) << mla(2048, 27, 16, 512, 0) << "deepseek_v2";
        QTest::newRow("deepseek-v3") << QByteArray(kDeepSeekV3) << mla(7168, 61, 128, 512, 1536) << "deepseek_v3";
        QTest::newRow("t5-v1_1-xxl") << QByteArray(kT5v11Xxl)
                                     << encoderDecoder(grouped({Mechanism::Mha, 4096, 24, 64, 64, 64}), 24) << "t5";
        QTest::newRow("t5-11b") << QByteArray(kT5_11b)
                                << encoderDecoder(grouped({Mechanism::Mha, 1024, 24, 128, 128, 128}), 24) << "t5";
        QTest::newRow("t5 with fewer decoder layers")
            << edited(kT5v11Xxl, {{"num_decoder_layers", 6}, {"num_layers", 12}})
            << encoderDecoder(grouped({Mechanism::Mha, 4096, 6, 64, 64, 64}), 12) << "t5";
        QTest::newRow("bart-large") << QByteArray(kBartLarge)
                                    << encoderDecoder(grouped({Mechanism::Mha, 1024, 12, 16, 16, 64}), 12) << "bart";
        QTest::newRow("gemma-3-4b text_config")
            << QByteArray(kGemma3_4b) << grouped({Mechanism::Gqa, 2560, 34, 8, 4, 256}) << "gemma3";
        QTest::newRow("generic") << QByteArray(kGeneric) << grouped({Mechanism::Gqa, 1024, 12, 16, 4, 64}) << "acme-lm";
        // LlamaConfig documents num_key_value_heads = num_attention_heads when it is left out.
        QTest::newRow("llama without kv heads") << without(kLlama2_7b, {"num_key_value_heads"})
                                                << grouped({Mechanism::Mha, 4096, 32, 32, 32, 128})
                                                << "meta-llama/Llama-2-7b-hf";
        QTest::newRow("null head_dim") << edited(kGeneric, {{"head_dim", QJsonValue::Null}})
                                       << grouped({Mechanism::Gqa, 1024, 12, 16, 4, 64}) << "acme-lm";
        QTest::newRow("one head") << edited(kGeneric, {{"num_attention_heads", 1}, {"num_key_value_heads", 1}})
                                  << grouped({Mechanism::Mha, 1024, 12, 1, 1, 1024}) << "acme-lm";
        QTest::newRow("head_dim beats the width") << edited(kGeneric, {{"hidden_size", 5120}, {"head_dim", 128}})
                                                  << grouped({Mechanism::Gqa, 5120, 12, 16, 4, 128}) << "acme-lm";
        QTest::newRow("no name") << without(kGeneric, {"model_type"}) << grouped({Mechanism::Gqa, 1024, 12, 16, 4, 64})
                                 << "";
        QTest::newRow("utf-8 byte-order mark")
            << QByteArray("\xEF\xBB\xBF") + kGeneric << grouped({Mechanism::Gqa, 1024, 12, 16, 4, 64}) << "acme-lm";
    }
    void families()
    {
        QFETCH(QByteArray, json);
        QFETCH(ModelShape, expected);
        QFETCH(QString, name);
        QString error;
        const auto m = io::parseModelJson(json, QStringLiteral("config.json"), &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(m->mechanism, expected.mechanism);
        QCOMPARE(m->dModel, expected.dModel);
        QCOMPARE(m->layers, expected.layers);
        QCOMPARE(m->nHeads, expected.nHeads);
        QCOMPARE(m->nKvHeads, expected.nKvHeads);
        QCOMPARE(m->dHead, expected.dHead);
        QCOMPARE(m->dValue, expected.dValue);
        QCOMPARE(m->dLatentKv, expected.dLatentKv);
        QCOMPARE(m->dLatentQ, expected.dLatentQ);
        QCOMPARE(m->dRope, expected.dRope);
        QCOMPARE(m->crossLayers, expected.crossLayers);
        QCOMPARE(m->encoderLayers, expected.encoderLayers);
        QCOMPARE(QString::fromStdString(m->name), name);
        QCOMPARE(m->id, std::string());
        QCOMPARE(m->source, std::string("config.json"));
        QVERIFY(core::validateModel(*m).empty());

        // modelFromHfConfig reads the same object the same way.
        QByteArray text = json;
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        const auto direct = io::modelFromHfConfig(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(direct.has_value(), qPrintable(error));
        QCOMPARE(direct->nKvHeads, m->nKvHeads);
        QCOMPARE(direct->dHead, m->dHead);
    }

    void notes()
    {
        QString error;
        const auto mistral = io::parseModelJson(kMistral7b, "mistral.json", &error);
        QVERIFY2(mistral, qPrintable(error));
        QVERIFY2(QString::fromStdString(mistral->notes).contains("sliding_window"), mistral->notes.c_str());
        // Qwen2 publishes a sliding_window but turns it off.
        const auto qwen = io::parseModelJson(kQwen2_7b, "qwen.json", &error);
        QVERIFY2(qwen, qPrintable(error));
        QVERIFY2(!QString::fromStdString(qwen->notes).contains("sliding_window"), qwen->notes.c_str());
        const auto gemma3 = io::parseModelJson(kGemma3_4b, "gemma3.json", &error);
        QVERIFY2(gemma3, qPrintable(error));
        QVERIFY2(QString::fromStdString(gemma3->notes).contains("text_config"), gemma3->notes.c_str());
        // Falcon's rule: multi_query without the new decoder architecture is one KV head whatever
        // num_kv_heads says; the note tells the reader.
        const auto falcon = io::parseModelJson(edited(kFalcon7b, {{"num_kv_heads", 8}}), "falcon.json", &error);
        QVERIFY2(falcon, qPrintable(error));
        QCOMPARE(falcon->nKvHeads, 1);
        QVERIFY2(QString::fromStdString(falcon->notes).contains("num_kv_heads (8) is ignored"), falcon->notes.c_str());
    }

    // The window shows a config's refusals and notes in its language: each goes through
    // QCoreApplication::translate (context "ConfigReader"), with the values filled in after.
    void translatable()
    {
        class Marking : public QTranslator
        {
        public:
            QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
            {
                return QStringLiteral("<%1|%2>").arg(QLatin1String(context), QString::fromUtf8(source));
            }
            [[nodiscard]] bool isEmpty() const override { return false; }
        } marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QString error;
        QVERIFY(!io::parseModelJson(edited(kMistral7b, {{"num_attention_heads", 5}}), "m.json", &error));
        QVERIFY2(error.contains(QLatin1String("<ConfigReader|")), qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("m.json: ")), qPrintable(error));
        const auto falcon = io::parseModelJson(edited(kFalcon7b, {{"num_kv_heads", 8}}), "falcon.json", &error);
        QVERIFY2(falcon, qPrintable(error));
        QVERIFY2(QString::fromStdString(falcon->notes).contains("<ConfigReader|num_kv_heads (8) is ignored"), falcon->notes.c_str());
        QCoreApplication::removeTranslator(&marking);
        // Without a translator (the command line) the English is unchanged.
        QVERIFY(!io::parseModelJson(edited(kMistral7b, {{"num_attention_heads", 5}}), "m.json", &error));
        QVERIFY2(!error.contains(QLatin1Char('<')), qPrintable(error));
    }

    // Layer kinds read from configs modelled on published ones (tests/common/layerconfigs.h).
    void layerKinds_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pattern"); // one letter per layer: F full, W window, N none, S shared
        QTest::addColumn<qint64>("window");
        QTest::addColumn<QStringList>("defaulted"); // fields, in order
        const auto repeat = [](const QString &s, int n) { return s.repeated(n); };
        QTest::newRow("gemma-2-9b") << QByteArray(kGemma2_9b) << repeat("WF", 21) << qint64(4096)
                                    << QStringList{"tie_word_embeddings"};
        // Gemma3TextConfig: layer i is global when (i + 1) % 6 == 0: layers 5, 11, 17, 23, 29.
        QTest::newRow("gemma-3-4b as published")
            << QByteArray(kGemma3_4bPublished) << repeat("WWWWWF", 5) + "WWWW" << qint64(1024)
            << QStringList{"text_config.num_attention_heads", "text_config.num_key_value_heads", "text_config.head_dim",
                           "text_config.sliding_window_pattern", "text_config.vocab_size",
                           "text_config.tie_word_embeddings"};
        QTest::newRow("gpt-oss-20b") << QByteArray(kGptOss20b) << repeat("WF", 12) << qint64(128)
                                     << QStringList{"tie_word_embeddings"};
        QTest::newRow("jamba-v0.1") << QByteArray(kJambaV01) << repeat("NNNNFNNN", 4) << qint64(0) << QStringList{};
        QTest::newRow("jamba without period")
            << without(kJambaV01, {"attn_layer_period", "attn_layer_offset"}) << repeat("NNNNFNNN", 4) << qint64(0)
            << QStringList{"attn_layer_period", "attn_layer_offset"};
        QTest::newRow("gemma-3n-e2b") << QByteArray(kGemma3nE2b) << repeat("WWWWF", 4) + repeat("S", 10) << qint64(512)
                                      << QStringList{};
        QTest::newRow("mistral-7b v0.1") << QByteArray(kMistral7b) << repeat("W", 32) << qint64(4096) << QStringList{};
        // MistralConfig's argument defaults for keys left out: 8 KV heads, a 4096-token window.
        QTest::newRow("mistral keys left out")
            << without(kMistral7b, {"num_key_value_heads", "sliding_window"}) << repeat("W", 32) << qint64(4096)
            << QStringList{"num_key_value_heads", "sliding_window"};
        QTest::newRow("phi-3-mini-4k") << QByteArray(kPhi3Mini4k) << repeat("W", 32) << qint64(2047)
                                       << QStringList{"tie_word_embeddings"};
        // Qwen2Config: with use_sliding_window the layers from max_window_layers on have the window.
        QTest::newRow("qwen2 use_sliding_window")
            << edited(kQwen2_7b, {{"use_sliding_window", true}, {"max_window_layers", 20}})
            << repeat("F", 20) + repeat("W", 8) << qint64(131072) << QStringList{};
        // Qwen3Config: head_dim 128 and max_window_layers 28 when left out (Qwen3-4B's shape).
        QTest::newRow("qwen3 defaults")
            << edited(without(kQwen2_7b, {"max_window_layers"}),
                      {{"model_type", "qwen3"}, {"use_sliding_window", true}, {"num_attention_heads", 32},
                       {"num_key_value_heads", 8}, {"num_hidden_layers", 36}, {"hidden_size", 2560}})
            << repeat("F", 28) + repeat("W", 8) << qint64(131072)
            << QStringList{"head_dim", "max_window_layers"};
        QTest::newRow("qwen2 window off") << QByteArray(kQwen2_7b) << repeat("F", 28) << qint64(0) << QStringList{};
    }
    void layerKinds()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pattern);
        QFETCH(qint64, window);
        QFETCH(QStringList, defaulted);
        QString error;
        const auto m = io::parseModelJson(json, QStringLiteral("config.json"), &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(m->layers, pattern.size());
        QString read;
        for (qint64 i = 0; i < m->layers; ++i) {
            const core::LayerSpec l = m->layerKind(i);
            read += QLatin1Char("FWNS"[int(l.kind)]);
            if (l.kind == LayerKind::Window)
                QCOMPARE(l.window, window);
        }
        QCOMPARE(read, pattern);
        QCOMPARE(m->layerKinds.empty(), !pattern.contains(QRegularExpression("[WNS]")));
        QStringList fields;
        for (const std::string &d : m->defaults)
            fields << QString::fromStdString(d).section(QLatin1Char(' '), 0, 0);
        QCOMPARE(fields, defaulted);
        QVERIFY(core::validateModel(*m).empty());
    }
    // Values left to the class's default, and the windows a runtime may ignore.
    void defaultsAndAlternatives()
    {
        QString error;
        const auto gemma3 = io::parseModelJson(kGemma3_4bPublished, "gemma3.json", &error);
        QVERIFY2(gemma3, qPrintable(error));
        QCOMPARE(gemma3->nHeads, 8);
        QCOMPARE(gemma3->nKvHeads, 4);
        QCOMPARE(gemma3->dHead, 256);
        QCOMPARE(gemma3->mechanism, Mechanism::Gqa);
        QVERIFY2(QString::fromStdString(gemma3->defaults.at(0)).contains("configuration_gemma3.py"),
                 gemma3->defaults.at(0).c_str());
        QVERIFY(gemma3->alternativeLayerKinds.empty()); // interleaved windows: no doubt
        const auto minicpm = io::parseModelJson(kMiniCpm3_4b, "minicpm3.json", &error);
        QVERIFY2(minicpm, qPrintable(error));
        QCOMPARE(minicpm->mechanism, Mechanism::Mla);
        QCOMPARE(minicpm->dValue, 64);
        QCOMPARE(minicpm->dLatentKv, 256);
        QCOMPARE(minicpm->dRope, 32);
        QCOMPARE(minicpm->defaults.size(), std::size_t(2)); // and tie_word_embeddings, true
        QCOMPARE(QString::fromStdString(minicpm->defaults[0]).left(58),
                 QStringLiteral("v_head_dim = hidden_size / num_attention_heads = 64 (MiniC"));
        const auto llama = io::parseModelJson(without(kLlama2_7b, {"num_key_value_heads"}), "llama.json", &error);
        QVERIFY2(llama, qPrintable(error));
        QVERIFY(QString::fromStdString(llama->defaults.at(0)).startsWith("num_key_value_heads = num_attention_heads = 32"));
        const auto mistral = io::parseModelJson(kMistral7b, "mistral.json", &error);
        QVERIFY2(mistral, qPrintable(error));
        QCOMPARE(mistral->alternativeLayerKinds.size(), std::size_t(32));
        QCOMPARE(mistral->alternativeLayerKinds[0].kind, LayerKind::Full);
        QVERIFY2(QString::fromStdString(mistral->alternativeNote).contains("(the default)"),
                 mistral->alternativeNote.c_str());
        // Qwen3Config's head_dim is 128 whatever hidden_size / num_attention_heads (80 here) gives.
        const auto qwen3 = io::parseModelJson(
            edited(kQwen2_7b, {{"model_type", "qwen3"}, {"hidden_size", 2560}, {"num_attention_heads", 32},
                               {"num_key_value_heads", 8}}),
            "qwen3.json", &error);
        QVERIFY2(qwen3, qPrintable(error));
        QCOMPARE(qwen3->dHead, 128);
        const auto bert = io::parseModelJson(kBertBase, "bert.json", &error);
        QVERIFY2(bert, qPrintable(error));
        QVERIFY(bert->encoderOnly);
        QCOMPARE(bert->mechanism, Mechanism::Mha);
        QVERIFY2(QString::fromStdString(bert->notes).contains("encoder-only"), bert->notes.c_str());
    }

    // The fields that size the weights.
    void weights()
    {
        QString error;
        const auto llama = io::parseModelJson(kLlama2_7b, "llama.json", &error);
        QVERIFY2(llama, qPrintable(error));
        QCOMPARE(llama->weights.vocab, 32000);
        QCOMPARE(llama->weights.intermediate, 11008);
        QVERIFY(llama->weights.gatedMlp);
        QVERIFY(!llama->weights.tiedEmbeddings);
        QCOMPARE(llama->weights.experts, 0);
        const auto v3 = io::parseModelJson(kDeepSeekV3, "v3.json", &error);
        QVERIFY2(v3, qPrintable(error));
        QCOMPARE(v3->weights.vocab, 129280);
        QCOMPARE(v3->weights.intermediate, 18432);
        QCOMPARE(v3->weights.experts, 256);
        QCOMPARE(v3->weights.expertIntermediate, 2048);
        QCOMPARE(v3->weights.sharedExperts, 1);
        QCOMPARE(v3->weights.activeExperts, 8);
        QCOMPARE(v3->weights.denseLayers, 3);
        // 671B in all, 37B active: DeepSeek-V3's abstract (norms inside MLA not counted).
        const core::ParameterCount p = core::countParameters(*v3);
        QCOMPARE(p.total, 671026279424LL);
        QCOMPARE(p.active, 37552157696LL);
        const auto gpt2 = io::parseModelJson(kGpt2, "gpt2.json", &error);
        QVERIFY2(gpt2, qPrintable(error));
        QVERIFY(!gpt2->weights.gatedMlp);
        QCOMPARE(gpt2->weights.intermediate, 4 * 768);
        QCOMPARE(gpt2->weights.positions, 1024);
        QVERIFY(gpt2->weights.tiedEmbeddings);
        // GPT-2 small without biases (AttnScope counts weight matrices and norm scales): the tied
        // embeddings, the learned positions, 12 layers of attention and MLP, 25 norms of 768.
        QCOMPARE(core::countParameters(*gpt2).total, 50257LL * 768 + 1024LL * 768
                                                         + 12LL * (4 * 768 * 768 + 2 * 768 * 3072) + 25LL * 768);
        const auto noVocab = io::parseModelJson(kGeneric, "generic.json", &error);
        QVERIFY2(noVocab, qPrintable(error));
        QCOMPARE(noVocab->weights.vocab, 0);
    }

    void presetFormat()
    {
        const QJsonObject config = QJsonDocument::fromJson(kGeneric).object();
        QString error;
        const auto m = io::parseModelJson(preset(config), "acme-7b.json", &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(m->id, std::string("acme-7b"));
        QCOMPARE(m->name, std::string("Acme 7B"));
        QCOMPARE(m->source, std::string("the Acme paper, Table 1"));
        QCOMPARE(m->notes, std::string("Curated."));
        QCOMPARE(m->mechanism, Mechanism::Gqa);
        QCOMPARE(m->nKvHeads, 4);
        QCOMPARE(m->dHead, 64);

        // notes are optional.
        const auto bare = io::parseModelJson(preset(config, {}, {"notes"}), "a.json", &error);
        QVERIFY2(bare.has_value(), qPrintable(error));

        const auto mlaPreset =
            io::parseModelJson(preset(QJsonDocument::fromJson(kDeepSeekV3).object()), "v3.json", &error);
        QVERIFY2(mlaPreset.has_value(), qPrintable(error));
        QCOMPARE(mlaPreset->mechanism, Mechanism::Mla);
        QCOMPARE(mlaPreset->dLatentQ, 1536);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected"); // fragments of the message

        const QJsonObject generic = QJsonDocument::fromJson(kGeneric).object();
        QTest::newRow("not JSON") << QByteArray("hidden_size = 4096\n") << QStringList{"not JSON", "at offset"};
        QTest::newRow("empty") << QByteArray() << QStringList{"not JSON", "at offset"};
        QTest::newRow("truncated") << QByteArray(kLlama2_7b).left(200) << QStringList{"not JSON", "at offset"};
        QTest::newRow("trailing garbage") << QByteArray(kGeneric) + "}" << QStringList{"not JSON"};
        QTest::newRow("root array") << QByteArray("[{\"hidden_size\": 4096}]") << QStringList{"top level is an array"};
        // Qt 6.4 reads a bare scalar as not JSON; either way one sentence.
        QTest::newRow("root number") << QByteArray("42") << QStringList{};
        QTest::newRow("array for a number")
            << edited(kGeneric, {{"num_attention_heads", QJsonArray{32}}})
            << QStringList{"num_attention_heads: [32] is an array; expected a whole number."};
        QTest::newRow("object for a number")
            << edited(kGeneric, {{"hidden_size", QJsonObject{{"value", 1}}}})
            << QStringList{"hidden_size: {\"value\":1} is an object; expected a whole number."};
        QTest::newRow("string number") << edited(kGeneric, {{"num_attention_heads", "32"}})
                                       << QStringList{
                                              "num_attention_heads: \"32\" is a string; expected a whole number."};
        QTest::newRow("bool for a number")
            << edited(kGeneric, {{"num_hidden_layers", true}})
            << QStringList{"num_hidden_layers: true is a boolean; expected a whole number."};
        QTest::newRow("fractional") << edited(kGeneric, {{"hidden_size", 4096.5}})
                                    << QStringList{"hidden_size: 4096.5 is not a whole number."};
        QTest::newRow("zero") << edited(kGeneric, {{"num_hidden_layers", 0}})
                              << QStringList{"num_hidden_layers: 0 must be at least 1."};
        QTest::newRow("negative") << edited(kGeneric, {{"num_key_value_heads", -4}})
                                  << QStringList{"num_key_value_heads: -4 must be at least 1."};
        QTest::newRow("negative width") << edited(kGeneric, {{"hidden_size", -1024}})
                                        << QStringList{"hidden_size: -1024 must be at least 1."};
        QTest::newRow("huge 1e30") << QByteArray(kGeneric).replace("\"hidden_size\": 1024", "\"hidden_size\": 1e30")
                                   << QStringList{"hidden_size: 1e+30 is too large"};
        QTest::newRow("beyond 2^53") << QByteArray(kGeneric).replace("\"num_hidden_layers\": 12",
                                                                     "\"num_hidden_layers\": 9007199254740993")
                                     << QStringList{"num_hidden_layers: 9007199254740993 is too large", "2^53"};
        QTest::newRow("beyond int64") << QByteArray(kGeneric).replace("\"num_hidden_layers\": 12",
                                                                      "\"num_hidden_layers\": 99999999999999999999")
                                      << QStringList{"num_hidden_layers:", "too large"};
        QTest::newRow("beyond double") << QByteArray(kGeneric).replace("\"hidden_size\": 1024",
                                                                       "\"hidden_size\": 1e400")
                                       << QStringList{};
        QTest::newRow("NaN") << QByteArray(kGeneric).replace("\"hidden_size\": 1024", "\"hidden_size\": NaN")
                             << QStringList{"not JSON"};
        QTest::newRow("missing heads") << without(kGeneric, {"num_attention_heads"})
                                       << QStringList{"num_attention_heads: missing (also looked for n_head and "
                                                      "num_heads)."};
        QTest::newRow("missing width") << without(kGeneric, {"hidden_size"})
                                       << QStringList{"hidden_size: missing", "n_embd", "d_model"};
        QTest::newRow("missing layers") << without(kGeneric, {"num_hidden_layers"})
                                        << QStringList{"num_hidden_layers: missing", "n_layer", "num_layers"};
        // A missing KV-head count is never read as multi-head attention by guess.
        QTest::newRow("generic without kv heads")
            << without(kGeneric, {"num_key_value_heads"})
            << QStringList{"num_key_value_heads: missing (also looked for n_head_kv and num_kv_heads); the default of "
                           "model_type 'acme-lm' is not known"};
        QTest::newRow("null kv heads") << edited(kGeneric, {{"num_key_value_heads", QJsonValue::Null}})
                                       << QStringList{"num_key_value_heads: missing"};
        QTest::newRow("layer_types too short")
            << edited(kGptOss20b, {{"layer_types", QJsonArray{"full_attention"}}})
            << QStringList{"layer_types: [\"full_attention\"] is not a list of one type per layer (24 layers)."};
        QTest::newRow("layer_types unknown") << [] {
            QJsonObject o = QJsonDocument::fromJson(kGptOss20b).object();
            QJsonArray types = o.value("layer_types").toArray();
            types[3] = "dilated_attention";
            o.insert("layer_types", types);
            return QJsonDocument(o).toJson();
        }() << QStringList{"layer_types[3]: \"dilated_attention\" is not a layer type AttnScope knows"};
        QTest::newRow("sliding layers without a window")
            << without(kGptOss20b, {"sliding_window"})
            << QStringList{"sliding_window: missing; layer_types[0] is \"sliding_attention\", which needs it."};
        QTest::newRow("attention offset beyond the period")
            << edited(kJambaV01, {{"attn_layer_offset", 8}})
            << QStringList{"attn_layer_offset: 8 must be less than attn_layer_period (8)."};
        QTest::newRow("all layers shared")
            << QByteArray(kGemma3nE2b).replace("\"num_kv_shared_layers\": 10", "\"num_kv_shared_layers\": 30")
            << QStringList{"text_config.num_kv_shared_layers: 30 must be less than the layers (30)"};
        QTest::newRow("kv not dividing heads")
            << edited(kGeneric, {{"num_attention_heads", 32}, {"num_key_value_heads", 3}})
            << QStringList{"num_key_value_heads: 3 does not divide num_attention_heads (32)."};
        QTest::newRow("kv more than heads")
            << edited(kGeneric, {{"num_attention_heads", 32}, {"num_key_value_heads", 64}})
            << QStringList{"num_key_value_heads: 64 is more than num_attention_heads (32)."};
        QTest::newRow("falcon n_head_kv not dividing")
            << edited(kFalcon40bRw, {{"n_head_kv", 7}}) << QStringList{"n_head_kv: 7 does not divide n_head (128)."};
        QTest::newRow("width not divisible")
            << edited(kGeneric, {{"num_attention_heads", 12}, {"num_key_value_heads", 4}})
            << QStringList{"hidden_size: 1024 is not divisible by num_attention_heads "
                           "(12), and no head_dim is given."};
        QTest::newRow("zero head_dim") << edited(kGeneric, {{"head_dim", 0}})
                                       << QStringList{"head_dim: 0 must be at least 1."};
        QTest::newRow("aliases disagree")
            << edited(kGeneric, {{"n_head", 8}}) << QStringList{"n_head: 8 disagrees with num_attention_heads (16)."};
        QTest::newRow("number for a bool") << edited(kFalcon7b, {{"multi_query", 1}})
                                           << QStringList{"multi_query: 1 is a number; expected true or false."};
        QTest::newRow("string for a bool") << edited(kT5v11Xxl, {{"is_encoder_decoder", "true"}})
                                           << QStringList{"is_encoder_decoder: \"true\" is a string; expected true or "
                                                          "false."};
        QTest::newRow("model_type not a string")
            << edited(kGeneric, {{"model_type", 7}}) << QStringList{"model_type: 7 is a number; expected a string."};
        QTest::newRow("new_decoder_architecture without kv heads")
            << without(kFalcon40b, {"num_kv_heads"})
            << QStringList{"num_kv_heads: missing; new_decoder_architecture is true", "n_head_kv"};
        QTest::newRow("t5 without layers") << without(kT5v11Xxl, {"num_layers", "num_decoder_layers"})
                                           << QStringList{"num_decoder_layers: missing", "num_layers"};
        QTest::newRow("t5 zero decoder layers") << edited(kT5v11Xxl, {{"num_decoder_layers", 0}})
                                                << QStringList{"num_decoder_layers: 0 must be at least 1."};
        QTest::newRow("mla kv_lora_rank zero")
            << edited(kDeepSeekV3, {{"kv_lora_rank", 0}}) << QStringList{"kv_lora_rank: 0 must be at least 1."};
        QTest::newRow("mla q_lora_rank negative")
            << edited(kDeepSeekV3, {{"q_lora_rank", -1536}}) << QStringList{"q_lora_rank: -1536 must not be negative."};
        QTest::newRow("mla q_lora_rank string")
            << edited(kDeepSeekV3, {{"q_lora_rank", "1536"}}) << QStringList{"q_lora_rank: \"1536\" is a string"};
        QTest::newRow("mla rope odd") << edited(kDeepSeekV3, {{"qk_rope_head_dim", 63}})
                                      << QStringList{"qk_rope_head_dim: 63 must be even"};
        QTest::newRow("mla rope negative") << edited(kDeepSeekV3, {{"qk_rope_head_dim", -64}})
                                           << QStringList{"qk_rope_head_dim: -64 must not be negative."};
        QTest::newRow("mla missing v_head_dim")
            << without(kDeepSeekV3, {"v_head_dim"}) << QStringList{"v_head_dim: missing."};
        QTest::newRow("mla missing qk_nope_head_dim")
            << without(kDeepSeekV2Lite, {"qk_nope_head_dim"}) << QStringList{"qk_nope_head_dim: missing."};
        QTest::newRow("text_config field")
            << QByteArray(kGemma3_4b).replace("\"num_key_value_heads\": 4", "\"num_key_value_heads\": 3")
            << QStringList{"text_config.num_key_value_heads: 3 does not divide "
                           "text_config.num_attention_heads (8)."};
        QTest::newRow("control characters stay on one line")
            << edited(kGeneric, {{"hidden_size", "4096\nlines"}}) << QStringList{"hidden_size: \"4096\\nlines\""};
        QTest::newRow("unknown format") << preset(generic, {{"format", "attnscope-model/2"}})
                                        << QStringList{"format: \"attnscope-model/2\" is not a known format"};
        QTest::newRow("format not a string")
            << preset(generic, {{"format", 1}}) << QStringList{"format: 1 is not a known format"};
        QTest::newRow("preset without config")
            << preset(generic, {}, {"config"}) << QStringList{"config: missing or not an object."};
        QTest::newRow("preset config array")
            << preset(generic, {{"config", QJsonArray{}}}) << QStringList{"config: missing or not an object."};
        QTest::newRow("preset without id") << preset(generic, {}, {"id"}) << QStringList{"id: missing or empty."};
        QTest::newRow("preset bad id") << preset(generic, {{"id", "Acme 7B"}})
                                       << QStringList{"id: \"Acme 7B\" is not a preset id"};
        QTest::newRow("preset id number")
            << preset(generic, {{"id", 7}}) << QStringList{"id: 7 is a number; expected a string."};
        QTest::newRow("preset without name")
            << preset(generic, {{"name", ""}}) << QStringList{"name: missing or empty."};
        QTest::newRow("preset without source")
            << preset(generic, {}, {"source"}) << QStringList{"source: missing or empty"};
        QTest::newRow("preset notes not a string") << preset(generic, {{"notes", QJsonArray{"a"}}})
                                                   << QStringList{"notes: [\"a\"] is an array; expected a string."};
        QJsonObject badConfig = generic;
        badConfig.insert("num_key_value_heads", 3);
        QTest::newRow("preset config field") << preset(badConfig)
                                             << QStringList{"config.num_key_value_heads: 3 does not divide "
                                                            "config.num_attention_heads (16)."};
    }
    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const QString origin = QStringLiteral("/models/bad.json");
        QString error;
        const auto m = io::parseModelJson(json, origin, &error);
        QVERIFY2(!m.has_value(), "accepted a bad file");
        checkSentence(error, origin);
        for (const QString &fragment : expected)
            QVERIFY2(error.contains(fragment), qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, error)));
    }

    void files()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;

        const QString good = dir.filePath("config.json");
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kDeepSeekV2Lite);
        f.close();
        const auto m = io::readModelFile(good, &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(m->mechanism, Mechanism::Mla);
        QCOMPARE(m->dLatentKv, 512);

        const QString missing = dir.filePath("missing.json");
        QVERIFY(!io::readModelFile(missing, &error));
        checkSentence(error, missing);
        QVERIFY2(error.contains("cannot read"), qPrintable(error));

        QVERIFY(!io::readModelFile(dir.path(), &error));
        checkSentence(error, dir.path());
        QVERIFY2(error.contains("cannot read: it is a directory."), qPrintable(error));

        const QString big = dir.filePath("big.json");
        QFile b(big);
        QVERIFY(b.open(QIODevice::WriteOnly));
        QByteArray padded = QByteArray(kGeneric);
        padded.append(QByteArray(io::kMaxModelFileBytes, ' '));
        b.write(padded);
        b.close();
        QVERIFY(!io::readModelFile(big, &error));
        checkSentence(error, big);
        QVERIFY2(error.contains("larger than 16 MiB"), qPrintable(error));

        const QString truncated = dir.filePath("truncated.json");
        QFile t(truncated);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(QByteArray(kLlama3_8b).left(300));
        t.close();
        QVERIFY(!io::readModelFile(truncated, &error));
        checkSentence(error, truncated);
        QVERIFY2(error.contains("not JSON"), qPrintable(error));
    }

    void unknownPreset()
    {
        QString error;
        QVERIFY(!io::presetModel("llama-9", &error));
        QCOMPARE(error, QStringLiteral("--model 'llama-9': no such preset; see attnscope footprint --list-models."));
        QVERIFY(!io::presetModel("../icons/attnscope", &error));
        QVERIFY2(error.contains("no such preset"), qPrintable(error));
    }

    // The presets compiled in as Qt resources (resources/models/*.json).
    void presets()
    {
        const QStringList ids = io::presetIds();
        QVERIFY2(!ids.isEmpty(), "no presets under :/attnscope/models: resources/models is not linked into the app");
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        for (const QString &id : kPresetIds)
            QVERIFY2(ids.contains(id), qPrintable(id));
        const auto models = io::presetModels();
        QCOMPARE(qsizetype(models.size()), ids.size());
        for (const QString &id : ids) {
            QString error;
            const auto m = io::presetModel(id, &error);
            QVERIFY2(m.has_value(), qPrintable(error));
            QCOMPARE(QString::fromStdString(m->id), id);
            QVERIFY(!m->name.empty());
            QVERIFY(!m->source.empty());
            QVERIFY2(core::validateModel(*m).empty(), qPrintable(id));
        }
    }
    void presetShapes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<ModelShape>("expected");
        QTest::newRow("llama-2-7b") << "llama-2-7b" << grouped({Mechanism::Mha, 4096, 32, 32, 32, 128});
        QTest::newRow("llama-3-8b") << "llama-3-8b" << grouped({Mechanism::Gqa, 4096, 32, 32, 8, 128});
        QTest::newRow("gemma-2b") << "gemma-2b" << grouped({Mechanism::Mqa, 2048, 18, 8, 1, 256});
        QTest::newRow("falcon-7b") << "falcon-7b" << grouped({Mechanism::Mqa, 4544, 32, 71, 1, 64});
        QTest::newRow("falcon-40b") << "falcon-40b" << grouped({Mechanism::Gqa, 8192, 60, 128, 8, 64});
        QTest::newRow("gpt2") << "gpt2" << grouped({Mechanism::Mha, 768, 12, 12, 12, 64});
        QTest::newRow("deepseek-v2-lite") << "deepseek-v2-lite" << mla(2048, 27, 16, 512, 0);
        QTest::newRow("deepseek-v3") << "deepseek-v3" << mla(7168, 61, 128, 512, 1536);
        QTest::newRow("t5.1.1-xxl") << "t5.1.1-xxl"
                                    << encoderDecoder(grouped({Mechanism::Mha, 4096, 24, 64, 64, 64}), 24);
    }
    void presetShapes()
    {
        QFETCH(QString, id);
        QFETCH(ModelShape, expected);
        QString error;
        const auto m = io::presetModel(id, &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QCOMPARE(m->mechanism, expected.mechanism);
        QCOMPARE(m->dModel, expected.dModel);
        QCOMPARE(m->layers, expected.layers);
        QCOMPARE(m->nHeads, expected.nHeads);
        QCOMPARE(m->nKvHeads, expected.nKvHeads);
        QCOMPARE(m->dHead, expected.dHead);
        QCOMPARE(m->dValue, expected.dValue);
        QCOMPARE(m->dLatentKv, expected.dLatentKv);
        QCOMPARE(m->dLatentQ, expected.dLatentQ);
        QCOMPARE(m->dRope, expected.dRope);
        QCOMPARE(m->crossLayers, expected.crossLayers);
        QCOMPARE(m->encoderLayers, expected.encoderLayers);
    }
};

QTEST_GUILESS_MAIN(TestModelConfig)
#include "tst_modelconfig.moc"
