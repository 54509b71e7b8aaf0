// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/stage.h"

#include <QByteArray>
#include <QString>

namespace attnscope::lessons {

struct Lesson;

// A lesson as a printable PDF handout (A4 portrait): its title and summary, then every step's
// title, a picture of the view the step shows and the step's text below it, several steps to
// a page, then the references; page numbers in the footer. Pictures print at a size where the
// window's text reads at 8 pt or more. They come from a main window of their own that is
// never on screen, so the caller's window keeps its state. Needs a QApplication. Returns the
// PDF, or empty with *error.
[[nodiscard]] QByteArray renderHandout(const Lesson &lesson, const StageFactory &stages, QString *error);

// renderHandout() written atomically to a file; false with *error naming the file.
bool writeHandout(const Lesson &lesson, const StageFactory &stages, const QString &fileName, QString *error);

} // namespace attnscope::lessons
