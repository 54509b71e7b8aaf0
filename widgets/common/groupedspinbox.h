// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

namespace attnscope::widgets {

// A spin box that writes thousands separators only while it is not being typed into.
// QAbstractSpinBox rewrites its text after each keystroke (keyboard tracking, a new suffix)
// and keeps the cursor at the same index: once "1313" became "1,313" the cursor sat before
// the last digit and the next digits came out scrambled. So the separators go when a key
// edits the text (the cursor kept among the same digits) and come back when the editing is
// finished (Return, focus out).
class GroupedSpinBox : public QSpinBox
{
public:
    explicit GroupedSpinBox(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showSeparators(bool shown);
};

} // namespace attnscope::widgets
