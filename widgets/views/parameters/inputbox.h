// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/common/retranslator.h"
#include "widgets/models/parametermodel.h"

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QLabel;
class QSpinBox;

namespace attnscope::widgets {

// The input of the computation, at the top of the parameter panel: "Seeded random" (core's
// random weights and inputs) or "Trained model" (the shipped model of the mechanism,
// docs/teaching-models.md, reading a text). With a trained model: the text, typed or picked
// from examples (a date for Bahdanau) and committed on Enter, on leaving the field or on
// picking an example; and the language model's layer. A line under them says what is shown:
// the model, its token count, or why there is no trained model (SDPA).
class InputBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit InputBox(QWidget *parent = nullptr);

    void setModel(ParameterModel *model);
    // Follows the model (the panel calls it from its own sync).
    void sync();

    // For tests.
    [[nodiscard]] QComboBox *inputChoice() const { return m_input; }
    [[nodiscard]] QComboBox *textBox() const { return m_text; }
    [[nodiscard]] QSpinBox *layerBox() const { return m_layer; }
    [[nodiscard]] QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void commitText();

    QPointer<ParameterModel> m_model;
    QComboBox *m_input = nullptr;
    QLabel *m_textLabel = nullptr;
    QComboBox *m_text = nullptr;
    QLabel *m_layerLabel = nullptr;
    QSpinBox *m_layer = nullptr;
    QLabel *m_summary = nullptr;
    core::Mechanism m_examplesFor = core::Mechanism::Sdpa; // the mechanism whose examples m_text lists
    bool m_syncing = false;
    Retranslator m_texts;
};

} // namespace attnscope::widgets
