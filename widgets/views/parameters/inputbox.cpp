// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/parameters/inputbox.h"

#include "model/teaching.h"
#include "model/trainedinput.h"
#include "widgets/common/labels.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace attnscope::widgets {

using core::InputSource;
using core::Mechanism;

InputBox::InputBox(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("inputBox"));
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);

    m_input = new QComboBox(this);
    m_input->setObjectName(QStringLiteral("input"));
    m_input->addItem(QString(), int(InputSource::Seeded));
    m_input->addItem(QString(), int(InputSource::Trained));
    grid->addWidget(m_input, 0, 0, 1, 2);

    m_textLabel = new QLabel(this);
    m_text = new QComboBox(this);
    m_text->setObjectName(QStringLiteral("inputText"));
    m_text->setEditable(true);
    m_text->setInsertPolicy(QComboBox::NoInsert);
    m_text->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_text->setMinimumContentsLength(12);
    m_textLabel->setBuddy(m_text);
    grid->addWidget(m_textLabel, 1, 0);
    grid->addWidget(m_text, 1, 1);

    m_layerLabel = new QLabel(this);
    m_layer = new QSpinBox(this);
    m_layer->setObjectName(QStringLiteral("layer"));
    m_layerLabel->setBuddy(m_layer);
    grid->addWidget(m_layerLabel, 2, 0);
    grid->addWidget(m_layer, 2, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("inputSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(m_summary, 3, 0, 1, 2);

    m_texts.add([this] {
        setTitle(tr("Input"));
        m_input->setItemText(0, tr("Seeded random"));
        m_input->setItemText(1, tr("Trained model"));
        m_input->setToolTip(tr("Seeded random: the mechanism on random weights and inputs drawn from the seed, to see "
                               "how it computes. Trained model: a small model AttnScope trained and ships, reading "
                               "your text, to see what learned attention does."));
        m_textLabel->setText(tr("Text"));
        m_text->setToolTip(tr("The sentence the trained model reads (Bahdanau: a date in words, such as \"tuesday "
                              "5 december 2028\"). Type one and press Enter, or pick an example."));
        m_textLabel->setToolTip(m_text->toolTip());
        m_layerLabel->setText(tr("Layer"));
        m_layer->setToolTip(tr("The layer of the trained language model whose attention is shown, from 0."));
        m_layerLabel->setToolTip(m_layer->toolTip());
    });

    connect(m_input, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing && m_model)
            m_model->setInput(InputSource(m_input->currentData().toInt()));
    });
    connect(m_text, &QComboBox::activated, this, [this] { commitText(); });
    connect(m_text->lineEdit(), &QLineEdit::editingFinished, this, [this] { commitText(); });
    connect(m_layer, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_syncing && m_model)
            m_model->setLayer(std::int64_t(v));
    });
    sync();
}

void InputBox::setModel(ParameterModel *model)
{
    m_model = model;
    sync();
}

void InputBox::commitText()
{
    if (m_syncing || !m_model)
        return;
    const std::string text = m_text->currentText().toStdString();
    const core::Config shown = m_model->config();
    if (text == shown.text)
        return;
    m_model->setText(text);
}

QString InputBox::summary() const
{
    return m_summary->text();
}

void InputBox::sync()
{
    const ParameterModel fallback;
    const ParameterModel &model = m_model ? *m_model : fallback;
    const Mechanism m = model.mechanism();
    const bool trained = model.values().input == InputSource::Trained;
    const core::Config used = model.config();
    const bool wasSyncing = m_syncing;
    m_syncing = true;

    m_input->setCurrentIndex(trained ? 1 : 0);
    // The examples follow the mechanism: dates for Bahdanau's translator, sentences otherwise.
    if (m_examplesFor != m || m_text->count() == 0) {
        const QSignalBlocker blocker(m_text);
        m_text->clear();
        for (const std::string_view example : model::trainedExamples(m))
            m_text->addItem(QString::fromUtf8(example.data(), qsizetype(example.size())));
        m_examplesFor = m;
        m_text->lineEdit()->setCursorPosition(0);
    }
    const std::string text =
        trained ? used.text : model.values().text.value_or(std::string(core::defaultTrainedText(m)));
    if (m_text->currentText().toStdString() != text) {
        m_text->setEditText(QString::fromStdString(text));
        m_text->lineEdit()->setCursorPosition(0); // the start of the sentence, not its end
    }

    const auto layers = model::trainedLayerCount(m);
    const bool hasLayers = trained && layers.has_value();
    m_layer->setRange(0, int(std::max<std::int64_t>(layers.value_or(1), 1) - 1));
    m_layer->setValue(int(std::clamp<std::int64_t>(hasLayers ? used.layer : model.values().layer.value_or(0), 0,
                                                   m_layer->maximum())));
    m_textLabel->setEnabled(trained);
    m_text->setEnabled(trained);
    m_layerLabel->setEnabled(hasLayers);
    m_layer->setEnabled(hasLayers);

    QString line;
    if (!trained) {
        line = tr("Random weights and inputs from the seed: how %1 computes.").arg(mechanismAcronym(m));
    } else if (const auto which = model::teachingModelFor(m); !which) {
        line = tr("%1 has no trained model; choose MHA, GQA, MQA, MLA or Bahdanau.").arg(mechanismAcronym(m));
    } else if (!model.isValid()) {
        line.clear(); // the panel's errors say why
    } else if (m == Mechanism::Bahdanau) {
        line = tr("The trained date translator: %1 source words, %2 output characters.")
                   .arg(used.sourceTokens)
                   .arg(used.tokens);
    } else {
        line = tr("The trained %1 model (%2 layers): %3 tokens, layer %4. Its shape fixes the sizes below.")
                   .arg(QString::fromUtf8(model::teachingModelFolder(*which).data()))
                   .arg(layers.value_or(0))
                   .arg(used.tokens)
                   .arg(used.layer);
    }
    m_summary->setText(line);
    m_summary->setVisible(!line.isEmpty());
    m_syncing = wasSyncing;
}

void InputBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        sync();
    }
    QGroupBox::changeEvent(event);
}

} // namespace attnscope::widgets
