// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope bench --model-dir DIR` run as a user would, on the tiny model folders that
// scripts/make-tiny-models writes at test time (ATTNSCOPE_TINY_MODELS): the JSON fields and their
// arithmetic, the text, and one sentence for every bad flag. Timings are only checked to be
// positive and finite, never against a limit.
#include "tests/common/runprogram.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

using attnscope::testing::Run;
using attnscope::testing::runProgram;

// Short runs: one thread, a 1 MiB probe, no warm-up, two timed runs.
const QStringList kFast{"--repeat", "2", "--warmup", "0", "--probe-mib", "1", "--threads", "1"};

Run run(const QStringList &arguments)
{
    return runProgram(QStringLiteral(ATTNSCOPE_BINARY), QStringList{"bench"} + arguments);
}

QString tinyModel(const QString &name)
{
    const QString root = qEnvironmentVariable("ATTNSCOPE_TINY_MODELS");
    return root.isEmpty() ? QString() : QDir(root).filePath(name);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool positive(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() > 0;
}

} // namespace

class TestBenchModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (tinyModel(QStringLiteral("llama-bf16")).isEmpty())
            QSKIP("ATTNSCOPE_TINY_MODELS is not set: /usr/bin/python3 with numpy writes the tiny models "
                  "(scripts/install-deps installs it).");
    }

    void jsonFields_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("dtype");
        for (const char *m : {"llama-bf16", "llama-f16", "llama-f32", "mistral-bf16", "gpt2-bf16", "qwen3-f16"}) {
            const QString name = QString::fromLatin1(m);
            QTest::newRow(m) << name << name.section(QLatin1Char('-'), -1);
        }
    }
    // Weights as held: the dense matrices at the checkpoint's dtype (tied embeddings once), norms and
    // biases at fp32; the KV cache at fp32. The share is generated tokens/s over the bound.
    void jsonFields()
    {
        QFETCH(QString, model);
        QFETCH(QString, dtype);
        const QString dir = tinyModel(model);
        const Run r = run(QStringList{"--model-dir", dir, "--prompt-tokens", "5", "--generate", "3", "--json"} + kFast);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["model_dir"].toString(), dir);
        QCOMPARE(o["dtype"].toString(), dtype);
        QCOMPARE(o["threads"].toInt(), 1);
        QCOMPARE(o["prompt_tokens"].toInt(), 5);
        QCOMPARE(o["generate"].toInt(), 3);
        QCOMPARE(o["repeat"].toInt(), 2);
        QCOMPARE(o["warmup"].toInt(), 0);
        for (const char *k : {"prompt_tokens_per_s", "generated_tokens_per_s"}) {
            const QJsonObject s = o[k].toObject();
            QVERIFY2(positive(s["median"]), k);
            QCOMPARE(s["count"].toInt(), 2);
            QVERIFY(s["mad"].toDouble() >= 0);
            QVERIFY(s["min"].toDouble() <= s["median"].toDouble() && s["median"].toDouble() <= s["max"].toDouble());
        }

        const QJsonObject c = readJson(QDir(dir).filePath(QStringLiteral("config.json")));
        const bool gpt = c["model_type"].toString() == QLatin1String("gpt2");
        QCOMPARE(o["model_type"].toString(), c["model_type"].toString());
        const qint64 h = gpt ? c["n_embd"].toInteger() : c["hidden_size"].toInteger();
        const qint64 layers = gpt ? c["n_layer"].toInteger() : c["num_hidden_layers"].toInteger();
        const qint64 heads = gpt ? c["n_head"].toInteger() : c["num_attention_heads"].toInteger();
        const qint64 kv = gpt ? heads : c["num_key_value_heads"].toInteger();
        const qint64 hd = c["head_dim"].isDouble() ? c["head_dim"].toInteger() : h / heads;
        const qint64 vocab = c["vocab_size"].toInteger();
        const qint64 inter = gpt ? 4 * h : c["intermediate_size"].toInteger();
        const qint64 elem = dtype == QLatin1String("f32") ? 4 : 2;
        qint64 matrices = h * heads * hd * 2 + 2 * h * kv * hd + (gpt ? 2 : 3) * h * inter; // q, o; k, v; MLP
        qint64 vectors = gpt ? 4 * h + heads * hd + 2 * kv * hd + h + inter + h : 2 * h; // norms (+ biases)
        if (c["model_type"].toString() == QLatin1String("qwen3"))
            vectors += 2 * hd; // q_norm, k_norm
        const bool tied = !c.contains("tie_word_embeddings") || c["tie_word_embeddings"].toBool();
        const qint64 weights = layers * (matrices * elem + vectors * 4) + vocab * h * elem * (tied ? 1 : 2)
            + h * 4 * (gpt ? 2 : 1);
        QCOMPARE(o["weight_bytes"].toInteger(), weights);
        QCOMPARE(o["kv_bytes_per_cached_token"].toDouble(), double(layers * 2 * kv * hd * 4));
        QCOMPARE(o["mean_cache_tokens"].toDouble(), 5 + 3 / 2.0);
        const double step = double(weights) + double(layers * 2 * kv * hd * 4) * 6.5;
        QVERIFY(std::abs(o["bytes_per_generated_token"].toDouble() - step) <= 1e-9 * step);
        QVERIFY(positive(o["bandwidth_gbps"]));
        QCOMPARE(o["probe_bytes"].toInteger(), qint64(1) << 20);
        const double bound = o["bandwidth_gbps"].toDouble() * 1e9 / step;
        QVERIFY(std::abs(o["bandwidth_bound_tokens_per_s"].toDouble() - bound) <= 1e-9 * bound);
        const double share = o["generated_tokens_per_s"].toObject()["median"].toDouble() / bound;
        QVERIFY(std::abs(o["bandwidth_share"].toDouble() - share) <= 1e-9 * share);

        const QJsonArray prompt = o["prompt_ids"].toArray(), generated = o["generated_ids"].toArray();
        QCOMPARE(prompt.size(), 5);
        QCOMPARE(generated.size(), 3);
        for (const auto &id : prompt + generated)
            QVERIFY(id.toInteger() >= 0 && id.toInteger() < vocab);
        const QJsonArray top = o["first_logits_top"].toArray();
        QCOMPARE(top.size(), 8);
        QCOMPARE(top[0].toArray()[0].toInteger(), generated[0].toInteger()); // greedy: the best logit
        for (int i = 1; i < top.size(); ++i)
            QVERIFY(top[i - 1].toArray()[1].toDouble() >= top[i].toArray()[1].toDouble());
    }

    // The same seed gives the same prompt and tokens; another seed another prompt.
    void seededPrompt()
    {
        const QString dir = tinyModel(QStringLiteral("llama-f32"));
        auto ids = [&](const char *seed) {
            const Run r =
                run(QStringList{"--model-dir", dir, "--prompt-tokens", "6", "--generate", "2", "--seed", seed, "--json"}
                    + kFast);
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            return o["prompt_ids"].toArray() + o["generated_ids"].toArray();
        };
        QCOMPARE(ids("7"), ids("7"));
        QVERIFY(ids("7") != ids("8"));
    }

    void text()
    {
        const Run r = run(QStringList{"--model-dir", tinyModel(QStringLiteral("llama-bf16")), "--prompt-tokens", "4",
                                      "--generate", "2"}
                          + kFast);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *s : {"AttnScope bench: ", "(llama, bf16 weights)", "prompt tokens/s", "generated tokens/s",
                              "bytes per generated token", "memory bandwidth", "bandwidth bound", "achieved"})
            QVERIFY2(r.out.contains(QLatin1String(s)), s);
    }

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString llama = tinyModel(QStringLiteral("llama-bf16"));
        const QStringList m{"--model-dir", llama};
        QTest::newRow("no such folder") << QStringList{"--model-dir", "/nonexistent/model"}
                                        << "--model-dir: /nonexistent/model/config.json: no such file";
        QTest::newRow("empty folder name") << QStringList{"--model-dir", ""} << "--model-dir '': ";
        QTest::newRow("prompt 0") << m + QStringList{"--prompt-tokens", "0"} << "--prompt-tokens 0: give 1 to";
        QTest::newRow("prompt text") << m + QStringList{"--prompt-tokens", "many"} << "--prompt-tokens";
        QTest::newRow("generate 1") << m + QStringList{"--generate", "1"} << "--generate 1: give 2 to";
        QTest::newRow("threads 0") << m + QStringList{"--threads", "0"} << "--threads 0: give 1 to 1024";
        QTest::newRow("repeat 0") << m + QStringList{"--repeat", "0"} << "--repeat 0: give 1 to 10000";
        QTest::newRow("warmup -1") << m + QStringList{"--warmup", "-1"} << "--warmup -1: give 0 to 1000";
        QTest::newRow("seed -1") << m + QStringList{"--seed", "-1"} << "--seed -1: give 0 to";
        QTest::newRow("probe 0") << m + QStringList{"--probe-mib", "0"} << "--probe-mib 0: give 1 to 65536";
        QTest::newRow("twice") << m + QStringList{"--repeat", "2", "--repeat", "3"} << "--repeat is given more than once";
        QTest::newRow("positional") << m + QStringList{"extra"} << "unexpected argument 'extra'";
        QTest::newRow("kernel flag") << m + QStringList{"--mechanism", "gqa"} << "mechanism";
        QTest::newRow("past the positions")
            << QStringList{"--model-dir", tinyModel(QStringLiteral("gpt2-f32")), "--prompt-tokens", "60",
                           "--generate", "10"}
            << "--prompt-tokens 60 with --generate 10: the run feeds 69 positions, more than the model's "
               "max_position_embeddings 64";
    }
    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run r = run(arguments.contains("--probe-mib") ? arguments : arguments + QStringList{"--probe-mib", "1"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("attnscope bench: "), qPrintable(r.err));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    // A kernel variant that ATTNSCOPE_CPU_VARIANT forces and this machine lacks is refused in one
    // line before anything runs (the model's loading and products run in thread teams).
    void refusedKernelVariant()
    {
        qputenv("ATTNSCOPE_CPU_VARIANT", "nonsense");
        const Run r = run(QStringList{"--model-dir", tinyModel(QStringLiteral("llama-bf16")), "--prompt-tokens", "8",
                                      "--generate", "2"}
                          + kFast);
        qunsetenv("ATTNSCOPE_CPU_VARIANT");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("attnscope bench: ATTNSCOPE_CPU_VARIANT=nonsense: no such kernel variant; this "
                                  "machine runs: "),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    void help()
    {
        const Run r = run({"--model-dir", "x", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: attnscope bench --model-dir DIR"));
        for (const char *flag : {"--prompt-tokens", "--generate", "--threads", "--repeat", "--seed", "--json"})
            QVERIFY2(r.out.contains(QLatin1String(flag)), flag);
        QVERIFY(run({"--help"}).out.contains("attnscope bench --model-dir DIR"));
    }
};

QTEST_GUILESS_MAIN(TestBenchModel)
#include "tst_benchmodel.moc"
