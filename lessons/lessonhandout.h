// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/stage.h"

#include <QByteArray>
#include <QString>

namespace attnscope::lessons {

struct Lesson;

// A lesson as a printable PDF handout (A4 portrait): its title and summary, then every step's
// title, the figure of the view the step shows (Page::figure, drawn from the view's data as
// vectors and text at its printed size, no text below 8 pt, a chart's text as outlines; a
// sentence saying why in its place when the view makes none) and the step's text below it,
// several steps to a page, then the references; page numbers in the footer. The figures come
// from a main window of their own that is never on screen, so the caller's window keeps its
// state. Needs a QApplication. Returns the PDF, or empty with *error.
[[nodiscard]] QByteArray renderHandout(const Lesson &lesson, const StageFactory &stages, QString *error);

// renderHandout() written atomically to a file; false with *error naming the file.
bool writeHandout(const Lesson &lesson, const StageFactory &stages, const QString &fileName, QString *error);

} // namespace attnscope::lessons
