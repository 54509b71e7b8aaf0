// SPDX-License-Identifier: GPL-3.0-or-later
// The parameter panel's input box: seeded or a trained model, its text and layer, and what the
// panel's other controls do meanwhile.
#include "widgets/views/parameters/inputbox.h"
#include "widgets/views/parameters/parameterpanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace attnscope;
using core::InputSource;
using core::Mechanism;
using widgets::Parameter;
using widgets::ParameterModel;
using widgets::ParameterPanel;

class TestInputBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsSeeded()
    {
        ParameterModel model;
        ParameterPanel panel(&model);
        auto *box = panel.inputBox();
        QCOMPARE(box->inputChoice()->currentIndex(), 0);
        QVERIFY(!box->textBox()->isEnabled());
        QVERIFY(!box->layerBox()->isEnabled());
        QVERIFY(panel.isControlEnabled(Parameter::Heads));
        QVERIFY(panel.seedBox()->isEnabled());
        QVERIFY(box->summary().contains("seed"));
    }
    // Choosing a trained model: the sizes follow the model and are fixed, the seed is unused,
    // the layer offers the model's layers, and the request carries the input.
    void choosingTrainedFixesTheSizes()
    {
        ParameterModel model;
        model.setMechanism(Mechanism::Gqa);
        model.setHeads(4); // given while seeded: kept, but not passed on while trained
        ParameterPanel panel(&model);
        auto *box = panel.inputBox();
        box->inputChoice()->setCurrentIndex(1);
        QCOMPARE(model.values().input, InputSource::Trained);
        QVERIFY(model.isValid());
        QVERIFY(!model.request().nHeads);
        QCOMPARE(model.config().nHeads, std::int64_t(8));
        QCOMPARE(model.config().nKvHeads, std::int64_t(2));
        QCOMPARE(panel.spinBox(Parameter::Heads)->value(), 8);
        QVERIFY(!panel.isControlEnabled(Parameter::Heads));
        QVERIFY(!panel.isControlEnabled(Parameter::Causal));
        QVERIFY(!panel.seedBox()->isEnabled());
        QVERIFY(box->textBox()->isEnabled());
        QVERIFY(box->layerBox()->isEnabled());
        QCOMPARE(box->layerBox()->maximum(), 3);
        QCOMPARE(box->layerBox()->value(), 3); // the last by default
        QVERIFY2(box->summary().contains("gqa"), qPrintable(box->summary()));
        // Back to seeded: the heads given before return.
        box->inputChoice()->setCurrentIndex(0);
        QCOMPARE(model.request().nHeads, std::optional<std::int64_t>(4));
    }
    void textAndLayerReachTheModel()
    {
        ParameterModel model;
        model.setMechanism(Mechanism::Mha);
        model.setInput(InputSource::Trained);
        ParameterPanel panel(&model);
        auto *box = panel.inputBox();
        box->layerBox()->setValue(1);
        QCOMPARE(model.values().layer, std::optional<std::int64_t>(1));
        QCOMPARE(model.config().layer, std::int64_t(1));
        box->textBox()->setEditText(QStringLiteral("the dog runs ."));
        Q_EMIT box->textBox()->lineEdit()->editingFinished();
        QCOMPARE(model.values().text, std::optional<std::string>("the dog runs ."));
        QCOMPARE(model.config().tokens, std::int64_t(5)); // <|endoftext|> the dog runs .
        // Picking an example commits it too.
        box->textBox()->setCurrentIndex(2);
        Q_EMIT box->textBox()->activated(2);
        QCOMPARE(QString::fromStdString(*model.values().text), box->textBox()->itemText(2));
    }
    // Bahdanau's examples are dates and it has no layer; a word the translator does not know is
    // an error under the panel, and nothing is computed.
    void bahdanauTakesDates()
    {
        ParameterModel model;
        model.setMechanism(Mechanism::Bahdanau);
        model.setInput(InputSource::Trained);
        ParameterPanel panel(&model);
        auto *box = panel.inputBox();
        QVERIFY(box->textBox()->itemText(0).contains("december"));
        QVERIFY(!box->layerBox()->isEnabled());
        QVERIFY(box->summary().contains("translator"));
        model.setText("5 decembre 2026");
        QVERIFY(!model.isValid());
        QVERIFY(panel.errorsShown());
        QVERIFY2(panel.errorText().contains("decembre"), qPrintable(panel.errorText()));
    }
    // A sentence typed for the language models does not reach the translator, and comes back.
    void textsStayOnTheirSide()
    {
        ParameterModel model;
        model.setMechanism(Mechanism::Mha);
        model.setInput(InputSource::Trained);
        model.setText("the dog runs .");
        model.setMechanism(Mechanism::Bahdanau);
        QVERIFY(model.isValid());
        QCOMPARE(model.config().text, std::string(core::defaultTrainedText(Mechanism::Bahdanau)));
        model.setText("20 july 1969");
        model.setMechanism(Mechanism::Gqa);
        QCOMPARE(model.values().text, std::optional<std::string>("the dog runs ."));
        model.setMechanism(Mechanism::Bahdanau);
        QCOMPARE(model.values().text, std::optional<std::string>("20 july 1969"));
        // A change that sets the text itself keeps it.
        core::Request r = model.values();
        r.mechanism = Mechanism::Mla;
        r.text = "count : 1 2 3 .";
        model.setValues(r);
        QCOMPARE(model.values().text, std::optional<std::string>("count : 1 2 3 ."));
    }
    void sdpaHasNoTrainedModel()
    {
        ParameterModel model;
        model.setMechanism(Mechanism::Sdpa);
        model.setInput(InputSource::Trained);
        ParameterPanel panel(&model);
        QVERIFY(!model.isValid());
        QVERIFY(panel.inputBox()->summary().contains("no trained model"));
        QVERIFY(panel.errorText().contains("no trained model"));
    }
};

QTEST_MAIN(TestInputBox)
#include "tst_inputbox.moc"
