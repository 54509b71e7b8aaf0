// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/compute.h"
#include "core/trace/trace.h"
#include "testhelpers.h"

#include <set>

using namespace attnscope::core;
using attnscope::core::test::mat;

Q_DECLARE_METATYPE(attnscope::core::Mechanism)

class TestTrace : public QObject
{
    Q_OBJECT
private slots:
    void tensorRoundTrip()
    {
        const Matrix m = mat({{1, 2, 3}, {4, 5, 6}});
        const Tensor t = Tensor::fromMatrix(m);
        QCOMPARE(t.shape, (std::vector<std::int64_t>{2, 3}));
        QCOMPARE(t.data, (std::vector<float>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(t.matrix(), m);
        const Tensor s = Tensor::fromStack({m, m * 2});
        QCOMPARE(s.shape, (std::vector<std::int64_t>{2, 2, 3}));
        QCOMPARE(s.matrix(1), Matrix(m * 2));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, (void)s.matrix(2));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, (void)Tensor::fromStack({m, Matrix::Zero(3, 2)}));
    }
    void stepsNeedKnownTensors()
    {
        Trace t;
        t.setTensor("A", mat({{1}}));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.addStep(StepKind::Softmax, "B", {"A"}));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.addStep(StepKind::Softmax, "A", {"B"}));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, (void)t.tensor("B"));
        t.addStep(StepKind::Softmax, "A", {"A"}, 2);
        QCOMPARE(t.steps().size(), std::size_t(1));
        QCOMPARE(t.steps()[0].head, 2);
    }
    void namesKeepInsertionOrder()
    {
        Trace t;
        t.setTensor("z", mat({{1}}));
        t.setTensor("a", mat({{2}}));
        t.setTensor("z", mat({{3}}));
        QCOMPARE(t.tensorNames(), (std::vector<std::string>{"z", "a"}));
        QCOMPARE(t.tensor("z").data[0], 3.0f);
    }

    // Every mechanism's trace is well formed: steps reference recorded tensors and every
    // derived tensor is produced by some step.
    void everyMechanismTraceIsConsistent_data()
    {
        QTest::addColumn<Mechanism>("mechanism");
        QTest::addColumn<int>("heads"); // 0: the default
        QTest::addColumn<bool>("absorbed");
        for (auto m :
             {Mechanism::Bahdanau, Mechanism::Sdpa, Mechanism::Mha, Mechanism::Gqa, Mechanism::Mqa, Mechanism::Mla})
            QTest::newRow(mechanismId(m).data()) << m << 0 << false;
        // One head still goes through the multi-head path (head_outputs, concat, W_O).
        for (auto m : {Mechanism::Mha, Mechanism::Gqa, Mechanism::Mqa, Mechanism::Mla})
            QTest::newRow(qPrintable(QStringLiteral("%1 one head").arg(mechanismId(m).data()))) << m << 1 << false;
        QTest::newRow("mla absorbed one head") << Mechanism::Mla << 1 << true;
        QTest::newRow("mla absorbed") << Mechanism::Mla << 0 << true;
    }
    void everyMechanismTraceIsConsistent()
    {
        QFETCH(Mechanism, mechanism);
        QFETCH(int, heads);
        QFETCH(bool, absorbed);
        Request r;
        r.mechanism = mechanism;
        if (heads > 0)
            r.nHeads = heads;
        if (absorbed)
            r.mlaPath = MlaPath::Absorbed;
        const Trace t = compute(resolve(r));
        std::set<std::string> produced;
        for (const auto &s : t.steps()) {
            QVERIFY(t.hasTensor(s.output));
            for (const auto &in : s.inputs)
                QVERIFY(t.hasTensor(in));
            QVERIFY(!stepKindId(s.kind).empty());
            produced.insert(s.output);
        }
        QVERIFY(produced.count("weights"));
        QVERIFY(t.hasTensor("weights"));
        for (const auto &name : t.tensorNames()) {
            const Tensor &tensor = t.tensor(name);
            QCOMPARE(tensor.elementCount(), std::int64_t(tensor.data.size()));
            for (float v : tensor.data)
                QVERIFY(std::isfinite(v));
        }
    }
    void tokenLabels()
    {
        Trace t;
        QVERIFY(t.queryLabels().empty() && t.keyLabels().empty()); // seeded: none
        t.setTokenLabels({"The", " cat"});
        QCOMPARE(t.queryLabels(), (std::vector<std::string>{"The", " cat"}));
        QCOMPARE(t.keyLabels(), t.queryLabels()); // self attention: keys are the queries
        t.setTokenLabels({"2", "0"}, {"tuesday", "5", "december"});
        QCOMPARE(t.keyLabels(), (std::vector<std::string>{"tuesday", "5", "december"}));
    }
    void stepKindIdsAreUnique()
    {
        std::set<std::string_view> ids;
        for (int k = int(StepKind::Input); k <= int(StepKind::OutputProjection); ++k)
            QVERIFY(ids.insert(stepKindId(StepKind(k))).second);
    }
};

QTEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"
