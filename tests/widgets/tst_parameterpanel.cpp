// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/parameters/parameterpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

using namespace attnscope;
using core::Mechanism;
using widgets::Parameter;
using widgets::ParameterModel;
using widgets::ParameterPanel;

Q_DECLARE_METATYPE(core::Mechanism)

namespace {

std::vector<int> choices(std::initializer_list<int> values)
{
    return std::vector<int>(values);
}

} // namespace

class TestParameterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sliderUpdatesModelAndSpinBox()
    {
        ParameterModel model;
        ParameterPanel panel(&model);
        QSignalSpy changed(&model, &ParameterModel::changed);
        panel.slider(Parameter::DModel)->setValue(64);
        QCOMPARE(model.values().dModel, std::optional<std::int64_t>(64));
        QCOMPARE(panel.spinBox(Parameter::DModel)->value(), 64);
        QCOMPARE(changed.count(), 1);

        panel.spinBox(Parameter::Tokens)->setValue(9);
        QCOMPARE(model.values().tokens, std::optional<std::int64_t>(9));
        QCOMPARE(panel.slider(Parameter::Tokens)->value(), 9);
    }

    void modelUpdatesControls()
    {
        ParameterModel model;
        ParameterPanel panel(&model);
        model.setHeads(8);
        model.setDModel(128);
        QCOMPARE(panel.spinBox(Parameter::Heads)->value(), 8);
        QCOMPARE(panel.slider(Parameter::Heads)->value(), 8);
        QCOMPARE(panel.spinBox(Parameter::DModel)->value(), 128);
        // The head width is not given: the panel shows d_model / n_h.
        QCOMPARE(panel.spinBox(Parameter::HeadDim)->value(), 16);
        model.setMechanism(Mechanism::Mla);
        QCOMPARE(panel.mechanismBox()->currentData().toString(), QStringLiteral("mla"));
    }

    void ropeSliderMovesByPairs()
    {
        ParameterModel model;
        model.setMechanism(Mechanism::Mla);
        ParameterPanel panel(&model);
        panel.slider(Parameter::RopeDim)->setValue(5);
        QCOMPARE(model.values().dRope, std::optional<std::int64_t>(10));
        QCOMPARE(panel.spinBox(Parameter::RopeDim)->value(), 10);
    }

    void mechanismComboSetsModel()
    {
        ParameterModel model;
        ParameterPanel panel(&model);
        panel.mechanismBox()->setCurrentIndex(panel.mechanismBox()->findData(QStringLiteral("gqa")));
        QCOMPARE(model.mechanism(), Mechanism::Gqa);
        panel.crossBox()->setChecked(true);
        QCOMPARE(model.values().attention, core::AttentionKind::Cross);
    }

    void kvChoicesAreDivisors_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<std::vector<int>>("expected");
        QTest::newRow("12") << 12 << choices({1, 2, 3, 4, 6, 12});
        QTest::newRow("8") << 8 << choices({1, 2, 4, 8});
        QTest::newRow("7") << 7 << choices({1, 7});
        QTest::newRow("1") << 1 << choices({1});
        QTest::newRow("32") << 32 << choices({1, 2, 4, 8, 16, 32});
    }
    void kvChoicesAreDivisors()
    {
        QFETCH(int, heads);
        QFETCH(std::vector<int>, expected);
        ParameterModel model;
        model.setMechanism(Mechanism::Gqa);
        ParameterPanel panel(&model);
        panel.spinBox(Parameter::Heads)->setValue(heads);
        QCOMPARE(panel.kvChoices(), expected);
        QCOMPARE(panel.kvSlider()->minimum(), 0);
        QCOMPARE(panel.kvSlider()->maximum(), int(expected.size()) - 1);
        QVERIFY(panel.kvExplanation().contains(QStringLiteral("must divide the heads")));
        // Shown with subscripts: "n<sub>h</sub> / n<sub>g</sub>"; kvExplanation() keeps "n_h / n_g".
        QVERIFY(panel.kvExplanation().contains(QStringLiteral("n_h / n_g")));
        auto *shown = panel.findChild<QLabel *>(QStringLiteral("kvHeadsExplanation"));
        QVERIFY(shown);
        QCOMPARE(shown->textFormat(), Qt::RichText);
        QVERIFY2(shown->text().contains(QStringLiteral("<i>n</i><sub>g</sub>")), qPrintable(shown->text()));
    }

    void kvSliderSetsModel()
    {
        ParameterModel model;
        model.setMechanism(Mechanism::Gqa);
        model.setHeads(12);
        model.setDModel(96);
        ParameterPanel panel(&model);
        QVERIFY(panel.kvSlider()->isEnabled());
        panel.kvSlider()->setValue(2); // 1, 2, [3], 4, 6, 12
        QCOMPARE(model.values().nKvHeads, std::optional<std::int64_t>(3));
        QCOMPARE(panel.kvHeads(), 3);
        QVERIFY(model.isValid());
        QVERIFY(panel.kvExplanation().contains(QStringLiteral("GQA")));
        panel.kvSlider()->setValue(5);
        QCOMPARE(model.values().nKvHeads, std::optional<std::int64_t>(12));
        QCOMPARE(model.mechanism(), Mechanism::Gqa);
        QVERIFY(panel.kvExplanation().contains(QStringLiteral("equals MHA")));
        QVERIFY(model.isValid());
        panel.kvSlider()->setValue(0);
        QCOMPARE(model.values().nKvHeads, std::optional<std::int64_t>(1));
        QVERIFY(panel.kvExplanation().contains(QStringLiteral("equals MQA")));
    }

    void kvFollowsHeads()
    {
        ParameterModel model;
        model.setMechanism(Mechanism::Gqa);
        model.setHeads(12);
        model.setDModel(96);
        model.setKvHeads(6);
        ParameterPanel panel(&model);
        QCOMPARE(panel.kvHeads(), 6);
        // 6 does not divide 8: the KV heads become the largest divisor below, 4.
        panel.spinBox(Parameter::Heads)->setValue(8);
        QCOMPARE(panel.kvChoices(), choices({1, 2, 4, 8}));
        QCOMPARE(model.values().nKvHeads, std::optional<std::int64_t>(4));
        QCOMPARE(panel.kvHeads(), 4);
        QVERIFY(model.isValid());
        QVERIFY(!panel.errorsShown());
    }

    void kvFixedForMhaAndMqa()
    {
        ParameterModel model;
        model.setHeads(8);
        model.setDModel(64);
        ParameterPanel panel(&model);
        QVERIFY(!panel.kvSlider()->isEnabled());
        QCOMPARE(panel.kvHeads(), 8);
        model.setMechanism(Mechanism::Mqa);
        QVERIFY(!panel.kvSlider()->isEnabled());
        QCOMPARE(panel.kvHeads(), 1);
        model.setMechanism(Mechanism::Gqa);
        QVERIFY(panel.kvSlider()->isEnabled());
        QCOMPARE(panel.kvHeads(), 4); // resolve()'s default n_h / 2
    }

    void applicableControls_data()
    {
        QTest::addColumn<Mechanism>("mechanism");
        for (const Mechanism m :
             {Mechanism::Bahdanau, Mechanism::Sdpa, Mechanism::Mha, Mechanism::Gqa, Mechanism::Mqa, Mechanism::Mla})
            QTest::newRow(core::mechanismId(m).data()) << m;
    }
    void applicableControls()
    {
        QFETCH(Mechanism, mechanism);
        ParameterModel model;
        ParameterPanel panel(&model);
        model.setMechanism(mechanism);
        for (const Parameter p :
             {Parameter::DModel, Parameter::Heads, Parameter::KvHeads, Parameter::HeadDim, Parameter::Tokens,
              Parameter::SourceTokens, Parameter::Causal, Parameter::Cross, Parameter::LatentRank, Parameter::QueryRank,
              Parameter::RopeDim, Parameter::RopeLayout, Parameter::MlaPath, Parameter::Hidden, Parameter::AlignDim})
            QCOMPARE(panel.isControlEnabled(p), ParameterModel::applies(p, mechanism));
        // The explicit cases the brief names.
        if (mechanism == Mechanism::Mla) {
            QVERIFY(panel.isControlEnabled(Parameter::LatentRank));
            QVERIFY(!panel.isControlEnabled(Parameter::KvHeads));
            QVERIFY(!panel.isControlEnabled(Parameter::Hidden));
        }
        if (mechanism == Mechanism::Bahdanau) {
            QVERIFY(!panel.isControlEnabled(Parameter::Heads));
            QVERIFY(panel.isControlEnabled(Parameter::Hidden));
        }
    }

    void crossEnablesSourceTokens()
    {
        ParameterModel model;
        ParameterPanel panel(&model);
        QVERIFY(!panel.isControlEnabled(Parameter::SourceTokens));
        panel.crossBox()->setChecked(true);
        QVERIFY(panel.isControlEnabled(Parameter::SourceTokens));
        QVERIFY(!panel.isControlEnabled(Parameter::Causal));
    }

    void invalidCombinationShowsError()
    {
        ParameterModel model;
        ParameterPanel panel(&model);
        QVERIFY(!panel.errorsShown());
        panel.spinBox(Parameter::Heads)->setValue(4);
        panel.spinBox(Parameter::DModel)->setValue(30);
        QVERIFY(!model.isValid());
        QVERIFY(panel.errorsShown());
        const QString text = panel.errorText();
        QVERIFY2(text.contains(QStringLiteral("Model width 30")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("--")), qPrintable(text));
        panel.spinBox(Parameter::DModel)->setValue(32);
        QVERIFY(model.isValid());
        QVERIFY(!panel.errorsShown());
        QVERIFY(panel.errorText().isEmpty());
    }

    // Core's refusal is shown in the window's language: its rule goes through the CoreText
    // templates, and the flags in the translated rule still become the controls' names.
    void errorTranslated()
    {
        class Marking : public QTranslator
        {
        public:
            QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
            {
                return QLatin1String(context) == QLatin1String("CoreText")
                    ? QStringLiteral("[%1]").arg(QString::fromUtf8(source))
                    : QString();
            }
            [[nodiscard]] bool isEmpty() const override { return false; }
        } marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        ParameterModel model;
        ParameterPanel panel(&model);
        panel.spinBox(Parameter::Heads)->setValue(4);
        panel.spinBox(Parameter::DModel)->setValue(30);
        const QString text = panel.errorText();
        QCoreApplication::removeTranslator(&marking);
        QVERIFY2(text.contains(QStringLiteral("Model width 30: [must be divisible by the heads (4)")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("--")), qPrintable(text));
    }

    void flagsRewritten()
    {
        QCOMPARE(widgets::controlSentence(QStringLiteral("--kv-heads 3: must divide --heads (4)."), Mechanism::Gqa),
                 QStringLiteral("KV heads 3: must divide Heads (4)."));
        QCOMPARE(widgets::controlSentence(QStringLiteral("--tokens 0: x"), Mechanism::Bahdanau),
                 QStringLiteral("Target tokens 0: x"));
        QCOMPARE(widgets::controlSentence(QStringLiteral("--unknown 1"), Mechanism::Mha),
                 QStringLiteral("--unknown 1"));
    }

    void tooltipsEverywhere()
    {
        ParameterModel model;
        ParameterPanel panel(&model);
        const auto widgets = panel.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (qobject_cast<QSlider *>(w) || qobject_cast<QSpinBox *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QCheckBox *>(w))
                QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
        }
        QVERIFY(panel.spinBox(Parameter::LatentRank)->toolTip().contains(QStringLiteral("d_c")));
        QVERIFY(panel.kvSlider()->toolTip().contains(QStringLiteral("n_g")));
        QVERIFY(panel.seedBox()->toolTip().contains(QStringLiteral("spin box")));
    }

    void seed()
    {
        ParameterModel model;
        ParameterPanel panel(&model);
        panel.seedBox()->setValue(1234);
        QCOMPARE(model.values().seed, std::uint64_t(1234));
    }
};

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"
