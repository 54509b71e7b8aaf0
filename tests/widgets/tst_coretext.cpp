// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/footprint/model.h"
#include "core/footprint/plan.h"
#include "core/mechanisms/compute.h"
#include "core/params/validation.h"
#include "model/trainedinput.h"
#include "tests/common/timingsfixtures.h"
#include "widgets/common/coretext.h"
#include "widgets/models/timingsmodel.h"
#include "widgets/views/timings/timingsview.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <stdexcept>

using namespace attnscope;
using widgets::TimingsModel;

namespace {

// Marks every text it is asked for, so that a test sees which texts go through tr() and
// QCoreApplication::translate(): "«CoreText|no CUDA device (%1)»".
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        return QStringLiteral("«%1|%2»").arg(QLatin1String(context), QString::fromUtf8(source));
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
};

} // namespace

class TestCoreText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untranslated_data()
    {
        QTest::addColumn<QString>("english");
        QTest::newRow("cpu") << QStringLiteral("Intel(R) Xeon(R) Platinum 8480+, 16 threads, AVX-512, FMA, F16C");
        QTest::newRow("cpu, one") << QStringLiteral("AMD EPYC 7763, 1 thread, AVX2");
        QTest::newRow("gpu") << QStringLiteral(
            "NVIDIA H100 80GB HBM3, 79 GiB, 132 SMs, sm_90, driver 12.4, runtime 12.2");
        QTest::newRow("no cuda") << QStringLiteral(
            "not built with CUDA (configured with ATTNSCOPE_CUDA=OFF, or no CUDA compiler was found)");
        QTest::newRow("driver") << QStringLiteral("the CUDA driver (11.8) is older than the runtime (12.2)");
        QTest::newRow("no device") << QStringLiteral("no CUDA device (unknown error)");
    }

    // Without a translation every sentence comes back as core wrote it, and is recognised.
    void untranslated()
    {
        QFETCH(QString, english);
        QVERIFY2(widgets::isKnownCoreText(english), qPrintable(english));
        QCOMPARE(widgets::translateCoreText(english), english);
    }

    // With a translator, the template is translated and the values kept.
    void translated()
    {
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QCOMPARE(widgets::translateCoreText(QStringLiteral("the CUDA driver (11.8) is older than the runtime (12.2)")),
                 QStringLiteral("«CoreText|the CUDA driver (11.8) is older than the runtime (12.2)»"));
        QCOMPARE(widgets::translateCoreText(QStringLiteral("AMD EPYC 7763, 8 threads, AVX2, FMA")),
                 QStringLiteral("«CoreText|AMD EPYC 7763, 8 threads, AVX2, FMA»"));
        // A value holding a placeholder is not filled again.
        QCOMPARE(widgets::translateCoreText(QStringLiteral("no CUDA device (%2 odd)")),
                 QStringLiteral("«CoreText|no CUDA device (%2 odd)»"));
        // Unknown sentences pass through.
        QCOMPARE(widgets::translateCoreText(QStringLiteral("something else")), QStringLiteral("something else"));
        QCoreApplication::removeTranslator(&marking);
    }

    // What this machine's backends say (core's real sentences) is listed, and the timings dock
    // shows it through the translation.
    void backendsOfThisMachine()
    {
        TimingsModel model;
        model.setTuning(testing::tinyTuning());
        model.setLive(false);
        QVERIFY(!model.backends().empty());
        for (const auto &b : model.backends()) {
            const QString text = b.available ? b.device : b.reason;
            QVERIFY2(widgets::isKnownCoreText(text), qPrintable(b.id + QStringLiteral(": ") + text));
        }
        widgets::TimingsView view(&model);
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&view, &change);
        for (const auto &b : model.backends())
            QVERIFY2(view.backendText(b.id).contains(QStringLiteral("«CoreText|")), qPrintable(view.backendText(b.id)));
        QCoreApplication::removeTranslator(&marking);
    }

    // Every refusal of a parameter, model shape, memory plan or trained input is listed: the
    // window shows them translated. Each request below breaks one or more rules.
    void refusalsAreListed()
    {
        using core::Mechanism;
        std::vector<core::Request> requests;
        auto add = [&](Mechanism m, auto &&set) {
            core::Request r;
            r.mechanism = m;
            set(r);
            requests.push_back(r);
        };
        add(Mechanism::Bahdanau, [](core::Request &r) { r.nHeads = 4; r.causal = true; r.attention = core::AttentionKind::Cross; });
        add(Mechanism::Mha, [](core::Request &r) { r.dLatentKv = 8; r.hidden = 4; r.sourceTokens = 3; });
        add(Mechanism::Mla, [](core::Request &r) { r.nKvHeads = 2; r.attention = core::AttentionKind::Cross; });
        add(Mechanism::Sdpa, [](core::Request &r) { r.nHeads = 2; r.nKvHeads = 2; });
        add(Mechanism::Mqa, [](core::Request &r) { r.nKvHeads = 2; });
        add(Mechanism::Mha, [](core::Request &r) { r.nHeads = 4; r.nKvHeads = 2; });
        add(Mechanism::Mha, [](core::Request &r) { r.nHeads = 5; r.dModel = 32; });
        add(Mechanism::Gqa, [](core::Request &r) { r.dModel = 30; });
        add(Mechanism::Mha, [](core::Request &r) { r.text = "a b"; r.layer = 1; });
        add(Mechanism::Sdpa, [](core::Request &r) { r.input = core::InputSource::Trained; });
        add(Mechanism::Mha, [](core::Request &r) { r.input = core::InputSource::Trained; r.nHeads = 4; r.text = " "; r.layer = -1; });
        add(Mechanism::Mha, [](core::Request &r) { r.input = core::InputSource::Trained; r.text = std::string(3000, 'a'); });
        add(Mechanism::Bahdanau, [](core::Request &r) { r.input = core::InputSource::Trained; r.layer = 0; });
        add(Mechanism::Mha, [](core::Request &r) { r.dModel = 0; r.tokens = 0; r.nHeads = 0; r.dHead = 0; });
        add(Mechanism::Gqa, [](core::Request &r) { r.nHeads = 4; r.nKvHeads = 0; r.attention = core::AttentionKind::Cross; r.sourceTokens = 0; r.causal = true; });
        add(Mechanism::Gqa, [](core::Request &r) { r.nHeads = 6; r.nKvHeads = 4; });
        add(Mechanism::Bahdanau, [](core::Request &r) { r.hidden = 0; r.alignDim = 0; r.dModel = 0; r.sourceTokens = 0; });
        add(Mechanism::Mla, [](core::Request &r) { r.dLatentKv = 0; r.dLatentQ = -1; r.dRope = 3; r.ropeBase = 0.5; });
        add(Mechanism::Mha, [](core::Request &r) { r.tokens = 100000; r.dModel = 4096; });
        add(Mechanism::Mha, [](core::Request &r) { r.input = core::InputSource::Trained; r.layer = 99; });
        add(Mechanism::Bahdanau, [](core::Request &r) { r.input = core::InputSource::Trained; r.text = "tomorrow"; });
        add(Mechanism::Mha, [](core::Request &r) { r.input = core::InputSource::Trained; r.text = std::string(1900, 'x') + " y"; });

        QSet<QString> seen;
        for (const core::Request &r : requests) {
            const auto errors = r.input == core::InputSource::Trained ? model::validateInput(r) : core::validate(r);
            QVERIFY(!errors.empty());
            for (const auto &e : errors) {
                const QString message = QString::fromStdString(e.message);
                QVERIFY2(widgets::isKnownCoreText(message), qPrintable(message));
                seen.insert(message);
            }
        }
        QVERIFY2(seen.size() >= 35, qPrintable(QString::number(seen.size())));

        // Model shapes and memory plans.
        core::ModelShape m;
        m.mechanism = Mechanism::Gqa;
        m.dModel = 0;
        m.layers = 2;
        m.nHeads = 6;
        m.nKvHeads = 4;
        m.dHead = 0;
        m.layerKinds = {{core::LayerKind::Window, 0}, {core::LayerKind::Cross, 0}, {core::LayerKind::Shared, 0}};
        for (const auto &e : core::validateModel(m))
            QVERIFY2(widgets::isKnownCoreText(QString::fromStdString(e.message)), e.message.c_str());
        core::ModelShape good;
        good.mechanism = Mechanism::Gqa;
        good.dModel = 64;
        good.layers = 2;
        good.nHeads = 6;
        good.nKvHeads = 3;
        good.dHead = 16;
        core::PlanRequest plan;
        plan.gpuBytes = std::int64_t{1} << 30;
        for (const std::int64_t gpus : {0, 4, 2}) {
            plan.gpus = gpus;
            const std::string problem = core::validatePlan(good, plan);
            QVERIFY2(!problem.empty() && widgets::isKnownCoreText(QString::fromStdString(problem)), problem.c_str());
        }
        plan.gpus = 1;
        plan.dataParallelAttention = true;
        QVERIFY(widgets::isKnownCoreText(QString::fromStdString(core::validatePlan(good, plan))));
        // A refusal joined with others by core (compute's exception) is translated sentence by sentence.
        core::Config bad = core::resolve(core::Request{});
        bad.nHeads = 0;
        bad.dHead = 0;
        try {
            (void)core::compute(bad);
            QFAIL("compute accepted zero heads");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(widgets::isKnownCoreText(QString::fromUtf8(e.what())), e.what());
        }
    }

    // The name and value before the rule stay as core wrote them; the rule and a phrase in it
    // are translated; a line of unknown text next to a known one stays English.
    void refusalTranslated()
    {
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QCOMPARE(widgets::translateCoreText(QStringLiteral("--heads 0: the number of heads must be at least 1.")),
                 QStringLiteral("--heads 0: «CoreText|the number of heads must be at least 1.»"));
        QCOMPARE(widgets::translateCoreText(QStringLiteral("--text 'a: b': applies to --input trained only.")),
                 QStringLiteral("--text 'a: b': «CoreText|applies to --input trained only.»"));
        QCOMPARE(widgets::translateCoreText(
                     QStringLiteral("the weights per GPU does not fit in 64 bits; reduce the context or the batch.")),
                 QStringLiteral("«CoreText|«CoreText|the weights per GPU» does not fit in 64 bits; reduce the "
                                "context or the batch.»"));
        QCOMPARE(widgets::translateCoreText(QStringLiteral("--heads 0: the number of heads must be at least 1. "
                                                           "--head-dim 0: the head width must be at least 1.")),
                 QStringLiteral("--heads 0: «CoreText|the number of heads must be at least 1.» --head-dim 0: "
                                "«CoreText|the head width must be at least 1.»"));
        QCOMPARE(widgets::translateCoreText(QStringLiteral("no CUDA device\nsomething else")),
                 QStringLiteral("«CoreText|no CUDA device»\nsomething else"));
        QVERIFY(!widgets::isKnownCoreText(QStringLiteral("no CUDA device\nsomething else")));
        QCoreApplication::removeTranslator(&marking);
    }

    void templatesAreListed()
    {
        QVERIFY(widgets::coreTextTemplates().size() >= 8);
        for (const QString &t : widgets::coreTextTemplates())
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(t));
    }
};

QTEST_MAIN(TestCoreText)
#include "tst_coretext.moc"
