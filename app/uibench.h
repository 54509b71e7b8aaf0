// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace attnscope::app {

// `attnscope bench --ui [--json] [--repeat N]`: measures, offscreen, the latency from a
// parameter change in the main window to its views having repainted, over teaching sizes
// (tokens <= 32, d_model <= 256, heads <= 16) and every mechanism, and prints the median in
// milliseconds (median_ms). Needs a QApplication (created by main() on the offscreen platform).
int runUiBench(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace attnscope::app
