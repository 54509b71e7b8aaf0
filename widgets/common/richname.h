// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStyledItemDelegate>

class QPainter;
class QRectF;

namespace attnscope::widgets {

// Our plain notation for names with sub- and superscripts, as the CLI and the tests spell
// them, turned into rich text for the window: a single letter, an underscore and a subscript,
// optionally a caret and a superscript, optionally a prime.
//   "d_h^R"  -> "<i>d</i><sub>h</sub><sup>R</sup>"
//   "W_UK"   -> "<i>W</i><sub>UK</sub>"
//   "c_KV"   -> "<i>c</i><sub>KV</sub>"
//   "d_c'"   -> "<i>d</i><sub>c</sub>′"
//   "W_UK^T" -> "<i>W</i><sub>UK</sub><sup>T</sup>"
// The rest of the text is HTML-escaped and kept as it is, so whole sentences convert.
[[nodiscard]] QString richName(const QString &plain);

// While one lives, rich names are painted with sub- and superscripts of at least `points`
// (a figure's smallest text, kMinimumFontPt): Qt draws them at two thirds of the text's size,
// which in a figure's small legend text would print under 8 pt.
class ScriptSizeFloor
{
public:
    explicit ScriptSizeFloor(double points);
    ~ScriptSizeFloor();
    ScriptSizeFloor(const ScriptSizeFloor &) = delete;
    ScriptSizeFloor &operator=(const ScriptSizeFloor &) = delete;

private:
    double m_previous;
};

// Whether a text holds a name richName() changes.
[[nodiscard]] bool hasRichName(const QString &plain);

// Paints plain notation as rich text in r (word-wrapped to r's width), in the painter's font
// and pen colour; flags take Qt::AlignLeft, Qt::AlignHCenter/AlignCenter, Qt::AlignRight and
// the vertical alignments. Returns the height used.
double paintRichName(QPainter &painter, const QRectF &r, const QString &plain, int flags = Qt::AlignLeft);

// The size rich notation takes in a font, unwrapped, or wrapped at width when width > 0.
[[nodiscard]] QSizeF richNameSize(const QString &plain, const QFont &font, double width = -1);

// Rich notation drawn run by run, unwrapped: the text in the font, each sub- and superscript
// in a smaller one (not under the ScriptSizeFloor) on its own baseline, one drawText per run,
// so that SVG and PDF keep every name once, with its scripts as runs of their own (a
// QTextDocument's drawing reaches QSvgGenerator on one baseline). A '\n' starts a line.
// Measured in the font's own metrics (QFontMetricsF(font)): a font made for a device with
// QFont(font, device) is measured at that device's dpi.
[[nodiscard]] QSizeF richNameRunsSize(const QString &plain, const QFont &font);
// Paints it in r in the painter's font and pen colour; flags as for paintRichName (lines
// aligned left, centred or right; the block top, centred or at the bottom). Returns the height.
double paintRichNameRuns(QPainter &painter, const QRectF &r, const QString &plain, int flags = Qt::AlignLeft);

// Item delegate that draws a cell's DisplayRole in rich notation (tables of figures).
class RichNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace attnscope::widgets
