// SPDX-License-Identifier: GPL-3.0-or-later
// model/trainedinput.h: the one path from a request to a trace, seeded or trained.
#include "core/mechanisms/compute.h"
#include "model/forward.h"
#include "model/layertrace.h"
#include "model/teaching.h"
#include "model/tokenizer.h"
#include "model/trainedinput.h"
#include "model/translator.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(attnscope::core::Request)

using namespace attnscope;
using core::InputSource;
using core::Mechanism;

namespace {

core::Request trained(Mechanism m, std::optional<std::string> text = std::nullopt,
                      std::optional<std::int64_t> layer = std::nullopt)
{
    core::Request r;
    r.mechanism = m;
    r.input = InputSource::Trained;
    r.text = std::move(text);
    r.layer = layer;
    return r;
}

QString messages(const std::vector<core::ValidationError> &errors)
{
    QString all;
    for (const auto &e : errors)
        all += QString::fromStdString(e.message) + QLatin1Char('\n');
    return all;
}

} // namespace

class TestTrainedInput : public QObject
{
    Q_OBJECT
private slots:
    // Seeded requests take core's path unchanged.
    void seededIsCore()
    {
        core::Request r;
        r.mechanism = Mechanism::Gqa;
        r.seed = 3;
        QVERIFY(model::validateInput(r).empty());
        const core::Config c = model::resolveInput(r);
        QCOMPARE(c, core::resolve(r));
        const auto trace = model::computeInput(c);
        const core::Trace direct = core::compute(c);
        QCOMPARE(trace->tensorNames(), direct.tensorNames());
        QVERIFY(trace->tensor("weights").data == direct.tensor("weights").data);
        QVERIFY(trace->queryLabels().empty());
    }

    // A language model's layer: the model's shape, the tokens after <|endoftext|>, the last layer
    // by default, and the weights forward() records for that layer.
    void languageModelLayer_data()
    {
        QTest::addColumn<int>("mechanism");
        QTest::addColumn<int>("kvHeads");
        QTest::newRow("mha") << int(Mechanism::Mha) << 8;
        QTest::newRow("gqa") << int(Mechanism::Gqa) << 2;
        QTest::newRow("mqa") << int(Mechanism::Mqa) << 1;
        QTest::newRow("mla") << int(Mechanism::Mla) << 8;
    }
    void languageModelLayer()
    {
        QFETCH(int, mechanism);
        QFETCH(int, kvHeads);
        const auto m = Mechanism(mechanism);
        const std::string text = "the dog near the horses is big .";
        const core::Request r = trained(m, text);
        QVERIFY2(model::validateInput(r).empty(), qPrintable(messages(model::validateInput(r))));
        const core::Config c = model::resolveInput(r);
        QCOMPARE(c.mechanism, m);
        QCOMPARE(c.input, InputSource::Trained);
        QCOMPARE(c.text, text);
        QCOMPARE(c.layer, std::int64_t(3)); // the last of 4
        QCOMPARE(c.dModel, std::int64_t(128));
        QCOMPARE(c.nHeads, std::int64_t(8));
        if (m != Mechanism::Mla)
            QCOMPARE(c.nKvHeads, std::int64_t(kvHeads));
        QVERIFY(c.causal);

        // Independently: the tokenizer and the forward pass of the same folder.
        const auto folder = model::teachingModelPath(*model::teachingModelFor(m));
        const auto tokenizer = model::Tokenizer::fromFile(folder / "tokenizer.json");
        const auto ids = tokenizer.encode("<|endoftext|>" + text, true);
        QCOMPARE(c.tokens, std::int64_t(ids.size()));
        const model::TransformerModel transformer(folder);
        model::CaptureOptions capture;
        capture.layers = {3};
        const auto forward = transformer.forward(ids, capture);

        const auto trace = model::computeInput(c);
        const core::Tensor &w = trace->tensor("weights");
        QCOMPARE(w.shape, forward.attention.front().shape);
        double worst = 0;
        for (std::size_t i = 0; i < w.data.size(); ++i)
            worst = std::max(worst, double(std::abs(w.data[i] - forward.attention.front().data[i])));
        QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
        // The tokens label the rows and the columns.
        QCOMPARE(trace->queryLabels().size(), ids.size());
        QCOMPARE(trace->queryLabels().front(), std::string("<|endoftext|>"));
        QCOMPARE(trace->queryLabels()[1], std::string("the"));
        QCOMPARE(trace->keyLabels(), trace->queryLabels());
    }

    void chosenLayer()
    {
        const core::Config c = model::resolveInput(trained(Mechanism::Gqa, std::nullopt, 1));
        QCOMPARE(c.layer, std::int64_t(1));
        QCOMPARE(c.text, std::string(core::defaultTrainedText(Mechanism::Gqa)));
        const auto a = model::computeInput(c);
        const auto b = model::computeInput(model::resolveInput(trained(Mechanism::Gqa, std::nullopt, 2)));
        QVERIFY(a->tensor("weights").data != b->tensor("weights").data);
    }

    // Bahdanau's translator: the date's words and the characters it writes.
    void translator()
    {
        const core::Request r = trained(Mechanism::Bahdanau, "saturday 29 february 2020");
        QVERIFY(model::validateInput(r).empty());
        const core::Config c = model::resolveInput(r);
        QCOMPARE(c.sourceTokens, std::int64_t(4));
        QCOMPARE(c.tokens, std::int64_t(11)); // 2020-02-29 and </s>
        QCOMPARE(c.hidden, std::int64_t(64));
        const auto trace = model::computeInput(c);
        QCOMPARE(trace->keyLabels(), (std::vector<std::string>{"saturday", "29", "february", "2020"}));
        std::string written;
        for (const auto &t : trace->queryLabels())
            written += t == "</s>" ? "" : t;
        QCOMPARE(written, std::string("2020-02-29"));
        QCOMPARE(trace->tensor("weights").shape, (std::vector<std::int64_t>{11, 4}));
    }

    void refusals_data()
    {
        QTest::addColumn<core::Request>("request");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("words");
        QTest::newRow("layer beyond the model") << trained(Mechanism::Mha, std::nullopt, 4) << "layer"
                                                << "has layers 0 to 3";
        std::string long_;
        for (int i = 0; i < 100; ++i)
            long_ += "the dog ";
        QTest::newRow("too many tokens") << trained(Mechanism::Gqa, long_) << "text" << "reads at most 128";
        QTest::newRow("unknown date word") << trained(Mechanism::Bahdanau, "5 decembre 2026") << "text"
                                           << "decembre";
        QTest::newRow("sdpa") << trained(Mechanism::Sdpa) << "input" << "no trained model";
    }
    void refusals()
    {
        QFETCH(core::Request, request);
        QFETCH(QString, parameter);
        QFETCH(QString, words);
        const auto errors = model::validateInput(request);
        QVERIFY2(errors.size() == 1, qPrintable(messages(errors)));
        QCOMPARE(QString::fromStdString(errors.front().parameter), parameter);
        const QString message = QString::fromStdString(errors.front().message);
        QVERIFY2(message.contains(words), qPrintable(message));
        QVERIFY2(message.startsWith(QLatin1String("--") + parameter), qPrintable(message));
    }

    // Texts to pick: every example is valid for its models.
    void examplesAreValid()
    {
        for (const Mechanism m : {Mechanism::Mha, Mechanism::Gqa, Mechanism::Mqa, Mechanism::Mla, Mechanism::Bahdanau}) {
            QVERIFY(!model::trainedExamples(m).empty());
            for (const auto example : model::trainedExamples(m)) {
                const auto r = trained(m, std::string(example));
                QVERIFY2(model::validateInput(r).empty(), qPrintable(messages(model::validateInput(r))));
            }
        }
        QCOMPARE(model::trainedLayerCount(Mechanism::Mla), std::optional<std::int64_t>(4));
        QCOMPARE(model::trainedLayerCount(Mechanism::Bahdanau), std::nullopt);
        QCOMPARE(model::trainedLayerCount(Mechanism::Sdpa), std::nullopt);
    }

    // continueText: the greedy tokens of the shipped reference (PyTorch, full recomputation),
    // generated here against the KV cache; the continued text reads back as prompt + tokens.
    void continueText_data()
    {
        QTest::addColumn<int>("mechanismId");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mha counts") << int(Mechanism::Mha) << "count : 41 42 43" << 8 << "count : 41 42 43 44 45 46 47 48 49 50 .";
        QTest::newRow("gqa copies") << int(Mechanism::Gqa) << "repeat : lamp river seven cloud apple gold | lamp river" << 5
                                    << "repeat : lamp river seven cloud apple gold | lamp river seven cloud apple gold .";
        QTest::newRow("mla agrees") << int(Mechanism::Mla) << "the dog near the horses" << 1 << "the dog near the horses is";
    }
    void continueText()
    {
        QFETCH(int, mechanismId);
        QFETCH(QString, text);
        QFETCH(int, tokens);
        const auto mechanism = Mechanism(mechanismId);
        QFETCH(QString, expected);
        const std::string continued = model::continueText(mechanism, text.toStdString(), tokens);
        QCOMPARE(QString::fromStdString(continued), expected);
        // The continued text is a valid trained input whose trace has `tokens` more positions.
        const auto before = model::resolveInput(trained(mechanism, text.toStdString()));
        const auto after = model::resolveInput(trained(mechanism, continued));
        QCOMPARE(after.tokens, before.tokens + tokens);
    }
    void continueTextRefusals()
    {
        const auto refused = [](Mechanism m, int tokens, const std::string &text, const char *words) {
            try {
                (void)model::continueText(m, text, tokens);
            } catch (const std::runtime_error &e) {
                QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String(words)), e.what());
                QVERIFY2(QString::fromUtf8(e.what()).startsWith(QLatin1String("generate: ")), e.what());
                return;
            }
            QFAIL(qPrintable(QStringLiteral("not refused: %1").arg(QString::fromStdString(text))));
        };
        refused(Mechanism::Bahdanau, 2, "20 july 1969", "no trained language model");
        refused(Mechanism::Sdpa, 2, "the dog runs .", "no trained language model");
        refused(Mechanism::Mha, 0, "the dog runs .", "at least one token");
        std::string long_;
        for (int i = 0; i < 60; ++i)
            long_ += "the dog ";
        refused(Mechanism::Gqa, 10, long_, "reads at most 128");
    }

    // The translator's examples translate to the dates they name.
    void dateExamplesTranslate()
    {
        const auto t = model::Translator::load(model::teachingModelPath(model::TeachingModel::Translator));
        QCOMPARE(t.translate("tuesday 5 december 2028").text, std::string("2028-12-05"));
        QCOMPARE(t.translate("20 july 1969").text, std::string("1969-07-20"));
    }
};

QTEST_GUILESS_MAIN(TestTrainedInput)
#include "tst_trainedinput.moc"
