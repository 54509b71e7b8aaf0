// SPDX-License-Identifier: GPL-3.0-or-later
// The footprint chart's lines of memory (GPU sizes, or the plan's GPU and what its reserve
// leaves), the markers where each model reaches them, the target context, and where the
// markers' labels go.
#include "widgets/common/labels.h"
#include "widgets/common/plotutil.h"
#include "widgets/models/footprintsettings.h"
#include "widgets/views/footprint/footprintchart_p.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace attnscope::widgets {

using footprint::formatBytes;
using footprint::formatTokens;

void FootprintChart::rebuildTarget()
{
    QCustomPlot *plot = d->plot;
    if (d->targetLine) {
        plot->removeItem(d->targetLine);
        plot->removeItem(d->targetLabel);
        d->targetLine = nullptr;
        d->targetLabel = nullptr;
    }
    if (m_target <= 0 || d->lines.empty())
        return;
    QColor colour = palette().color(QPalette::Text);
    colour.setAlphaF(0.6f);
    d->targetLine = new QCPItemStraightLine(plot);
    d->targetLine->point1->setCoords(double(m_target), 1.0);
    d->targetLine->point2->setCoords(double(m_target), 2.0);
    d->targetLine->setPen(QPen(colour, 1.2, Qt::DashDotLine));
    d->targetLine->setSelectable(false);
    d->targetLabel = new QCPItemText(plot);
    d->targetLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    d->targetLabel->position->setCoords(double(m_target), 0.0);
    d->targetLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    d->targetLabel->setText(tr("context %1").arg(formatTokens(double(m_target))));
    d->targetLabel->setColor(palette().color(QPalette::Text));
    d->targetLabel->setBrush(palette().brush(QPalette::Base));
    d->targetLabel->setPadding(QMargins(4, 2, 4, 2));
    d->targetLabel->setClipToAxisRect(true);
    d->targetLabel->setSelectable(false);
}

void FootprintChart::rebuildMarkers()
{
    QCustomPlot *plot = d->plot;
    for (auto *item : d->gpuLines)
        plot->removeItem(item);
    for (const auto &label : d->markerLabels)
        plot->removeItem(label.item);
    d->gpuLines.clear();
    d->markerLabels.clear();
    d->crowdedGpus.clear();
    d->budgets.clear();
    d->relayoutsLeft = 1;
    m_markers.clear();

    const QColor text = palette().color(QPalette::Text);
    QColor lineColour = text;
    lineColour.setAlphaF(0.55f);
    QFont smallBold = font();
    smallBold.setPointSizeF(smallBold.pointSizeF() * 0.9);
    smallBold.setBold(true);
    // The line's colour, a shade towards the text colour so that thin glyphs stay readable.
    const bool lightBase = palette().color(QPalette::Base).lightness() >= 128;

    for (auto &line : d->lines)
        line.markers->data()->clear();

    // One horizontal line, and on each model's line a marker where it reaches it.
    const auto addBudget = [&](double y, const QString &tick, Qt::PenStyle style, int gpu, bool markers,
                               const std::function<std::int64_t(const Private::Line &)> &contextOf) {
        auto *hline = new QCPItemStraightLine(plot);
        hline->point1->setCoords(1.0, y); // x > 0: valid on a logarithmic axis as well
        hline->point2->setCoords(2.0, y);
        hline->setPen(QPen(lineColour, 1.5, style));
        hline->setSelectable(false);
        d->gpuLines.push_back(hline);
        d->budgets.push_back({y, tick});
        QStringList where;
        for (auto &line : d->lines) {
            const core::ModelShape &model = m_models[std::size_t(line.model)];
            Marker marker;
            marker.model = line.model;
            marker.gpu = gpu;
            marker.budgetBytes = std::int64_t(y);
            marker.context = contextOf(line);
            marker.inRange = markers && marker.context >= m_from && marker.context <= m_to;
            const QString mech = std::size_t(line.model) < m_labels.size() && !m_labels[std::size_t(line.model)].isEmpty()
                                     ? m_labels[std::size_t(line.model)]
                                 : model.name.empty() ? mechanismAcronym(model.mechanism)
                                                      : QString::fromStdString(model.name);
            where << tr("%1 %2").arg(mech, marker.context == core::kUnbounded ? tr("any")
                                           : marker.context > 0             ? formatTokens(double(marker.context))
                                                                            : tr("none"));
            if (markers)
                m_markers.push_back(marker);
            if (!marker.inRange)
                continue;
            line.markers->addData(double(marker.context), y);
            auto *tokens = new QCPItemText(plot);
            tokens->position->setCoords(double(marker.context), y);
            // Where it goes is decided after each layout (placeMarkerLabels), clear of the rest.
            tokens->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            tokens->setPadding(QMargins(6, 3, 6, 3));
            tokens->setText(formatTokens(double(marker.context)));
            tokens->setColor(lightBase ? line.colour.darker(130) : line.colour.lighter(120));
            tokens->setFont(smallBold);
            tokens->setSelectable(false);
            tokens->setClipToAxisRect(true);
            d->markerLabels.push_back({tokens, double(marker.context), y});
        }
        return where.join(QStringLiteral(", "));
    };

    QStringList fills;
    if (m_plan && m_settings) {
        const core::PlanRequest r = m_settings->planRequest();
        const double gpu = double(r.gpuBytes);
        const double usable = double(r.gpuBytes - r.reserveBytes);
        const QString gib = QLocale().toString(m_settings->gpuGib(), 'g', 6);
        const bool reserve = r.reserveBytes > 0;
        addBudget(gpu, tr("%1 GiB").arg(gib), Qt::DashLine, -1, !reserve, [](const Private::Line &line) {
            return line.plan ? line.plan->maxContext : std::int64_t{0};
        });
        if (reserve)
            addBudget(usable, tr("%1 GiB usable").arg(QLocale().toString(usable / double(std::int64_t{1} << 30), 'g', 6)),
                      Qt::DotLine, -1, true, [](const Private::Line &line) {
                return line.plan ? line.plan->maxContext : std::int64_t{0};
            });
        QStringList where;
        for (const auto &line : d->lines) {
            if (!line.plan)
                continue;
            const core::ModelShape &model = m_models[std::size_t(line.model)];
            const QString name = std::size_t(line.model) < m_labels.size() && !m_labels[std::size_t(line.model)].isEmpty()
                                     ? m_labels[std::size_t(line.model)]
                                     : QString::fromStdString(model.name);
            const std::int64_t c = line.plan->maxContext;
            where << tr("%1: context %2 at batch %3, batch %4 at context %5")
                         .arg(name,
                              c == core::kUnbounded ? tr("any") : c > 0 ? QLocale().toString(qlonglong(c)) : tr("none"),
                              QLocale().toString(qlonglong(m_batch)), QLocale().toString(qlonglong(line.plan->maxBatch)),
                              QLocale().toString(qlonglong(m_target)));
        }
        if (!where.isEmpty())
            fills << tr("Largest context and batch that fit one GPU with its weights: %1.").arg(where.join(QStringLiteral("; ")));
    } else {
        for (std::size_t g = 0; g < gpuMemories().size(); ++g) {
            if (!m_gpuVisible[g])
                continue;
            const GpuMemory &gpu = gpuMemories()[g];
            const QString where = addBudget(double(gpu.bytes()), tr("%1 GiB").arg(gpu.gib), Qt::DashLine, int(g), true,
                                            [&](const Private::Line &line) {
                                                core::FootprintRequest r;
                                                r.bits = m_bits;
                                                r.batch = m_batch;
                                                if (m_settings && line.model < int(m_compared.size())
                                                    && m_compared[std::size_t(line.model)])
                                                    r.bits = m_settings->compareBits();
                                                if (m_settings && m_models[std::size_t(line.model)].crossLayers > 0)
                                                    r.sourceTokens = m_settings->request().sourceTokens;
                                                return core::maxContextForBudget(m_models[std::size_t(line.model)], r,
                                                                                 gpu.bytes());
                                            });
            fills << tr("The cache alone fills %1 GiB at %2 tokens per sequence.").arg(gpu.gib).arg(where);
        }
    }
    if (fills.isEmpty() || d->lines.empty()) {
        d->fill->clear();
        d->fill->hide();
    } else {
        d->fill->setText(fills.join(QLatin1Char('\n')));
        d->fill->show();
    }
}

void FootprintChart::afterLayout()
{
    QCustomPlot *plot = d->plot;
    const QRectF area = plot->axisRect()->rect();

    // GPU labels closer than a line of text to a larger size's would overlap: the smaller one
    // loses its label (its line, markers and the sentence below stay). Vertical positions do
    // not depend on the right-hand labels, so one more layout settles it.
    std::set<std::size_t> crowded;
    const double minGap = QFontMetricsF(plot->yAxis2->tickLabelFont()).height();
    double lastPixel = std::numeric_limits<double>::infinity();
    // The budgets come largest last (the GPU, then what the reserve leaves; or the GPU sizes).
    for (std::size_t g = d->budgets.size(); g-- > 0;) {
        const double pixel = plot->yAxis2->coordToPixel(d->budgets[g].bytes);
        if (std::abs(pixel - lastPixel) < minGap)
            crowded.insert(g);
        else
            lastPixel = pixel;
    }
    if (crowded != d->crowdedGpus && d->relayoutsLeft > 0) {
        --d->relayoutsLeft;
        d->crowdedGpus = crowded;
        d->gpuTicker->clear();
        for (std::size_t g = 0; g < d->budgets.size(); ++g)
            if (!crowded.count(g))
                d->gpuTicker->addTick(d->budgets[g].bytes, d->budgets[g].tick);
        replotIfSized(plot, QCustomPlot::rpQueuedReplot);
    }

    // Marker labels: the first of four places around the marker that stays inside the plot and
    // clear of the markers and the labels placed before; none fits: no label (the sentence
    // below the chart still gives the number).
    QList<QRectF> taken;
    for (const auto &label : d->markerLabels) {
        const QPointF p(plot->xAxis->coordToPixel(label.key), plot->yAxis->coordToPixel(label.value));
        taken << QRectF(p - QPointF(5, 5), QSizeF(10, 10));
    }
    for (const auto &label : d->markerLabels) {
        QCPItemText *item = label.item;
        const QPointF p(plot->xAxis->coordToPixel(label.key), plot->yAxis->coordToPixel(label.value));
        const QFontMetricsF fm(item->font());
        const QMargins pad = item->padding();
        const QSizeF size(fm.horizontalAdvance(item->text()) + pad.left() + pad.right(),
                          fm.height() + pad.top() + pad.bottom());
        // Below right first: the line that crosses here runs up and to the right.
        const std::pair<Qt::Alignment, QPointF> places[] = {
            {Qt::AlignLeft | Qt::AlignTop, p},
            {Qt::AlignRight | Qt::AlignBottom, p - QPointF(size.width(), size.height())},
            {Qt::AlignRight | Qt::AlignTop, p - QPointF(size.width(), 0)},
            {Qt::AlignLeft | Qt::AlignBottom, p - QPointF(0, size.height())},
        };
        bool placed = false;
        for (const auto &[alignment, topLeft] : places) {
            QRectF box(topLeft, size);
            // The markers' own squares overlap every box by a corner: test a box shrunk past them.
            const QRectF core = box.adjusted(pad.left(), pad.top(), -pad.right(), -pad.bottom());
            const bool inside = area.contains(box);
            const bool clear =
                std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(core); });
            if (inside && clear) {
                item->setPositionAlignment(alignment);
                taken << core;
                placed = true;
                break;
            }
        }
        item->setVisible(placed);
    }
}

} // namespace attnscope::widgets
