// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope run` end to end (the real executable): --inspect on a tiny llama folder written here
// (config.json + model.safetensors), --json, a refused folder's one-line error, a missing weight,
// a folder without weights, and --prompt's refusal (generation is not built yet).
#include "tests/common/runprogram.h"
#include "tests/model/safetensorswriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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

Run runAttnscope(const QStringList &arguments)
{
    return testing::runProgram(QStringLiteral(ATTNSCOPE_BINARY), arguments);
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
        QVERIFY(r.out.contains("AttnScope will (not built yet): run text through the model"));
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

    void promptRefused()
    {
        writeFolder(kTinyLlama, tinyLlamaTensors());
        const Run r = runAttnscope({"run", "--inspect", dir(), "--prompt", "Hello"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
                 QStringLiteral("attnscope run: --prompt is not available yet; this build can only --inspect a model "
                                "folder.\n"));
    }

    void badFlags()
    {
        Run r = runAttnscope({"run"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("attnscope run: --inspect DIR is required (see attnscope run --help).\n"));
        r = runAttnscope({"run", "--inspect", dir(), "--inspect", dir()});
        QCOMPARE(r.exitCode, 2);
        r = runAttnscope({"run", "--frobnicate"});
        QCOMPARE(r.exitCode, 2);
        r = runAttnscope({"run", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: attnscope run --inspect DIR [--json]\n"));
        QVERIFY(r.out.contains("Not built yet: running text through the model."));
    }
};

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
