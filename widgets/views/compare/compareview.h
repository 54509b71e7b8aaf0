// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "widgets/common/retranslator.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

class QLabel;
class QSpinBox;

namespace attnscope::widgets {

class HeatmapView;
struct CompareSet;

// MHA, GQA, MQA and MLA side by side on one shape, input and seed (see compareset.h): the
// attention map of one chosen query head for each, how far each output is from MHA's, and
// bars of the KV cache each keeps per token and layer.
//
// setBaseConfig() computes the four off the UI thread; a newer base supersedes one still
// being computed (its result is never shown). updated() follows each result shown.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // The shape to compare: d_model, heads, head width, tokens, seed (and MLA's latent sizes
    // when set). Its mechanism, causal flag and attention kind are not used: all four are
    // causal self-attention.
    void setBaseConfig(const core::Config &base);
    [[nodiscard]] core::Config baseConfig() const { return m_base; }

    // The query head shown in all four maps, clamped to [0, heads - 1].
    void setHead(int head);
    [[nodiscard]] int head() const;
    [[nodiscard]] int headCount() const;

    // Whether a computation is running or waiting.
    [[nodiscard]] bool isBusy() const { return m_running || m_hasPending; }

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
    // The last result shown (nullptr before the first).
    [[nodiscard]] std::shared_ptr<const CompareSet> compareSet() const { return m_set; }
    // One row per mechanism: KV heads, cache per token and layer, difference from MHA, and
    // the shown head's attention weights (row-major).
    [[nodiscard]] QByteArray csv() const;

Q_SIGNALS:
    // A new result is on screen (four maps, differences and bars).
    void updated();
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Result;
    struct Cell;
    void start(const core::Config &base, std::uint64_t generation);
    void finish(const Result &result);
    void showSet();
    void showHead();
    void updateBars();
    void applyPalette();

    core::Config m_base;
    std::shared_ptr<const CompareSet> m_set;
    std::uint64_t m_generation = 0;
    // Read by the running worker to stop between mechanisms once superseded.
    std::shared_ptr<std::atomic<std::uint64_t>> m_latest;
    bool m_running = false;
    bool m_hasPending = false;
    core::Config m_pending;

    QLabel *m_note = nullptr;
    QLabel *m_status = nullptr;
    QSpinBox *m_head = nullptr;
    std::vector<std::unique_ptr<Cell>> m_cells;
    struct BarChart;
    std::unique_ptr<BarChart> m_bars;
    Retranslator m_texts; // the fixed texts; showSet() and showHead() write those of the result
};

} // namespace attnscope::widgets
