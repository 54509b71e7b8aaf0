// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/steps/stepexplainer.h"

#include "core/mechanisms/compute.h"
#include "core/mechanisms/grouped.h"

#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace attnscope;
using core::Mechanism;
using core::StepKind;
using widgets::explainStep;
using widgets::StepText;

namespace {

constexpr StepKind kAllKinds[] = {
    StepKind::Input,
    StepKind::GruForward,
    StepKind::GruBackward,
    StepKind::Annotations,
    StepKind::DecoderInit,
    StepKind::DecoderState,
    StepKind::AlignmentScores,
    StepKind::ProjectQuery,
    StepKind::ProjectKey,
    StepKind::ProjectValue,
    StepKind::DownProjectKv,
    StepKind::DownProjectQuery,
    StepKind::UpProjectKey,
    StepKind::UpProjectValue,
    StepKind::RopeQuery,
    StepKind::RopeKey,
    StepKind::AbsorbKey,
    StepKind::Scores,
    StepKind::Mask,
    StepKind::Softmax,
    StepKind::WeightedSum,
    StepKind::AbsorbValue,
    StepKind::ConcatHeads,
    StepKind::OutputProjection,
};

core::Config configFor(const QString &name)
{
    core::Request r;
    if (name == QLatin1String("bahdanau")) {
        r.mechanism = Mechanism::Bahdanau;
    } else if (name == QLatin1String("sdpa causal")) {
        r.mechanism = Mechanism::Sdpa;
        r.causal = true;
    } else if (name == QLatin1String("mha")) {
        r.mechanism = Mechanism::Mha;
    } else if (name == QLatin1String("mha cross")) {
        r.mechanism = Mechanism::Mha;
        r.attention = core::AttentionKind::Cross;
    } else if (name == QLatin1String("gqa")) {
        r.mechanism = Mechanism::Gqa;
        r.nHeads = 8;
        r.nKvHeads = 2;
    } else if (name == QLatin1String("mqa")) {
        r.mechanism = Mechanism::Mqa;
    } else if (name == QLatin1String("mla naive")) {
        r.mechanism = Mechanism::Mla;
        r.mlaPath = core::MlaPath::Naive;
    } else if (name == QLatin1String("mla absorbed")) {
        r.mechanism = Mechanism::Mla;
        r.mlaPath = core::MlaPath::Absorbed;
    } else if (name == QLatin1String("mla query latent")) {
        r.mechanism = Mechanism::Mla;
        r.mlaPath = core::MlaPath::Absorbed;
        r.dLatentQ = 16;
    }
    return core::resolve(r);
}

const QStringList kMechanisms = {"bahdanau", "sdpa causal", "mha",          "mha cross",       "gqa",
                                 "mqa",      "mla naive",   "mla absorbed", "mla query latent"};

// The text with its tags removed, for checking what a reader sees.
QString plain(const QString &html)
{
    QString s = html;
    s.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return s;
}

// The steps of a trace of one kind.
std::vector<core::Step> stepsOf(const core::Trace &t, StepKind kind)
{
    std::vector<core::Step> out;
    for (const auto &s : t.steps())
        if (s.kind == kind)
            out.push_back(s);
    return out;
}

} // namespace

class TestStepExplainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStepIsExplained_data()
    {
        QTest::addColumn<QString>("mechanism");
        for (const QString &m : kMechanisms)
            QTest::newRow(qPrintable(m)) << m;
    }

    void everyStepIsExplained()
    {
        QFETCH(QString, mechanism);
        const core::Config c = configFor(mechanism);
        const core::Trace trace = core::compute(c);
        const QRegularExpression placeholder(QStringLiteral("%\\d"));
        for (std::size_t i = 0; i < trace.steps().size(); ++i) {
            const core::Step &step = trace.steps()[i];
            const StepText t = explainStep(trace, step, c.mechanism, &c);
            const QByteArray where = QByteArray::number(qulonglong(i)) + ' '
                + QByteArray(core::stepKindId(step.kind).data(), qsizetype(core::stepKindId(step.kind).size()));
            QVERIFY2(!t.title.isEmpty(), where);
            QVERIFY2(!t.description.isEmpty(), where);
            QVERIFY2(!t.formulaHtml.isEmpty(), where);
            QVERIFY2(!t.shapesHtml.isEmpty(), where);
            // Plain sentences: no markup, and every placeholder filled in.
            QVERIFY2(!t.description.contains(QLatin1Char('<')), where + ": " + t.description.toUtf8());
            QVERIFY2(!t.title.contains(QLatin1Char('<')), where);
            for (const QString &s : {t.title, t.description, t.formulaHtml, t.shapesHtml})
                QVERIFY2(!placeholder.match(s).hasMatch(), where + ": " + s.toUtf8());
            // The shapes name the output with its shape, and every input.
            const QString shapes = plain(t.shapesHtml);
            const QString output = plain(widgets::tensorNameHtml(step.output));
            QVERIFY2(shapes.contains(output + QLatin1Char(' ') + widgets::shapeText(trace.tensor(step.output))),
                     where + ": " + shapes.toUtf8());
            for (const std::string &in : step.inputs) {
                const std::string shortName = in.substr(in.find('.') + 1);
                QVERIFY2(shapes.contains(plain(widgets::tensorNameHtml(shortName))), where + ": " + in.c_str());
            }
        }
    }

    void noKindIsLeftEmpty_data() { everyStepIsExplained_data(); }

    // Any kind on any trace (even one the core never records there) gets real text.
    void noKindIsLeftEmpty()
    {
        QFETCH(QString, mechanism);
        const core::Config c = configFor(mechanism);
        const core::Trace trace = core::compute(c);
        for (const StepKind kind : kAllKinds) {
            for (const int head : {-1, 0}) {
                core::Step step = trace.steps().back();
                step.kind = kind;
                step.head = head;
                const StepText t = explainStep(trace, step, c.mechanism, nullptr);
                const QByteArray where(core::stepKindId(kind).data(), qsizetype(core::stepKindId(kind).size()));
                QVERIFY2(!t.title.isEmpty(), where);
                QVERIFY2(!t.description.isEmpty(), where);
                QVERIFY2(!t.formulaHtml.isEmpty(), where);
            }
        }
    }

    void everyKindOccursInSomeMechanism()
    {
        std::set<StepKind> seen;
        for (const QString &m : kMechanisms) {
            const core::Trace trace = core::compute(configFor(m));
            for (const auto &s : trace.steps())
                seen.insert(s.kind);
        }
        for (const StepKind kind : kAllKinds)
            QVERIFY2(seen.count(kind), core::stepKindId(kind).data());
    }

    void sdpaScores()
    {
        const core::Config c = configFor("sdpa causal");
        const core::Trace trace = core::compute(c);
        const StepText t = explainStep(trace, stepsOf(trace, StepKind::Scores).at(0), c.mechanism, &c);
        QVERIFY2(t.formulaHtml.contains("Q K<sup>T</sup> / √d<sub>k</sub>"), qPrintable(t.formulaHtml));
        QVERIFY2(t.formulaHtml.contains(QStringLiteral("√%1").arg(c.dHead)), qPrintable(t.formulaHtml));
        const StepText mask = explainStep(trace, stepsOf(trace, StepKind::Mask).at(0), c.mechanism, &c);
        QVERIFY(mask.formulaHtml.contains("−∞"));
        const StepText softmax = explainStep(trace, stepsOf(trace, StepKind::Softmax).at(0), c.mechanism, &c);
        QVERIFY(softmax.description.contains("zero weight"));
    }

    void groupedScoresNameTheKvHead_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("mha") << "mha";
        QTest::newRow("gqa") << "gqa";
        QTest::newRow("mqa") << "mqa";
    }

    void groupedScoresNameTheKvHead()
    {
        QFETCH(QString, mechanism);
        const core::Config c = configFor(mechanism);
        const core::Trace trace = core::compute(c);
        const auto scores = stepsOf(trace, StepKind::Scores);
        QCOMPARE(std::int64_t(scores.size()), c.nHeads);
        std::set<QString> formulas;
        for (const auto &step : scores) {
            const StepText t = explainStep(trace, step, c.mechanism, &c);
            const std::int64_t g = core::kvHeadOf(step.head, c.nHeads, c.nKvHeads);
            QVERIFY(t.title.contains(QString::number(step.head)));
            if (c.mechanism != Mechanism::Mha) {
                QVERIFY2(t.title.contains(QStringLiteral("KV head %1").arg(g)), qPrintable(t.title));
                QVERIFY2(t.description.contains(QStringLiteral("= %1,").arg(g)), qPrintable(t.description));
                QVERIFY2(t.formulaHtml.contains(QStringLiteral("K<sub>%1</sub><sup>T</sup>").arg(g)),
                         qPrintable(t.formulaHtml));
            }
            QVERIFY2(t.formulaHtml.contains(QStringLiteral("Q<sub>%1</sub>").arg(step.head)),
                     qPrintable(t.formulaHtml));
            QVERIFY(t.formulaHtml.contains(QStringLiteral("√%1").arg(c.dHead)));
            // The shapes say which columns of K the head reads.
            QVERIFY2(
                plain(t.shapesHtml)
                    .contains(
                        QStringLiteral("KV head %1: columns %2–%3").arg(g).arg(g * c.dHead).arg((g + 1) * c.dHead - 1)),
                qPrintable(t.shapesHtml));
            formulas.insert(t.formulaHtml);
        }
        QCOMPARE(std::int64_t(formulas.size()), c.nHeads);
    }

    void mlaScores_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<QString>("content");
        QTest::newRow("naive") << "mla naive"
                               << "q<sub>C,%1</sub> k<sub>C,%1</sub><sup>T</sup>";
        QTest::newRow("absorbed") << "mla absorbed"
                                  << "q<sub>lat,%1</sub> c<sub>KV</sub><sup>T</sup>";
    }

    void mlaScores()
    {
        QFETCH(QString, mechanism);
        QFETCH(QString, content);
        const core::Config c = configFor(mechanism);
        const core::Trace trace = core::compute(c);
        for (const auto &step : stepsOf(trace, StepKind::Scores)) {
            const StepText t = explainStep(trace, step, c.mechanism, &c);
            QVERIFY2(t.formulaHtml.contains(content.arg(step.head)), qPrintable(t.formulaHtml));
            // The decoupled RoPE term and the 1/sqrt(d_h + d_h^R) scale.
            QVERIFY2(
                t.formulaHtml.contains(QStringLiteral("q<sub>R,%1</sub> k<sub>R</sub><sup>T</sup>").arg(step.head)),
                qPrintable(t.formulaHtml));
            QVERIFY2(t.formulaHtml.contains(QStringLiteral("√(%1\u00A0+\u00A0%2)").arg(c.dHead).arg(c.dRope)),
                     qPrintable(t.formulaHtml));
            QVERIFY(t.description.contains("1/√(d_h + d_h^R)"));
        }
    }

    void mlaAbsorbSteps()
    {
        const core::Config c = configFor("mla absorbed");
        const core::Trace trace = core::compute(c);
        const auto absorbKey = stepsOf(trace, StepKind::AbsorbKey);
        QCOMPARE(std::int64_t(absorbKey.size()), c.nHeads);
        for (const auto &step : absorbKey) {
            const StepText t = explainStep(trace, step, c.mechanism, &c);
            QVERIFY2(t.formulaHtml.contains(QStringLiteral("q<sub>lat,%1</sub> = q<sub>C,%1</sub> "
                                                           "W<sub>UK,%1</sub><sup>T</sup>")
                                                .arg(step.head)),
                     qPrintable(t.formulaHtml));
            QVERIFY(t.title.contains(QString::number(step.head)));
        }
        for (const auto &step : stepsOf(trace, StepKind::AbsorbValue)) {
            const StepText t = explainStep(trace, step, c.mechanism, &c);
            QVERIFY2(t.formulaHtml.contains(
                         QStringLiteral("o<sub>%1</sub> = o<sub>lat,%1</sub> W<sub>UV,%1</sub>").arg(step.head)),
                     qPrintable(t.formulaHtml));
        }
        // The cache the latent stands for: d_c + d_h^R per token.
        const StepText kv = explainStep(trace, stepsOf(trace, StepKind::DownProjectKv).at(0), c.mechanism, &c);
        QVERIFY2(kv.description.contains(QStringLiteral("= %1 numbers").arg(c.dLatentKv + c.dRope)),
                 qPrintable(kv.description));
        QVERIFY(kv.formulaHtml.contains("c<sub>KV</sub> = X W<sub>DKV</sub>"));
        const StepText rope = explainStep(trace, stepsOf(trace, StepKind::RopeKey).at(0), c.mechanism, &c);
        QVERIFY2(rope.formulaHtml.contains("interleaved"), qPrintable(rope.formulaHtml));
        QVERIFY(rope.formulaHtml.contains("10000"));
    }

    void bahdanauNamesTheTargetPosition()
    {
        const core::Config c = configFor("bahdanau");
        const core::Trace trace = core::compute(c);
        const auto scores = stepsOf(trace, StepKind::AlignmentScores);
        QCOMPARE(std::int64_t(scores.size()), c.tokens);
        for (const auto &step : scores) {
            const std::int64_t i = step.row + 1;
            const StepText t = explainStep(trace, step, c.mechanism, &c);
            QVERIFY2(t.title.contains(QStringLiteral("position %1 of %2").arg(i).arg(c.tokens)), qPrintable(t.title));
            QVERIFY2(t.formulaHtml.contains(QStringLiteral("e<sub>%1,j</sub> = tanh(s<sub>%2</sub> W<sub>a</sub> + "
                                                           "h<sub>j</sub> U<sub>a</sub>) v<sub>a</sub><sup>T</sup>")
                                                .arg(i)
                                                .arg(i - 1)),
                     qPrintable(t.formulaHtml));
            QVERIFY(plain(t.shapesHtml).contains(QStringLiteral("fills row %1 of %2").arg(i).arg(c.tokens)));
        }
        for (const auto kind : {StepKind::Softmax, StepKind::WeightedSum, StepKind::DecoderState}) {
            for (const auto &step : stepsOf(trace, kind)) {
                const StepText t = explainStep(trace, step, c.mechanism, &c);
                QVERIFY2(t.title.contains(QStringLiteral("position %1 of").arg(step.row + 1)), qPrintable(t.title));
            }
        }
        const StepText init = explainStep(trace, stepsOf(trace, StepKind::DecoderInit).at(0), c.mechanism, &c);
        QVERIFY(init.formulaHtml.contains("s<sub>0</sub> = tanh(h<sub>bwd,1</sub> W<sub>s</sub>)"));
        const StepText gru = explainStep(trace, stepsOf(trace, StepKind::DecoderState).at(2), c.mechanism, &c);
        QVERIFY2(gru.formulaHtml.contains("s<sub>3</sub> = GRU<sub>dec</sub>(s<sub>2</sub>, [y<sub>2</sub> ; "
                                          "c<sub>3</sub>])"),
                 qPrintable(gru.formulaHtml));
        // The six GRU weights are listed compactly, with both shapes.
        const QString gruShapes =
            QStringLiteral("gru_dec weights: Wz, Wr, Wh %1; Uz, Ur, Uh %2")
                .arg(widgets::shapeText(trace.tensor("gru_dec.W_z")), widgets::shapeText(trace.tensor("gru_dec.U_z")));
        QVERIFY2(plain(gru.shapesHtml).contains(gruShapes), qPrintable(plain(gru.shapesHtml)));
        QCOMPARE(trace.tensor("gru_dec.W_z").shape, (std::vector<std::int64_t>{c.dModel + 2 * c.hidden, c.hidden}));
    }

    void namesAndShapes()
    {
        QCOMPARE(widgets::tensorNameHtml("W_UK"), QStringLiteral("W<sub>UK</sub>"));
        QCOMPARE(widgets::tensorNameHtml("q_lat"), QStringLiteral("q<sub>lat</sub>"));
        QCOMPARE(widgets::tensorNameHtml("head_outputs"), QStringLiteral("head_outputs"));
        QCOMPARE(widgets::tensorNameHtml("gru_fwd.W_z"), QStringLiteral("gru_fwd.W<sub>z</sub>"));
        QCOMPARE(widgets::tensorNameHtml("X"), QStringLiteral("X"));
        core::Tensor t;
        t.shape = {4, 6, 8};
        QCOMPARE(widgets::shapeText(t), QStringLiteral("[4\u00A0×\u00A06\u00A0×\u00A08]"));
    }
};

QTEST_MAIN(TestStepExplainer)
#include "tst_stepexplainer.moc"
