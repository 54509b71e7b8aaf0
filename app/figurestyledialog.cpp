// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/figurestyledialog.h"

#include "app/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

#include <algorithm>

namespace attnscope::app {

// The texts keep the main window's translation context: the dialog was part of it.
FigureStyleDialog::FigureStyleDialog(const widgets::FigureStyle &initial, bool offerHeads, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(MainWindow::tr("Export Figure"));
    auto *form = new QFormLayout(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("figurePreset"));
    m_preset->addItem(MainWindow::tr("Slide (16:9, 254 × 143 mm, 16 pt)"), int(widgets::FigurePreset::Slide));
    m_preset->addItem(MainWindow::tr("Paper, one column (88 × 66 mm, 8.5 pt)"), int(widgets::FigurePreset::Column));
    m_preset->addItem(MainWindow::tr("Paper, two columns (180 × 90 mm, 9 pt)"), int(widgets::FigurePreset::Double));
    m_preset->addItem(MainWindow::tr("Custom size"), int(widgets::FigurePreset::Custom));
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(int(initial.preset))));
    m_width = new QDoubleSpinBox(this);
    m_height = new QDoubleSpinBox(this);
    m_font = new QDoubleSpinBox(this);
    m_width->setObjectName(QStringLiteral("figureWidth"));
    m_height->setObjectName(QStringLiteral("figureHeight"));
    m_font->setObjectName(QStringLiteral("figureFont"));
    // widgets::figureStyleError()'s rules: nothing else can be entered.
    m_width->setRange(30, 1000);
    m_height->setRange(20, 1000);
    m_font->setRange(widgets::kMinimumFontPt, 72);
    m_font->setSingleStep(0.5);
    for (QDoubleSpinBox *box : {m_width, m_height, m_font})
        box->setDecimals(1);
    m_width->setSuffix(MainWindow::tr(" mm"));
    m_height->setSuffix(MainWindow::tr(" mm"));
    m_font->setSuffix(MainWindow::tr(" pt"));
    m_font->setToolTip(MainWindow::tr("The size of the figure's text; nothing is drawn smaller than 8 pt"));
    showStyle(initial);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &FigureStyleDialog::presetChosen);
    form->addRow(MainWindow::tr("&Figure for:"), m_preset);
    form->addRow(MainWindow::tr("&Width:"), m_width);
    form->addRow(MainWindow::tr("&Height:"), m_height);
    form->addRow(MainWindow::tr("&Text size:"), m_font);
    if (offerHeads) {
        m_heads = new QCheckBox(MainWindow::tr("&Every head of the layer, one panel each"), this);
        m_heads->setObjectName(QStringLiteral("figureAllHeads"));
        form->addRow(m_heads);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("figureButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
}

FigureStyleDialog::~FigureStyleDialog() = default;

widgets::FigurePreset FigureStyleDialog::preset() const
{
    return widgets::FigurePreset(m_preset->currentData().toInt());
}

widgets::FigureStyle FigureStyleDialog::style() const
{
    const widgets::FigurePreset p = preset();
    widgets::FigureStyle style = p == widgets::FigurePreset::Custom
        ? widgets::FigureStyle::custom(m_width->value(), m_height->value(), m_font->value())
        : widgets::FigureStyle::forPreset(p);
    style.fontPt = m_font->value();
    return style;
}

bool FigureStyleDialog::allHeads() const
{
    return m_heads && m_heads->isChecked();
}

void FigureStyleDialog::showStyle(const widgets::FigureStyle &style)
{
    m_width->setValue(style.sizeMm.width());
    m_height->setValue(style.sizeMm.height());
    m_font->setValue(style.fontPt);
    const bool custom = style.preset == widgets::FigurePreset::Custom;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
}

void FigureStyleDialog::presetChosen()
{
    // A preset brings its size and text size; "Custom size" starts from the size shown.
    const widgets::FigurePreset p = preset();
    showStyle(p == widgets::FigurePreset::Custom
                  ? widgets::FigureStyle::custom(m_width->value(), m_height->value(), m_font->value())
                  : widgets::FigureStyle::forPreset(p));
}

} // namespace attnscope::app
