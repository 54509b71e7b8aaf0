// SPDX-License-Identifier: GPL-3.0-or-later
// The timings panel's results table: the texts of its verdict cells and how it fits the dock.
#include "widgets/models/timingsmodel.h"
#include "widgets/views/timings/timingschart_p.h"
#include "widgets/views/timings/timingsview.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>
#include <vector>

namespace attnscope::widgets {

using core::Measurement;
using timings::formatSeconds;
using timings::significant;

QString TimingsView::shareText(const Measurement &m)
{
    const QString share = significant(100.0 * m.bandwidthShare()) + QLatin1Char('%');
    return timingFitsInCache(m) ? TimingsView::tr("%1 in cache").arg(share) : share;
}

QString TimingsView::rooflineText(const Measurement &m)
{
    const QString time = formatSeconds(m.rooflineSeconds);
    return timingBound(m) == TimingBound::Compute ? TimingsView::tr("%1 compute-bound").arg(time) : time;
}

void TimingsView::fitColumns()
{
    // Each column wants its widest cell on one line and needs at least its widest word (cells
    // and headers wrap between words). Where the wants do not fit, every column gives up the
    // same share of what it has above its need; below the needs, all shrink and elide.
    QHeaderView *header = m_table->horizontalHeader();
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    const QFontMetrics cellMetrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    const auto widestWord = [](const QFontMetrics &fm, const QString &text) {
        int w = 0;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            w = std::max(w, fm.horizontalAdvance(word));
        return w;
    };
    const int columns = m_table->columnCount();
    std::vector<int> want(std::size_t(columns), 0), need(std::size_t(columns), 0);
    int wants = 0, needs = 0;
    for (int c = 0; c < columns; ++c) {
        if (m_table->isColumnHidden(c))
            continue;
        const QString title = m_table->horizontalHeaderItem(c)->text();
        int w = std::max(static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(c),
                         headerMetrics.horizontalAdvance(title) + 12);
        int n = widestWord(headerMetrics, title) + 12;
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (const QTableWidgetItem *item = m_table->item(r, c))
                n = std::max(n, widestWord(cellMetrics, item->text()) + 12);
        w = std::max(w, n);
        want[std::size_t(c)] = w;
        need[std::size_t(c)] = n;
        wants += w;
        needs += n;
    }
    const double give =
        wants > available && wants > needs ? std::clamp(double(wants - available) / (wants - needs), 0.0, 1.0) : 0.0;
    const double scale = needs > available ? double(available) / needs : 1.0;
    for (int c = 0; c < columns; ++c) {
        if (m_table->isColumnHidden(c))
            continue;
        const std::size_t i = std::size_t(c);
        const double w = (need[i] + (want[i] - need[i]) * (1.0 - give)) * scale;
        header->resizeSection(c, std::max(header->minimumSectionSize(), int(w)));
    }
    const bool wraps = wants > available;
    header->setFixedHeight((wraps ? 2 : 1) * headerMetrics.height() + 10);
    m_table->resizeRowsToContents();
}

bool TimingsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

} // namespace attnscope::widgets
