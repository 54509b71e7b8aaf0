// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/harness.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace attnscope::core {

namespace {

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

Stats timeRuns(Backend &backend, const std::function<void()> &fn, int warmup, int repeat,
               const std::function<bool()> &cancelled = {})
{
    for (int i = 0; i < warmup; ++i) {
        if (cancelled && cancelled())
            throw BenchCancelled();
        (void)backend.time(fn);
    }
    std::vector<double> samples;
    samples.reserve(std::size_t(std::max(repeat, 1)));
    for (int i = 0; i < std::max(repeat, 1); ++i) {
        if (cancelled && cancelled())
            throw BenchCancelled();
        samples.push_back(backend.time(fn));
    }
    return summarize(std::move(samples));
}

} // namespace

Stats summarize(std::vector<double> samples)
{
    if (samples.empty())
        throw std::invalid_argument("summarize: no samples");
    Stats s;
    s.count = int(samples.size());
    s.median = medianOf(samples);
    s.min = *std::min_element(samples.begin(), samples.end());
    s.max = *std::max_element(samples.begin(), samples.end());
    for (double &x : samples)
        x = std::abs(x - s.median);
    s.mad = medianOf(samples);
    return s;
}

double Roofline::time(std::int64_t bytes, std::int64_t flops) const
{
    const double memory = bandwidthGBps > 0 ? double(bytes) / (bandwidthGBps * 1e9) : 0.0;
    const double compute = peakGflops > 0 ? double(flops) / (peakGflops * 1e9) : 0.0;
    return std::max(memory, compute);
}

Roofline probeBandwidth(Backend &backend, const ProbeOptions &options)
{
    Roofline r;
    auto buffer = backend.allocate(std::size_t(options.bytes));
    // Touch every page first (and give the sum something to add).
    std::vector<float> ones(std::size_t(1) << 20, 1.0f);
    const std::size_t slice = ones.size() * sizeof(float);
    for (std::size_t at = 0; at < std::size_t(options.bytes); at += slice) {
        if (options.cancelled && options.cancelled())
            throw BenchCancelled();
        backend.upload(*buffer, at, ones.data(), std::min(slice, std::size_t(options.bytes) - at));
    }
    float sink = 0.0f;
    r.readSeconds = timeRuns(
        backend, [&] { backend.streamRead(*buffer, &sink); }, 2, options.repeat, options.cancelled);
    r.probeBytes = options.bytes;
    r.bandwidthGBps = double(options.bytes) / r.readSeconds.median / 1e9;
    return r;
}

Roofline probeRoofline(Backend &backend, const ProbeOptions &options)
{
    Roofline r = probeBandwidth(backend, options);
    const std::int64_t n = options.matmulN;
    const std::size_t bytes = std::size_t(n * n) * sizeof(float);
    auto a = backend.allocate(bytes), b = backend.allocate(bytes), c = backend.allocate(bytes);
    std::vector<float> fill(std::size_t(n * n));
    for (std::size_t i = 0; i < fill.size(); ++i)
        fill[i] = float(i % 17) / 17.0f - 0.5f;
    backend.upload(*a, 0, fill.data(), bytes);
    backend.upload(*b, 0, fill.data(), bytes);
    r.matmulSeconds = timeRuns(
        backend,
        [&] {
            backend.matmul(n, static_cast<const float *>(a->data()), static_cast<const float *>(b->data()),
                           static_cast<float *>(c->data()));
        },
        1, std::max(3, options.repeat / 2), options.cancelled);
    r.matmulN = n;
    r.peakGflops = 2.0 * double(n) * double(n) * double(n) / r.matmulSeconds.median / 1e9;
    return r;
}

Measurement measure(Backend &backend, PreparedWorkload &prepared, const Roofline &roofline, const BenchOptions &options)
{
    Measurement m;
    m.backend = backend.id();
    m.device = backend.device();
    m.kernels = backend.kernels();
    m.workload = prepared.workload();
    m.seconds = timeRuns(
        backend, [&] { prepared.run(); }, options.warmup, options.repeat, options.cancelled);
    m.bytes = workloadBytes(m.workload);
    m.flops = workloadFlops(m.workload);
    m.gbps = double(m.bytes) / m.seconds.median / 1e9;
    m.gflops = double(m.flops) / m.seconds.median / 1e9;
    m.bandwidthGbps = roofline.bandwidthGBps;
    m.peakGflops = roofline.peakGflops;
    m.rooflineSeconds = roofline.time(m.bytes, m.flops);
    return m;
}

Measurement measure(Backend &backend, const Workload &w, const Roofline &roofline, const BenchOptions &options)
{
    PreparedWorkload prepared(backend, w, 0, options.cancelled);
    return measure(backend, prepared, roofline, options);
}

std::vector<std::int64_t> sweepPoints(std::int64_t from, std::int64_t to)
{
    std::vector<std::int64_t> points;
    if (from < 1 || to < from)
        return points;
    points.push_back(from);
    // The powers of two above FROM and below TO; 2^62 is the last that doubling reaches.
    constexpr std::int64_t kLastPower = std::int64_t(1) << 62;
    std::int64_t p = 1;
    while (p <= from && p < kLastPower)
        p *= 2;
    for (; p > from && p < to; p = p < kLastPower ? p * 2 : to)
        points.push_back(p);
    if (to != from)
        points.push_back(to);
    return points;
}

} // namespace attnscope::core
