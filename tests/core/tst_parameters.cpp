// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/params/parameters.h"

#include <QString>
#include <QTest>

#include <cmath>
#include <set>

using namespace attnscope::core;

namespace {

constexpr Mechanism kMechanisms[] = {Mechanism::Bahdanau, Mechanism::Sdpa, Mechanism::Mha,
                                     Mechanism::Gqa,      Mechanism::Mqa,  Mechanism::Mla};

// The fields of a Request, spelled independently of the table: which of them differ.
std::vector<std::string> changedFields(const Request &a, const Request &b)
{
    std::vector<std::string> changed;
    const auto check = [&](bool same, const char *name) {
        if (!same)
            changed.emplace_back(name);
    };
    check(a.mechanism == b.mechanism, "mechanism");
    check(a.dModel == b.dModel, "dModel");
    check(a.nHeads == b.nHeads, "nHeads");
    check(a.nKvHeads == b.nKvHeads, "nKvHeads");
    check(a.dHead == b.dHead, "dHead");
    check(a.tokens == b.tokens, "tokens");
    check(a.sourceTokens == b.sourceTokens, "sourceTokens");
    check(a.causal == b.causal, "causal");
    check(a.attention == b.attention, "attention");
    check(a.seed == b.seed, "seed");
    check(a.dLatentKv == b.dLatentKv, "dLatentKv");
    check(a.dLatentQ == b.dLatentQ, "dLatentQ");
    check(a.dRope == b.dRope, "dRope");
    check(a.ropeBase == b.ropeBase, "ropeBase");
    check(a.ropeLayout == b.ropeLayout, "ropeLayout");
    check(a.mlaPath == b.mlaPath, "mlaPath");
    check(a.hidden == b.hidden, "hidden");
    check(a.alignDim == b.alignDim, "alignDim");
    check(a.input == b.input, "input");
    check(a.text == b.text, "text");
    check(a.layer == b.layer, "layer");
    return changed;
}
constexpr int kRequestFields = 21;

ParameterValue otherValue(const ParameterInfo &p)
{
    switch (p.kind) {
    case ParameterKind::Integer: return std::int64_t(7);
    case ParameterKind::Real: return 2.5;
    case ParameterKind::Switch: return true;
    case ParameterKind::Seed: return std::uint64_t(3);
    case ParameterKind::Text: return std::string("the dog runs .");
    case ParameterKind::Choice: break;
    }
    if (p.id == Parameter::Input)
        return InputSource::Trained;
    if (p.id == Parameter::Mechanism)
        return Mechanism::Mla;
    if (p.id == Parameter::RopeLayout)
        return RopeLayout::Half;
    return MlaPath::Absorbed;
}

// The rules ParameterModel::applies() spelled before the table existed.
bool expectedApplies(Parameter parameter, Mechanism mechanism, AttentionKind attention)
{
    const bool bahdanau = mechanism == Mechanism::Bahdanau;
    const bool mla = mechanism == Mechanism::Mla;
    const bool multiHead = mechanism == Mechanism::Mha || mechanism == Mechanism::Gqa || mechanism == Mechanism::Mqa;
    const bool cross = attention == AttentionKind::Cross && (multiHead || mechanism == Mechanism::Sdpa);
    switch (parameter) {
    case Parameter::Mechanism:
    case Parameter::Seed:
    case Parameter::DModel:
    case Parameter::Tokens: return true;
    case Parameter::Heads: return multiHead || mla;
    case Parameter::KvHeads: return mechanism == Mechanism::Gqa;
    case Parameter::HeadDim: return !bahdanau;
    case Parameter::SourceTokens: return bahdanau || cross;
    case Parameter::Causal: return (multiHead || mechanism == Mechanism::Sdpa) && !cross;
    case Parameter::Cross: return multiHead || mechanism == Mechanism::Sdpa;
    case Parameter::LatentRank:
    case Parameter::QueryRank:
    case Parameter::RopeDim:
    case Parameter::RopeBase:
    case Parameter::RopeLayout:
    case Parameter::MlaPath: return mla;
    case Parameter::Hidden:
    case Parameter::AlignDim: return bahdanau;
    case Parameter::Input: return true;
    case Parameter::Text: return mechanism != Mechanism::Sdpa;
    case Parameter::Layer: return mechanism != Mechanism::Sdpa && !bahdanau;
    }
    return false;
}

QString error(Parameter p, const char *text)
{
    Request r;
    const auto e = setFromText(r, p, text);
    return e ? QString::fromStdString(*e) : QString();
}

} // namespace

class TestParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldOnce()
    {
        QCOMPARE(int(parameters().size()), kRequestFields);
        std::set<std::string> seen;
        for (const ParameterInfo &p : parameters()) {
            Request r;
            QVERIFY2(setValue(r, p.id, otherValue(p)), p.name.data());
            const auto changed = changedFields(Request{}, r);
            QCOMPARE(int(changed.size()), 1);
            QVERIFY2(seen.insert(changed.front()).second, p.name.data());
            QVERIFY(!(r == Request{}));
            // Read back, and unset again where it is optional.
            QVERIFY(value(r, p.id) == otherValue(p));
            QVERIFY(isGiven(r, p.id));
            QVERIFY(setValue(r, p.id, value(Request{}, p.id)));
            QVERIFY(r == Request{});
        }
        QCOMPARE(int(seen.size()), kRequestFields);
    }

    void wrongTypeRefused()
    {
        for (const ParameterInfo &p : parameters()) {
            Request r;
            const ParameterValue wrong =
                p.kind == ParameterKind::Integer ? ParameterValue(1.5) : ParameterValue(std::int64_t(1));
            QVERIFY(!setValue(r, p.id, wrong));
            QVERIFY(r == Request{});
        }
    }

    void namesUnique()
    {
        std::set<std::string_view> names, keys;
        std::set<Parameter> ids;
        for (const ParameterInfo &p : parameters()) {
            QVERIFY2(names.insert(p.name).second, p.name.data());
            QVERIFY2(keys.insert(p.key).second, p.key.data());
            QVERIFY(ids.insert(p.id).second);
            QCOMPARE(parameterFromName(p.name), std::optional<Parameter>(p.id));
            QCOMPARE(&parameterInfo(p.id), &p);
            QVERIFY(!p.help.empty());
            QCOMPARE(p.valueName.empty(), p.kind == ParameterKind::Switch);
            QCOMPARE(p.integer != nullptr, p.kind == ParameterKind::Integer);
            QCOMPARE(p.configInteger != nullptr, p.kind == ParameterKind::Integer);
            QCOMPARE(p.refusal.empty(), p.kind != ParameterKind::Choice);
        }
        QCOMPARE(int(ids.size()), int(Parameter::Layer) + 1);
        QVERIFY(!parameterFromName("colours"));
        QVERIFY(!parameterFromName("d_model")); // keys are not names
        // The order of `attnscope compute --help`.
        QCOMPARE(parameters().front().id, Parameter::Mechanism);
        QCOMPARE(parameters().back().id, Parameter::Layer);
    }

    void appliesMatrix()
    {
        for (const ParameterInfo &p : parameters())
            for (const Mechanism m : kMechanisms)
                for (const AttentionKind a : {AttentionKind::Self, AttentionKind::Cross}) {
                    const QByteArray what = QByteArray(p.name.data()) + " " + mechanismId(m).data()
                        + (a == AttentionKind::Cross ? " cross" : " self");
                    QVERIFY2(applies(p.id, m, a) == expectedApplies(p.id, m, a), what.constData());
                    if (applies(p.id, m, a))
                        QVERIFY2(takes(p.id, m), what.constData());
                }
        // Taken but fixed: sdpa's heads, the KV heads of sdpa, mha and mqa.
        QVERIFY(takes(Parameter::Heads, Mechanism::Sdpa));
        QVERIFY(takes(Parameter::KvHeads, Mechanism::Mha));
        QVERIFY(!takes(Parameter::KvHeads, Mechanism::Mla));
        QVERIFY(!takes(Parameter::Heads, Mechanism::Bahdanau));
    }

    void onlyOneMechanism()
    {
        for (const ParameterInfo &p : parameters()) {
            std::optional<Mechanism> expected;
            if (p.id == Parameter::Hidden || p.id == Parameter::AlignDim)
                expected = Mechanism::Bahdanau;
            if (p.id == Parameter::LatentRank || p.id == Parameter::QueryRank || p.id == Parameter::RopeDim
                || p.id == Parameter::RopeBase || p.id == Parameter::RopeLayout || p.id == Parameter::MlaPath)
                expected = Mechanism::Mla;
            QVERIFY2(onlyMechanism(p) == expected, p.name.data());
        }
    }

    void ranges()
    {
        QCOMPARE(parameterInfo(Parameter::Seed).minimum, std::optional<std::int64_t>(0));
        QCOMPARE(parameterInfo(Parameter::Seed).maximum, std::optional<std::int64_t>((std::int64_t(1) << 53) - 1));
        QCOMPARE(parameterInfo(Parameter::QueryRank).minimum, std::optional<std::int64_t>(0));
        QCOMPARE(parameterInfo(Parameter::RopeDim).minimum, std::optional<std::int64_t>(2));
        QCOMPARE(parameterInfo(Parameter::Heads).minimum, std::optional<std::int64_t>(1));
    }

    void textErrors()
    {
        QCOMPARE(error(Parameter::Heads, "many"), QStringLiteral("--heads 'many': not an integer."));
        QCOMPARE(error(Parameter::DModel, " 8"), QStringLiteral("--d-model ' 8': not an integer."));
        QCOMPARE(error(Parameter::Seed, "-1"),
                 QStringLiteral("--seed '-1': not an integer from 0 to 9007199254740991 (2^53 - 1)."));
        QCOMPARE(error(Parameter::Seed, "9007199254740992"),
                 QStringLiteral("--seed '9007199254740992': not an integer from 0 to 9007199254740991 (2^53 - 1)."));
        QCOMPARE(error(Parameter::RopeBase, "inf"), QStringLiteral("--rope-base 'inf': not a finite number."));
        QCOMPARE(error(Parameter::RopeLayout, "x"), QStringLiteral("--rope-layout 'x': choose interleaved or half."));
        QCOMPARE(error(Parameter::MlaPath, "x"), QStringLiteral("--mla-path 'x': choose naive or absorbed."));
        QCOMPARE(error(Parameter::Mechanism, "rnn"),
                 QStringLiteral("--mechanism 'rnn': not a mechanism; choose bahdanau, sdpa, mha, gqa, mqa or mla."));
        QCOMPARE(error(Parameter::Causal, "yes"), QStringLiteral("--causal 'yes': give true or false."));
        for (const char *ok : {"8", "+8", "-8", "007"})
            QCOMPARE(error(Parameter::Heads, ok), QString());
        QCOMPARE(error(Parameter::Seed, " 5 "), QString());
        QCOMPARE(error(Parameter::RopeBase, " +1e4 "), QString());
        QCOMPARE(error(Parameter::Cross, "true"), QString());

        Request r;
        QVERIFY(!setFromText(r, Parameter::RopeLayout, "half"));
        QCOMPARE(r.ropeLayout, std::optional<RopeLayout>(RopeLayout::Half));
        QVERIFY(!setFromText(r, Parameter::Cross, "true"));
        QCOMPARE(r.attention, AttentionKind::Cross);
        QVERIFY(setFromText(r, Parameter::Heads, "x"));
        QVERIFY(!r.nHeads); // unchanged on failure
    }

    // The command line parsed with QString before the table existed: the table's parsers accept
    // exactly what those did.
    void sameAsQt()
    {
        const char *texts[] = {"0",
                               "5",
                               "+5",
                               "-5",
                               "+-5",
                               "-+5",
                               " 5",
                               "5 ",
                               "\t5",
                               "",
                               " ",
                               "05",
                               "1e3",
                               "0x5",
                               "1.5",
                               ".5",
                               "5.",
                               "1,5",
                               "1_0",
                               "inf",
                               "-inf",
                               "nan",
                               "1e999",
                               "1e-999",
                               "+",
                               "-",
                               "--5",
                               "٥",
                               "5e",
                               " +5 ",
                               " -5",
                               "-0",
                               "9223372036854775807",
                               "9223372036854775808",
                               "-9223372036854775808",
                               "18446744073709551615",
                               "18446744073709551616",
                               "9007199254740991",
                               "9007199254740992",
                               "1e5e",
                               "+.5",
                               "-.5e-3",
                               "E5"};
        for (const char *t : texts) {
            const QString text = QString::fromUtf8(t);
            {
                bool ok = false;
                const qlonglong v = text.toLongLong(&ok);
                const bool qtOk = ok && text.trimmed() == text;
                const auto mine = parseIntegerText(t);
                QVERIFY2(mine.has_value() == qtOk, t);
                if (qtOk)
                    QCOMPARE(*mine, std::int64_t(v));
            }
            {
                bool ok = false;
                const qulonglong v = text.toULongLong(&ok);
                const bool qtOk = ok && !text.startsWith(QLatin1Char('-')) && !text.startsWith(QLatin1Char('+'))
                    && v <= (quint64(1) << 53) - 1;
                Request r;
                QVERIFY2(!setFromText(r, Parameter::Seed, t) == qtOk, t);
                if (qtOk)
                    QCOMPARE(r.seed, std::uint64_t(v));
            }
            {
                bool ok = false;
                const double v = text.toDouble(&ok);
                const bool qtOk = ok && std::isfinite(v);
                Request r;
                QVERIFY2(!setFromText(r, Parameter::RopeBase, t) == qtOk, t);
                if (qtOk)
                    QCOMPARE(*r.ropeBase, v);
            }
        }
    }

    void settings_data()
    {
        QTest::addColumn<QStringList>("settings");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QStringList{"heads"} << "'heads' is not name=value (e.g. heads=8).";
        QTest::newRow("empty name") << QStringList{"=3"} << "'=3' is not name=value (e.g. heads=8).";
        QTest::newRow("name") << QStringList{"colours=3"}
                              << "'colours' is not a parameter; use the names of attnscope compute's flags: "
                                 "mechanism, d-model, heads, kv-heads, head-dim, tokens, source-tokens, latent-rank, "
                                 "query-rank, rope-dim, hidden, align-dim, causal, cross, seed, rope-base, "
                                 "rope-layout, mla-path, input, text, layer.";
        QTest::newRow("twice") << QStringList{"heads=2", "heads=4"} << "heads is given more than once; give it once.";
        QTest::newRow("switch") << QStringList{"causal=yes"} << "causal=yes: give true or false.";
        QTest::newRow("empty") << QStringList{"heads="} << "heads= needs a value.";
        QTest::newRow("value") << QStringList{"heads=many"} << "--heads 'many': not an integer.";
        // Values are parsed in the table's order, not the order given.
        QTest::newRow("order") << QStringList{"seed=x", "heads=y"} << "--heads 'y': not an integer.";
        QTest::newRow("rule") << QStringList{"mechanism=bahdanau", "heads=4"}
                              << "--heads 4: bahdanau attention has no heads; it reads --d-model (embedding width), "
                                 "--hidden and --align-dim.";
        QTest::newRow("mla only") << QStringList{"latent-rank=8"}
                                  << "--latent-rank 8: applies to --mechanism mla only, not mha.";
        QTest::newRow("ok") << QStringList{"mechanism=gqa", "heads=8", "kv-heads=2", "causal=true"} << QString();
        QTest::newRow("none") << QStringList{} << QString();
    }

    void settings()
    {
        QFETCH(QStringList, settings);
        QFETCH(QString, expected);
        std::vector<std::string> texts;
        for (const QString &s : settings)
            texts.push_back(s.toStdString());
        const auto parsed = parseRequestSettings(texts);
        if (expected.isEmpty()) {
            QVERIFY(std::holds_alternative<Request>(parsed));
        } else {
            QVERIFY(std::holds_alternative<std::string>(parsed));
            QCOMPARE(QString::fromStdString(std::get<std::string>(parsed)), expected);
        }
    }

    void settingsValues()
    {
        const auto parsed = parseRequestSettings({"mechanism=gqa", "heads=8", "kv-heads=2", "causal=true", "seed=9"});
        const Request r = std::get<Request>(parsed);
        Request expected;
        expected.mechanism = Mechanism::Gqa;
        expected.nHeads = 8;
        expected.nKvHeads = 2;
        expected.causal = true;
        expected.seed = 9;
        QVERIFY(r == expected);
        QVERIFY(std::get<Request>(parseRequestSettings({})) == Request{}); // mha by default
    }
};

QTEST_GUILESS_MAIN(TestParameters)
#include "tst_parameters.moc"
