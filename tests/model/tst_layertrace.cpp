// SPDX-License-Identifier: GPL-3.0-or-later
// model/layertrace.h on every tiny model (scripts/make-tiny-models, fixture tiny_models_forward):
// a layer's trace holds the teaching views' tensors and steps, and its weights equal the forward
// pass's recorded attention.
#include "model/layertrace.h"
#include "model/safetensors.h"

#include <QDir>
#include <QTest>

#include <cmath>

using namespace attnscope;
using core::Matrix;

namespace {

std::filesystem::path folder(const char *name)
{
    return std::filesystem::path((qEnvironmentVariable("ATTNSCOPE_TINY_MODELS") + "/" + name).toStdString());
}

float maxAbsDiff(const core::Tensor &a, const core::Tensor &b)
{
    if (a.shape != b.shape)
        return INFINITY;
    float d = 0.0f;
    for (std::size_t i = 0; i < a.data.size(); ++i)
        d = std::max(d, std::abs(a.data[i] - b.data[i]));
    return d;
}

} // namespace

class TestLayerTrace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QDir(qEnvironmentVariable("ATTNSCOPE_TINY_MODELS")).exists("llama-f32"))
            QSKIP("ATTNSCOPE_TINY_MODELS is not set or holds no tiny models (needs /usr/bin/python3 with numpy).");
    }

    void matchesForward_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("path"); // core::MlaPath
        for (const char *m : {"gpt2-f32", "llama-bf16", "mistral-f32", "qwen2-f16", "qwen3-f32", "gpt_bigcode-f32"})
            QTest::newRow(m) << QString(m) << int(core::MlaPath::Absorbed);
        for (const char *m : {"deepseek_v2-lite-f32", "deepseek_v2-qlora-bf16", "deepseek_v3-f32"}) {
            QTest::newRow(qPrintable(QString(m) + " absorbed")) << QString(m) << int(core::MlaPath::Absorbed);
            QTest::newRow(qPrintable(QString(m) + " naive")) << QString(m) << int(core::MlaPath::Naive);
        }
    }
    void matchesForward()
    {
        QFETCH(QString, name);
        QFETCH(int, path);
        const model::TransformerModel m(folder(qPrintable(name)));
        const std::vector<std::int32_t> ids{3, 14, 15, 92, 65, 35, 8};
        model::CaptureOptions o;
        o.inputs = true;
        const model::ForwardResult f = m.forward(ids, o);
        for (std::size_t i = 0; i < f.capturedLayers.size(); ++i) {
            const std::int64_t layer = f.capturedLayers[i];
            const core::Trace t = model::attentionTrace(m, layer, f.attentionInputs[i], core::MlaPath(path));
            QVERIFY2(maxAbsDiff(t.tensor("weights"), f.attention[i]) < 1e-6f, qPrintable(QString::number(layer)));
            // Every step reads and writes recorded tensors, and the views' names are there.
            for (const char *n : {"X", "W_O", "scores", "mask", "weights", "head_outputs", "heads_out", "output"})
                QVERIFY2(t.hasTensor(n), n);
            const core::Config c = model::layerConfig(m.config(), std::int64_t(ids.size()), core::MlaPath(path));
            QCOMPARE(t.tensor("weights").shape, (std::vector<std::int64_t>{c.nHeads, 7, 7}));
            QCOMPARE(t.tensor("X").shape, (std::vector<std::int64_t>{7, c.dModel}));
            // The mask says 1 exactly where the weights may be non-zero.
            const core::Tensor &mask = t.tensor("mask");
            const core::Tensor &w = t.tensor("weights");
            for (std::int64_t h = 0; h < c.nHeads; ++h)
                for (std::int64_t r = 0; r < 7; ++r)
                    for (std::int64_t k = 0; k < 7; ++k)
                        if (mask.data[std::size_t(r * 7 + k)] == 0.0f)
                            QCOMPARE(w.data[std::size_t((h * 7 + r) * 7 + k)], 0.0f);
        }
    }

    void configOfLayers()
    {
        const auto gqa = model::layerConfig(model::TransformerModel(folder("llama-f32")).config(), 5);
        QCOMPARE(gqa.mechanism, core::Mechanism::Gqa);
        QCOMPARE(gqa.nHeads, 4);
        QCOMPARE(gqa.nKvHeads, 2);
        QCOMPARE(gqa.dHead, 8);
        QCOMPARE(gqa.tokens, 5);
        QVERIFY(gqa.causal);
        QCOMPARE(model::layerConfig(model::TransformerModel(folder("gpt2-f32")).config(), 5).mechanism,
                 core::Mechanism::Mha);
        QCOMPARE(model::layerConfig(model::TransformerModel(folder("gpt_bigcode-f32")).config(), 5).mechanism,
                 core::Mechanism::Mqa);
        const auto mla = model::layerConfig(model::TransformerModel(folder("deepseek_v2-qlora-f32")).config(), 5);
        QCOMPARE(mla.mechanism, core::Mechanism::Mla);
        QCOMPARE(mla.dLatentKv, 16);
        QCOMPARE(mla.dLatentQ, 24);
        QCOMPARE(mla.dRope, 8);
        QCOMPARE(mla.dHead, 8);
    }

    void refusals()
    {
        const model::TransformerModel m(folder("llama-f32"));
        QVERIFY_THROWS_EXCEPTION(model::ModelError, (void)model::attentionTrace(m, 0, Matrix::Zero(3, 31)));
        QVERIFY_THROWS_EXCEPTION(model::ModelError, (void)model::attentionTrace(m, 0, Matrix::Zero(0, 32)));
        QVERIFY_THROWS_EXCEPTION(model::ModelError, (void)model::attentionTrace(m, 2, Matrix::Zero(3, 32)));
        QVERIFY_THROWS_EXCEPTION(model::ModelError, (void)model::attentionTrace(m, -1, Matrix::Zero(3, 32)));
    }
};

QTEST_GUILESS_MAIN(TestLayerTrace)
#include "tst_layertrace.moc"
