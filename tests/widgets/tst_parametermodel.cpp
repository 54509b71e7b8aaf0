// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/parametermodel.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace attnscope;
using core::Mechanism;
using widgets::Parameter;
using widgets::ParameterModel;

Q_DECLARE_METATYPE(core::Mechanism)

namespace {

bool hasError(const std::vector<core::ValidationError> &errors, const std::string &parameter)
{
    return std::any_of(errors.begin(), errors.end(), [&](const auto &e) { return e.parameter == parameter; });
}

// A value for every field, each valid where it applies.
core::Request everyValue(Mechanism m, core::AttentionKind attention)
{
    core::Request r;
    r.mechanism = m;
    r.seed = 7;
    r.dModel = 32;
    r.nHeads = 4;
    r.nKvHeads = 2;
    r.dHead = 8;
    r.tokens = 5;
    r.sourceTokens = 3;
    r.causal = attention == core::AttentionKind::Self;
    r.attention = attention;
    r.dLatentKv = 16;
    r.dLatentQ = 8;
    r.dRope = 4;
    r.ropeBase = 500.0;
    r.ropeLayout = core::RopeLayout::Half;
    r.mlaPath = core::MlaPath::Absorbed;
    r.hidden = 8;
    r.alignDim = 6;
    return r;
}

} // namespace

class TestParameterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        ParameterModel model;
        QCOMPARE(model.mechanism(), Mechanism::Mha);
        QVERIFY(model.isValid());
        QVERIFY(model.config() == core::resolve(core::Request{}));
    }

    void settersEmitChangedOnce_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("mechanism") << 0;
        QTest::newRow("seed") << 1;
        QTest::newRow("tokens") << 2;
        QTest::newRow("heads") << 3;
        QTest::newRow("kv heads") << 4;
        QTest::newRow("d_model") << 5;
        QTest::newRow("causal") << 6;
        QTest::newRow("hidden") << 7;
        QTest::newRow("rope layout") << 8;
    }

    void settersEmitChangedOnce()
    {
        QFETCH(int, which);
        ParameterModel model;
        const std::function<void()> set[] = {
            [&] { model.setMechanism(Mechanism::Gqa); },
            [&] { model.setSeed(42); },
            [&] { model.setTokens(9); },
            [&] { model.setHeads(8); },
            [&] { model.setKvHeads(2); },
            [&] { model.setDModel(64); },
            [&] { model.setCausal(true); },
            [&] { model.setHidden(12); },
            [&] { model.setRopeLayout(core::RopeLayout::Half); },
        };
        QSignalSpy spy(&model, &ParameterModel::changed);
        set[which]();
        QCOMPARE(spy.count(), 1);
        // The same value again is no change.
        set[which]();
        QCOMPARE(spy.count(), 1);
    }

    void setValuesEmitsOnce()
    {
        ParameterModel model;
        QSignalSpy spy(&model, &ParameterModel::changed);
        core::Request r = everyValue(Mechanism::Gqa, core::AttentionKind::Self);
        model.setValues(r);
        QCOMPARE(spy.count(), 1);
        model.setValues(r);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(model.values().hidden, r.hidden);
    }

    void gqaKvHeadsMustDivideHeads()
    {
        ParameterModel model;
        model.setMechanism(Mechanism::Gqa);
        model.setHeads(4);
        QSignalSpy spy(&model, &ParameterModel::changed);
        model.setKvHeads(3);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!model.isValid());
        const auto errors = model.errors();
        QVERIFY(hasError(errors, "kv-heads"));
        const QStringList messages = model.errorMessages();
        QCOMPARE(messages.size(), qsizetype(errors.size()));
        QVERIFY2(messages.join(' ').contains(QLatin1String("3")), qPrintable(messages.join(' ')));

        model.setKvHeads(2);
        QVERIFY(model.isValid());
        QCOMPARE(model.config().nKvHeads, 2);
        QCOMPARE(model.config().nHeads, 4);
    }

    void dModelMustSplitIntoHeads()
    {
        ParameterModel model;
        model.setMechanism(Mechanism::Mha);
        model.setHeads(3); // 32 is not divisible by 3
        QVERIFY(hasError(model.errors(), "d-model"));
        model.setDModel(33);
        QVERIFY(model.isValid());
        QCOMPARE(model.config().dHead, 11);
    }

    // Values that a mechanism does not read are kept but not sent, so core::validate(),
    // which rejects them, never sees them; switching back brings them back.
    void inapplicableValuesAreKeptButNotSent()
    {
        ParameterModel model;
        model.setMechanism(Mechanism::Mha);
        model.setHeads(8);
        model.setHidden(12);
        QVERIFY(model.isValid());
        QVERIFY(!model.request().hidden.has_value());
        QCOMPARE(model.config().nHeads, 8);

        model.setMechanism(Mechanism::Bahdanau);
        QVERIFY2(model.isValid(), qPrintable(model.errorMessages().join(' ')));
        QVERIFY(!model.request().nHeads.has_value());
        QCOMPARE(model.config().hidden, 12);
        // Given directly to core, the heads would be refused for Bahdanau.
        QVERIFY(hasError(core::validate(model.values()), "heads"));

        model.setMechanism(Mechanism::Mha);
        QCOMPARE(model.config().nHeads, 8);
        QCOMPARE(model.values().hidden, std::optional<std::int64_t>(12));
    }

    void sdpaIsOneHead()
    {
        ParameterModel model;
        model.setHeads(4);
        model.setKvHeads(2);
        model.setMechanism(Mechanism::Sdpa);
        QVERIFY(model.isValid());
        QCOMPARE(model.config().nHeads, 1);
        QVERIFY(!ParameterModel::applies(Parameter::Heads, Mechanism::Sdpa));
    }

    // Every parameter applies() names for a mechanism is one core accepts for it, and is used.
    void applicableValuesAreAccepted_data()
    {
        QTest::addColumn<Mechanism>("mechanism");
        QTest::addColumn<bool>("cross");
        for (auto m :
             {Mechanism::Bahdanau, Mechanism::Sdpa, Mechanism::Mha, Mechanism::Gqa, Mechanism::Mqa, Mechanism::Mla}) {
            const std::string id(core::mechanismId(m));
            QTest::newRow((id + " self").c_str()) << m << false;
            QTest::newRow((id + " cross").c_str()) << m << true;
        }
    }

    void applicableValuesAreAccepted()
    {
        QFETCH(Mechanism, mechanism);
        QFETCH(bool, cross);
        ParameterModel model;
        model.setValues(everyValue(mechanism, cross ? core::AttentionKind::Cross : core::AttentionKind::Self));
        QVERIFY2(model.isValid(), qPrintable(model.errorMessages().join('\n')));
        const core::Config c = model.config();
        QCOMPARE(c.mechanism, mechanism);
        QCOMPARE(c.seed, std::uint64_t(7));
        QCOMPARE(c.tokens, 5);
        const bool crossApplies = model.applies(Parameter::Cross);
        QCOMPARE(c.attention == core::AttentionKind::Cross, cross && crossApplies);
        if (model.applies(Parameter::SourceTokens))
            QCOMPARE(c.sourceTokens, 3);
        if (mechanism == Mechanism::Bahdanau) {
            QCOMPARE(c.hidden, 8);
            QCOMPARE(c.alignDim, 6);
        }
        if (mechanism == Mechanism::Gqa)
            QCOMPARE(c.nKvHeads, 2);
        if (mechanism == Mechanism::Mla) {
            QCOMPARE(c.dLatentKv, 16);
            QCOMPARE(c.dLatentQ, 8);
            QCOMPARE(c.mlaPath, core::MlaPath::Absorbed);
            QVERIFY(c.causal);
        }
        if (model.applies(Parameter::Causal))
            QVERIFY(c.causal);
    }
};

QTEST_MAIN(TestParameterModel)
#include "tst_parametermodel.moc"
