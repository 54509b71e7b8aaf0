// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/footprint/footprintaxes_p.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace attnscope::widgets::footprint {

namespace {

// Up to three significant figures, trailing zeros dropped: 1, 1.5, 12.5, 160.
QString compactNumber(double v)
{
    const int decimals = v >= 100.0 ? 0 : (v >= 10.0 ? 1 : 2);
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

} // namespace

QString formatBytes(double bytes)
{
    if (!(bytes > 0.0))
        return QStringLiteral("0");
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    int k = 0;
    while (bytes >= 1023.995 && k < 6) {
        bytes /= 1024.0;
        ++k;
    }
    return compactNumber(bytes) + QLatin1Char(' ') + QLatin1String(units[k]);
}

QString formatTokens(double tokens)
{
    if (tokens >= double(1 << 20) * 0.9995)
        return compactNumber(tokens / double(1 << 20)) + QLatin1Char('M');
    if (tokens >= 1024.0 * 0.9995)
        return compactNumber(tokens / 1024.0) + QLatin1Char('K');
    return QString::number(std::llround(tokens));
}

std::vector<std::int64_t> sampleContexts(std::int64_t from, std::int64_t to)
{
    std::set<std::int64_t> points{from, to};
    for (std::int64_t p = 1; p > 0 && p <= to; p <<= 1) {
        if (p >= from)
            points.insert(p);
    }
    const double octaves = std::log2(double(to) / double(from));
    const int geometric = std::max(1, int(std::ceil(octaves * 32.0)));
    for (int i = 0; i <= geometric; ++i) {
        const double t = double(from) * std::exp2(octaves * double(i) / double(geometric));
        points.insert(std::clamp<std::int64_t>(std::llround(t), from, to));
    }
    for (int i = 0; i <= 256; ++i) {
        const double t = double(from) + (double(to) - double(from)) * double(i) / 256.0;
        points.insert(std::clamp<std::int64_t>(std::llround(t), from, to));
    }
    return {points.begin(), points.end()};
}

double BytesTicker::getTickStep(const QCPRange &range)
{
    const double target = range.size() / (double(tickCount()) + 1e-10);
    if (!(target > 0.0))
        return 1.0;
    double unit = 1.0;
    while (target / unit >= 1024.0)
        unit *= 1024.0;
    return unit * cleanMantissa(target / unit);
}

QString BytesTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return formatBytes(tick);
}

LogBytesTicker::LogBytesTicker()
{
    setLogBase(2.0);
    setSubTickCount(0);
}

QString LogBytesTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return formatBytes(tick);
}

double ContextTicker::getTickStep(const QCPRange &range)
{
    const double target = range.size() / (double(tickCount()) + 1e-10);
    return target > 1.0 ? std::exp2(std::round(std::log2(target))) : 1.0;
}

QString ContextTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return formatTokens(tick);
}

LogContextTicker::LogContextTicker()
{
    setLogBase(2.0);
    setSubTickCount(0);
}

QString LogContextTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return formatTokens(tick);
}

} // namespace attnscope::widgets::footprint
