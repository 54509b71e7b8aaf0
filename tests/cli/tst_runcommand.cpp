// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope run` end to end (the real executable): --inspect on a tiny llama folder written here
// (config.json + model.safetensors), --json, a refused folder's one-line error, a missing weight,
// a folder without weights; --model/--prompt on a tiny llama with random weights and the
// hand-written byte-level tokenizer (tests/model/fixtures/tokenizer/tiny.json, 266 ids), checked
// against model::TransformerModel::generate and core's footprint formula; every bad flag; --dump
// (attnscope-run/1) against model::TransformerModel::forward, --json and scripts/check-run-dump.
#include "model/forward.h"
#include "model/tokenizer.h"
#include "tests/common/runprogram.h"
#include "tests/model/safetensorswriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace attnscope;
using namespace attnscope::model::test;
using attnscope::testing::Run;

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

// vocab 266 (= tiny.json's ids), hidden 8, 2 layers, 2 query heads of width 4 sharing 1 KV head,
// MLP 12, 32 positions; random weights, the embedding in BF16 (the checkpoint's dtype).
const QByteArray kRunLlama = R"({"model_type": "llama", "vocab_size": 266, "hidden_size": 8, "num_hidden_layers": 2,
  "num_attention_heads": 2, "num_key_value_heads": 1, "intermediate_size": 12, "max_position_embeddings": 32,
  "rope_theta": 10000.0, "rms_norm_eps": 1e-05, "tie_word_embeddings": false})";

std::vector<Entry> runLlamaTensors()
{
    std::uint64_t state = 12345;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return float(double(state >> 40) / double(1ULL << 24)) * 2.0f - 1.0f;
    };
    std::vector<Entry> e;
    const auto add = [&](const std::string &name, std::vector<std::int64_t> shape, bool bf16 = false,
                         bool ones = false) {
        std::int64_t n = 1;
        for (const std::int64_t d : shape)
            n *= d;
        QByteArray bytes;
        for (std::int64_t i = 0; i < n; ++i) {
            const float v = ones ? 1.0f : next();
            std::uint32_t bits = 0;
            std::memcpy(&bits, &v, 4);
            if (bf16)
                bytes.append(QByteArray(reinterpret_cast<const char *>(&bits) + 2, 2)); // the top half (little endian)
            else
                bytes.append(reinterpret_cast<const char *>(&bits), 4);
        }
        e.push_back({name, bf16 ? "BF16" : "F32", std::move(shape), bytes});
    };
    add("model.embed_tokens.weight", {266, 8}, true);
    for (int i = 0; i < 2; ++i) {
        const std::string p = "model.layers." + std::to_string(i) + ".";
        add(p + "input_layernorm.weight", {8}, false, true);
        add(p + "self_attn.q_proj.weight", {8, 8});
        add(p + "self_attn.k_proj.weight", {4, 8});
        add(p + "self_attn.v_proj.weight", {4, 8});
        add(p + "self_attn.o_proj.weight", {8, 8});
        add(p + "mlp.gate_proj.weight", {12, 8});
        add(p + "mlp.up_proj.weight", {12, 8});
        add(p + "mlp.down_proj.weight", {8, 12});
        add(p + "post_attention_layernorm.weight", {8}, false, true);
    }
    add("model.norm.weight", {8}, false, true);
    add("lm_head.weight", {266, 8});
    return e;
}

QByteArray tinyTokenizer()
{
    QFile f(QStringLiteral(ATTNSCOPE_TINY_TOKENIZER));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject jsonOf(const Run &r)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(r.out));
    return o;
}

std::vector<std::int32_t> generatedIds(const QJsonObject &o)
{
    std::vector<std::int32_t> ids;
    for (const QJsonValue &v : o.value("generated").toArray())
        ids.push_back(std::int32_t(v.toObject().value("id").toInt()));
    return ids;
}

Run runAttnscope(const QStringList &arguments)
{
    return testing::runProgram(QStringLiteral(ATTNSCOPE_BINARY), arguments);
}

QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// A dump tensor's shape and data.
std::vector<std::int64_t> shapeOf(const QJsonObject &tensor)
{
    std::vector<std::int64_t> shape;
    for (const QJsonValue &v : tensor.value("shape").toArray())
        shape.push_back(v.toInteger());
    return shape;
}

std::vector<float> dataOf(const QJsonObject &tensor)
{
    std::vector<float> data;
    for (const QJsonValue &v : tensor.value("data").toArray())
        data.push_back(float(v.toDouble()));
    return data;
}

double worstDifference(const std::vector<float> &a, const float *b)
{
    double worst = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(double(a[i]) - double(b[i])));
    return worst;
}

// scripts/check-run-dump on a file: its exit code and output; -1 when python3 with numpy is missing.
Run checkRunDump(const QString &file)
{
    if (testing::runProgram("/usr/bin/python3", {"-c", "import numpy"}).exitCode != 0)
        return {-1, {}, {}};
    return testing::runProgram("/usr/bin/python3", {QStringLiteral(ATTNSCOPE_CHECK_RUN_DUMP), file});
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

    // --dump: the documented fields, the tokens, the attention and inputs of every layer equal to
    // what model/ computes (and to --json's weights, exactly), the cache sizes; the checker agrees.
    void promptDump()
    {
        writeRunFolder();
        const QString file = m_dir->filePath("run.json");
        const Run r =
            runAttnscope({"run", "--model", dir(), "--prompt", "hello lower", "--generate", "3", "--dump", file});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Wrote the attention and the inputs of 2 of 2 layers, the tokens and the KV cache sizes "
                               "to "
                               + file + "\n"));
        const QJsonObject d = readJsonFile(file);
        QCOMPARE(d.value("format").toString(), QStringLiteral("attnscope-run/1"));
        QVERIFY(d.value("generator").toString().startsWith("AttnScope "));
        QCOMPARE(d.value("folder").toString(), dir());
        QCOMPARE(d.value("model_type").toString(), QStringLiteral("llama"));
        QCOMPARE(d.value("prompt").toString(), QStringLiteral("hello lower"));
        const QJsonObject c = d.value("config").toObject();
        QCOMPARE(c.value("layers").toInt(), 2);
        QCOMPARE(c.value("hidden_size").toInt(), 8);
        QCOMPARE(c.value("heads").toInt(), 2);
        QCOMPARE(c.value("kv_heads").toInt(), 1);
        QCOMPARE(c.value("head_dim").toInt(), 4);
        QCOMPARE(c.value("vocab_size").toInt(), 266);
        QCOMPARE(c.value("max_position_embeddings").toInt(), 32);
        QCOMPARE(c.value("kv_dtype").toString(), QStringLiteral("bf16"));
        QVERIFY(c.value("mla").isNull());

        const model::Tokenizer tokenizer = model::Tokenizer::fromFile(ATTNSCOPE_TINY_TOKENIZER);
        const std::vector<std::int32_t> ids = tokenizer.encode("hello lower", true);
        const auto T = std::int64_t(ids.size());
        const QJsonArray tokens = d.value("tokens").toArray();
        QCOMPARE(tokens.size(), qsizetype(T));
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const QJsonObject t = tokens.at(qsizetype(i)).toObject();
            QCOMPARE(t.value("id").toInt(), ids[i]);
            QCOMPARE(t.value("token").toString().toStdString(), tokenizer.tokenString(ids[i]));
            QCOMPARE(t.value("text").toString().toStdString(), tokenizer.tokenText(ids[i]));
        }

        const model::TransformerModel transformer(dir().toStdString());
        model::CaptureOptions capture;
        capture.inputs = true;
        const model::ForwardResult f = transformer.forward(ids, capture);
        const QJsonArray layers = d.value("layers").toArray();
        QCOMPARE(layers.size(), 2);
        for (qsizetype l = 0; l < 2; ++l) {
            const QJsonObject layer = layers.at(l).toObject();
            QCOMPARE(layer.value("layer").toInt(), int(l));
            const QJsonObject attention = layer.value("attention").toObject();
            const QJsonObject input = layer.value("input").toObject();
            QCOMPARE(shapeOf(attention), (std::vector<std::int64_t>{2, T, T}));
            QCOMPARE(shapeOf(input), (std::vector<std::int64_t>{T, 8}));
            const std::vector<float> a = dataOf(attention), h = dataOf(input);
            QCOMPARE(a.size(), f.attention[std::size_t(l)].data.size());
            QCOMPARE(std::int64_t(h.size()), std::int64_t(f.attentionInputs[std::size_t(l)].size()));
            QVERIFY(worstDifference(a, f.attention[std::size_t(l)].data.data()) < 1e-6);
            QVERIFY(worstDifference(h, f.attentionInputs[std::size_t(l)].data()) < 1e-5);
            // The input really is the RMS-normalised state (input_layernorm's weights are ones).
            for (std::int64_t t = 0; t < T; ++t) {
                double squares = 0.0;
                for (std::int64_t k = 0; k < 8; ++k)
                    squares += double(h[std::size_t(t * 8 + k)]) * h[std::size_t(t * 8 + k)];
                QVERIFY(std::abs(squares / 8 - 1.0) < 1e-3);
            }
        }
        // The same layers' weights as --json prints them, float for float.
        const Run j = runAttnscope(
            {"run", "--model", dir(), "--prompt", "hello lower", "--generate", "0", "--layers", "0-1", "--json"});
        QCOMPARE(j.exitCode, 0);
        const QJsonArray printed = jsonOf(j).value("attention").toArray();
        QCOMPARE(printed.size(), 2);
        for (qsizetype l = 0; l < 2; ++l) {
            std::vector<float> fromJson;
            for (const QJsonValue &head : printed.at(l).toObject().value("weights").toArray())
                for (const QJsonValue &row : head.toArray())
                    for (const QJsonValue &v : row.toArray())
                        fromJson.push_back(float(v.toDouble()));
            QCOMPARE(fromJson, dataOf(layers.at(l).toObject().value("attention").toObject()));
        }

        const model::GenerateResult g = transformer.generate(ids, 3);
        const QJsonArray generated = d.value("generated").toArray();
        QCOMPARE(generated.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            const QJsonObject t = generated.at(i).toObject();
            QCOMPARE(t.value("id").toInt(), g.tokens[std::size_t(i)]);
            QCOMPARE(t.value("token").toString().toStdString(), tokenizer.tokenString(g.tokens[std::size_t(i)]));
        }
        QCOMPARE(d.value("generated_text").toString().toStdString(), tokenizer.decode(g.tokens));
        // After the prompt, then after each generated token fed back (the last one never is):
        // 2 layers x 2 (K, V) x 1 KV head x 4 x 2 bytes (BF16) = 32 bytes a token.
        const QJsonArray cache = d.value("kv_cache").toArray();
        QCOMPARE(cache.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            const QJsonObject s = cache.at(i).toObject();
            QCOMPARE(s.value("tokens").toInteger(), T + i);
            QCOMPARE(s.value("bytes").toInteger(), 32 * (T + i));
            QCOMPARE(s.value("formula_bytes").toInteger(), 32 * (T + i));
        }
        QCOMPARE(cache.at(2).toObject().value("bytes").toInteger(), g.cache.bytes().checkpoint);
        QCOMPARE(d.value("sampling").toObject().value("temperature").toDouble(), 0.0);

        const Run check = checkRunDump(file);
        if (check.exitCode == -1)
            QSKIP("/usr/bin/python3 with numpy is missing: scripts/check-run-dump not run");
        QCOMPARE(check.err, QString());
        QVERIFY2(check.out.endsWith(" passed, 0 failed\n"), qPrintable(check.out));
        QCOMPARE(check.exitCode, 0);
    }

    // DeepSeek V3 from scripts/make-tiny-models (MLA): the dump names the ranks, its attention and
    // inputs are forward()'s, and the cache follows MLA's formula, layers x tokens x (d_c + d_R) x 2.
    void mlaDump()
    {
        const QString models = qEnvironmentVariable("ATTNSCOPE_TINY_MODELS");
        if (models.isEmpty())
            QSKIP("ATTNSCOPE_TINY_MODELS is not set: /usr/bin/python3 with numpy was missing at configure time");
        for (const char *name : {"config.json", "model.safetensors"})
            QVERIFY(QFile::copy(models + "/deepseek_v3-bf16/" + name, m_dir->filePath(name)));
        writeFile(m_dir->filePath("tokenizer.json"), tinyTokenizer()); // "1+2=3": ids 49 43 50 61 51 < 96
        const QString file = m_dir->filePath("mla.json");
        const Run r = runAttnscope({"run", "--model", dir(), "--prompt", "1+2=3", "--generate", "2", "--dump", file});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject d = readJsonFile(file);
        const model::TransformerModel transformer(dir().toStdString());
        const model::ModelConfig &c = transformer.config();
        QVERIFY(c.mla.has_value());
        const QJsonObject mla = d.value("config").toObject().value("mla").toObject();
        QCOMPARE(mla.value("q_lora_rank").toInteger(), c.mla->qLoraRank);
        QCOMPARE(mla.value("kv_lora_rank").toInteger(), c.mla->kvLoraRank);
        QCOMPARE(mla.value("qk_nope_head_dim").toInteger(), c.mla->qkNopeHeadDim);
        QCOMPARE(mla.value("qk_rope_head_dim").toInteger(), c.mla->qkRopeHeadDim);
        QCOMPARE(mla.value("v_head_dim").toInteger(), c.mla->vHeadDim);
        const QJsonArray cache = d.value("kv_cache").toArray();
        QCOMPARE(cache.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            const QJsonObject s = cache.at(i).toObject();
            QCOMPARE(s.value("tokens").toInteger(), 5 + i);
            const qint64 bytes = c.layers * (5 + i) * (c.mla->kvLoraRank + c.mla->qkRopeHeadDim) * 2;
            QCOMPARE(s.value("bytes").toInteger(), bytes);
            QCOMPARE(s.value("formula_bytes").toInteger(), bytes);
        }
        model::CaptureOptions capture;
        capture.inputs = true;
        const model::ForwardResult f = transformer.forward({49, 43, 50, 61, 51}, capture);
        const QJsonArray layers = d.value("layers").toArray();
        QCOMPARE(layers.size(), qsizetype(c.layers));
        for (qsizetype l = 0; l < layers.size(); ++l) {
            const QJsonObject layer = layers.at(l).toObject();
            const std::vector<float> a = dataOf(layer.value("attention").toObject());
            const std::vector<float> h = dataOf(layer.value("input").toObject());
            QCOMPARE(a.size(), f.attention[std::size_t(l)].data.size());
            QCOMPARE(std::int64_t(h.size()), std::int64_t(f.attentionInputs[std::size_t(l)].size()));
            QVERIFY(worstDifference(a, f.attention[std::size_t(l)].data.data()) < 1e-6);
            QVERIFY(worstDifference(h, f.attentionInputs[std::size_t(l)].data()) < 1e-5);
        }
        const Run check = checkRunDump(file);
        if (check.exitCode == -1)
            QSKIP("/usr/bin/python3 with numpy is missing: scripts/check-run-dump not run");
        QVERIFY2(check.exitCode == 0 && check.out.endsWith(" passed, 0 failed\n"), qPrintable(check.out));
    }

    // --generate 0 with --layers and --json: stdout stays one JSON object, the dump holds the
    // chosen layer and the prompt's cache only.
    void promptDumpOneLayer()
    {
        writeRunFolder();
        const QString file = m_dir->filePath("one.json");
        const Run r = runAttnscope({"run", "--model", dir(), "--prompt", "hello", "--generate", "0", "--layers", "1",
                                    "--json", "--dump", file});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r);
        QVERIFY(!o.isEmpty());
        const QJsonObject d = readJsonFile(file);
        const QJsonArray layers = d.value("layers").toArray();
        QCOMPARE(layers.size(), 1);
        QCOMPARE(layers.at(0).toObject().value("layer").toInt(), 1);
        QVERIFY(d.value("generated").toArray().isEmpty());
        const QJsonArray cache = d.value("kv_cache").toArray();
        QCOMPARE(cache.size(), 1);
        const qint64 t = d.value("tokens").toArray().size();
        QCOMPARE(t, qint64(o.value("prompt_tokens").toArray().size()));
        QCOMPARE(cache.at(0).toObject().value("tokens").toInteger(), t);
        QCOMPARE(cache.at(0).toObject().value("bytes").toInteger(), 32 * t);
    }

    // The checker fails a dump whose numbers break its rules (it is not a rubber stamp).
    void checkerRejects_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("causal") << "causal";
        QTest::newRow("row sum") << "row sum";
        QTest::newRow("cache bytes") << "cache bytes";
    }

    void checkerRejects()
    {
        QFETCH(QString, what);
        writeRunFolder();
        const QString file = m_dir->filePath("run.json");
        QCOMPARE(
            runAttnscope({"run", "--model", dir(), "--prompt", "hello", "--generate", "2", "--dump", file}).exitCode,
            0);
        QJsonObject d = readJsonFile(file);
        if (what == "cache bytes") {
            QJsonArray cache = d.value("kv_cache").toArray();
            QJsonObject s = cache.at(1).toObject();
            s.insert("bytes", s.value("bytes").toInteger() + 2);
            s.insert("formula_bytes", s.value("formula_bytes").toInteger() + 2);
            cache.replace(1, s);
            d.insert("kv_cache", cache);
        } else {
            QJsonArray layers = d.value("layers").toArray();
            QJsonObject layer = layers.at(0).toObject();
            QJsonObject attention = layer.value("attention").toObject();
            QJsonArray data = attention.value("data").toArray();
            // Row 0 of head 0 is [1, 0, ...]: move weight above the diagonal (the sum stays 1), or
            // take some away.
            QCOMPARE(data.at(0).toDouble(), 1.0);
            data.replace(0, 0.75);
            if (what == "causal")
                data.replace(1, 0.25);
            attention.insert("data", data);
            layer.insert("attention", attention);
            layers.replace(0, layer);
            d.insert("layers", layers);
        }
        writeFile(file, QJsonDocument(d).toJson());
        const Run check = checkRunDump(file);
        if (check.exitCode == -1)
            QSKIP("/usr/bin/python3 with numpy is missing: scripts/check-run-dump not run");
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains("FAIL"), qPrintable(check.out));
    }

    void dumpErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("no folder for the file")
            << QStringList{"--model", "DIR", "--prompt", "hello", "--dump", "/nonexistent-attnscope/dir/x.json"} << 1
            << "--dump /nonexistent-attnscope/dir/x.json: cannot write /nonexistent-attnscope/dir/x.json: No such file "
               "or directory";
        QTest::newRow("without --model") << QStringList{"--dump", "x.json"} << 2
                                         << "--dump FILE records a run of a model; give --model DIR --prompt TEXT with "
                                            "it.";
        QTest::newRow("with --inspect") << QStringList{"--inspect", "DIR", "--dump", "x.json"} << 2
                                        << "--dump FILE records a run of a model; give --model DIR --prompt TEXT with "
                                           "it.";
        QTest::newRow("empty") << QStringList{"--model", "DIR", "--prompt", "hello", "--dump", ""} << 2
                               << "--dump is empty; give the file to write.";
    }

    void dumpErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, sentence);
        writeRunFolder();
        arguments.replaceInStrings(QStringLiteral("DIR"), dir());
        const Run r = runAttnscope(QStringList{"run"} + arguments);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, "attnscope run: " + sentence + "\n");
        QCOMPARE(r.exitCode, exitCode);
    }

    // A folder in the way of the file: refused, and the folder is left as it was.
    void dumpOntoFolder()
    {
        writeRunFolder();
        QVERIFY(QDir(dir()).mkdir("taken"));
        const Run r = runAttnscope({"run", "--model", dir(), "--prompt", "hello", "--dump", m_dir->filePath("taken")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("attnscope run: --dump " + m_dir->filePath("taken") + ": "), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(QFileInfo(m_dir->filePath("taken")).isDir());
        QCOMPARE(r.out, QString());
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
