// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the widgets library: included by .cpp files only (it includes QCustomPlot).
#pragma once

#include <QString>

#include <qcustomplot.h>

#include <cstdint>
#include <vector>

namespace attnscope::widgets::footprint {

// The footprint chart's axes: their units, their tickers and the contexts sampled along them.
// Bytes in binary units (KiB = 2^10 bytes); contexts with K = 1024 and M = 2^20 tokens.

// Binary units, as the GPU memory lines: 512 MiB, 1.5 GiB.
[[nodiscard]] QString formatBytes(double bytes);
// Context lengths as they are quoted: 4K = 4096, 128K, 1M = 2^20 tokens.
[[nodiscard]] QString formatTokens(double tokens);

// Every power of two in [from, to], 32 points per octave and 256 evenly spaced points: the
// line is exact at the round sizes, and smooth on whichever axes are logarithmic.
[[nodiscard]] std::vector<std::int64_t> sampleContexts(std::int64_t from, std::int64_t to);

// Linear bytes axis: steps of 1, 2, 2.5 or 5 times a power of ten of the binary unit that
// fits the range, so that labels read "250 GiB" rather than "268435456000".
class BytesTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

// Logarithmic bytes axis: ticks at powers of two (so every label is a round binary size).
class LogBytesTicker : public QCPAxisTickerLog
{
public:
    LogBytesTicker();

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

// Linear context axis: power-of-two steps (128K, 256K, ...).
class ContextTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

// Logarithmic context axis: ticks at powers of two (1K, 2K, ... 1M).
class LogContextTicker : public QCPAxisTickerLog
{
public:
    LogContextTicker();

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

} // namespace attnscope::widgets::footprint
