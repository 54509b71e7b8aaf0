// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the widgets library: the footprint chart's drawn items, shared by its two source
// files (footprintchart.cpp builds the lines, footprintmarkers.cpp the lines of memory, the
// markers where the models reach them, the target context and the labels' placement).
#pragma once

#include "core/footprint/plan.h"
#include "widgets/common/retranslator.h"
#include "widgets/views/footprint/footprintaxes_p.h"
#include "widgets/views/footprint/footprintchart.h"

#include <QCheckBox>
#include <QLabel>

#include <qcustomplot.h>

#include <optional>
#include <set>
#include <vector>

namespace attnscope::widgets {

struct FootprintChart::Private
{
    QCustomPlot *plot = nullptr;
    QCheckBox *logBytes = nullptr;
    QCheckBox *logContext = nullptr;
    std::vector<QCheckBox *> gpuBoxes;
    QLabel *gpuTitle = nullptr;
    QLabel *fill = nullptr;
    QLabel *problems = nullptr;
    QLabel *units = nullptr;
    QSharedPointer<footprint::BytesTicker> bytesTicker = QSharedPointer<footprint::BytesTicker>::create();
    QSharedPointer<footprint::LogBytesTicker> logBytesTicker = QSharedPointer<footprint::LogBytesTicker>::create();
    QSharedPointer<footprint::ContextTicker> contextTicker = QSharedPointer<footprint::ContextTicker>::create();
    QSharedPointer<footprint::LogContextTicker> logContextTicker = QSharedPointer<footprint::LogContextTicker>::create();

    // One per drawn model line: the line, its markers (no legend entry), the model index.
    struct Line
    {
        QCPGraph *graph = nullptr;
        QCPGraph *markers = nullptr;
        int model = -1;
        QColor colour;
        int overflowed = 0;
        std::optional<core::MemoryPlan> plan; // with a plan: at the target context
        std::int64_t targetBytes = -1;        // the cache at the target context (-1: beyond 64 bits)
    };
    std::vector<Line> lines;
    // The first model's stacked parts: the graph (its upper edge) and the part's own bytes.
    struct Band
    {
        QCPGraph *graph = nullptr;
        QVector<double> values;
    };
    std::vector<Band> bands;
    // The horizontal lines drawn: bytes and the right-hand axis' label.
    struct Budget
    {
        double bytes = 0.0;
        QString tick;
    };
    std::vector<Budget> budgets;
    QCPItemStraightLine *targetLine = nullptr;
    QCPItemText *targetLabel = nullptr;
    std::vector<QCPItemStraightLine *> gpuLines;
    QSharedPointer<QCPAxisTickerText> gpuTicker = QSharedPointer<QCPAxisTickerText>::create();
    // Each marker's label and the point it labels, in plot coordinates.
    struct MarkerLabel
    {
        QCPItemText *item = nullptr;
        double key = 0.0;
        double value = 0.0;
    };
    std::vector<MarkerLabel> markerLabels;
    // GPU tick labels dropped at the last layout because they came too close to another.
    std::set<std::size_t> crowdedGpus;
    int relayoutsLeft = 1;
    QStringList invalid; // sentences about models that were left out
    double minBytes = 0.0;
    double maxBytes = 0.0;
    Retranslator texts; // the controls and axis labels; rebuild() writes the rest
};

} // namespace attnscope::widgets
