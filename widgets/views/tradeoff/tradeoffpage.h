// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/models/tradeofftable.h"
#include "widgets/views/page.h"

#include <QPointF>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

namespace attnscope::widgets {

// Page "tradeoff", "Quality vs cache": what the four shipped teaching language models (MHA, GQA,
// MQA, MLA; docs/teaching-models.md) measured against the KV cache each keeps per token. A chart
// with one labelled point per model (x: the cache per token, y: the metric the combo box chooses),
// a table of every number of their results.json, and a reading of the data in words. It reads the
// files once, when it is made; when they are not found it shows why instead.
class TradeoffPage : public QWidget, public Page
{
    Q_OBJECT

public:
    // What the x axis counts: elements per token in one layer, or bytes per token in all layers
    // at 16 bits per element.
    enum class CacheAxis { ElementsPerLayer, BytesPerToken };

    // Reads the models under model::teachingModelsDir().
    explicit TradeoffPage(QWidget *parent = nullptr);
    // Shows these results (tests; an empty list with an error shows the error).
    TradeoffPage(std::vector<model::TeachingResults> results, const QString &error, QWidget *parent = nullptr);
    ~TradeoffPage() override;

    void setMetric(TradeoffMetric metric);
    [[nodiscard]] TradeoffMetric metric() const { return m_metric; }
    void setCacheAxis(CacheAxis axis);
    [[nodiscard]] CacheAxis cacheAxis() const { return m_axis; }

    // What is drawn, for tests: one point per model, in the table's order.
    [[nodiscard]] int pointCount() const;
    [[nodiscard]] QPointF point(int index) const;
    [[nodiscard]] QString pointLabel(int index) const;
    [[nodiscard]] QString yAxisLabel() const;
    [[nodiscard]] QString xAxisLabel() const;
    // The sentences under the chart, and the error shown instead of it ("" when none).
    [[nodiscard]] QString readingText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] TradeoffTableModel *tableModel() const { return m_table; }

    // Page: the table as CSV (tradeoffCsv); the traces of the window do not change it.
    [[nodiscard]] QWidget *widget() override { return this; }
    void showTrace(const std::shared_ptr<const core::Trace> &trace, const core::Config &config) override;
    [[nodiscard]] QByteArray csv() const override;
    [[nodiscard]] std::shared_ptr<Figure> figure(const FigureOptions &options, QString *why) const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
    TradeoffTableModel *m_table = nullptr;
    TradeoffMetric m_metric = TradeoffMetric::HeldOutLoss;
    CacheAxis m_axis = CacheAxis::ElementsPerLayer;

    void build(const QString &error);
    void rebuild();
    void updateTexts();
    void placeLabels();
    void fitTable();
    [[nodiscard]] double cacheValue(const model::TeachingResults &r) const;
};

} // namespace attnscope::widgets
