// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace attnscope::widgets {

// The colours that name a mechanism in every chart, from the Okabe-Ito palette (Okabe & Ito,
// "Color Universal Design", 2008): distinguishable with every common colour-vision deficiency,
// and dark enough to read as lines and text on a light background and light enough on a dark one.
// One place, so that MHA is the same blue in the compare view, the footprint chart and the bars.
[[nodiscard]] inline QColor mechanismColor(core::Mechanism mechanism)
{
    switch (mechanism) {
    case core::Mechanism::Mha: return QColor(0x00, 0x72, 0xB2);      // blue
    case core::Mechanism::Gqa: return QColor(0x00, 0x9E, 0x73);      // bluish green
    case core::Mechanism::Mqa: return QColor(0xE6, 0x9F, 0x00);      // orange
    case core::Mechanism::Mla: return QColor(0xCC, 0x79, 0xA7);      // reddish purple
    case core::Mechanism::Sdpa: return QColor(0x56, 0xB4, 0xE9);     // sky blue
    case core::Mechanism::Bahdanau: return QColor(0xD5, 0x5E, 0x00); // vermillion
    }
    return QColor(0x80, 0x80, 0x80);
}

// Colours for series that are not one per mechanism (several models of one mechanism): the
// Okabe-Ito order, cycling after six (callers vary the line style from then on). Black would
// look like an axis and yellow is unreadable on white, so both are left out.
[[nodiscard]] inline QColor seriesColor(int index)
{
    static const QRgb colours[] = {0x0072B2, 0x009E73, 0xE69F00, 0xCC79A7, 0x56B4E9, 0xD55E00};
    constexpr int n = int(sizeof(colours) / sizeof(colours[0]));
    return QColor::fromRgb(colours[((index % n) + n) % n]);
}
inline constexpr int kSeriesColorCount = 6;

// A label that says what went wrong: wrapped plain text the user can select, in KDE's
// "negative text" red, hidden until there is something to say.
inline void styleAsError(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53));
    label->setPalette(palette);
    label->hide();
}

} // namespace attnscope::widgets
