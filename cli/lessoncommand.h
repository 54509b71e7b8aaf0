// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace attnscope::cli {

// `attnscope lessons --list [--json] [--lesson-dir DIR]`, `attnscope lessons --check FILE...`
// and `attnscope lessons --handout ID --output FILE.pdf [--lesson-dir DIR]` (docs/lessons.md).
// Needs a QApplication (the handout renders the window offscreen). Returns the exit code.
struct CommandContext;
int runLessons(const QStringList &arguments, CommandContext &context);

} // namespace attnscope::cli
