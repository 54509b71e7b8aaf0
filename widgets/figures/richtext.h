// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace attnscope::widgets {

// A piece of text in one style: the formulas of the step texts are rich text with <sub>, <sup>,
// <i>, <b>, <br> and entities. A figure draws each run itself, with a smaller font on a shifted
// baseline, so that vector formats keep sub- and superscripts (QSvgGenerator writes what a
// QTextDocument draws as text on one baseline and loses them).
struct TextRun
{
    enum class Shift { None, Sub, Super };
    QString text;
    Shift shift = Shift::None;
    bool italic = false;
    bool bold = false;
    bool lineBreak = false; // a <br> (or a paragraph's end) before this run's text
    bool operator==(const TextRun &) const = default;
};

// Parses the rich text subset above (other tags are dropped, their text kept).
[[nodiscard]] std::vector<TextRun> parseRichText(const QString &html);
// The text without markup, e.g. for captions and tests: "W<sub>UK</sub>" -> "WUK".
[[nodiscard]] QString richTextPlain(const QString &html);

// Plain text as rich text, with the names written as d_h^R, W_UK or c_KV set as sub- and
// superscripts (d<sub>h</sub><sup>R</sup>); other text is escaped.
[[nodiscard]] QString namesToRichText(const QString &plain);

// Lays out and draws rich text in a rectangle, wrapped at spaces, in `base` for the text and a
// font of `scriptPt` points for sub- and superscripts. Returns the height it takes (it draws
// nothing when painter is null).
double drawRichText(QPainter *painter, const QRectF &rect, const QString &html, const QFont &base, double scriptPt,
                    Qt::Alignment alignment = Qt::AlignLeft);

} // namespace attnscope::widgets
