// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/harness.h"
#include "core/bench/workload.h"
#include "core/params/config.h"
#include "core/support/dtype.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace attnscope::widgets {

// What the timings panel measures and how it writes it down: the workloads of its two jobs and
// the CSV of its results. No state: TimingsModel (timingsmodel.h) runs them.

// One layer's attention shape, as the timings panel times it: from the current parameters
// or from a model preset (one layer of it).
struct TimingShape
{
    core::Mechanism mechanism = core::Mechanism::Mha;
    std::int64_t nHeads = 1;
    std::int64_t nKvHeads = 1;
    std::int64_t dHead = 1;
    std::int64_t dLatent = 0; // mla: d_c
    std::int64_t dRope = 0;   // mla: d_h^R
    // Why nothing can be timed (Bahdanau has no KV cache, the parameters are invalid); empty
    // when the shape can be timed.
    QString problem;

    [[nodiscard]] bool isValid() const { return problem.isEmpty(); }
    bool operator==(const TimingShape &) const = default;
};

// How a shown run was measured, for the CSV.
struct TimingsRunInfo
{
    int threads = 0;
    int warmup = 0;
    QString model; // preset id, empty for the current parameters
};

// The live job: decode (MLA: absorbed, then naive) at `context` and prefill at `prefillTokens`.
[[nodiscard]] std::vector<core::Workload> liveTimingWorkloads(const TimingShape &shape, std::int64_t context,
                                                              std::int64_t prefillTokens, core::DType dtype);
// One context of the sweep: decode of MHA, GQA, MQA, MLA absorbed and MLA naive. GQA uses the
// shape's KV heads when it is GQA, else heads / 4 rounded to a divisor of the heads; MLA the
// shape's d_c and d_h^R when it is MLA, else 4 d_h and d_h / 2 (even).
[[nodiscard]] std::vector<core::Workload> sweepTimingWorkloads(const TimingShape &shape, std::int64_t context,
                                                               core::DType dtype);

// Which bound of the roofline applies to a measurement: memory when moving its bytes at the
// measured bandwidth takes longer than its FLOPs at the measured matrix-product rate, compute
// when the FLOPs take longer (MLA's absorbed decode on a CPU), unknown without a probe.
enum class TimingBound { Unknown, Memory, Compute };
[[nodiscard]] TimingBound timingBound(const core::Measurement &m);
// More than the measured bandwidth: the working set fits in a CPU cache, so the probe's
// streaming rate from memory is no ceiling for it.
[[nodiscard]] bool timingFitsInCache(const core::Measurement &m);

// One CSV row per measurement (live rows first), with a header row: the fields and their order
// of `attnscope bench --json`, after the run and the title.
[[nodiscard]] QByteArray timingsCsv(const std::vector<core::Measurement> &live, const TimingsRunInfo &liveInfo,
                                    const std::vector<core::Measurement> &sweep, const TimingsRunInfo &sweepInfo);

} // namespace attnscope::widgets
