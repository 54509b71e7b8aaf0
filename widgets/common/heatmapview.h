// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

namespace attnscope::widgets {

// A matrix drawn as a heatmap, as matrices are written: row 0 at the top, one cell per
// entry centred on its integer tick, rows and columns named by text labels (thinned out
// when there are more than fit). Hovering a cell shows its labels and value.
class HeatmapView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapView(QWidget *parent = nullptr);
    ~HeatmapView() override;

    // Shows `matrix` [rows, cols]. Labels of the wrong length are replaced by indices.
    void setMatrix(const core::Matrix &matrix, const QStringList &rowLabels, const QStringList &colLabels,
                   const QString &title, const QString &rowAxisTitle, const QString &colAxisTitle);
    // Replaces the values of the matrix shown by `matrix` of the same shape, keeping labels,
    // titles, colour range and highlight: one frame of an animation, without the relayout a
    // new matrix costs. Returns false, changing nothing, when no matrix of that shape is shown.
    bool updateValues(const core::Matrix &matrix);
    // Shows no data, only a message saying why (empty: a neutral one).
    void clear(const QString &message = QString());

    // A highlighted part of the matrix (an animation's cell being computed): a translucent
    // band over rows [row, row + rowSpan) across the whole width, one over columns
    // [col, col + colSpan) down the whole height, and an outline where the two cross. A
    // negative row (column) draws no row (column) band and no outline.
    struct Highlight
    {
        int row = -1;
        int col = -1;
        int rowSpan = 1;
        int colSpan = 1;
        [[nodiscard]] bool isActive() const { return row >= 0 || col >= 0; }
        bool operator==(const Highlight &) const = default;
    };
    // Spans are clamped to the matrix, a row or column outside it is dropped. A new matrix
    // (setMatrix(), clear()) clears the highlight; updateValues() keeps it.
    void setHighlight(int row, int col, int rowSpan = 1, int colSpan = 1);
    void clearHighlight();
    [[nodiscard]] Highlight highlight() const;

    // Fixes the colour scale, e.g. to [0, 1] for attention weights so that heads and
    // mechanisms compare by colour; setAutoDataRange() fits it to each matrix instead.
    void setDataRange(double lower, double upper);
    void setAutoDataRange();
    [[nodiscard]] bool isDataRangeFixed() const;
    // The colour scale's range in use.
    [[nodiscard]] std::pair<double, double> dataRange() const;
    void setColorScaleLabel(const QString &label);
    [[nodiscard]] QString colorScaleLabel() const;
    // Writes each value into its cell when the cells are large enough to hold it.
    void setShowValues(bool show);

    [[nodiscard]] bool hasMatrix() const;
    [[nodiscard]] const core::Matrix &matrix() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] QStringList rowLabels() const;
    [[nodiscard]] QStringList colLabels() const;
    [[nodiscard]] QString rowAxisTitle() const;
    [[nodiscard]] QString colAxisTitle() const;
    [[nodiscard]] QString message() const;
    // The value of a cell; NaN outside the matrix.
    [[nodiscard]] float valueAt(int row, int col) const;

    // The cell (row, column) under a point in this widget's coordinates, if any.
    [[nodiscard]] std::optional<std::pair<int, int>> cellAt(const QPoint &pos) const;
    // Centre of a cell in this widget's coordinates, as laid out at the last repaint.
    [[nodiscard]] QPoint cellCenter(int row, int col) const;
    // The hover text of a cell: its row label, column label and value to 4 decimals.
    [[nodiscard]] QString toolTipText(int row, int col) const;
    // Every how many rows / columns a label is shown (1 = all), as of the last repaint.
    [[nodiscard]] int rowLabelStep() const;
    [[nodiscard]] int colLabelStep() const;
    // Whether the column labels are written upwards (they fit that way but not side by side).
    [[nodiscard]] bool colLabelsUpright() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The cell under the mouse; (-1, -1) when it leaves the matrix.
    void cellHovered(int row, int col);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace attnscope::widgets
