// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the timings tests (model, view, dock): tiny workloads that finish in milliseconds,
// and small model shapes.

#include "core/footprint/model.h"
#include "tests/common/timelimits.h"
#include "widgets/models/timingsmodel.h"

#include <string>

namespace attnscope::testing {

// Generous bounds, never expected to be reached.
constexpr int kTimingsTimeoutMs = kWaitMs;

// No warm-up, one timed run, a 1 MiB probe with a 32 x 32 product, live timings after 10 ms.
inline widgets::TimingsModel::Tuning tinyTuning()
{
    widgets::TimingsModel::Tuning t;
    t.warmup = 0;
    t.repeat = 1;
    t.probe.bytes = std::int64_t(1) << 20;
    t.probe.matmulN = 32;
    t.probe.repeat = 1;
    t.liveDelayMs = 10;
    return t;
}

// One layer's shape of a small model: d_model 32, 2 layers, 4 heads of width 8; KV heads 4
// (MHA, MLA), 2 (GQA) or 1 (MQA); MLA with d_c 16 and d_R 4.
inline core::ModelShape smallModel(const std::string &id, const std::string &name, core::Mechanism mechanism)
{
    core::ModelShape m;
    m.id = id;
    m.name = name;
    m.mechanism = mechanism;
    m.dModel = 32;
    m.layers = 2;
    m.nHeads = 4;
    m.nKvHeads = mechanism == core::Mechanism::Gqa ? 2 : (mechanism == core::Mechanism::Mqa ? 1 : 4);
    m.dHead = 8;
    if (mechanism == core::Mechanism::Mla) {
        m.dLatentKv = 16;
        m.dRope = 4;
    }
    return m;
}

inline int availableBackends(const widgets::TimingsModel &model)
{
    int n = 0;
    for (const auto &b : model.backends())
        n += b.available ? 1 : 0;
    return n;
}

} // namespace attnscope::testing
