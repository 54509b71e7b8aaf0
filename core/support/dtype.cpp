// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/dtype.h"

#include "core/support/cpufeatures.h"

#include <Eigen/Core>

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace attnscope::core {

namespace {

struct WidenKernels
{
    void (*f16)(const std::uint16_t *src, float *dst, std::size_t n);
    void (*bf16)(const std::uint16_t *src, float *dst, std::size_t n);
};

// The widening loops once per kernel variant (core/support/cpufeatures.h).
#define ATTNSCOPE_VARIANT_FILE "core/support/widen.inc"
#include "core/support/isavariants.h"

const WidenKernels &widenKernels()
{
    return ATTNSCOPE_BY_VARIANT(kWiden);
}

} // namespace

std::string_view dtypeId(DType t)
{
    switch (t) {
    case DType::F32: return "f32";
    case DType::F16: return "f16";
    case DType::Bf16: return "bf16";
    }
    return "f32";
}

std::optional<DType> dtypeFromId(std::string_view id)
{
    for (DType t : {DType::F32, DType::F16, DType::Bf16})
        if (dtypeId(t) == id)
            return t;
    return std::nullopt;
}

void convertFromF32(DType to, const float *src, void *dst, std::size_t n)
{
    switch (to) {
    case DType::F32: std::memcpy(dst, src, n * sizeof(float)); return;
    case DType::F16: {
        auto *out = static_cast<Eigen::half *>(dst);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = Eigen::half(src[i]);
        return;
    }
    case DType::Bf16: {
        auto *out = static_cast<Eigen::bfloat16 *>(dst);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = Eigen::bfloat16(src[i]);
        return;
    }
    }
}

void convertToF32(DType from, const void *src, float *dst, std::size_t n)
{
    // The backends call this on every cache row they widen, the model on its weights.
    switch (from) {
    case DType::F32: std::memcpy(dst, src, n * sizeof(float)); return;
    case DType::F16: widenKernels().f16(static_cast<const std::uint16_t *>(src), dst, n); return;
    case DType::Bf16: widenKernels().bf16(static_cast<const std::uint16_t *>(src), dst, n); return;
    }
}

} // namespace attnscope::core
