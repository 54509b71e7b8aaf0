// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/params/parameters.h"
#include "io/requestjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace attnscope;
using core::Parameter;
using core::Request;

Q_DECLARE_METATYPE(attnscope::core::Request)

namespace {

// A value of each parameter that differs from a default Request's.
core::ParameterValue otherValue(Parameter p)
{
    switch (core::parameterInfo(p).kind) {
    case core::ParameterKind::Integer: return std::int64_t(7);
    case core::ParameterKind::Real: return 12345.5;
    case core::ParameterKind::Switch: return true;
    case core::ParameterKind::Seed: return std::uint64_t(9007199254740991);
    case core::ParameterKind::Text: return std::string("the dog \"runs\" é .");
    case core::ParameterKind::Choice: break;
    }
    if (p == Parameter::Input)
        return core::InputSource::Trained;
    if (p == Parameter::Mechanism)
        return core::Mechanism::Bahdanau;
    if (p == Parameter::RopeLayout)
        return core::RopeLayout::Half;
    return core::MlaPath::Absorbed;
}

} // namespace

class TestRequestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<Request>("request");
        QTest::newRow("default") << Request{};
        Request all;
        for (const auto &p : core::parameters()) {
            Request one;
            QVERIFY(core::setValue(one, p.id, otherValue(p.id)));
            QVERIFY(!(one == Request{}));
            QTest::newRow(p.name.data()) << one;
            QVERIFY(core::setValue(all, p.id, otherValue(p.id)));
        }
        QTest::newRow("every parameter") << all;
        Request negative;
        negative.dModel = -3;
        negative.ropeBase = -0.25;
        QTest::newRow("negative values") << negative;
    }

    void roundTrip()
    {
        QFETCH(Request, request);
        const QJsonObject json = io::requestToJson(request);
        // Through text, as the window saves it.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const auto back = io::requestFromJson(reread);
        QVERIFY(back.has_value());
        QVERIFY(*back == request);
    }

    // The saved format: exactly these keys and types (the window's settings of earlier versions).
    void format()
    {
        Request r;
        r.mechanism = core::Mechanism::Mla;
        r.dModel = 64;
        r.tokens = 3;
        r.seed = 42;
        r.ropeBase = 500.0;
        r.mlaPath = core::MlaPath::Absorbed;
        const QJsonObject expected{
            {"mechanism", "mla"},  {"d_model", 64}, {"tokens", 3},        {"causal", false},
            {"attention", "self"}, {"seed", "42"},  {"rope_base", 500.0}, {"mla_path", "absorbed"},
        };
        QCOMPARE(io::requestToJson(r), expected);

        Request all;
        for (const auto &p : core::parameters())
            core::setValue(all, p.id, otherValue(p.id));
        QStringList keys = io::requestToJson(all).keys();
        keys.sort();
        QStringList expectedKeys{"align_dim",  "attention", "causal",      "d_head",    "d_latent_kv",   "d_latent_q",
                                 "d_model",    "d_rope",    "hidden",      "mechanism", "mla_path",      "n_heads",
                                 "n_kv_heads", "rope_base", "rope_layout", "seed",      "source_tokens", "tokens",
                                 "input",      "text",      "layer"};
        expectedKeys.sort();
        QCOMPARE(keys, expectedKeys);
        QCOMPARE(io::requestToJson(all).value("attention").toString(), QStringLiteral("cross"));
    }

    void oldSettingsAreRead()
    {
        const auto r = io::requestFromJson(
            QJsonDocument::fromJson(R"({"mechanism":"gqa","n_heads":8,"n_kv_heads":2,"causal":true,)"
                                    R"("attention":"self","seed":"7"})")
                .object());
        QVERIFY(r.has_value());
        QCOMPARE(r->mechanism, core::Mechanism::Gqa);
        QCOMPARE(r->nHeads, std::optional<std::int64_t>(8));
        QCOMPARE(r->nKvHeads, std::optional<std::int64_t>(2));
        QVERIFY(r->causal);
        QCOMPARE(r->seed, std::uint64_t(7));
        QVERIFY(!r->dModel.has_value());
    }

    void wrongTypesRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        for (const auto &p : core::parameters()) {
            const QString key = QString::fromLatin1(p.key.data(), qsizetype(p.key.size()));
            QTest::newRow(qPrintable(key + " array")) << key << QJsonValue(QJsonArray{1});
            QTest::newRow(qPrintable(key + " null")) << key << QJsonValue(QJsonValue::Null);
            if (p.kind != core::ParameterKind::Integer && p.kind != core::ParameterKind::Real)
                QTest::newRow(qPrintable(key + " number")) << key << QJsonValue(3);
            else
                QTest::newRow(qPrintable(key + " string")) << key << QJsonValue(QStringLiteral("3"));
            if (p.kind != core::ParameterKind::Switch || p.id == Parameter::Cross)
                QTest::newRow(qPrintable(key + " bool")) << key << QJsonValue(true);
            if (p.kind == core::ParameterKind::Choice || p.id == Parameter::Cross)
                QTest::newRow(qPrintable(key + " unknown id")) << key << QJsonValue(QStringLiteral("sideways"));
        }
        QTest::newRow("fraction") << "n_heads" << QJsonValue(2.5);
        QTest::newRow("beyond exact doubles") << "d_model" << QJsonValue(1.0e16);
        QTest::newRow("seed negative") << "seed" << QJsonValue(QStringLiteral("-1"));
        QTest::newRow("seed not a number") << "seed" << QJsonValue(QStringLiteral("x"));
        QTest::newRow("causal as text") << "causal" << QJsonValue(QStringLiteral("true"));
    }

    void wrongTypesRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject o = io::requestToJson(Request{});
        QVERIFY(io::requestFromJson(o).has_value());
        o.insert(key, value);
        QVERIFY(!io::requestFromJson(o).has_value()); // taken whole or not at all
    }

    void mechanismRequired()
    {
        QJsonObject o = io::requestToJson(Request{});
        o.remove(QStringLiteral("mechanism"));
        QVERIFY(!io::requestFromJson(o).has_value());
        QVERIFY(!io::requestFromJson(QJsonObject{}).has_value());
    }

    void settings()
    {
        const auto parsed = io::parseRequestSettings({"mechanism=gqa", "heads=8", "kv-heads=2", "cross=true"});
        QVERIFY(std::holds_alternative<Request>(parsed));
        const Request r = std::get<Request>(parsed);
        QCOMPARE(r.mechanism, core::Mechanism::Gqa);
        QCOMPARE(r.nKvHeads, std::optional<std::int64_t>(2));
        QCOMPARE(r.attention, core::AttentionKind::Cross);
        const auto bad = io::parseRequestSettings({"heads=many"});
        QCOMPARE(std::get<QString>(bad), QStringLiteral("--heads 'many': not an integer."));
    }
};

QTEST_GUILESS_MAIN(TestRequestJson)
#include "tst_requestjson.moc"
