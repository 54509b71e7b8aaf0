// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/figures/richtext.h"

#include "widgets/common/richname.h"
#include "widgets/figures/figure.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

namespace attnscope::widgets {

namespace {

QString decodeEntities(QString text)
{
    text.replace(QLatin1String("&nbsp;"), QString(QChar(0x00A0)));
    text.replace(QLatin1String("&lt;"), QStringLiteral("<"));
    text.replace(QLatin1String("&gt;"), QStringLiteral(">"));
    text.replace(QLatin1String("&quot;"), QStringLiteral("\""));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QRegularExpressionMatch m;
    while ((m = numeric.match(text)).hasMatch()) {
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        text.replace(m.capturedStart(), m.capturedLength(),
                     ok ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1) : QString());
    }
    text.replace(QLatin1String("&amp;"), QStringLiteral("&"));
    return text;
}

// A word (or a space) of one style, the unit of line breaking.
struct Piece
{
    QString text;
    TextRun::Shift shift;
    bool italic;
    bool bold;
    bool lineBreak;
    bool space;
};

} // namespace

std::vector<TextRun> parseRichText(const QString &html)
{
    std::vector<TextRun> runs;
    int sub = 0;
    int sup = 0;
    int italic = 0;
    int bold = 0;
    bool pendingBreak = false;
    static const QRegularExpression tag(QStringLiteral("<\\s*(/?)\\s*([a-zA-Z0-9]+)[^>]*>"));
    qsizetype at = 0;
    auto flush = [&](qsizetype end) {
        if (end <= at)
            return;
        QString text = decodeEntities(html.mid(at, end - at));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (text.isEmpty())
            return;
        TextRun run;
        run.text = text;
        run.shift = sub > 0 ? TextRun::Shift::Sub : sup > 0 ? TextRun::Shift::Super : TextRun::Shift::None;
        run.italic = italic > 0;
        run.bold = bold > 0;
        run.lineBreak = pendingBreak && !runs.empty();
        pendingBreak = false;
        runs.push_back(run);
    };
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        flush(m.capturedStart());
        at = m.capturedEnd();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        const int delta = closing ? -1 : 1;
        if (name == QLatin1String("sub"))
            sub = std::max(0, sub + delta);
        else if (name == QLatin1String("sup"))
            sup = std::max(0, sup + delta);
        else if (name == QLatin1String("i") || name == QLatin1String("em"))
            italic = std::max(0, italic + delta);
        else if (name == QLatin1String("b") || name == QLatin1String("strong"))
            bold = std::max(0, bold + delta);
        else if (name == QLatin1String("br")
                 || (closing && (name == QLatin1String("p") || name == QLatin1String("div"))))
            pendingBreak = true;
    }
    flush(html.size());
    return runs;
}

QString richTextPlain(const QString &html)
{
    QString plain;
    for (const TextRun &run : parseRichText(html)) {
        if (run.lineBreak)
            plain += QLatin1Char('\n');
        plain += run.text;
    }
    return plain;
}

QString namesToRichText(const QString &plain)
{
    return richName(plain); // the window's own notation (widgets/common/richname.h)
}

double drawRichText(QPainter *painter, const QRectF &rect, const QString &html, const QFont &base, double scriptPt,
                    Qt::Alignment alignment)
{
    // Words and spaces of each run, so that lines break between words.
    std::vector<Piece> pieces;
    for (const TextRun &run : parseRichText(html)) {
        bool first = true;
        QString word;
        auto push = [&](bool space) {
            if (word.isEmpty())
                return;
            pieces.push_back({word, run.shift, run.italic, run.bold, first && run.lineBreak, space});
            first = false;
            word.clear();
        };
        for (const QChar c : run.text) {
            if (c == QLatin1Char(' ')) {
                push(false);
                word = c;
                push(true);
            } else {
                word += c;
            }
        }
        push(false);
    }
    auto fontOf = [&](const Piece &p) {
        QFont f = base;
        if (p.shift != TextRun::Shift::None)
            f.setPointSizeF(std::min(scriptPt, base.pointSizeF()));
        f.setItalic(p.italic || base.italic());
        f.setBold(p.bold || base.bold());
        return f;
    };
    const QFontMetricsF metrics(base, figureMetricsDevice());
    const double lineHeight = metrics.height() * 1.15;
    const double subShift = metrics.ascent() * 0.3;
    const double superShift = -metrics.ascent() * 0.4;

    // Lines of pieces, then each line drawn at its baseline.
    struct Placed
    {
        const Piece *piece;
        double width;
    };
    std::vector<std::vector<Placed>> lines(1);
    double x = 0.0;
    // A word is the pieces between spaces ("O", "0", "," of "O<sub>0</sub>,"): lines break
    // between words, and inside one only where it alone is wider than the line.
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const Piece &p = pieces[i];
        const double w = QFontMetricsF(fontOf(p), figureMetricsDevice()).horizontalAdvance(p.text);
        bool wordStart = !p.space && (i == 0 || pieces[i - 1].space || p.lineBreak);
        double word = w;
        if (wordStart) {
            for (std::size_t j = i + 1; j < pieces.size() && !pieces[j].space && !pieces[j].lineBreak; ++j)
                word += QFontMetricsF(fontOf(pieces[j]), figureMetricsDevice()).horizontalAdvance(pieces[j].text);
        } else if (!p.space) {
            wordStart = x + w > rect.width() + 0.01; // a piece of a word too wide for any line
        }
        if (p.lineBreak || (wordStart && x > 0.0 && x + word > rect.width() + 0.01)) {
            lines.emplace_back();
            x = 0.0;
        }
        if (p.space && x == 0.0)
            continue; // no space at the start of a line
        lines.back().push_back({&p, w});
        x += w;
    }
    double y = rect.top() + metrics.ascent();
    for (auto &line : lines) {
        while (!line.empty() && line.back().piece->space)
            line.pop_back();
        double width = 0.0;
        for (const Placed &p : line)
            width += p.width;
        double cx = rect.left();
        if (alignment & Qt::AlignHCenter)
            cx += (rect.width() - width) / 2.0;
        else if (alignment & Qt::AlignRight)
            cx += rect.width() - width;
        if (painter) {
            for (const Placed &p : line) {
                if (!p.piece->space) {
                    painter->setFont(fontOf(*p.piece));
                    const double shift = p.piece->shift == TextRun::Shift::Sub ? subShift
                        : p.piece->shift == TextRun::Shift::Super              ? superShift
                                                                               : 0.0;
                    painter->drawText(QPointF(cx, y + shift), p.piece->text);
                }
                cx += p.width;
            }
        }
        y += lineHeight;
    }
    return double(lines.size()) * lineHeight;
}

} // namespace attnscope::widgets
