// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/richlegend_p.h"

#include "widgets/common/richname.h"

#include <algorithm>
#include <cmath>

namespace attnscope::widgets {

namespace {

// drawLegendIcon() is protected, open to QCPPlottableLegendItem (a friend) only: a pointer to it
// formed through a class derived from the plottable reaches it.
struct LegendIcon : public QCPAbstractPlottable
{
    static void draw(const QCPAbstractPlottable *plottable, QCPPainter *painter, const QRectF &rect)
    {
        (plottable->*(&LegendIcon::drawLegendIcon))(painter, rect);
    }
};

} // namespace

RichLegendItem::RichLegendItem(QCPLegend *parent, QCPAbstractPlottable *plottable)
    : QCPPlottableLegendItem(parent, plottable)
{}

void RichLegendItem::draw(QCPPainter *painter)
{
    if (!mPlottable)
        return;
    // The icon and border as the base draws them, and the name once, in rich notation run by
    // run (the base would draw the plain name too: in SVG and PDF an invisible copy stays).
    painter->setFont(getFont());
    painter->setPen(QPen(getTextColor()));
    const QSize iconSize = mParentLegend->iconSize();
    const QSizeF text = richNameRunsSize(mPlottable->name(), getFont());
    const double height = std::max<double>(text.height(), iconSize.height());
    const QRectF textRect(mRect.x() + iconSize.width() + mParentLegend->iconTextPadding(), mRect.y(), text.width() + 1,
                          height);
    paintRichNameRuns(*painter, textRect, mPlottable->name(), Qt::AlignLeft | Qt::AlignVCenter);
    const QRect iconRect(mRect.topLeft(), iconSize);
    painter->save();
    painter->setClipRect(iconRect, Qt::IntersectClip);
    LegendIcon::draw(mPlottable, painter, iconRect);
    painter->restore();
    if (getIconBorderPen().style() != Qt::NoPen) {
        painter->setPen(getIconBorderPen());
        painter->setBrush(Qt::NoBrush);
        const int halfPen = int(std::ceil(painter->pen().widthF() * 0.5)) + 1;
        painter->setClipRect(mOuterRect.adjusted(-halfPen, -halfPen, halfPen, halfPen));
        painter->drawRect(iconRect);
    }
}

QSize RichLegendItem::minimumOuterSizeHint() const
{
    if (!mPlottable)
        return {};
    const QSize iconSize = mParentLegend->iconSize();
    const QSizeF text = richNameRunsSize(mPlottable->name(), getFont());
    QSize result(iconSize.width() + mParentLegend->iconTextPadding() + int(std::ceil(text.width())) + 1,
                 std::max(int(std::ceil(text.height())), iconSize.height()));
    result.rwidth() += mMargins.left() + mMargins.right();
    result.rheight() += mMargins.top() + mMargins.bottom();
    return result;
}

void useRichLegend(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    // take() leaves the cell empty and addItem() fills the first empty cell, so each entry
    // keeps its place.
    for (int i = 0; i < legend->itemCount(); ++i) {
        auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
        if (!item || qobject_cast<RichLegendItem *>(item) || !hasRichName(item->plottable()->name()))
            continue;
        QCPAbstractPlottable *plottable = item->plottable();
        auto *rich = new RichLegendItem(legend, plottable);
        rich->setVisible(item->visible());
        rich->setSelectable(item->selectable());
        legend->take(item);
        delete item;
        legend->addItem(rich);
    }
}

RichTickLabels::RichTickLabels(QCPAxis *axis)
    : QCPAbstractItem(axis->parentPlot()), m_axis(axis), m_font(axis->tickLabelFont())
{
    setClipToAxisRect(false);
    setSelectable(false);
    axis->setTickLabels(false);
    updatePadding();
}

void RichTickLabels::setLabels(const QMap<double, QString> &labels)
{
    m_labels = labels;
    updatePadding();
}

void RichTickLabels::setFont(const QFont &font)
{
    m_font = font;
    updatePadding();
}

void RichTickLabels::updatePadding()
{
    double height = 0.0;
    for (const QString &label : std::as_const(m_labels))
        height = std::max(height, richNameRunsSize(label, m_font).height());
    m_axis->setPadding(int(std::ceil(height)) + m_axis->tickLabelPadding());
}

double RichTickLabels::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1.0;
}

void RichTickLabels::draw(QCPPainter *painter)
{
    const QRect axisRect = m_axis->axisRect()->rect();
    const double top = axisRect.bottom() + 1 + std::max(0, m_axis->tickLengthOut()) + m_axis->tickLabelPadding()
        + m_axis->offset();
    painter->setFont(m_font);
    painter->setPen(m_color);
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it) {
        const double x = m_axis->coordToPixel(it.key());
        if (x < axisRect.left() - 0.5 || x > axisRect.right() + 0.5)
            continue;
        const QSizeF size = richNameRunsSize(it.value(), painter->font());
        paintRichNameRuns(*painter, QRectF(x - size.width() / 2 - 1, top, size.width() + 2, size.height()), it.value(),
                          Qt::AlignHCenter | Qt::AlignTop);
    }
}

bool hasRichLegendItem(QCustomPlot *plot, QCPAbstractPlottable *plottable)
{
    return qobject_cast<RichLegendItem *>(plot->legend->itemWithPlottable(plottable)) != nullptr;
}

} // namespace attnscope::widgets
