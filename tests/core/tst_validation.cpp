// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/compute.h"
#include "core/params/validation.h"
#include "testhelpers.h"

#include <limits>

using namespace attnscope::core;

Q_DECLARE_METATYPE(attnscope::core::Request)
Q_DECLARE_METATYPE(attnscope::core::Mechanism)

namespace {
Request make(Mechanism m)
{
    Request r;
    r.mechanism = m;
    return r;
}
template<typename F>
Request with(Mechanism m, F change)
{
    Request r = make(m);
    change(r);
    return r;
}
constexpr auto kHuge = std::numeric_limits<std::int64_t>::max();
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreValid_data()
    {
        QTest::addColumn<Mechanism>("mechanism");
        for (auto m :
             {Mechanism::Bahdanau, Mechanism::Sdpa, Mechanism::Mha, Mechanism::Gqa, Mechanism::Mqa, Mechanism::Mla})
            QTest::newRow(mechanismId(m).data()) << m;
    }
    void defaultsAreValid()
    {
        QFETCH(Mechanism, mechanism);
        const Request r = make(mechanism);
        QVERIFY(validate(r).empty());
        QVERIFY(validateConfig(resolve(r)).empty());
    }

    void defaultsResolve()
    {
        const Config gqa = resolve(make(Mechanism::Gqa));
        QCOMPARE(gqa.nHeads, 4);
        QCOMPARE(gqa.nKvHeads, 2);
        QCOMPARE(gqa.dHead, 8);
        QCOMPARE(resolve(make(Mechanism::Mqa)).nKvHeads, 1);
        QCOMPARE(resolve(make(Mechanism::Mha)).nKvHeads, 4);
        const Config mla = resolve(make(Mechanism::Mla));
        QCOMPARE(mla.dLatentKv, 32); // 4 d_h
        QCOMPARE(mla.dRope, 4);      // d_h / 2
        QVERIFY(mla.causal);
        const Config sdpa = resolve(make(Mechanism::Sdpa));
        QCOMPARE(sdpa.nHeads, 1);
        QCOMPARE(sdpa.dHead, 32);
        Request odd = make(Mechanism::Mla);
        odd.dHead = 6; // d_h / 2 = 3 is odd: rounded up to the next even width
        QCOMPARE(resolve(odd).dRope, 4);
    }

    // Each bad request gives exactly one problem, naming the parameter and the value.
    // A size no memory holds is refused by the flag that was given, not by a size derived from
    // it (d_c = 4 d_h) and before the derivation overflows.
    void hugeSizeBlamesItsFlag()
    {
        Request r;
        r.mechanism = Mechanism::Mla;
        r.dHead = 2305843009213693952; // 2^61: 4 d_h is 2^63
        const auto errors = validate(r);
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors.front().parameter, std::string("head-dim"));
        QCOMPARE(QString::fromStdString(errors.front().message),
                 QStringLiteral("--head-dim 2305843009213693952: at most 134217728: one vector of that many numbers "
                                "alone would record more than the 1.0 GiB memory limit."));
        // resolve() itself saturates instead of overflowing.
        QCOMPARE(resolve(r).dLatentKv, std::numeric_limits<std::int64_t>::max());
        r.dHead = 134217728; // the largest accepted by this rule; the memory rule refuses it next
        const auto next = validate(r);
        QVERIFY(!next.empty());
        QCOMPARE(next.front().parameter, std::string("memory"));
        r = Request{};
        r.tokens = std::numeric_limits<std::int64_t>::max();
        QCOMPARE(validate(r).front().parameter, std::string("tokens"));
        // The footprint engine has no memory cap: the rule is off there.
        r = Request{};
        r.dHead = 2305843009213693952;
        r.mechanism = Mechanism::Mha;
        for (const auto &e : validate(r, kNoMemoryCap))
            QVERIFY2(e.parameter != "head-dim", e.message.c_str());
    }

    void rejects_data()
    {
        QTest::addColumn<Request>("request");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("rule");

        // One row per line reads as a table.
        // clang-format off
        QTest::newRow("kv heads do not divide heads")
            << with(Mechanism::Gqa, [](Request &r) { r.nHeads = 8; r.nKvHeads = 3; }) << "kv-heads" << "3" << "divide";
        QTest::newRow("kv heads more than heads")
            << with(Mechanism::Gqa, [](Request &r) { r.nKvHeads = 8; }) << "kv-heads" << "8" << "divide";
        QTest::newRow("d_model not divisible by heads")
            << with(Mechanism::Mha, [](Request &r) { r.dModel = 30; }) << "d-model" << "30" << "divisible";
        QTest::newRow("d_model not divisible by given heads")
            << with(Mechanism::Gqa, [](Request &r) { r.nHeads = 3; r.nKvHeads = 1; }) << "d-model" << "32" << "divisible";
        QTest::newRow("zero heads")
            << with(Mechanism::Mha, [](Request &r) { r.nHeads = 0; r.dHead = 8; }) << "heads" << "0" << "at least 1";
        QTest::newRow("negative tokens")
            << with(Mechanism::Mha, [](Request &r) { r.tokens = -4; }) << "tokens" << "-4" << "at least 1";
        QTest::newRow("zero source tokens")
            << with(Mechanism::Gqa, [](Request &r) { r.attention = AttentionKind::Cross; r.sourceTokens = 0; })
            << "source-tokens" << "0" << "at least 1";
        QTest::newRow("zero d_model")
            << with(Mechanism::Sdpa, [](Request &r) { r.dModel = 0; r.dHead = 4; }) << "d-model" << "0" << "at least 1";
        QTest::newRow("zero head dim")
            << with(Mechanism::Mha, [](Request &r) { r.dHead = 0; }) << "head-dim" << "0" << "at least 1";
        QTest::newRow("zero latent rank")
            << with(Mechanism::Mla, [](Request &r) { r.dLatentKv = 0; }) << "latent-rank" << "0" << "at least 1";
        QTest::newRow("negative query rank")
            << with(Mechanism::Mla, [](Request &r) { r.dLatentQ = -1; }) << "query-rank" << "-1" << "at least 0";
        QTest::newRow("odd rope dim")
            << with(Mechanism::Mla, [](Request &r) { r.dRope = 5; }) << "rope-dim" << "5" << "even";
        QTest::newRow("zero rope dim")
            << with(Mechanism::Mla, [](Request &r) { r.dRope = 0; }) << "rope-dim" << "0" << "even";
        QTest::newRow("rope base 1")
            << with(Mechanism::Mla, [](Request &r) { r.ropeBase = 1.0; }) << "rope-base" << "1" << "greater than 1";
        QTest::newRow("rope base nan")
            << with(Mechanism::Mla, [](Request &r) { r.ropeBase = std::nan(""); }) << "rope-base" << "nan" << "finite";
        QTest::newRow("zero hidden")
            << with(Mechanism::Bahdanau, [](Request &r) { r.hidden = 0; }) << "hidden" << "0" << "at least 1";
        QTest::newRow("zero align dim")
            << with(Mechanism::Bahdanau, [](Request &r) { r.alignDim = 0; }) << "align-dim" << "0" << "at least 1";
        QTest::newRow("causal cross")
            << with(Mechanism::Mha, [](Request &r) { r.causal = true; r.attention = AttentionKind::Cross; })
            << "causal" << "" << "self-attention only";
        QTest::newRow("sdpa with heads")
            << with(Mechanism::Sdpa, [](Request &r) { r.nHeads = 4; }) << "heads" << "4" << "single-head";
        QTest::newRow("mqa with kv heads")
            << with(Mechanism::Mqa, [](Request &r) { r.nKvHeads = 2; }) << "kv-heads" << "2" << "must be 1";
        QTest::newRow("mha with fewer kv heads")
            << with(Mechanism::Mha, [](Request &r) { r.nKvHeads = 2; }) << "kv-heads" << "2" << "equal the heads";
        QTest::newRow("mla with kv heads")
            << with(Mechanism::Mla, [](Request &r) { r.nKvHeads = 2; }) << "kv-heads" << "2" << "latent";
        QTest::newRow("mla cross")
            << with(Mechanism::Mla, [](Request &r) { r.attention = AttentionKind::Cross; }) << "cross" << "" << "causal self-attention";
        QTest::newRow("latent rank on mha")
            << with(Mechanism::Mha, [](Request &r) { r.dLatentKv = 8; }) << "latent-rank" << "8" << "mla only";
        QTest::newRow("rope layout on gqa")
            << with(Mechanism::Gqa, [](Request &r) { r.ropeLayout = RopeLayout::Half; }) << "rope-layout" << "half" << "mla only";
        QTest::newRow("mla path on sdpa")
            << with(Mechanism::Sdpa, [](Request &r) { r.mlaPath = MlaPath::Absorbed; }) << "mla-path" << "absorbed" << "mla only";
        QTest::newRow("hidden on mha")
            << with(Mechanism::Mha, [](Request &r) { r.hidden = 8; }) << "hidden" << "8" << "bahdanau only";
        QTest::newRow("heads on bahdanau")
            << with(Mechanism::Bahdanau, [](Request &r) { r.nHeads = 2; }) << "heads" << "2" << "no heads";
        QTest::newRow("causal bahdanau")
            << with(Mechanism::Bahdanau, [](Request &r) { r.causal = true; }) << "causal" << "" << "no causal mask";
        QTest::newRow("source tokens without cross")
            << with(Mechanism::Mha, [](Request &r) { r.sourceTokens = 9; }) << "source-tokens" << "9" << "cross";
        QTest::newRow("over the memory cap")
            << with(Mechanism::Mha, [](Request &r) { r.tokens = 20000; }) << "memory" << "GiB" << "limit";
        QTest::newRow("overflowing sizes")
            << with(Mechanism::Mha, [](Request &r) { r.tokens = kHuge; }) << "tokens" << "9223372036854775807"
            << "at most 134217728";
        QTest::newRow("overflowing heads")
            << with(Mechanism::Gqa, [](Request &r) { r.nHeads = kHuge - 1; r.nKvHeads = 1; r.dHead = kHuge; })
            << "heads" << "9223372036854775806" << "at most 134217728";
        QTest::newRow("overflowing bahdanau")
            << with(Mechanism::Bahdanau, [](Request &r) { r.hidden = kHuge; r.dModel = kHuge; }) << "d-model"
            << "9223372036854775807" << "at most 134217728";
        // Sizes each below the rule's bound whose product is far past the cap: the memory rule.
        QTest::newRow("overflowing product")
            << with(Mechanism::Mha, [](Request &r) { r.tokens = 134217728; r.dModel = 134217728; r.nHeads = 1; })
            << "memory" << "2013265920.0 GiB" << "limit";
        // The trained input's rules that need no model (model/trainedinput.h checks the rest).
        QTest::newRow("text without trained input")
            << with(Mechanism::Mha, [](Request &r) { r.text = "the dog"; }) << "text" << "'the dog'" << "--input trained only";
        QTest::newRow("layer without trained input")
            << with(Mechanism::Gqa, [](Request &r) { r.layer = 2; }) << "layer" << "2" << "--input trained only";
        QTest::newRow("sdpa has no trained model")
            << with(Mechanism::Sdpa, [](Request &r) { r.input = InputSource::Trained; }) << "input" << "trained" << "no trained model";
        QTest::newRow("sizes with trained input")
            << with(Mechanism::Mha, [](Request &r) { r.input = InputSource::Trained; r.nHeads = 4; }) << "heads" << "4" << "fixes it";
        QTest::newRow("causal with trained input")
            << with(Mechanism::Gqa, [](Request &r) { r.input = InputSource::Trained; r.causal = true; }) << "causal" << "true" << "fixes it";
        QTest::newRow("blank text")
            << with(Mechanism::Mqa, [](Request &r) { r.input = InputSource::Trained; r.text = " \t"; }) << "text" << "' \t'" << "give some text";
        QTest::newRow("text too long")
            << with(Mechanism::Mqa, [](Request &r) { r.input = InputSource::Trained; r.text = std::string(2001, 'a'); }) << "text" << "2001 bytes" << "at most 2000";
        QTest::newRow("negative layer")
            << with(Mechanism::Mla, [](Request &r) { r.input = InputSource::Trained; r.layer = -1; }) << "layer" << "-1" << "from 0";
        QTest::newRow("layer for bahdanau")
            << with(Mechanism::Bahdanau, [](Request &r) { r.input = InputSource::Trained; r.layer = 0; }) << "layer" << "0" << "one attention";
        // clang-format on
    }
    void rejects()
    {
        QFETCH(Request, request);
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        QFETCH(QString, rule);
        const auto errors = validate(request);
        QString all;
        for (const auto &e : errors)
            all += QString::fromStdString(e.message) + QLatin1Char('\n');
        QVERIFY2(errors.size() == 1, qPrintable(QStringLiteral("expected one problem, got:\n") + all));
        const auto &e = errors.front();
        QCOMPARE(QString::fromStdString(e.parameter), parameter);
        const QString message = QString::fromStdString(e.message);
        QVERIFY2(message.contains(QLatin1String("--") + parameter) || parameter == QLatin1String("memory"),
                 qPrintable(message));
        QVERIFY2(message.contains(value), qPrintable(message));
        QVERIFY2(message.contains(rule), qPrintable(message));
        QVERIFY(message.endsWith(QLatin1Char('.')));
        // compute() refuses every value problem before allocating anything.
        if (!validateConfig(resolve(request)).empty())
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)compute(resolve(request)));
    }
    // Trained input: the seeded sizes' rules do not apply (the model's shape replaces them), the
    // MLA path and the seed may be given, and the text defaults by mechanism.
    void trainedInputAccepted()
    {
        Request r = make(Mechanism::Mla);
        r.input = InputSource::Trained;
        r.mlaPath = MlaPath::Absorbed;
        r.seed = 5;
        QVERIFY(validate(r).empty());
        const Config c = resolve(r);
        QCOMPARE(c.input, InputSource::Trained);
        QCOMPARE(c.text, std::string(defaultTrainedText(Mechanism::Mla)));
        QCOMPARE(c.layer, std::int64_t(-1));
        r.mechanism = Mechanism::Bahdanau;
        r.mlaPath.reset();
        r.text = "20 july 1969";
        QVERIFY(validate(r).empty());
        QCOMPARE(resolve(r).text, std::string("20 july 1969"));
        QVERIFY(defaultTrainedText(Mechanism::Bahdanau) != defaultTrainedText(Mechanism::Mha));
        // Seeded resolves carry no text.
        QCOMPARE(resolve(make(Mechanism::Mha)).text, std::string());
    }
    void reportsEveryProblem()
    {
        Request r = make(Mechanism::Mla);
        r.dRope = 3;
        r.dLatentKv = 0;
        r.tokens = 0;
        const auto errors = validate(r);
        QCOMPARE(errors.size(), std::size_t(3));
    }
    void capIsConfigurable()
    {
        Request r = make(Mechanism::Mha);
        r.tokens = 64;
        QVERIFY(validate(r).empty());
        QCOMPARE(validate(r, 1024).size(), std::size_t(1));
        QVERIFY(recordedBytes(resolve(r)).value() > 1024);
        r.tokens = std::numeric_limits<std::int64_t>::max();
        QVERIFY(!recordedBytes(resolve(r)));
        QVERIFY(validate(r, kNoMemoryCap).empty()); // the footprint engine allocates nothing
    }
    void computeRefusesAnInvalidConfig()
    {
        Config c = resolve(make(Mechanism::Gqa));
        c.nKvHeads = 3;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)compute(c));
        c = resolve(make(Mechanism::Mha));
        c.tokens = std::numeric_limits<std::int64_t>::max();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)compute(c));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
