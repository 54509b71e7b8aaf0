// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/dtype.h"

#include <cstddef>
#include <cstdint>

namespace attnscope::core {

// The decode loop's two products on one tile of the cache, compiled once per kernel variant
// (core/support/cpufeatures.h) and chosen by cpuVariant(). Keys and values are stored as `type`
// and widened on load; arithmetic is fp32.
struct DecodeKernels
{
    // s[h * ldS + t] = q_h . k_t for hg query heads (q [hg, dK]) and n key rows, kStride elements
    // apart.
    void (*scores)(DType type, const float *q, std::int64_t hg, std::int64_t dK, const std::byte *k,
                   std::int64_t kStride, std::int64_t n, float *s, std::int64_t ldS);
    // acc[h * dV + d] += sum_t p[h * ldP + t] v_t[d] for hg heads (acc [hg, dV]) and n value rows,
    // vStride elements apart.
    void (*values)(DType type, const float *p, std::int64_t ldP, std::int64_t hg, const std::byte *v,
                   std::int64_t vStride, std::int64_t n, std::int64_t dV, float *acc);
    // The online softmax's step for a tile of n scores of hg heads (s [hg, ldS]): with mNew =
    // max(m_h, max_t s_h,t), s_h,t becomes exp(s_h,t - mNew), l_h becomes l_h alpha + sum_t s_h,t and
    // acc [hg, dV] row h is scaled by alpha = exp(m_h - mNew); m_h becomes mNew.
    void (*softmax)(float *s, std::int64_t ldS, std::int64_t hg, std::int64_t n, float *m, float *l, float *acc,
                    std::int64_t dV);
};

// The kernels of cpuVariant(); throws CpuVariantError where ATTNSCOPE_CPU_VARIANT was refused.
[[nodiscard]] const DecodeKernels &decodeKernels();

} // namespace attnscope::core
