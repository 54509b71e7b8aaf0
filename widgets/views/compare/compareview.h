// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "widgets/common/retranslator.h"
#include "widgets/views/page.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QLabel;
class QSpinBox;

namespace attnscope::widgets {

class CompareModel;
class HeatmapView;
struct CompareSet;

// MHA, GQA, MQA and MLA side by side on one shape, input and seed (see compareset.h): the
// attention map of one chosen query head for each, how far each output is from MHA's, and
// bars of the KV cache each keeps per token and layer.
//
// The view observes a CompareModel, which it creates and owns (model()): setBaseConfig() hands
// the base to it, and the model computes the four off the UI thread on the job runner; a newer
// base supersedes one still being computed (its result is never shown). updated() follows each
// result shown.
class CompareView : public QWidget, public Page
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // The shape to compare: d_model, heads, head width, tokens, seed (and MLA's latent sizes
    // when set). Its mechanism, causal flag and attention kind are not used: all four are
    // causal self-attention.
    void setBaseConfig(const core::Config &base);
    [[nodiscard]] core::Config baseConfig() const;
    // The model the view observes (owned by the view).
    [[nodiscard]] CompareModel *model() const { return m_model; }

    // The query head shown in all four maps, clamped to [0, heads - 1].
    void setHead(int head);
    [[nodiscard]] int head() const;
    [[nodiscard]] int headCount() const;

    // Whether a computation is running or waiting.
    [[nodiscard]] bool isBusy() const override;

    // Views in the order MHA, GQA, MQA, MLA (index 0..3), for tests and the main window.
    [[nodiscard]] static int mechanismCount() { return 4; }
    [[nodiscard]] static core::Mechanism mechanismAt(int index);
    [[nodiscard]] HeatmapView *mapView(int index) const;
    // The heading over a map ("MHA — 4 KV heads") and the line under it ("reference",
    // "max |Δ| = 0.312, mean 0.080").
    [[nodiscard]] QString titleText(int index) const;
    [[nodiscard]] QString differenceText(int index) const;
    // The explanation above the maps.
    [[nodiscard]] QString noteText() const;
    // The bars as drawn: KV cache elements per token per layer, and their axis labels.
    [[nodiscard]] std::vector<double> barValues() const;
    [[nodiscard]] QStringList barLabels() const;
    // The title over the bars ("KV cache per token and layer (elements)").
    [[nodiscard]] QString barTitleText() const;
    // The Table 1 formula of a mechanism's cache per token and layer ("d_c + d_h^R").
    [[nodiscard]] static QString kvFormulaText(int index);
    // The last result shown (nullptr before the first).
    [[nodiscard]] std::shared_ptr<const CompareSet> compareSet() const { return m_set; }
    // One row per mechanism: KV heads, cache per token and layer, difference from MHA, and
    // the shown head's attention weights (row-major).
    [[nodiscard]] QByteArray csv() const override;
    [[nodiscard]] std::shared_ptr<Figure> figure(const FigureOptions &options, QString *why) const override;

    // Page "compare": compares the four mechanisms at the shape of each trace.
    [[nodiscard]] QWidget *widget() override { return this; }
    void showTrace(const std::shared_ptr<const core::Trace> &, const core::Config &config) override
    {
        setBaseConfig(config);
    }

Q_SIGNALS:
    // A new result is on screen (four maps, differences and bars).
    void updated();
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Cell;
    void onSetChanged();
    void onFailed(const QString &message);
    void showSet();
    void showHead();
    void updateBars();
    void applyPalette();

    CompareModel *m_model = nullptr;         // a child
    std::shared_ptr<const CompareSet> m_set; // the one shown

    QLabel *m_note = nullptr;
    QLabel *m_status = nullptr;
    QSpinBox *m_head = nullptr;
    std::vector<std::unique_ptr<Cell>> m_cells;
    struct BarChart;
    std::unique_ptr<BarChart> m_bars;
    Retranslator m_texts; // the fixed texts; showSet() and showHead() write those of the result
};

} // namespace attnscope::widgets
