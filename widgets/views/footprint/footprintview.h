// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/footprint.h"
#include "core/footprint/model.h"
#include "widgets/common/retranslator.h"
#include "widgets/models/footprintsettings.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace attnscope::widgets {

// The KV-cache footprint of one model and its memory plan, with the figures `attnscope
// footprint` prints for the same flags: the model, its shape and layer kinds, the values its
// config left to a default, elements and bytes per token, the cache layer kind by layer kind,
// MLA's decompressed cache and equivalent GQA groups, the cross-attention cache, the memory
// plan on N GPUs (weights, cache per GPU, what is left, the largest context and batch), and
// against a compared model, which cache is smaller and by how much.
//
// Its controls edit a FootprintSettings, which the footprint chart and the status bar observe:
// KV bits, context, batch, source tokens, the compared model, the plan (GPU memory, GPUs,
// reserve, weight bits, block size, data-parallel attention) and the models also drawn on the
// chart. The figures are a few 64-bit multiplications, computed at once on the UI thread. A
// bits text that does not parse is shown as an error next to its control and the last valid
// figures stay; a size that does not fit in 64 bits, or an invalid shape, shows core's sentence.
class FootprintView : public QWidget
{
    Q_OBJECT

public:
    // A view with settings of its own, or one that edits the window's.
    explicit FootprintView(QWidget *parent = nullptr);
    FootprintView(FootprintSettings *settings, QWidget *parent);
    ~FootprintView() override;

    [[nodiscard]] FootprintSettings *settings() const { return m_settings; }

    void setModel(const core::ModelShape &model);
    [[nodiscard]] const std::optional<core::ModelShape> &model() const { return m_settings->model(); }
    // The presets the pickers offer (by id), with the imported configs after them; the current
    // choice is kept when it is still offered.
    void setPresets(std::vector<core::ModelShape> presets);
    [[nodiscard]] const std::vector<core::ModelShape> &presets() const { return m_presets; }

    // The request's controls. A bits text is parsed as the control's text would be; false
    // (and the error shown next to the control) when it does not parse.
    bool setKvBitsText(const QString &text);
    bool setCompareBitsText(const QString &text);
    void setContext(int tokens);
    void setBatch(int sequences);
    // A preset id of presets() or an imported config's path, or an empty string for none; false
    // for an unknown one.
    bool setComparedPreset(const QString &id);
    [[nodiscard]] QString comparedPreset() const;
    [[nodiscard]] const core::FootprintRequest &request() const { return m_settings->request(); }
    [[nodiscard]] core::KvBits compareBits() const { return m_settings->compareBits(); }
    // The plan's figures for the model (none without a plan or when it cannot be made).
    [[nodiscard]] const std::optional<core::MemoryPlan> &plan() const { return m_figures.plan; }

    // The last figures computed (none before a model, after an overflow or for an invalid
    // shape) and those of the compared model.
    [[nodiscard]] const std::optional<core::Footprint> &footprint() const { return m_figures.footprint; }
    [[nodiscard]] const std::optional<core::Footprint> &comparedFootprint() const { return m_comparedFigures.footprint; }
    [[nodiscard]] std::optional<double> reduction() const;

    // The text shown for a figure, by key: model, mechanism, shape, layers, defaulted, source,
    // notes, perTokenPerLayer, perToken, bytesPerToken, share.full, share.window<W>, share.cross,
    // total, alternative, noCache, decompressed, gqaGroups, crossPerSourceToken, parameters,
    // planParameters, planWeights, planCache, planCacheScales, planReserve, planLeft,
    // planMaxContext, planMaxBatch, planError, compareModel, comparePerToken, compareTotal,
    // reduction.
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
    void build();
    void bitsEdited(QComboBox *box, QLabel *errorLabel, bool compared);
    void fillPickers();
    void syncControls();
    void updateSuffixes();
    void recompute();
    void rebuildTable();
    void fitLabelColumn();
    void copySelection() const;
    [[nodiscard]] QString selectionText() const;

    FootprintSettings *m_settings = nullptr;
    QComboBox *m_kvBits = nullptr;
    QLabel *m_kvBitsError = nullptr;
    QSpinBox *m_context = nullptr;
    QSpinBox *m_batch = nullptr;
    QSpinBox *m_source = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_compare = nullptr;
    QComboBox *m_compareBitsBox = nullptr;
    QLabel *m_compareBitsError = nullptr;
    QGroupBox *m_planBox = nullptr;
    QWidget *m_planFields = nullptr;
    QComboBox *m_gpuGib = nullptr;
    QLabel *m_gpuGibError = nullptr;
    QSpinBox *m_gpus = nullptr;
    QDoubleSpinBox *m_reserve = nullptr;
    QComboBox *m_weightBits = nullptr;
    QSpinBox *m_blockSize = nullptr;
    QCheckBox *m_dpAttention = nullptr;
    QToolButton *m_overlays = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_error = nullptr;
    QTableWidget *m_table = nullptr;

    std::vector<core::ModelShape> m_presets;
    QList<QAction *> m_overlayActions; // the overlay menu's items, in its submenus too
    FootprintFigures m_figures;
    FootprintFigures m_comparedFigures;
    QString m_errorText;
    Retranslator m_texts; // the controls' texts; recompute() writes the figures
};

} // namespace attnscope::widgets
