// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "widgets/common/retranslator.h"
#include "widgets/models/parametermodel.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QSlider;
class QSpinBox;

namespace attnscope::widgets {

class InputBox;

// Core's sentences name command-line options ("--kv-heads 3: ..."); the window names the
// controls instead ("KV heads 3: ..."). Flags without a control are left as they are.
// `mechanism` decides the name of --tokens ("Target tokens" for Bahdanau).
[[nodiscard]] QString controlSentence(const QString &message, core::Mechanism mechanism);
// The control's name for a command-line parameter without dashes ("kv-heads" -> "KV heads"),
// or an empty string when no control sets it.
[[nodiscard]] QString controlName(const QString &parameter, core::Mechanism mechanism);

// The divisors of n in increasing order (the KV-head counts a GQA with n query heads allows).
[[nodiscard]] std::vector<int> divisorsOf(int n);

// The parameter panel: the mechanism, a slider and a spin box for every size, the KV heads as a
// slider over the divisors of the heads, the toggles, and the validation errors in red at the
// bottom. It writes every change to its ParameterModel at once (slider drags included; the
// compute controller coalesces requests) and follows the model's changed() signal. Controls the
// mechanism does not read (ParameterModel::applies) are disabled and show the value it uses.
class ParameterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterPanel(QWidget *parent = nullptr);
    explicit ParameterPanel(ParameterModel *model, QWidget *parent = nullptr);
    ~ParameterPanel() override;

    void setModel(ParameterModel *model);
    [[nodiscard]] ParameterModel *model() const { return m_model; }

    [[nodiscard]] static QString mechanismName(core::Mechanism mechanism);
    [[nodiscard]] static QString mechanismDescription(core::Mechanism mechanism);

    // For tests and for whoever embeds the panel. slider()/spinBox() exist for the integer sizes
    // (not for KvHeads, see kvSlider(); the seed has a spin box only, seedBox()).
    [[nodiscard]] QComboBox *mechanismBox() const { return m_mechanism; }
    [[nodiscard]] InputBox *inputBox() const { return m_inputBox; }
    [[nodiscard]] QSlider *slider(Parameter parameter) const;
    [[nodiscard]] QSpinBox *spinBox(Parameter parameter) const;
    [[nodiscard]] QSpinBox *seedBox() const { return m_seed; }
    [[nodiscard]] QSlider *kvSlider() const { return m_kvSlider; }
    // The KV-head counts the slider offers (the divisors of the heads), and the one it shows.
    [[nodiscard]] const std::vector<int> &kvChoices() const { return m_kvChoices; }
    [[nodiscard]] int kvHeads() const;
    // "KV heads must divide the heads: ..." plus the resulting mechanism ("GQA", "equals MQA").
    [[nodiscard]] QString kvExplanation() const;
    [[nodiscard]] QCheckBox *causalBox() const { return m_causal; }
    [[nodiscard]] QCheckBox *crossBox() const { return m_cross; }
    [[nodiscard]] QComboBox *mlaPathBox() const { return m_mlaPath; }
    [[nodiscard]] QComboBox *ropeLayoutBox() const { return m_ropeLayout; }
    // The validation errors as shown (control names, one per line); empty when valid.
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool errorsShown() const;
    // Whether the control(s) of a parameter are enabled.
    [[nodiscard]] bool isControlEnabled(Parameter parameter) const;

protected:
    // QEvent::LanguageChange: labels, tooltips and explanations again in the new language.
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        Parameter parameter;
        QLabel *label = nullptr;
        QSlider *slider = nullptr;
        QSpinBox *spin = nullptr;
        int step = 1; // slider units: the slider shows value / step (RoPE width moves by pairs)
    };

    void build();
    // The row's name is the control's name of the parameter (controlName()); `toolTip` is
    // untranslated (QT_TR_NOOP): the row translates both again on every language change.
    void addRow(QGridLayout *grid, Parameter parameter, int minimum, int maximum, const char *toolTip,
                const QString &objectName, int step = 1);
    void setParameter(Parameter parameter, int value);
    void kvSliderMoved(int index);
    void syncFromModel();
    void syncKv();
    void showErrors();
    Row *row(Parameter parameter);
    const Row *row(Parameter parameter) const;

    QPointer<ParameterModel> m_model;
    QComboBox *m_mechanism = nullptr;
    QLabel *m_description = nullptr;
    InputBox *m_inputBox = nullptr;
    std::vector<Row> m_rows;
    QLabel *m_kvLabel = nullptr;
    QSlider *m_kvSlider = nullptr;
    QLabel *m_kvValue = nullptr;
    QLabel *m_kvExplanation = nullptr;
    std::vector<int> m_kvChoices;
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_causal = nullptr;
    QCheckBox *m_cross = nullptr;
    QLabel *m_mlaPathLabel = nullptr;
    QComboBox *m_mlaPath = nullptr;
    QLabel *m_ropeLayoutLabel = nullptr;
    QComboBox *m_ropeLayout = nullptr;
    QLabel *m_errors = nullptr;
    bool m_syncing = false;
    Retranslator m_texts; // the fixed texts; syncFromModel() sets those that follow the model
};

} // namespace attnscope::widgets
