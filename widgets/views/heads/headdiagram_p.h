// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drawing helpers shared by headdiagram.cpp (grouped heads) and headdiagramlatent.cpp (MLA).

#include "widgets/common/richname.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <algorithm>

namespace attnscope::widgets::headdiagram_p {

// Where the K and V pulses of a step are along their line, from the step's local progress:
// K leads, V follows, both arrive before the step ends.
inline double pulseK(double local)
{
    return std::clamp(local / 0.8, 0.0, 1.0);
}

inline double pulseV(double local)
{
    return std::clamp((local - 0.15) / 0.8, 0.0, 1.0);
}

inline QColor textOn(const QColor &fill)
{
    return qGray(fill.rgb()) > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

// Horizontal geometry of a row of n equal slots across [left, left + width].
struct Slots
{
    double left = 0;
    double slot = 0;
    double box = 0; // box width inside a slot
    [[nodiscard]] double center(double i) const { return left + (i + 0.5) * slot; }
};

inline Slots slotsFor(int n, double left, double width)
{
    Slots s;
    s.left = left;
    s.slot = width / std::max(1, n);
    s.box = std::max(1.0, s.slot - std::clamp(s.slot * 0.18, 1.0, 8.0));
    return s;
}

inline void drawBox(QPainter &p, const QRectF &r, const QColor &fill, const QString &label, bool bold = false)
{
    p.setPen(QPen(fill.darker(140), bold ? 2.5 : 1.0));
    p.setBrush(fill);
    const double radius = std::min(4.0, r.width() / 4);
    p.drawRoundedRect(r, radius, radius);
    if (label.isEmpty())
        return;
    const QFontMetricsF fm(p.font());
    if (fm.horizontalAdvance(label) + 4 > r.width() || fm.height() > r.height() + 2)
        return;
    p.setPen(textOn(fill));
    p.drawText(r, Qt::AlignCenter, label);
}

// The outline of a box taking part in the broadcast.
inline void drawHighlight(QPainter &p, const QRectF &r, const QColor &colour, double margin = 3.0)
{
    p.setPen(QPen(colour, 2.0));
    p.setBrush(Qt::NoBrush);
    const QRectF o = r.adjusted(-margin, -margin, margin, margin);
    const double radius = std::min(6.0, o.width() / 4);
    p.drawRoundedRect(o, radius, radius);
}

// A K pulse (filled) and a V pulse (ring) at fractions k and v of the line from a to b.
inline void drawPulses(QPainter &p, QPointF a, QPointF b, double k, double v, const QColor &colour, double radius,
                       const QColor &background)
{
    const auto at = [&](double t) { return a + (b - a) * t; };
    p.setPen(QPen(background, 1.0));
    p.setBrush(colour.darker(125));
    p.drawEllipse(at(k), radius, radius);
    p.setPen(QPen(colour.darker(125), std::max(1.2, radius * 0.45)));
    p.setBrush(background);
    p.drawEllipse(at(v), radius * 0.85, radius * 0.85);
}

// The line naming what the broadcast shows now, bold in the sender's colour.
inline void drawBroadcastLine(QPainter &p, const QRectF &r, const QString &line, const QColor &colour)
{
    const QFont normal = p.font();
    QFont bold = normal;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(colour);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(bold).elidedText(line, Qt::ElideRight, r.width()));
    p.setFont(normal);
}

// The diagram's caption at the bottom of area, as tall as its wrapped rich text, in the
// painter's pen; returns the rectangle it takes.
inline QRectF paintCaption(QPainter &p, const QRectF &area, const QString &caption, const QFont &font)
{
    const double height = richNameSize(caption, font, area.width()).height();
    const QRectF rect(area.left(), area.bottom() - height, area.width(), height);
    paintRichName(p, rect, caption);
    return rect;
}

} // namespace attnscope::widgets::headdiagram_p
