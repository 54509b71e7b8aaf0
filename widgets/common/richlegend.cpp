// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/richlegend_p.h"

#include "widgets/common/richname.h"

namespace attnscope::widgets {

RichLegendItem::RichLegendItem(QCPLegend *parent, QCPAbstractPlottable *plottable)
    : QCPPlottableLegendItem(parent, plottable)
{}

void RichLegendItem::draw(QCPPainter *painter)
{
    if (!mPlottable)
        return;
    // The base draws the icon (drawLegendIcon() is open to it only) and its plain name, here
    // in a transparent colour; the rich name goes over it.
    const QColor textColor = mTextColor;
    const QColor selectedColor = mSelectedTextColor;
    mTextColor = Qt::transparent;
    mSelectedTextColor = Qt::transparent;
    QCPPlottableLegendItem::draw(painter);
    mTextColor = textColor;
    mSelectedTextColor = selectedColor;

    painter->setFont(getFont());
    painter->setPen(QPen(getTextColor()));
    const QSize iconSize = mParentLegend->iconSize();
    const QSizeF text = richNameSize(mPlottable->name(), getFont());
    const double height = std::max<double>(text.height(), iconSize.height());
    const QRectF textRect(mRect.x() + iconSize.width() + mParentLegend->iconTextPadding(), mRect.y(), text.width() + 1,
                          height);
    paintRichName(*painter, textRect, mPlottable->name(), Qt::AlignLeft | Qt::AlignVCenter);
}

QSize RichLegendItem::minimumOuterSizeHint() const
{
    if (!mPlottable)
        return {};
    const QSize iconSize = mParentLegend->iconSize();
    const QSizeF text = richNameSize(mPlottable->name(), getFont());
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

bool hasRichLegendItem(QCustomPlot *plot, QCPAbstractPlottable *plottable)
{
    return qobject_cast<RichLegendItem *>(plot->legend->itemWithPlottable(plottable)) != nullptr;
}

} // namespace attnscope::widgets
