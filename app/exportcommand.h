// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace attnscope::app {

// `attnscope export --view V --format F --output FILE [compute parameters] [--model ID]
// [--step N] [--width W --height H]`: renders one view of the main window offscreen and
// writes it (PNG, SVG, PDF) or its data (CSV). Needs a QApplication.
int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `attnscope --screenshot FILE [--mechanism M] [--view V] [--step N] [parameters]`: the whole
// main window as a PNG; with --lesson ID [--step K] [--lesson-dir DIR] instead of the parameters,
// the window as step K (from 1, default 1) of the lesson sets it up, lesson dock included.
// Returns the exit code. Needs a QApplication.
int runScreenshot(const QStringList &arguments, QTextStream &err);

// True when the arguments ask for a screenshot (so main() starts no interactive window).
[[nodiscard]] bool wantsScreenshot(const QStringList &arguments);

} // namespace attnscope::app
