// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/workload.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace attnscope::core {

// Median and spread of repeated timings, in seconds.
struct Stats
{
    int count = 0;
    double median = 0.0;
    double min = 0.0;
    double max = 0.0;
    double mad = 0.0; // median absolute deviation from the median
};

// Throws std::invalid_argument on an empty sample.
[[nodiscard]] Stats summarize(std::vector<double> samples);

// The machine's limits as measured in this run, for the roofline.
struct Roofline
{
    double bandwidthGBps = 0.0;  // streaming read of a buffer far larger than the last-level cache
    double peakGflops = 0.0;     // fp32 n x n x n matrix product
    std::int64_t probeBytes = 0; // size of the streamed buffer
    std::int64_t matmulN = 0;
    Stats readSeconds;
    Stats matmulSeconds;

    // max(bytes / bandwidth, flops / peak): the time the operation cannot beat.
    [[nodiscard]] double time(std::int64_t bytes, std::int64_t flops) const;
};

struct BenchOptions
{
    int warmup = 2;
    int repeat = 10;
    // Asked between repetitions; true stops the measurement (measure() then throws
    // BenchCancelled).
    std::function<bool()> cancelled;
};

struct ProbeOptions
{
    std::int64_t bytes = std::int64_t(1) << 29; // 512 MiB: 16 x the 32 MiB L3 of a server CPU
    std::int64_t matmulN = 1024;
    int repeat = 10;
    // Asked between runs and between slices of the buffer's filling (throws BenchCancelled).
    std::function<bool()> cancelled;
};

// One measured workload on one backend.
struct Measurement
{
    std::string backend;
    std::string device;
    std::string kernels; // Backend::kernels(): the kernel variant that ran
    Workload workload;
    Stats seconds;
    std::int64_t bytes = 0;
    std::int64_t flops = 0;
    double gbps = 0.0;          // bytes / median
    double gflops = 0.0;        // flops / median
    double bandwidthGbps = 0.0; // the probe's, same run
    double peakGflops = 0.0;
    double rooflineSeconds = 0.0;
    // Share of the measured bandwidth achieved (decode's figure of merit).
    [[nodiscard]] double bandwidthShare() const { return bandwidthGbps > 0 ? gbps / bandwidthGbps : 0.0; }
};

// Times the backend's probes: warm-up, then `repeat` runs, medians.
[[nodiscard]] Roofline probeRoofline(Backend &backend, const ProbeOptions &options = {});
[[nodiscard]] Roofline probeBandwidth(Backend &backend, const ProbeOptions &options = {});

// Warm-up runs, then `repeat` timed runs of a prepared workload.
[[nodiscard]] Measurement measure(Backend &backend, PreparedWorkload &prepared, const Roofline &roofline,
                                  const BenchOptions &options = {});
// Prepares (allocates and fills) the workload, then measures it.
[[nodiscard]] Measurement measure(Backend &backend, const Workload &w, const Roofline &roofline,
                                  const BenchOptions &options = {});

// "--sweep context=512:32768": powers of two from `from` to `to` (both included when they are
// powers of two; otherwise from, then every power of two between, then to).
[[nodiscard]] std::vector<std::int64_t> sweepPoints(std::int64_t from, std::int64_t to);

} // namespace attnscope::core
