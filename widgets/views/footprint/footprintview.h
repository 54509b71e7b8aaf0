// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/footprint.h"
#include "core/footprint/model.h"
#include "widgets/common/retranslator.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace attnscope::widgets {

// The KV-cache footprint of one model, with the figures `attnscope footprint` prints: the
// model and its shape, elements per token and layer and per token (formula = numbers =
// value), bytes at the chosen bits per element, the cache of context x batch, MLA's
// decompressed cache and equivalent GQA groups, the cross-attention cache, the attention
// projection parameters and, against a compared preset, its figures and the reduction.
//
// The figures are a few 64-bit multiplications, so they are computed at once on the UI
// thread. A bits text that does not parse is shown as an error next to its control and the
// last valid figures stay; a size that does not fit in 64 bits, or an invalid shape, shows
// core's sentence instead of the figures.
class FootprintView : public QWidget
{
    Q_OBJECT

public:
    explicit FootprintView(QWidget *parent = nullptr);
    ~FootprintView() override;

    void setModel(const core::ModelShape &model);
    [[nodiscard]] const std::optional<core::ModelShape> &model() const { return m_model; }
    // The models the "Compare with" picker offers (by id); the current choice is kept when
    // its id is still offered.
    void setPresets(std::vector<core::ModelShape> presets);
    [[nodiscard]] const std::vector<core::ModelShape> &presets() const { return m_presets; }

    // The request's controls. A bits text is parsed as the control's text would be; false
    // (and the error shown next to the control) when it does not parse.
    bool setKvBitsText(const QString &text);
    bool setCompareBitsText(const QString &text);
    void setContext(int tokens);
    void setBatch(int sequences);
    // A preset id of presets(), or an empty string for none; false for an unknown id.
    bool setComparedPreset(const QString &id);
    [[nodiscard]] QString comparedPreset() const;
    [[nodiscard]] const core::FootprintRequest &request() const { return m_request; }
    [[nodiscard]] core::KvBits compareBits() const { return m_compareBits; }

    // The last figures computed (none before a model, after an overflow or for an invalid
    // shape) and those of the compared model.
    [[nodiscard]] const std::optional<core::Footprint> &footprint() const { return m_footprint; }
    [[nodiscard]] const std::optional<core::Footprint> &comparedFootprint() const { return m_compared; }
    [[nodiscard]] std::optional<double> reduction() const;

    // The text shown for a figure, by key: model, mechanism, shape, source, notes,
    // perTokenPerLayer, perToken, bytesPerToken, total, decompressed, gqaGroups,
    // crossPerSourceToken, parameters, compareModel, comparePerToken, compareTotal, reduction.
    // Empty when the figure is not shown.
    [[nodiscard]] QString figure(const QString &key) const;
    // The label shown with a figure, e.g. "bytes per token at 6 bits".
    [[nodiscard]] QString figureLabel(const QString &key) const;
    // The keys of the figures shown, in order.
    [[nodiscard]] QStringList figureKeys() const;
    // The error sentence shown instead of figures (overflow, invalid shape); empty if none.
    [[nodiscard]] QString errorText() const;
    // The errors shown next to the bits controls; empty if none.
    [[nodiscard]] QString kvBitsError() const;
    [[nodiscard]] QString compareBitsError() const;
    // Every row of the table as text, one per line, "label<TAB>value" (what "Copy all" copies).
    [[nodiscard]] QString text() const;

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    // New figures (or an error) are shown.
    void footprintChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void bitsEdited(QComboBox *box, QLabel *errorLabel, core::KvBits *target);
    void updateComparison();
    void updateSuffixes();
    void recompute();
    void rebuildTable();
    void fitLabelColumn();
    void addSection(const QString &title);
    void addRow(const QString &key, const QString &label, const QString &value);
    void copySelection() const;
    [[nodiscard]] QString selectionText() const;

    [[nodiscard]] QString number(std::int64_t value) const;
    [[nodiscard]] QString humanBytes(std::int64_t bytes) const;
    [[nodiscard]] QString bytesText(std::int64_t bytes) const;
    [[nodiscard]] QString mechanismLabel(core::Mechanism mechanism) const;
    [[nodiscard]] QString modelTitle(const core::ModelShape &model) const;
    [[nodiscard]] QString shapeLine(const core::ModelShape &model) const;
    // The comparison row: which cache is smaller, by how much, in words (needs both footprints).
    [[nodiscard]] QString comparisonText(const core::ModelShape &ours, const core::ModelShape &theirs) const;

    QComboBox *m_kvBits = nullptr;
    QLabel *m_kvBitsError = nullptr;
    QSpinBox *m_context = nullptr;
    QSpinBox *m_batch = nullptr;
    QComboBox *m_compare = nullptr;
    QComboBox *m_compareBitsBox = nullptr;
    QLabel *m_compareBitsError = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_error = nullptr;
    QTableWidget *m_table = nullptr;

    std::optional<core::ModelShape> m_model;
    std::vector<core::ModelShape> m_presets;
    std::optional<core::ModelShape> m_comparedModel;
    core::FootprintRequest m_request;
    core::KvBits m_compareBits;
    std::optional<core::Footprint> m_footprint;
    std::optional<core::Footprint> m_compared;
    core::FootprintRequest m_comparedRequest; // the request of m_compared
    QString m_errorText;
    Retranslator m_texts; // the controls' texts; recompute() writes the figures
};

} // namespace attnscope::widgets
