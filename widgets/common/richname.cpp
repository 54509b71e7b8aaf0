// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/richname.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextOption>

namespace attnscope::widgets {

namespace {

// A letter standing alone (not inside a word), "_", a subscript; then "^" and a superscript,
// then a prime. Runs on escaped HTML: the pattern holds none of & < > ".
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![\p{L}\p{N}_])(\p{L})_([\p{L}\p{N}]+)(?:\^([\p{L}\p{N}]+))?('?))"));
    return pattern;
}

// The smallest size of a sub- or superscript while a ScriptSizeFloor lives (0: Qt's own).
thread_local double t_scriptFloorPt = 0.0;

void setUp(QTextDocument &doc, const QString &plain, const QFont &font, double width, int flags)
{
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    QTextOption option;
    option.setWrapMode(width > 0 ? QTextOption::WordWrap : QTextOption::NoWrap);
    if (flags & Qt::AlignHCenter)
        option.setAlignment(Qt::AlignHCenter);
    else if (flags & Qt::AlignRight)
        option.setAlignment(Qt::AlignRight);
    doc.setDefaultTextOption(option);
    QString html = richName(plain);
    // Qt draws a script at two thirds of its size: a script sized 1.5 x the floor prints at the floor.
    if (t_scriptFloorPt > 0.0 && font.pointSizeF() * 2.0 / 3.0 < t_scriptFloorPt) {
        const QString size = QStringLiteral("<span style=\"font-size:%1pt\">").arg(t_scriptFloorPt * 1.5);
        for (const char *tag : {"sub", "sup"}) {
            const QString open = QStringLiteral("<%1>").arg(QLatin1String(tag));
            const QString close = QStringLiteral("</%1>").arg(QLatin1String(tag));
            html.replace(open, open + size).replace(close, QStringLiteral("</span>") + close);
        }
    }
    doc.setHtml(html);
    if (width > 0)
        doc.setTextWidth(width);
}

} // namespace

ScriptSizeFloor::ScriptSizeFloor(double points) : m_previous(t_scriptFloorPt)
{
    t_scriptFloorPt = points;
}

ScriptSizeFloor::~ScriptSizeFloor()
{
    t_scriptFloorPt = m_previous;
}

QString richName(const QString &plain)
{
    const QString escaped = plain.toHtmlEscaped();
    QString out;
    out.reserve(escaped.size() + 32);
    qsizetype at = 0;
    auto it = namePattern().globalMatch(escaped);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += escaped.mid(at, m.capturedStart() - at);
        out += QStringLiteral("<i>%1</i><sub>%2</sub>").arg(m.captured(1), m.captured(2));
        if (m.capturedLength(3) > 0)
            out += QStringLiteral("<sup>%1</sup>").arg(m.captured(3));
        if (m.capturedLength(4) > 0)
            out += QChar(0x2032); // prime
        at = m.capturedEnd();
    }
    out += escaped.mid(at);
    return out;
}

bool hasRichName(const QString &plain)
{
    return namePattern().match(plain).hasMatch();
}

QSizeF richNameSize(const QString &plain, const QFont &font, double width)
{
    QTextDocument doc;
    setUp(doc, plain, font, width, Qt::AlignLeft);
    return QSizeF(width > 0 ? doc.idealWidth() : doc.size().width(), doc.size().height());
}

double paintRichName(QPainter &painter, const QRectF &r, const QString &plain, int flags)
{
    QTextDocument doc;
    setUp(doc, plain, painter.font(), r.width(), flags);
    const double height = doc.size().height();
    double top = r.top();
    if (flags & Qt::AlignVCenter)
        top += (r.height() - height) / 2;
    else if (flags & Qt::AlignBottom)
        top += r.height() - height;
    painter.save();
    painter.translate(r.left(), top);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, painter.pen().color());
    context.clip = QRectF(0, r.top() - top, r.width(), r.height());
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
    return height;
}

void RichNameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    if (!hasRichName(text)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const bool wrap = opt.features & QStyleOptionViewItem::WrapText;
    const QSizeF size = richNameSize(text, opt.font, wrap ? textRect.width() : -1);
    const QRectF target(textRect.left(), textRect.top(), std::max<double>(textRect.width(), size.width()),
                        textRect.height());
    paintRichName(*painter, target, text, int(opt.displayAlignment) | Qt::AlignVCenter);
    painter->restore();
}

QSize RichNameDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (!hasRichName(opt.text))
        return base;
    const QSizeF rich = richNameSize(opt.text, opt.font);
    return QSize(std::max(base.width(), int(std::ceil(rich.width())) + 8),
                 std::max(base.height(), int(std::ceil(rich.height())) + 2));
}

} // namespace attnscope::widgets
