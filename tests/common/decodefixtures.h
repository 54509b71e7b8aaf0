// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the backend tests (tst_backends, tst_cpufeatures, tst_cudabackend): a decode case as
// one data column, caches stored in a dtype, the largest difference of two outputs, and decode
// run in every kernel variant this machine can run (core/support/cpufeatures.h).

#include "core/backends/backend.h"
#include "core/backends/cpu/cpubackend.h"
#include "core/support/cpufeatures.h"
#include "core/support/dtype.h"

#include <QMetaType>

#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <vector>

namespace attnscope::testing {

// One decode of grouped attention: B sequences of T cached tokens, H query heads reading G KV
// heads of width dK (keys) and dV (values), the cache stored as `type`; scale 1 / sqrt(dK).
struct DecodeCase
{
    int batch = 1;
    int heads = 1;
    int kvHeads = 1;
    int dK = 8;
    int dV = 8;
    int tokens = 1;
    core::DType type = core::DType::F32;

    [[nodiscard]] core::DecodeShape shape() const
    {
        return {batch, heads, kvHeads, dK, dV, tokens, 0, 0, type, 1.0f / std::sqrt(float(dK))};
    }
};

// values in `type`'s bytes, as a cache holds them.
inline std::vector<std::byte> storedAs(const std::vector<float> &values, core::DType type)
{
    std::vector<std::byte> out(values.size() * std::size_t(core::dtypeBytes(type)));
    core::convertFromF32(type, values.data(), out.data(), values.size());
    return out;
}

// The largest |a - b|; infinite where the sizes differ or a difference is NaN (an output the
// backend did not write stays NaN).
inline float maxAbsDiff(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return INFINITY;
    float worst = 0.0f;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const float d = std::abs(a[i] - b[i]);
        if (!(d <= worst)) // NaN counts as worst
            worst = std::isnan(d) ? INFINITY : d;
    }
    return worst;
}

// Restores the best kernel variant after a test that forced others.
struct BestVariantAfterwards
{
    BestVariantAfterwards() = default;
    BestVariantAfterwards(const BestVariantAfterwards &) = delete;
    BestVariantAfterwards &operator=(const BestVariantAfterwards &) = delete;
    ~BestVariantAfterwards() { core::setCpuVariant(core::bestCpuVariant()); }
};

// One CPU decode's output, and which variant and thread count computed it.
struct VariantRun
{
    core::CpuVariant variant;
    int threads = 1;
    std::vector<float> out; // [B, H, dV]

    [[nodiscard]] std::string name() const
    {
        return std::string(core::cpuVariantId(variant)) + ", " + std::to_string(threads) + " threads";
    }
};

// Decodes s with the CPU backend in every kernel variant this machine can run (the baseline
// first, the best last) at each thread count; the best variant is set again afterwards.
// q [B, H, dK] fp32; k [B, G, T, dK] and v [B, G, T, dV] stored as s.dtype.
inline std::vector<VariantRun> decodeInEveryVariant(const core::DecodeShape &s, const std::vector<float> &q,
                                                    const std::vector<std::byte> &k, const std::vector<std::byte> &v,
                                                    std::initializer_list<int> threadCounts)
{
    const BestVariantAfterwards restore;
    const std::size_t outputs = std::size_t(s.batch * s.nHeads * s.dV);
    std::vector<VariantRun> runs;
    for (core::CpuVariant variant : core::supportedCpuVariants()) {
        core::setCpuVariant(variant);
        for (int threads : threadCounts) {
            VariantRun run{variant, threads, std::vector<float>(outputs, NAN)};
            core::CpuBackend(threads).decode(s, {q.data(), k.data(), v.data(), run.out.data()});
            runs.push_back(std::move(run));
        }
    }
    return runs;
}

} // namespace attnscope::testing

Q_DECLARE_METATYPE(attnscope::testing::DecodeCase)
