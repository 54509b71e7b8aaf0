// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the widgets library: included by .cpp files only (it includes QCustomPlot).
#pragma once

#include <QFont>
#include <QPalette>
#include <QSharedPointer>
#include <QString>

#include <qcustomplot.h>

#include <vector>

class QLabel;
class QWidget;

namespace attnscope::widgets {

class TimingsModel;

// The timings panel's number formats, shared by its table and its chart.
namespace timings {

// Three significant figures: 1.23, 12.3, 123, 1,234.
[[nodiscard]] QString significant(double v);
// A duration in the unit that reads best: 850 ns, 12.3 µs, 4.56 ms, 1.23 s; compact drops
// trailing zeros (axis ticks: 10 µs rather than 10.0 µs).
[[nodiscard]] QString formatSeconds(double seconds, bool compact = false);
// Context lengths as they are quoted: 512, 4K = 4096, 128K.
[[nodiscard]] QString formatTokens(double tokens);

} // namespace timings

// The chart of the timings panel's sweep: median decode time against context on log-log axes,
// one line per mechanism and backend, with the roofline bound dotted (no legend entry).
class TimingsChart
{
public:
    // The plot is a child of `parent`, which lays it out.
    explicit TimingsChart(QWidget *parent);

    [[nodiscard]] QCustomPlot *plot() const { return m_plot; }

    // The axis labels, in the current language.
    void retranslate();
    // Draws the model's sweep results (none: the sweep's context range, empty) and writes the
    // chart's title into `title`; without a model, only clears the lines.
    void rebuild(const TimingsModel *model, QLabel *title);
    // The widget's palette and font.
    void applyStyle(const QPalette &palette, const QFont &font);

    // The measured lines (rooflines not counted): one per mechanism and backend.
    [[nodiscard]] int graphCount() const;
    [[nodiscard]] QString graphName(int graph) const;
    [[nodiscard]] int pointCount(int graph) const;

private:
    struct Line
    {
        QString backend;
        QString series;
        QCPGraph *graph = nullptr;
        QCPGraph *roofline = nullptr;
    };

    QCustomPlot *m_plot = nullptr;
    std::vector<Line> m_lines;
    QSharedPointer<QCPAxisTicker> m_tokensTicker;
    QSharedPointer<QCPAxisTicker> m_secondsTicker;
};

} // namespace attnscope::widgets
