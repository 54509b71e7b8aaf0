// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/benchcommand.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

class QJsonObject;
class QTextStream;

namespace attnscope::core {
class Backend;
struct Measurement;
struct Roofline;
} // namespace attnscope::core

namespace attnscope::cli {

// A duration in adaptive units with three significant digits: "812 ns", "12.3 µs", "4.56 ms",
// "1.23 s".
[[nodiscard]] QString formatSeconds(double seconds);

// The output of `attnscope bench`: a JSON object per line (--json), or text with a table per
// backend. English, byte for byte the same on every run but for the numbers.
namespace benchoutput {

// "32 heads, 8 KV heads, d_h 128, f16 cache, batch 1": the shape of a workload.
[[nodiscard]] QString shapeText(const core::Workload &w);
// One measurement, and one backend's roofline probe, as JSON objects (one line each).
[[nodiscard]] QJsonObject measurementJson(const core::Measurement &m, const BenchRequest &r, int threads);
[[nodiscard]] QJsonObject probeJson(const core::Backend &b, const core::Roofline &roof, int threads);
[[nodiscard]] QString compact(const QJsonObject &o);
// GB/s and GFLOP/s: three significant digits from 1 up, two decimals below.
[[nodiscard]] QString rate(double v);
// Whole MiB: "512 MiB".
[[nodiscard]] QString mib(std::int64_t bytes);

// The table's columns: header, width, left-aligned.
struct Column
{
    const char *header;
    int width;
    bool left;
};

// One row of the table, two spaces in front and between columns, no trailing spaces.
void printRow(QTextStream &out, const std::vector<Column> &columns, const QStringList &cells);

} // namespace benchoutput

} // namespace attnscope::cli
