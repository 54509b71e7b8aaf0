// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope run --model DIR --prompt TEXT --dump FILE` end to end (the real executable): the
// attnscope-run/1 file of the tiny llama (tests/cli/runfixture.h) and of a DeepSeek V3 tiny model
// (scripts/make-tiny-models) against model::TransformerModel::forward, --json and core's
// footprint formula; scripts/check-run-dump passing it and failing broken copies; the capture
// budget, a bad path, a folder in the way, --dump without --model.
#include "model/forward.h"
#include "model/tokenizer.h"
#include "tests/cli/runfixture.h"
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

#include <algorithm>
#include <cmath>
#include <memory>

using namespace attnscope;
using namespace attnscope::testing;
using attnscope::model::test::writeFile;

namespace {

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

class TestRunDump : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dir() const { return m_dir->path(); }
    void writeRunFolder()
    {
        writeFile(m_dir->filePath("config.json"), kRunLlama);
        writeFile(m_dir->filePath("model.safetensors"), model::test::safetensorsBytes(runLlamaTensors()));
        writeFile(m_dir->filePath("tokenizer.json"), tinyTokenizer());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
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

    // The capture budget: 30 tokens of both layers' weights and inputs need 2 x (2 x 30 x 30 + 30 x 8)
    // x 4 = 16320 bytes, more than 0.01 MiB (10485 bytes): refused before the run, nothing written;
    // layer 1 alone (8160 bytes) fits.
    void dumpOverBudget()
    {
        writeRunFolder();
        const QString file = m_dir->filePath("big.json");
        const QString prompt(30, QLatin1Char('x'));
        Run r = runAttnscope(
            {"run", "--model", dir(), "--prompt", prompt, "--generate", "0", "--capture-mib", "0.01", "--dump", file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
                 "attnscope run: " + dir()
                     + ": recording the attention of 2 layers for 30 tokens needs 16320 bytes, more than the "
                       "budget of 10485 bytes; record fewer layers or tokens.\n");
        QVERIFY(!QFile::exists(file));
        r = runAttnscope({"run", "--model", dir(), "--prompt", prompt, "--generate", "0", "--capture-mib", "0.01",
                          "--layers", "1", "--dump", file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readJsonFile(file).value("layers").toArray().size(), 1);
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
};

QTEST_GUILESS_MAIN(TestRunDump)
#include "tst_rundump.moc"
