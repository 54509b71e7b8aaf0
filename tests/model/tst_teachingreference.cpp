// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped teaching language models, run by the C++ runtime (model/forward.h, the tokenizer),
// against the references PyTorch wrote beside them in float64 (reference.json, written by
// scripts/train-teaching-models): token ids, every position's logits, every layer's attention
// maps, and the greedy continuation wherever PyTorch's choice was not a near tie.
#include "model/forward.h"
#include "model/teaching.h"
#include "model/tokenizer.h"
#include "model/trainedinput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace attnscope;

namespace {

struct Reference
{
    std::vector<std::int64_t> shape;
    std::vector<double> data;
};

Reference tensor(const QJsonObject &o)
{
    Reference r;
    for (const auto v : o.value("shape").toArray())
        r.shape.push_back(v.toInteger());
    for (const auto v : o.value("data").toArray())
        r.data.push_back(v.toDouble());
    return r;
}

QJsonObject readJson(const std::filesystem::path &file)
{
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Logits are compared relative to their size (they reach about 20).
constexpr double kLogitTolerance = 2e-4;
constexpr double kAttentionTolerance = 1e-4;
// A greedy step whose top-2 logits PyTorch found closer than this may go either way in float32.
constexpr double kNearTie = 1e-3;

} // namespace

class TestTeachingReference : public QObject
{
    Q_OBJECT
private slots:
    void reproducesReferences_data()
    {
        QTest::addColumn<int>("which");
        for (const auto m : {model::TeachingModel::Mha, model::TeachingModel::Gqa, model::TeachingModel::Mqa,
                             model::TeachingModel::Mla})
            QTest::newRow(model::teachingModelFolder(m).data()) << int(m);
    }
    void reproducesReferences()
    {
        QFETCH(int, which);
        const auto folder = model::teachingModelPath(model::TeachingModel(which));
        const QJsonObject reference = readJson(folder / "reference.json");
        QCOMPARE(reference.value("format").toString(), QStringLiteral("attnscope-teaching-reference/1"));
        const model::TransformerModel transformer(folder);
        const auto tokenizer = model::Tokenizer::fromFile(folder / "tokenizer.json");
        const QJsonArray prompts = reference.value("prompts").toArray();
        QVERIFY(prompts.size() >= 5);
        for (const auto p : prompts) {
            const QJsonObject prompt = p.toObject();
            const QByteArray name = prompt.value("name").toString().toUtf8();
            // The tokenizer gives PyTorch's ids.
            const auto ids = tokenizer.encode(prompt.value("text").toString().toStdString(), true);
            std::vector<std::int32_t> expected;
            for (const auto v : prompt.value("ids").toArray())
                expected.push_back(std::int32_t(v.toInt()));
            QVERIFY2(ids == expected, name.constData());

            // Every position's logits and every layer's attention.
            model::CaptureOptions capture; // every layer
            const auto result = transformer.forward(ids, capture);
            const Reference logits = tensor(prompt.value("logits").toObject());
            QCOMPARE(logits.shape, (std::vector<std::int64_t>{result.logits.rows(), result.logits.cols()}));
            double worstLogit = 0;
            for (std::int64_t t = 0; t < result.logits.rows(); ++t)
                for (std::int64_t v = 0; v < result.logits.cols(); ++v) {
                    const double r = logits.data[std::size_t(t * result.logits.cols() + v)];
                    worstLogit = std::max(worstLogit, std::abs(result.logits(t, v) - r) / (1.0 + std::abs(r)));
                }
            QVERIFY2(worstLogit < kLogitTolerance, qPrintable(QString("%1: logits differ by %2").arg(name.constData()).arg(worstLogit)));
            const QJsonArray attention = prompt.value("attention").toArray();
            QCOMPARE(std::size_t(attention.size()), result.attention.size());
            double worstWeight = 0;
            for (qsizetype layer = 0; layer < attention.size(); ++layer) {
                const Reference a = tensor(attention.at(layer).toObject());
                const core::Tensor &got = result.attention[std::size_t(layer)];
                QCOMPARE(a.shape, got.shape);
                for (std::size_t i = 0; i < a.data.size(); ++i)
                    worstWeight = std::max(worstWeight, std::abs(double(got.data[i]) - a.data[i]));
            }
            QVERIFY2(worstWeight < kAttentionTolerance,
                     qPrintable(QString("%1: attention differs by %2").arg(name.constData()).arg(worstWeight)));

            // The greedy continuation, up to the first near tie.
            const QJsonArray generated = prompt.value("generated_ids").toArray();
            const QJsonArray margins = prompt.value("greedy_margins").toArray();
            const auto continuation = transformer.generate(ids, generated.size());
            for (qsizetype k = 0; k < generated.size(); ++k) {
                if (margins.at(k).toDouble() < kNearTie)
                    break;
                QVERIFY2(continuation.tokens[std::size_t(k)] == generated.at(k).toInt(),
                         qPrintable(QString("%1: greedy token %2").arg(name.constData()).arg(k)));
            }
        }
    }
    // The texts the window and the lessons offer come back from the tokenizer unchanged, and
    // none falls back to unknown bytes: every word is in the trained vocabulary's reach.
    void examplesRoundTrip()
    {
        for (const auto m : {model::TeachingModel::Mha, model::TeachingModel::Gqa, model::TeachingModel::Mqa,
                             model::TeachingModel::Mla}) {
            const auto tokenizer = model::Tokenizer::fromFile(model::teachingModelPath(m) / "tokenizer.json");
            for (const auto example : model::trainedExamples(model::teachingModelMechanism(m))) {
                const auto ids = tokenizer.encode(example, true);
                QVERIFY(!ids.empty());
                QCOMPARE(tokenizer.decode(ids), std::string(example));
                // Whole words: no example needs more tokens than it has characters / 2.
                QVERIFY2(ids.size() * 2 <= example.size(), example.data());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTeachingReference)
#include "tst_teachingreference.moc"
