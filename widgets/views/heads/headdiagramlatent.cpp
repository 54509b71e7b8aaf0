// SPDX-License-Identifier: GPL-3.0-or-later
// The MLA drawing of HeadDiagram: the cached latent c_KV and the shared RoPE key k_R under the
// n_h query heads; naive, W_UK and W_UV fan out to every head; absorbed, each query carries its
// W_UK^T and reads c_KV directly, and W_UV W_O is one folded output over the heads.
#include "widgets/common/palette.h"
#include "widgets/common/richname.h"
#include "widgets/views/heads/headdiagram.h"
#include "widgets/views/heads/headdiagram_p.h"

#include <QPainter>

#include <algorithm>

namespace attnscope::widgets {

using core::Mechanism;
using namespace headdiagram_p;

namespace {

// A box's name in rich notation, centred, only where it fits.
void drawRichLabel(QPainter &p, const QRectF &r, const QColor &fill, const QString &label)
{
    const QSizeF size = richNameSize(label, p.font());
    if (size.width() + 4 > r.width() || size.height() > r.height() + 4)
        return;
    p.setPen(textOn(fill));
    paintRichName(p, r, label, Qt::AlignCenter | Qt::AlignVCenter);
}

} // namespace

void HeadDiagram::paintLatent(QPainter &p, const QRectF &area)
{
    const core::Config &c = m_config;
    const int n = int(c.nHeads);
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QColor mla = mechanismColor(Mechanism::Mla);
    const QColor rope = seriesColor(2); // orange: the rotary key
    const QColor background = palette().color(QPalette::Base);
    const bool broadcasting = isLatentHighlighted();
    const double local = broadcasting ? m_broadcastProgress : 1.0;

    p.setPen(text);
    const QRectF captionRect = paintCaption(p, area, caption(), font());
    const double rowLabel = fm.height();
    const double header = headerHeight(rowLabel);
    const double top = area.top() + header + 5;
    // The broadcast line gets its own row where there is room, else it takes the row under the cache.
    const double tight = captionRect.top() - 8 - rowLabel - 6;
    const bool ownLine = tight - (rowLabel + 4) - top >= 3 * 14.0 + 16;
    const double bottom = ownLine ? tight - (rowLabel + 4) : tight;
    if (broadcasting && ownLine)
        drawBroadcastLine(p, QRectF(area.left(), captionRect.top() - 4 - rowLabel, area.width(), rowLabel),
                          broadcastCaption(), mla.darker(140));
    const bool absorbed = isAbsorbed();
    const double boxHeight = std::clamp((bottom - top) * (absorbed ? 0.16 : 0.22), 14.0, 36.0);
    // Absorbed: the folded output W_UV W_O is a band over the query row, and under each query
    // its W_UK^T, the absorbed query that reads the latent directly.
    const double band = absorbed ? std::max(boxHeight, rowLabel + 4) : 0.0;
    const QRectF outRow(area.left(), top, area.width(), band);
    const QRectF qRow(area.left(), top + (absorbed ? band + 6 : 0.0), area.width(), boxHeight);
    const double strip = absorbed ? std::max(6.0, boxHeight * 0.5) : 0.0;
    const double fanTop = qRow.bottom() + strip;
    const Slots q = slotsFor(n, area.left(), area.width());

    // The cache: c_KV (width ~ d_c) and k_R (width ~ d_h^R), side by side in the middle.
    const double total = double(std::max<std::int64_t>(1, c.dLatentKv + c.dRope));
    const double span = area.width() * 0.6;
    const double minWidth = richNameSize(QStringLiteral("k_R (d_h^R = 999)"), font()).width() + 12;
    double latentWidth = std::max(minWidth, span * double(c.dLatentKv) / total);
    double ropeWidth = std::max(minWidth, span * double(c.dRope) / total);
    const double scale = std::min(1.0, (area.width() - 40) / (latentWidth + ropeWidth + 12));
    latentWidth *= scale;
    ropeWidth *= scale;
    const double left = area.center().x() - (latentWidth + ropeWidth + 12) / 2;
    const QRectF latent(left, bottom - boxHeight, latentWidth, boxHeight);
    const QRectF ropeKey(latent.right() + 12, latent.top(), ropeWidth, boxHeight);

    p.setPen(muted);
    paintRichName(p, QRectF(area.left(), area.top(), labelWidth(area), header), tr("Query heads (n_h = %1)").arg(n),
                  Qt::AlignLeft | Qt::AlignVCenter);

    // Up-projections: W_UK / W_UV from the latent to every head; the RoPE key, dashed, to every head.
    QColor line = mla;
    line.setAlphaF(0.7f);
    p.setPen(QPen(line, n > 16 ? 1.0 : 1.5));
    for (int i = 0; i < n; ++i)
        p.drawLine(QPointF(latent.center().x(), latent.top()), QPointF(q.center(i) - q.box * 0.15, fanTop));
    QColor ropeLine = rope;
    ropeLine.setAlphaF(0.8f);
    p.setPen(QPen(ropeLine, n > 16 ? 1.0 : 1.4, Qt::DashLine));
    for (int i = 0; i < n; ++i)
        p.drawLine(QPointF(ropeKey.center().x(), ropeKey.top()), QPointF(q.center(i) + q.box * 0.15, fanTop));

    // The broadcast: the latent (rebuilt into K and V by W_UK, W_UV) and k_R pulse to every head.
    if (broadcasting) {
        const double radius = std::clamp(q.slot * 0.1, 2.5, 5.0);
        for (int i = 0; i < n; ++i) {
            drawPulses(p, QPointF(latent.center().x(), latent.top()), QPointF(q.center(i) - q.box * 0.15, fanTop),
                       pulseK(local), pulseV(local), mla, radius, background);
            const QPointF from(ropeKey.center().x(), ropeKey.top());
            const QPointF to(q.center(i) + q.box * 0.15, fanTop);
            p.setPen(QPen(background, 1.0));
            p.setBrush(rope.darker(115));
            p.drawEllipse(from + (to - from) * pulseK(local), radius * 0.8, radius * 0.8);
        }
    }

    const double margin = std::clamp((q.slot - q.box) / 2, 1.0, 3.0);
    for (int i = 0; i < n; ++i) {
        const QRectF box(q.center(i) - q.box / 2, qRow.top(), q.box, boxHeight);
        drawBox(p, box, mla.lighter(130), QStringLiteral("q%1").arg(i));
        if (absorbed) {
            const QRectF folded(box.left(), box.bottom(), box.width(), strip);
            drawBox(p, folded, mla.darker(125), QString());
            drawRichLabel(p, folded, mla.darker(125), QStringLiteral("W_UK^T"));
        }
        if (broadcasting)
            drawHighlight(p, absorbed ? box.adjusted(0, 0, 0, strip) : box, mla.darker(160), margin);
    }
    if (absorbed) {
        // W_UV W_O: one folded output projection over all heads.
        QColor fold = mla.lighter(165);
        drawBox(p, outRow, fold, QString());
        p.setPen(textOn(fold));
        paintRichName(p, outRow, tr("W_UV W_O: the value up-projection folded into the output"),
                      Qt::AlignCenter | Qt::AlignVCenter);
        p.setPen(QPen(mla.darker(130), 1.0));
        for (int i = 0; i < n; ++i)
            p.drawLine(QPointF(q.center(i), qRow.top()), QPointF(q.center(i), outRow.bottom()));
    }

    // The cached pair, highlighted: a dashed frame labelled "cached".
    const QRectF frame = latent.united(ropeKey).adjusted(-6, -4, 6, rowLabel + 4);
    QColor frameFill = mla;
    frameFill.setAlphaF(0.12f);
    p.setPen(QPen(mla.darker(130), 1.5, Qt::DashLine));
    p.setBrush(frameFill);
    p.drawRoundedRect(frame, 6, 6);
    drawBox(p, latent, mla, QString(), true);
    drawBox(p, ropeKey, rope, QString(), true);
    drawRichLabel(p, latent, mla, tr("c_KV (d_c = %1)").arg(c.dLatentKv));
    drawRichLabel(p, ropeKey, rope, tr("k_R (d_h^R = %1)").arg(c.dRope));
    if (broadcasting) {
        drawHighlight(p, latent, mla.darker(160));
        drawHighlight(p, ropeKey, rope.darker(160));
    }
    p.setPen(text);
    paintRichName(p, QRectF(frame.left(), latent.bottom() + 2, frame.width(), rowLabel + 4),
                  tr("cached: d_c + d_h^R = %1 per token").arg(c.dLatentKv + c.dRope), Qt::AlignCenter);

    // Name the projections beside the fan.
    const double midY = (fanTop + latent.top()) / 2;
    p.setPen(mla.darker(150));
    // Only where they fit: a clipped name reads worse than none (the caption names them too).
    const QString up = absorbed ? tr("q W_UK^T scores c_KV directly") : tr("W_UK, W_UV (per head)");
    const QRectF upRect(area.left(), midY - rowLabel, latent.center().x() - area.left() - 8, rowLabel * 2);
    if (richNameSize(up, font()).width() <= upRect.width())
        paintRichName(p, upRect, up, Qt::AlignRight | Qt::AlignVCenter);
    p.setPen(rope.darker(150));
    const QString shared = tr("shared RoPE key");
    const QRectF sharedRect(ropeKey.center().x() + 8, midY - rowLabel, area.right() - ropeKey.center().x() - 8,
                            rowLabel * 2);
    if (fm.horizontalAdvance(shared) <= sharedRect.width())
        p.drawText(sharedRect, Qt::AlignLeft | Qt::AlignVCenter, shared);
}

} // namespace attnscope::widgets
