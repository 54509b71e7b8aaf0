// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/richname.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>
#include <cmath>
#include <vector>

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

namespace {

// One run of rich notation: plain text, a letter in italics, or a script.
struct NameRun
{
    QString text;
    int shift = 0; // -1 subscript, 1 superscript
    bool italic = false;
};

std::vector<NameRun> nameRuns(const QString &line)
{
    std::vector<NameRun> runs;
    qsizetype at = 0;
    auto it = namePattern().globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() > at)
            runs.push_back({line.mid(at, m.capturedStart() - at)});
        runs.push_back({m.captured(1), 0, true});
        runs.push_back({m.captured(2), -1});
        if (m.capturedLength(3) > 0)
            runs.push_back({m.captured(3), 1});
        if (m.capturedLength(4) > 0)
            runs.push_back({QString(QChar(0x2032))});
        at = m.capturedEnd();
    }
    if (at < line.size())
        runs.push_back({line.mid(at)});
    return runs;
}

QFont runFont(const QFont &font, const NameRun &run)
{
    QFont f = font;
    f.setItalic(run.italic || font.italic());
    if (run.shift != 0) {
        // Two thirds of the text, as Qt sets scripts, and no smaller than the floor.
        if (font.pointSizeF() > 0)
            f.setPointSizeF(std::max(font.pointSizeF() * 2.0 / 3.0, std::min(t_scriptFloorPt, font.pointSizeF())));
        else if (font.pixelSize() > 0)
            f.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * 2.0 / 3.0))));
    }
    return f;
}

// A line's runs placed: their x, baseline shift and width; the line's extent about its baseline.
struct PlacedLine
{
    std::vector<NameRun> runs;
    std::vector<double> x;
    std::vector<double> shift;
    double width = 0.0;
    double above = 0.0;
    double below = 0.0;
};

std::vector<PlacedLine> placeRuns(const QString &plain, const QFont &font)
{
    const QFontMetricsF fm(font);
    std::vector<PlacedLine> lines;
    for (const QString &text : plain.split(QLatin1Char('\n'))) {
        PlacedLine line;
        line.runs = nameRuns(text);
        line.above = fm.ascent();
        line.below = fm.descent();
        for (const NameRun &run : line.runs) {
            const QFontMetricsF rm(runFont(font, run));
            const double shift = run.shift < 0 ? fm.ascent() * 0.3 : run.shift > 0 ? -fm.ascent() * 0.4 : 0.0;
            line.x.push_back(line.width);
            line.shift.push_back(shift);
            line.width += rm.horizontalAdvance(run.text);
            line.above = std::max(line.above, rm.ascent() - shift);
            line.below = std::max(line.below, rm.descent() + shift);
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace

QSizeF richNameRunsSize(const QString &plain, const QFont &font)
{
    QSizeF size;
    for (const PlacedLine &line : placeRuns(plain, font)) {
        size.setWidth(std::max(size.width(), line.width));
        size.setHeight(size.height() + line.above + line.below);
    }
    return size;
}

double paintRichNameRuns(QPainter &painter, const QRectF &r, const QString &plain, int flags)
{
    const QFont font = painter.font();
    const std::vector<PlacedLine> lines = placeRuns(plain, font);
    double height = 0.0;
    for (const PlacedLine &line : lines)
        height += line.above + line.below;
    double y = r.top();
    if (flags & Qt::AlignVCenter)
        y += (r.height() - height) / 2;
    else if (flags & Qt::AlignBottom)
        y += r.height() - height;
    painter.save();
    for (const PlacedLine &line : lines) {
        const double baseline = y + line.above;
        double x = r.left();
        if (flags & Qt::AlignHCenter)
            x += (r.width() - line.width) / 2;
        else if (flags & Qt::AlignRight)
            x += r.width() - line.width;
        for (std::size_t i = 0; i < line.runs.size(); ++i) {
            painter.setFont(runFont(font, line.runs[i]));
            painter.drawText(QPointF(x + line.x[i], baseline + line.shift[i]), line.runs[i].text);
        }
        y += line.above + line.below;
    }
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
