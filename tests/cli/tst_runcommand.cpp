// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope run` end to end (the real executable): --inspect on a tiny llama folder written here
// (config.json + model.safetensors), --json, a refused folder's one-line error, a missing weight,
// a folder without weights; --model/--prompt on a tiny llama with random weights and the
// hand-written byte-level tokenizer (tests/model/fixtures/tokenizer/tiny.json, 266 ids), checked
// against model::TransformerModel::generate and core's footprint formula; every bad flag. --dump:
// tst_rundump.
#include "model/forward.h"
#include "model/tokenizer.h"
#include "tests/cli/runfixture.h"
#include "tests/common/runprogram.h"
#include "tests/model/safetensorswriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace attnscope;
using namespace attnscope::model::test;
using namespace attnscope::testing;

namespace {

// vocab 8, hidden 4, 2 layers, 2 query heads of width 2 sharing 1 KV head (MQA), MLP 6, untied.
const QByteArray kTinyLlama = R"({"model_type": "llama", "vocab_size": 8, "hidden_size": 4, "num_hidden_layers": 2,
  "num_attention_heads": 2, "num_key_value_heads": 1, "intermediate_size": 6, "max_position_embeddings": 32,
  "rope_theta": 500000.0, "rms_norm_eps": 1e-05, "tie_word_embeddings": false})";

// Every tensor of the tiny llama; the embedding in BF16, the rest in F32 (zeros).
std::vector<Entry> tinyLlamaTensors()
{
    std::vector<Entry> e;
    const auto add = [&e](const std::string &name, std::vector<std::int64_t> shape, bool bf16 = false) {
        std::int64_t n = 1;
        for (const std::int64_t d : shape)
            n *= d;
        e.push_back({name, bf16 ? "BF16" : "F32", std::move(shape), QByteArray(int(n * (bf16 ? 2 : 4)), '\0')});
    };
    add("model.embed_tokens.weight", {8, 4}, true);
    for (int i = 0; i < 2; ++i) {
        const std::string p = "model.layers." + std::to_string(i) + ".";
        add(p + "input_layernorm.weight", {4});
        add(p + "self_attn.q_proj.weight", {4, 4});
        add(p + "self_attn.k_proj.weight", {2, 4});
        add(p + "self_attn.v_proj.weight", {2, 4});
        add(p + "self_attn.o_proj.weight", {4, 4});
        add(p + "mlp.gate_proj.weight", {6, 4});
        add(p + "mlp.up_proj.weight", {6, 4});
        add(p + "mlp.down_proj.weight", {4, 6});
        add(p + "post_attention_layernorm.weight", {4});
    }
    add("model.norm.weight", {4});
    add("lm_head.weight", {8, 4});
    return e;
}

std::vector<std::int32_t> generatedIds(const QJsonObject &o)
{
    std::vector<std::int32_t> ids;
    for (const QJsonValue &v : o.value("generated").toArray())
        ids.push_back(std::int32_t(v.toObject().value("id").toInt()));
    return ids;
}

} // namespace

class TestRunCommand : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dir() const { return m_dir->path(); }
    void writeFolder(const QByteArray &config, const std::vector<Entry> &tensors)
    {
        writeFile(m_dir->filePath("config.json"), config);
        if (!tensors.empty())
            writeFile(m_dir->filePath("model.safetensors"), safetensorsBytes(tensors));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void inspectText()
    {
        writeFolder(kTinyLlama, tinyLlamaTensors());
        const Run r = runAttnscope({"run", "--inspect", dir()});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY(lines.contains("Model folder: " + dir()));
        QVERIFY(lines.contains("Model type: llama (family Llama)"));
        QVERIFY(lines.contains("Attention: MQA (2 query heads, 1 KV heads, head width 2)"));
        QVERIFY(lines.contains("Layers: 2"));
        QVERIFY(lines.contains("Widths: hidden 4, intermediate 6, activation silu, norm eps 1e-05"));
        QVERIFY(lines.contains("Vocabulary: 8 tokens; embeddings tied to lm_head: no"));
        QVERIFY(lines.contains("Position limit: 32 tokens"));
        QVERIFY(lines.contains("Positions: RoPE, theta 500000; no scaling"));
        QVERIFY(lines.contains("Sliding window: none (every layer attends to every earlier token)"));
        QVERIFY(lines.contains("Mixture of experts: none (dense MLP, width 6)"));
        // 32 + 2 x (4 + 16 + 8 + 8 + 16 + 24 + 24 + 24 + 4) + 4 + 32
        QVERIFY(lines.contains("Parameters: 324 (counted from the weights)"));
        // 32 x 2 bytes + 292 x 4 bytes
        QVERIFY(lines.contains("Weights: 1.2 KiB (1,232 bytes) in 1 file; 1 tensors BF16, 20 tensors F32"));
        // MQA: 2 d_h = 2 x 2 elements per layer, 2 bytes each.
        QVERIFY2(r.out.contains("KV cache per token at 16 bits: 4 elements = 8 B per layer; 8 elements = 16 B for all "
                                "2 layers"),
                 qPrintable(r.out));
        QVERIFY(lines.contains("KV cache at the position limit: 512 B per sequence of 32 tokens"));
        QVERIFY(r.out.contains("AttnScope will: run text through the model with core's grouped-query attention"));
        QVERIFY(r.out.contains("AttnScope will not: run custom code"));
    }

    void inspectJson()
    {
        writeFolder(kTinyLlama, tinyLlamaTensors());
        const Run r = runAttnscope({"run", "--inspect", dir(), "--json"});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value("model_type").toString(), QStringLiteral("llama"));
        QCOMPARE(o.value("attention").toString(), QStringLiteral("mqa"));
        QCOMPARE(o.value("kv_heads").toInt(), 1);
        QCOMPARE(o.value("parameters").toInteger(), 324);
        QCOMPARE(o.value("weight_bytes").toInteger(), 1232);
        QCOMPARE(o.value("weight_dtypes").toObject().value("F32").toInt(), 20);
        QCOMPARE(o.value("kv_elements_per_token_per_layer").toInt(), 4);
        QCOMPARE(o.value("kv_bytes_per_token").toInt(), 16);
        QVERIFY(o.value("weights_present").toBool());
        QCOMPARE(o.value("sliding_windows").toArray(), (QJsonArray{0, 0}));
    }

    // A Qwen2-style window on the layers from max_window_layers on, in words and in JSON.
    void inspectSlidingWindow()
    {
        QByteArray config = kTinyLlama;
        QVERIFY(config.count(R"("model_type": "llama")") == 1);
        config.replace(R"("model_type": "llama")",
                       R"("model_type": "qwen2", "use_sliding_window": true, "sliding_window": 16, "max_window_layers": 1)");
        writeFile(m_dir->filePath("config.json"), config);
        const Run r = runAttnscope({"run", "--inspect", dir()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Sliding window: 16 tokens in layer 1; full attention elsewhere. The cache keeps every "
                                "token"),
                 qPrintable(r.out));
        const Run j = runAttnscope({"run", "--inspect", dir(), "--json"});
        QCOMPARE(QJsonDocument::fromJson(j.out.toUtf8()).object().value("sliding_windows").toArray(), (QJsonArray{0, 16}));
    }

    void configOnly()
    {
        writeFolder(kTinyLlama, {});
        const Run r = runAttnscope({"run", "--inspect", dir()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Parameters: 324 (from config.json; the folder has no weights)\n"));
        QVERIFY(r.out.contains("Weights: none (neither model.safetensors nor model.safetensors.index.json)\n"));
    }

    void refusedConfig()
    {
        QByteArray config = kTinyLlama;
        config.replace(R"("num_key_value_heads": 1)", R"("num_key_value_heads": 3)");
        writeFolder(config, tinyLlamaTensors());
        const Run r = runAttnscope({"run", "--inspect", dir()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
                 "attnscope run: " + dir()
                     + R"(/config.json: "num_key_value_heads" is 3, which does not divide "num_attention_heads" (2).)"
                       "\n");
    }

    void missingWeight()
    {
        std::vector<Entry> tensors = tinyLlamaTensors();
        tensors.pop_back(); // lm_head
        writeFolder(kTinyLlama, tensors);
        const Run r = runAttnscope({"run", "--inspect", dir()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, "attnscope run: " + dir() + ": tensor 'lm_head.weight' is missing.\n");
    }

    void missingFolder()
    {
        const QString missing = dir() + "/nothing";
        const Run r = runAttnscope({"run", "--inspect", missing});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
                 "attnscope run: " + missing
                     + "/config.json: no such file; a Hugging Face model folder has a config.json.\n");
    }

    void writeRunFolder(bool tokenizer = true)
    {
        writeFolder(kRunLlama, runLlamaTensors());
        if (tokenizer)
            writeFile(m_dir->filePath("tokenizer.json"), tinyTokenizer());
    }

    void promptText()
    {
        writeRunFolder();
        const Run r = runAttnscope({"run", "--model", dir(), "--prompt", "hello lower", "--generate", "3"});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const model::Tokenizer tokenizer = model::Tokenizer::fromFile(ATTNSCOPE_TINY_TOKENIZER);
        const std::vector<std::int32_t> ids = tokenizer.encode("hello lower", true);
        QVERIFY(ids.size() >= 2);
        QVERIFY2(r.out.contains(QStringLiteral("Prompt: %1 tokens\n").arg(ids.size())), qPrintable(r.out));
        for (std::size_t i = 0; i < ids.size(); ++i)
            QVERIFY(r.out.contains(QStringLiteral("  [%1] %2 \"%3\"\n")
                                       .arg(i)
                                       .arg(ids[i])
                                       .arg(QString::fromStdString(tokenizer.tokenText(ids[i])))));
        QVERIFY(r.out.contains("Next token after the prompt (top 5 of softmax of the last logits):\n  1. "));
        QVERIFY(r.out.contains("Generated 3 tokens (greedy); KV cache when each was chosen"));
        // 2 layers x 2 (K, V) x 1 KV head x 4 x 2 bytes (BF16) = 32 bytes per token.
        QVERIFY(r.out.contains(QStringLiteral("KV cache %1 bytes for %2 tokens; formula %1 bytes\n")
                                   .arg(32 * ids.size())
                                   .arg(ids.size())));
        QVERIFY(r.out.contains("Generated text: \""));
    }

    void promptJson()
    {
        writeRunFolder();
        const Run r = runAttnscope({"run", "--model", dir(), "--prompt", "hello lower", "--generate", "5", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r);
        const model::Tokenizer tokenizer = model::Tokenizer::fromFile(ATTNSCOPE_TINY_TOKENIZER);
        const std::vector<std::int32_t> ids = tokenizer.encode("hello lower", true);
        const QJsonArray prompt = o.value("prompt_tokens").toArray();
        QCOMPARE(prompt.size(), qsizetype(ids.size()));
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(prompt.at(qsizetype(i)).toObject().value("id").toInt(), ids[i]);
        const QJsonArray candidates = o.value("candidates").toArray();
        QCOMPARE(candidates.size(), 5);
        double sum = 0.0, previous = 2.0;
        for (const QJsonValue &v : candidates) {
            const double p = v.toObject().value("probability").toDouble();
            QVERIFY(p > 0.0 && p <= previous);
            previous = p;
            sum += p;
        }
        QVERIFY(sum <= 1.0 + 1e-12);

        const model::TransformerModel transformer(dir().toStdString());
        const model::GenerateResult g = transformer.generate(ids, 5);
        QCOMPARE(generatedIds(o), g.tokens);
        const QJsonArray generated = o.value("generated").toArray();
        for (qsizetype i = 0; i < generated.size(); ++i) {
            const QJsonObject step = generated.at(i).toObject();
            QCOMPARE(step.value("cached_tokens").toInteger(), qint64(ids.size()) + i);
            QCOMPARE(step.value("kv_cache_bytes").toInteger(), step.value("footprint_bytes").toInteger());
            QCOMPARE(step.value("kv_cache_bytes").toInteger(), 32 * (qint64(ids.size()) + i));
        }
        // generate()'s cache holds the prompt and every token but the last.
        QCOMPARE(g.cache.bytes().checkpoint, 32 * (qint64(ids.size()) + 4));
        QCOMPARE(o.value("generated_text").toString(), QString::fromStdString(tokenizer.decode(g.tokens)));
        QCOMPARE(o.value("kv_dtype").toString(), QStringLiteral("bf16"));
        QVERIFY(!o.contains("attention"));
    }

    void promptAttention()
    {
        writeRunFolder();
        const Run r = runAttnscope(
            {"run", "--model", dir(), "--prompt", "hello", "--generate", "0", "--layers", "1,0-0", "--json"});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r);
        QVERIFY(o.value("generated").toArray().isEmpty());
        const qsizetype t = o.value("prompt_tokens").toArray().size();
        const QJsonArray attention = o.value("attention").toArray();
        QCOMPARE(attention.size(), 2);
        for (qsizetype l = 0; l < 2; ++l) {
            QCOMPARE(attention.at(l).toObject().value("layer").toInt(), int(l));
            const QJsonArray heads = attention.at(l).toObject().value("weights").toArray();
            QCOMPARE(heads.size(), 2);
            for (const QJsonValue &head : heads) {
                QCOMPARE(head.toArray().size(), t);
                for (qsizetype q = 0; q < t; ++q) {
                    const QJsonArray row = head.toArray().at(q).toArray();
                    QCOMPARE(row.size(), t);
                    double sum = 0.0;
                    for (qsizetype k = 0; k < t; ++k) {
                        sum += row.at(k).toDouble();
                        if (k > q)
                            QCOMPARE(row.at(k).toDouble(), 0.0); // causal
                    }
                    QVERIFY(std::abs(sum - 1.0) < 1e-5);
                }
            }
        }
    }

    void seededSampling()
    {
        writeRunFolder();
        const QStringList args{"run", "--model", dir(), "--prompt", "lower hello", "--generate", "6", "--temperature",
                               "1.5", "--top-k", "50",  "--top-p",  "0.9",         "--seed",     "7", "--json"};
        const Run a = runAttnscope(args);
        const Run b = runAttnscope(args);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        const model::Tokenizer tokenizer = model::Tokenizer::fromFile(ATTNSCOPE_TINY_TOKENIZER);
        model::SamplingOptions s;
        s.temperature = 1.5;
        s.topK = 50;
        s.topP = 0.9;
        s.seed = 7;
        const model::TransformerModel transformer(dir().toStdString());
        QCOMPARE(generatedIds(jsonOf(a)), transformer.generate(tokenizer.encode("lower hello", true), 6, s).tokens);
    }

    void badPromptFlags_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("generate") << QStringList{"--generate", "4097"}
                                  << "--generate 4097: the new tokens must lie in 0 to 4096.";
        QTest::newRow("generate text") << QStringList{"--generate", "many"} << "--generate 'many': not an integer.";
        QTest::newRow("temperature") << QStringList{"--temperature", "-1"}
                                     << "--temperature -1: must be 0 (greedy) or more.";
        QTest::newRow("temperature inf") << QStringList{"--temperature", "inf"}
                                         << "--temperature 'inf': not a finite number.";
        QTest::newRow("top-k") << QStringList{"--top-k", "-2"} << "--top-k -2: must be 0 (all tokens) or more.";
        QTest::newRow("top-p 0") << QStringList{"--top-p", "0"} << "--top-p 0: must lie in (0, 1].";
        QTest::newRow("top-p 1.5") << QStringList{"--top-p", "1.5"} << "--top-p 1.5: must lie in (0, 1].";
        QTest::newRow("seed") << QStringList{"--seed", "9007199254740992"}
                              << "--seed 9007199254740992: must lie in 0 to 2^53 - 1.";
        QTest::newRow("seed negative") << QStringList{"--seed", "-1"} << "--seed -1: must lie in 0 to 2^53 - 1.";
        QTest::newRow("layers syntax") << QStringList{"--layers", "0,3-1"}
                                       << "--layers '0,3-1': give layer numbers 0 or more as a comma list or ranges, "
                                          "e.g. 0,2-3.";
        QTest::newRow("layers range") << QStringList{"--layers", "0,2"}
                                      << "--layers '0,2': layer 2 does not exist; the model has layers 0 to 1.";
        QTest::newRow("too long") << QStringList{"--prompt", QString(40, QLatin1Char('x'))}
                                  << "--prompt: the prompt is 40 tokens, more than the model's 32 positions "
                                     "(max_position_embeddings).";
        QTest::newRow("too long to generate")
            << QStringList{"--prompt", QString(30, QLatin1Char('x')), "--generate", "4"}
            << "--generate 4: the prompt's 30 tokens and 4 new ones need 33 positions, more than the model's 32 "
               "(max_position_embeddings).";
        QTest::newRow("capture-mib 0") << QStringList{"--capture-mib", "0"}
                                       << "--capture-mib 0: must lie in (0, 1048576].";
        QTest::newRow("capture-mib text")
            << QStringList{"--capture-mib", "lots"} << "--capture-mib 'lots': not a finite number.";
        QTest::newRow("empty prompt") << QStringList{"--prompt", ""} << "--prompt '': gives no tokens; give some text.";
        QTest::newRow("inspect too") << QStringList{"--inspect", "x"}
                                     << "--inspect describes a folder and --model/--prompt run one; give one or the "
                                        "other.";
    }

    void badPromptFlags()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, sentence);
        writeRunFolder();
        QStringList args{"run", "--model", dir()};
        if (!flags.contains("--prompt"))
            args << "--prompt"
                 << "hello";
        const Run r = runAttnscope(args + flags);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, "attnscope run: " + sentence + "\n");
        QCOMPARE(r.exitCode, 2);
    }

    void promptRefusedFolders()
    {
        writeRunFolder(false);
        Run r = runAttnscope({"run", "--model", dir(), "--prompt", "hello"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
                 "attnscope run: " + dir()
                     + "/tokenizer.json: missing; AttnScope needs the model's tokenizer to turn text into "
                       "tokens.\n");

        writeFile(m_dir->filePath("config.json"),
                  R"({"model_type": "deepseek_v3", "hidden_size": 64, "intermediate_size": 128, "kv_lora_rank": 16,
  "max_position_embeddings": 64, "moe_intermediate_size": 32, "n_routed_experts": 4, "n_shared_experts": 1,
  "num_attention_heads": 4, "num_experts_per_tok": 2, "num_hidden_layers": 2, "num_key_value_heads": 4,
  "q_lora_rank": 32, "qk_nope_head_dim": 16, "qk_rope_head_dim": 8, "v_head_dim": 16, "vocab_size": 266,
  "n_group": 1, "topk_group": 1, "topk_method": "noaux_tc", "scoring_func": "sigmoid"})");
        writeFile(m_dir->filePath("tokenizer.json"), tinyTokenizer());
        r = runAttnscope({"run", "--model", dir(), "--prompt", "hello"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        // DeepSeek runs now (MLA and experts); this folder is refused for the earlier model's weights.
        QCOMPARE(r.err,
                 "attnscope run: " + dir()
                     + ": tensor 'model.embed_tokens.weight' has shape [266, 8]; expected [266, 64].\n");
    }
};

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
