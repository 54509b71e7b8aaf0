// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/groupedspinbox.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace attnscope::widgets {

namespace {

// Characters before position that are not group separators: what adding or removing the
// separators leaves unchanged.
int keptBefore(const QString &text, int position, QChar separator)
{
    int n = 0;
    for (int i = 0; i < position && i < text.size(); ++i)
        n += text.at(i) != separator ? 1 : 0;
    return n;
}

// The position with n such characters before it.
int positionOf(const QString &text, int n, QChar separator)
{
    int i = 0;
    for (; i < text.size() && n > 0; ++i)
        n -= text.at(i) != separator ? 1 : 0;
    return i;
}

} // namespace

GroupedSpinBox::GroupedSpinBox(QWidget *parent) : QSpinBox(parent)
{
    setGroupSeparatorShown(true);
    connect(this, &QAbstractSpinBox::editingFinished, this, [this] { showSeparators(true); });
}

void GroupedSpinBox::keyPressEvent(QKeyEvent *event)
{
    const bool edits = (!event->text().isEmpty() && event->text().front().isPrint())
        || event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete;
    if (edits && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        showSeparators(false);
    QSpinBox::keyPressEvent(event);
}

void GroupedSpinBox::focusOutEvent(QFocusEvent *event)
{
    QSpinBox::focusOutEvent(event);
    showSeparators(true);
}

void GroupedSpinBox::showSeparators(bool shown)
{
    if (isGroupSeparatorShown() == shown)
        return;
    QLineEdit *edit = lineEdit();
    const QString group = locale().groupSeparator();
    const QChar separator = group.isEmpty() ? QChar() : group.front();
    const QString before = edit->text();
    const bool selection = edit->hasSelectedText();
    const int cursor = edit->cursorPosition();
    const int start = selection ? edit->selectionStart() : cursor;
    const int end = selection ? edit->selectionEnd() : cursor;
    const int keptStart = keptBefore(before, start, separator);
    const int keptEnd = keptBefore(before, end, separator);
    const int keptCursor = keptBefore(before, cursor, separator);
    setGroupSeparatorShown(shown);
    const QString after = edit->text();
    if (selection) {
        const int newStart = positionOf(after, keptStart, separator);
        const int newEnd = positionOf(after, keptEnd, separator);
        // A cursor at the selection's start selected backwards: so it stays.
        if (cursor == start)
            edit->setSelection(newEnd, newStart - newEnd);
        else
            edit->setSelection(newStart, newEnd - newStart);
    } else {
        edit->setCursorPosition(positionOf(after, keptCursor, separator));
    }
}

} // namespace attnscope::widgets
