// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/figures/figurestyle.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;

namespace attnscope::app {

// File > Export View… asks this after the file name ("Export Figure"): the figure's medium, a
// preset (a slide, one or two paper columns) or a custom size, the size of its text, and, where
// the view can draw them (the attention and heads views), every head of the layer.
//
// A preset fills in its size and text size (widgets::FigureStyle::forPreset()); only "Custom
// size" lets the width and height be edited. The text size may be changed for every preset. The
// fields cannot hold what a figure refuses: widths from 30 mm, heights from 20 mm, text from
// widgets::kMinimumFontPt.
class FigureStyleDialog : public QDialog
{
    Q_OBJECT

public:
    // `initial`: the style shown first (the last one chosen); `offerHeads`: whether the "every
    // head" option is there at all.
    FigureStyleDialog(const widgets::FigureStyle &initial, bool offerHeads, QWidget *parent = nullptr);
    ~FigureStyleDialog() override;

    // The style chosen: the preset's own size, or the custom size; the text size as set.
    [[nodiscard]] widgets::FigureStyle style() const;
    // Every head of the layer, one panel each (false where it is not offered).
    [[nodiscard]] bool allHeads() const;

    // The controls (also found by their object names: figurePreset, figureWidth, figureHeight,
    // figureFont, figureAllHeads, figureButtons).
    [[nodiscard]] QComboBox *presetBox() const { return m_preset; }
    [[nodiscard]] QDoubleSpinBox *widthBox() const { return m_width; }
    [[nodiscard]] QDoubleSpinBox *heightBox() const { return m_height; }
    [[nodiscard]] QDoubleSpinBox *fontBox() const { return m_font; }
    [[nodiscard]] QCheckBox *headsBox() const { return m_heads; } // nullptr where not offered
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }

private:
    [[nodiscard]] widgets::FigurePreset preset() const;
    void showStyle(const widgets::FigureStyle &style);
    void presetChosen();

    QComboBox *m_preset = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_font = nullptr;
    QCheckBox *m_heads = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace attnscope::app
