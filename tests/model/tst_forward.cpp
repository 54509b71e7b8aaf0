// SPDX-License-Identifier: GPL-3.0-or-later
// The dense forward pass against the float64 references of scripts/make-tiny-models
// (docs/tiny-models.md), which the CTest fixture tiny_models_forward writes into
// ATTNSCOPE_TINY_MODELS.
#include "core/footprint/footprint.h"
#include "model/forward.h"
#include "model/weightstore.h"
#include "safetensorswriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace attnscope;
using core::Matrix;

namespace {

const char *const kModels[] = {"gpt2",        "llama",           "llama3-rope",       "mistral",    "qwen2",
                               "qwen3",       "gpt_bigcode",     "deepseek_v2-lite", "deepseek_v2-qlora",
                               "deepseek_v3"};
const char *const kDeepSeek[] = {"deepseek_v2-lite", "deepseek_v2-qlora", "deepseek_v3"};
const char *const kDtypes[] = {"f32", "f16", "bf16"};

QString modelsDir()
{
    return qEnvironmentVariable("ATTNSCOPE_TINY_MODELS");
}

std::filesystem::path folder(const QString &name)
{
    return std::filesystem::path((modelsDir() + "/" + name).toStdString());
}

QJsonObject readJson(const std::filesystem::path &file)
{
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::vector<double> data(const QJsonObject &t)
{
    std::vector<double> out;
    for (const auto &v : t.value("data").toArray())
        out.push_back(v.toDouble());
    return out;
}

std::vector<std::int32_t> ids(const QJsonArray &a)
{
    std::vector<std::int32_t> out;
    for (const auto &v : a)
        out.push_back(static_cast<std::int32_t>(v.toInt()));
    return out;
}

// max |a - b| / max(1, |b|) over flat values (relative == false: plain absolute difference).
double worst(const float *a, const std::vector<double> &b, bool relative)
{
    double w = 0.0;
    for (std::size_t i = 0; i < b.size(); ++i) {
        const double d = std::abs(static_cast<double>(a[i]) - b[i]);
        w = std::max(w, relative ? d / std::max(1.0, std::abs(b[i])) : d);
    }
    return w;
}

bool haveModels()
{
    return !modelsDir().isEmpty() && QFile::exists(modelsDir() + "/index.json");
}

// Worst differences over the dense models and over each DeepSeek model, per dtype, printed at the end.
struct Worst
{
    double logits = 0, attention = 0, cache = 0;
};

} // namespace

class TestForward : public QObject
{
    Q_OBJECT
    std::map<QString, Worst> m_worst;

private slots:
    void init()
    {
        if (!haveModels())
            QSKIP("ATTNSCOPE_TINY_MODELS is not set or holds no tiny models (needs /usr/bin/python3 with numpy).");
    }

    void matchesReference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("dtype");
        for (const char *m : kModels)
            for (const char *d : kDtypes)
                QTest::newRow(qPrintable(QString("%1-%2").arg(m, d))) << QString(m) << QString(d);
    }
    // Logits, every head's attention and its input, 3 greedy tokens and the KV cache against
    // reference.json.
    void matchesReference()
    {
        QFETCH(QString, name);
        QFETCH(QString, dtype);
        const auto dir = folder(name + "-" + dtype);
        const QJsonObject ref = readJson(dir / "reference.json");
        QVERIFY(!ref.isEmpty());
        const model::TransformerModel m(dir);
        const auto prompt = ids(ref.value("prompt_ids").toArray());
        model::CaptureOptions capture;
        capture.inputs = true;
        const auto r = m.forward(prompt, capture);

        const auto logits = data(ref.value("logits").toObject());
        const double maxLogit = std::abs(*std::max_element(
            logits.begin(), logits.end(), [](double a, double b) { return std::abs(a) < std::abs(b); }));
        QCOMPARE(std::size_t(r.logits.size()), logits.size());
        const double dLogits = worst(r.logits.data(), logits, false) / std::max(1.0, maxLogit);
        QVERIFY2(dLogits < 2e-5, qPrintable(QString::number(dLogits)));

        const QJsonArray attention = ref.value("attention").toArray();
        QCOMPARE(r.attention.size(), std::size_t(attention.size()));
        double dAttention = 0.0;
        for (qsizetype l = 0; l < attention.size(); ++l) {
            const auto a = data(attention[l].toObject());
            QCOMPARE(r.attention[std::size_t(l)].data.size(), a.size());
            dAttention = std::max(dAttention, worst(r.attention[std::size_t(l)].data.data(), a, false));
            for (std::size_t i = 0; i < a.size(); ++i)
                if (a[i] == 0.0)
                    QCOMPARE(r.attention[std::size_t(l)].data[i], 0.0f); // masked: exactly zero
        }
        QVERIFY2(dAttention < 1e-5, qPrintable(QString::number(dAttention)));

        // Each attention block's input, the normalised hidden state h [T, hidden].
        const QJsonArray inputs = ref.value("attention_inputs").toArray();
        QCOMPARE(r.attentionInputs.size(), std::size_t(inputs.size()));
        QCOMPARE(inputs.size(), attention.size());
        double dInputs = 0.0;
        for (qsizetype l = 0; l < inputs.size(); ++l) {
            const auto h = data(inputs[l].toObject());
            const core::Matrix &got = r.attentionInputs[std::size_t(l)];
            QCOMPARE(std::size_t(got.size()), h.size());
            QCOMPARE(std::int64_t(got.cols()), m.config().hiddenSize);
            dInputs = std::max(dInputs, worst(got.data(), h, true));
        }
        QVERIFY2(dInputs < 2e-5, qPrintable(QString::number(dInputs)));

        // DeepSeek: each MoE layer's expert sets (compared as sets) and their weights.
        const QJsonArray routing = ref.value("moe_routing").toArray();
        QCOMPARE(r.routing.size(), std::size_t(routing.size()));
        for (qsizetype i = 0; i < routing.size(); ++i) {
            const QJsonObject e = routing[i].toObject();
            QCOMPARE(r.moeLayers[std::size_t(i)], std::int64_t(e.value("layer").toInt()));
            const QJsonArray experts = e.value("experts").toArray();
            const auto weights = data(e.value("weights").toObject());
            const auto &got = r.routing[std::size_t(i)];
            QCOMPARE(got.size(), std::size_t(experts.size()));
            for (std::size_t t = 0; t < got.size(); ++t) {
                const QJsonArray want = experts[qsizetype(t)].toArray();
                QCOMPARE(got[t].experts.size(), std::size_t(want.size()));
                for (qsizetype k = 0; k < want.size(); ++k) {
                    const auto at = std::find(got[t].experts.begin(), got[t].experts.end(), want[k].toInt());
                    QVERIFY(at != got[t].experts.end());
                    const double w = got[t].weights[std::size_t(at - got[t].experts.begin())];
                    const double expected = weights[t * std::size_t(want.size()) + std::size_t(k)];
                    QVERIFY2(std::abs(w - expected) < 2e-5 * std::max(1.0, std::abs(expected)),
                             qPrintable(QString::number(w - expected)));
                }
            }
        }

        const auto g = m.generate(prompt, 3);
        QCOMPARE(g.tokens, ids(ref.value("generated_ids").toArray()));
        const double dSteps = worst(g.stepLogits.data(), data(ref.value("step_logits").toObject()), false);
        QVERIFY2(dSteps < 2e-5 * std::max(1.0, maxLogit) * 2, qPrintable(QString::number(dSteps)));

        const QJsonObject kv = ref.value("kv_cache").toObject();
        const std::int64_t tokens = kv.value("tokens").toInt();
        QCOMPARE(g.cache.tokens(), tokens);
        const QJsonArray layers = kv.value("layers").toArray();
        double dCache = 0.0;
        for (qsizetype l = 0; l < layers.size() && g.cache.isLatent(); ++l)
            for (const char *which : {"c_kv", "k_pe"}) { // [N, kv_lora_rank], [N, qk_rope_head_dim]
                const auto expected = data(layers[l].toObject().value(which).toObject());
                const Matrix x = std::strcmp(which, "c_kv") == 0 ? g.cache.latentRows(l) : g.cache.ropeKeys(l);
                QCOMPARE(std::size_t(x.size()), expected.size());
                dCache = std::max(dCache, worst(x.data(), expected, true));
            }
        for (qsizetype l = 0; l < layers.size() && !g.cache.isLatent(); ++l)
            for (const char *which : {"k", "v"}) {
                const auto expected = data(layers[l].toObject().value(which).toObject()); // [n_kv, N, d]
                std::vector<float> got;
                for (std::int64_t h = 0; h < g.cache.kvHeads(); ++h) {
                    const Matrix x = std::strcmp(which, "k") == 0 ? g.cache.keys(l, h) : g.cache.values(l, h);
                    got.insert(got.end(), x.data(), x.data() + x.size());
                }
                QCOMPARE(got.size(), expected.size());
                dCache = std::max(dCache, worst(got.data(), expected, true));
            }
        QVERIFY2(dCache < 2e-5, qPrintable(QString::number(dCache)));
        QCOMPARE(g.cache.bytes().checkpoint, std::int64_t(kv.value("bytes").toInt()));
        QCOMPARE(g.cache.bytes().f32,
                 tokens * m.config().layers * kv.value("elements_per_token_per_layer").toInt() * 4);

        // core's footprint formula for the same shape and tokens, at the checkpoint's width.
        core::FootprintRequest req;
        req.context = tokens;
        req.bits = core::KvBits::fromMilliBits(core::dtypeBytes(m.checkpointDtype()) * 8000);
        // The runtime's KvCache keeps every token and masks the window, so it is compared with the
        // shape read as full attention; a windowed cache (what a serving engine allocates) is no larger.
        core::ModelShape shape = model::modelShapeOf(m.config());
        const core::Footprint windowed = core::computeFootprint(shape, req);
        shape.layerKinds.clear();
        const core::Footprint f = core::computeFootprint(shape, req);
        QVERIFY(windowed.totalBytes <= f.totalBytes);
        QCOMPARE(g.cache.bytes().checkpoint, f.totalBytes);
        QCOMPARE(g.cache.bytes().checkpoint, f.bytesPerToken * tokens);

        Worst &w = m_worst[(name.startsWith("deepseek") ? name : QString("dense")) + " " + dtype];
        w.logits = std::max(w.logits, dLogits);
        w.attention = std::max(w.attention, dAttention);
        w.cache = std::max(w.cache, dCache);
    }

    // llama3 scaling of the inverse frequencies against the reference's table.
    void llama3Frequencies()
    {
        const auto dir = folder("llama3-rope-f32");
        const auto inv = model::ropeInverseFrequencies(model::readModelConfig(dir));
        const QJsonArray expected =
            readJson(dir / "reference.json").value("rope").toObject().value("inv_freq").toArray();
        QCOMPARE(inv.size(), std::size_t(expected.size()));
        for (std::size_t j = 0; j < inv.size(); ++j)
            QVERIFY(std::abs(inv[j] - expected[qsizetype(j)].toDouble()) <= 1e-15 * expected[qsizetype(j)].toDouble());
    }

    // Decoding against the cache gives the full prompt pass's last row.
    void decodeEqualsFullPass()
    {
        const model::TransformerModel m(folder("qwen3-f32"));
        const std::vector<std::int32_t> prompt{3, 17, 42, 5, 88, 1, 60, 9};
        const Matrix full = m.forward(prompt).logits;
        model::KvCache cache = m.makeCache();
        (void)m.forwardCached({prompt.begin(), prompt.end() - 1}, cache);
        const Matrix last = m.forwardCached({prompt.back()}, cache);
        QCOMPARE(cache.tokens(), std::int64_t(prompt.size()));
        QVERIFY((last - full.bottomRows(1)).cwiseAbs().maxCoeff() < 1e-5f);
    }

    void groupedEqualsRepeatedKvHeads_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("llama") << "llama";
        QTest::newRow("qwen2 (biases)") << "qwen2";
    }
    // GQA 4/2 equals the same model with each KV head stored twice (n_kv = n_heads = 4).
    void groupedEqualsRepeatedKvHeads()
    {
        QFETCH(QString, name);
        const auto src = folder(name + "-f32");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QJsonObject config = readJson(src / "config.json");
        const int heads = config.value("num_attention_heads").toInt();
        const int kvHeads = config.value("num_key_value_heads").toInt();
        config.insert("num_key_value_heads", heads);
        QFile cf(tmp.filePath("config.json"));
        QVERIFY(cf.open(QIODevice::WriteOnly));
        cf.write(QJsonDocument(config).toJson());
        cf.close();
        const model::WeightStore store(src);
        std::vector<model::test::Entry> entries;
        for (const auto &n : store.tensorNames()) {
            const model::TensorInfo &t = *store.find(n);
            Matrix x = model::readMatrix(t); // k/v: [kvHeads * d, hidden] or a bias [1, kvHeads * d]
            std::vector<std::int64_t> shape = t.shape;
            const bool kv = n.find("k_proj") != std::string::npos || n.find("v_proj") != std::string::npos;
            if (kv) {
                const bool bias = t.shape.size() == 1;
                const Matrix rows = bias ? Matrix(x.transpose()) : x;
                const Eigen::Index d = rows.rows() / kvHeads;
                Matrix rep(rows.rows() * heads / kvHeads, rows.cols());
                for (int h = 0; h < heads; ++h)
                    rep.middleRows(h * d, d) = rows.middleRows((h / (heads / kvHeads)) * d, d);
                x = bias ? Matrix(rep.transpose()) : rep;
                shape[0] = rep.rows();
            }
            QByteArray bytes(reinterpret_cast<const char *>(x.data()), qsizetype(x.size() * 4));
            entries.push_back({n, "F32", shape, bytes});
        }
        model::test::writeFile(tmp.filePath("model.safetensors"), model::test::safetensorsBytes(entries));
        const model::TransformerModel gqa(src);
        const model::TransformerModel mha(std::filesystem::path(tmp.path().toStdString()));
        QCOMPARE(mha.config().kvHeads, std::int64_t(heads));
        const std::vector<std::int32_t> prompt{1, 2, 3, 50, 60, 70};
        const auto a = gqa.forward(prompt);
        const auto b = mha.forward(prompt);
        QVERIFY((a.logits - b.logits).cwiseAbs().maxCoeff() < 1e-5f);
        QCOMPARE(a.attention.size(), b.attention.size());
    }

    void sampling()
    {
        const model::TransformerModel m(folder("llama-f32"));
        const std::vector<std::int32_t> prompt{5, 6, 7};
        const auto greedy = m.generate(prompt, 4);
        model::SamplingOptions o;
        o.temperature = 0.8;
        o.topK = 1;
        o.seed = 99;
        QCOMPARE(m.generate(prompt, 4, o).tokens, greedy.tokens); // top-k 1 is greedy
        o.topK = 20;
        o.topP = 0.9;
        const auto first = m.generate(prompt, 6, o);
        QCOMPARE(m.generate(prompt, 6, o).tokens, first.tokens); // seeded: reproducible
        o.temperature = -1.0;
        QVERIFY_THROWS_EXCEPTION(model::ModelError, (void)m.generate(prompt, 2, o));
        // The hand-written uniform mapping: [0, 1), the same for every platform.
        std::mt19937_64 a(1), b(1);
        for (int i = 0; i < 100; ++i) {
            const double u = model::uniform01(a);
            QVERIFY(u >= 0.0 && u < 1.0);
            QCOMPARE(u, static_cast<double>(b() >> 11) * 0x1.0p-53);
        }
    }

    void captureBudgetAndLayers()
    {
        const model::TransformerModel m(folder("gpt2-f32"));
        const std::vector<std::int32_t> prompt{1, 2, 3, 4};
        model::CaptureOptions o;
        o.layers = {1};
        const auto one = m.forward(prompt, o);
        QCOMPARE(one.capturedLayers, std::vector<std::int64_t>{1});
        QCOMPARE(one.attention.at(0).shape, (std::vector<std::int64_t>{4, 4, 4}));
        // Inputs not asked for, none recorded.
        QVERIFY(one.attentionInputs.empty());
        o.budgetBytes = 4 * 4 * 4 * 4 - 1; // one layer of 4 heads x 4 x 4 floats does not fit
        QVERIFY_THROWS_EXCEPTION(model::ModelError, (void)m.forward(prompt, o));
        // The inputs [4 tokens, hidden] count too: the weights alone fit, with the inputs not.
        o.inputs = true;
        o.budgetBytes = 4 * 4 * 4 * 4 + 4 * 4 * m.config().hiddenSize - 1;
        QVERIFY_THROWS_EXCEPTION(model::ModelError, (void)m.forward(prompt, o));
        o.budgetBytes += 1;
        const auto withInputs = m.forward(prompt, o);
        QCOMPARE(withInputs.attentionInputs.size(), std::size_t(1));
        QCOMPARE(withInputs.attentionInputs[0].rows(), Eigen::Index(4));
        QCOMPARE(std::int64_t(withInputs.attentionInputs[0].cols()), m.config().hiddenSize);
        QCOMPARE(withInputs.attention.at(0), one.attention.at(0));
        o.inputs = false;
        o.budgetBytes = 4 * 4 * 4 * 4 + 4 * 4 * m.config().hiddenSize - 1; // fits without the inputs
        QCOMPARE(m.forward(prompt, o).attention.size(), std::size_t(1));
        o.attention = false;
        QVERIFY(m.forward(prompt, o).attention.empty());
        o.attention = true;
        o.layers = {2};
        QVERIFY_THROWS_EXCEPTION(model::ModelError, (void)m.forward(prompt, o));
        QVERIFY_THROWS_EXCEPTION(model::ModelError, (void)m.forward({96}));
    }

    void tooLittleMemory()
    {
        // The tiny llama holds its parameters at fp32; one byte too few is refused, naming the folder.
        const std::filesystem::path dir = folder("llama-f32");
        const std::int64_t params = model::checkWeights(model::readModelConfig(dir), model::WeightStore(dir));
        (void)model::TransformerModel(dir, params * 4);
        try {
            (void)model::TransformerModel(dir, params * 4 - 1);
            QFAIL("accepted");
        } catch (const model::ModelError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(QString::fromStdString(dir.string())
                                                            + ": loading the weights needs "
                                                            + QString::number(params * 4) + " bytes"),
                     e.what());
        }
    }

    void positionLimit()
    {
        // The tiny llama declares max_position_embeddings 256: 256 tokens run, 257 are refused,
        // whether as a prompt or by decoding past the limit.
        const std::filesystem::path dir = folder("llama-f32");
        const model::TransformerModel m(dir);
        const std::vector<std::int32_t> ok(256, 5);
        model::KvCache cache = m.forward(ok, model::noCapture()).cache;
        QCOMPARE(cache.tokens(), 256);
        try {
            (void)m.forward(std::vector<std::int32_t>(257, 5), model::noCapture());
            QFAIL("a 257-token prompt was accepted");
        } catch (const model::ModelError &e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     QString::fromStdString(dir.string()) + ": 257 tokens exceed the model's 256 positions (max_position_embeddings).");
        }
        QVERIFY_THROWS_EXCEPTION(model::ModelError, (void)m.forwardCached({5}, cache));
        QCOMPARE(cache.tokens(), 256); // left as it was
    }

    void cancellationAndProgress()
    {
        const model::TransformerModel m(folder("mistral-bf16"));
        model::CaptureOptions o;
        std::vector<std::int64_t> done;
        o.progress = [&](std::int64_t d, std::int64_t) { done.push_back(d); };
        (void)m.forward({1, 2}, o);
        QCOMPARE(done, (std::vector<std::int64_t>{1, 2}));
        int polls = 0;
        o.cancelled = [&] { return ++polls > 1; };
        QVERIFY_THROWS_EXCEPTION(model::Cancelled, (void)m.forward({1, 2}, o));
    }

    void mlaPaths_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("dtype");
        for (const char *m : kDeepSeek)
            for (const char *d : kDtypes)
                QTest::newRow(qPrintable(QString("%1-%2").arg(m, d))) << QString(m) << QString(d);
    }
    // Decoding from the latent cache with W_UK absorbed into the query and W_UV applied after the
    // weighted sum of c_KV equals the naive path (k_nope and v expanded per cached token), and
    // token-by-token decoding equals the full prompt pass.
    void mlaPaths()
    {
        QFETCH(QString, name);
        QFETCH(QString, dtype);
        model::TransformerModel m(folder(name + "-" + dtype));
        QCOMPARE(m.mlaPath(), core::MlaPath::Absorbed);
        const std::vector<std::int32_t> prompt{3, 17, 42, 5, 88, 1, 60, 9};
        const auto absorbed = m.forward(prompt);
        const auto absorbedGen = m.generate(prompt, 4);
        model::KvCache cache = m.makeCache();
        (void)m.forwardCached({prompt.begin(), prompt.end() - 1}, cache);
        const Matrix last = m.forwardCached({prompt.back()}, cache);
        m.setMlaPath(core::MlaPath::Naive);
        const auto naive = m.forward(prompt);
        const auto naiveGen = m.generate(prompt, 4);
        const float scale = std::max(1.0f, naive.logits.cwiseAbs().maxCoeff());
        QVERIFY((absorbed.logits - naive.logits).cwiseAbs().maxCoeff() < 1e-5f * scale);
        QVERIFY((last - naive.logits.bottomRows(1)).cwiseAbs().maxCoeff() < 1e-5f * scale);
        for (std::size_t l = 0; l < naive.attention.size(); ++l)
            for (std::size_t i = 0; i < naive.attention[l].data.size(); ++i)
                QVERIFY(std::abs(naive.attention[l].data[i] - absorbed.attention[l].data[i]) < 1e-6f);
        QCOMPARE(absorbedGen.tokens, naiveGen.tokens);
        QVERIFY((absorbedGen.stepLogits - naiveGen.stepLogits).cwiseAbs().maxCoeff() < 1e-5f * scale);
        for (std::int64_t l = 0; l < m.config().layers; ++l) {
            QVERIFY((absorbedGen.cache.latentRows(l) - naiveGen.cache.latentRows(l)).cwiseAbs().maxCoeff() < 1e-5f);
            QVERIFY((absorbedGen.cache.ropeKeys(l) - naiveGen.cache.ropeKeys(l)).cwiseAbs().maxCoeff() < 1e-5f);
        }
        // One row of c_KV and one of k_pe per token and layer.
        QCOMPARE(naiveGen.cache.bytes().checkpoint,
                 m.config().layers * naiveGen.cache.tokens()
                     * (m.config().mla->kvLoraRank + m.config().mla->qkRopeHeadDim)
                     * core::dtypeBytes(m.checkpointDtype()));
        model::KvCache dense(m.config().layers, m.config().kvHeads, m.config().headDim, m.checkpointDtype());
        QVERIFY_THROWS_EXCEPTION(model::ModelError, (void)m.forwardCached({1}, dense));
    }

    // YaRN frequencies, the cos/sin factor and the softmax scale against the references.
    void mlaRope_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *m : kDeepSeek)
            QTest::newRow(m) << QString(m);
    }
    void mlaRope()
    {
        QFETCH(QString, name);
        const auto dir = folder(name + "-f32");
        const auto r = model::deepseek::mlaRopeOf(model::readModelConfig(dir));
        const QJsonObject ref = readJson(dir / "reference.json");
        const QJsonObject rope = ref.value("rope").toObject();
        const QJsonArray inv = rope.value("inv_freq").toArray();
        QCOMPARE(r.invFreq.size(), std::size_t(inv.size()));
        for (std::size_t j = 0; j < r.invFreq.size(); ++j)
            QVERIFY(std::abs(r.invFreq[j] - inv[qsizetype(j)].toDouble()) <= 1e-14 * inv[qsizetype(j)].toDouble());
        QVERIFY(std::abs(r.attentionFactor - rope.value("attention_factor").toDouble()) < 1e-14);
        QVERIFY(std::abs(r.scale - ref.value("attention_scale").toDouble()) < 1e-14);
        QCOMPARE(rope.value("layout").toString(), QString("interleaved-pairs"));
    }

    // A llama with YaRN scaling would silently run unscaled: refused instead.
    void yarnIsRefused()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const auto src = folder("llama-f32");
        QJsonObject config = readJson(src / "config.json");
        config.insert("rope_scaling",
                      QJsonObject{{"rope_type", "yarn"}, {"factor", 4.0}, {"original_max_position_embeddings", 64}});
        QFile cf(tmp.filePath("config.json"));
        QVERIFY(cf.open(QIODevice::WriteOnly));
        cf.write(QJsonDocument(config).toJson());
        cf.close();
        QVERIFY(QFile::copy(QString::fromStdString((src / "model.safetensors").string()),
                            tmp.filePath("model.safetensors")));
        try {
            model::TransformerModel m(std::filesystem::path(tmp.path().toStdString()));
            QFAIL("YaRN was accepted");
        } catch (const model::ModelError &e) {
            QVERIFY2(QString(e.what()).contains("YaRN"), e.what());
        }
    }

    void cleanupTestCase()
    {
        for (const auto &[which, w] : m_worst)
            qInfo("%s: logits %.3g (x max(1, |logit|)), attention %.3g, KV cache %.3g (relative)", qPrintable(which),
                  w.logits, w.attention, w.cache);
    }
};

QTEST_GUILESS_MAIN(TestForward)
#include "tst_forward.moc"
