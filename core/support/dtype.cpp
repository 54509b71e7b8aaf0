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
#if ATTNSCOPE_DISPATCH
#pragma GCC push_options
ATTNSCOPE_TARGET_V4
#define ATTNSCOPE_ISA 4
#define ATTNSCOPE_ISA_NS isa_v4
#include "core/support/widen.inc"
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS
#pragma GCC pop_options

#pragma GCC push_options
ATTNSCOPE_TARGET_V3
#define ATTNSCOPE_ISA 3
#define ATTNSCOPE_ISA_NS isa_v3
#include "core/support/widen.inc"
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS
#pragma GCC pop_options

#define ATTNSCOPE_ISA 1
#define ATTNSCOPE_ISA_NS isa_base
#include "core/support/widen.inc"
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS

const WidenKernels &widenKernels()
{
    switch (cpuVariant()) {
    case CpuVariant::X86_64_V4: return isa_v4::kWiden;
    case CpuVariant::X86_64_V3: return isa_v3::kWiden;
    default: return isa_base::kWiden;
    }
}
#else
#define ATTNSCOPE_ISA ATTNSCOPE_NATIVE_ISA
#define ATTNSCOPE_ISA_NS isa_native
#include "core/support/widen.inc"
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS

const WidenKernels &widenKernels()
{
    (void)cpuVariant(); // refuses a variant this build lacks
    return isa_native::kWiden;
}
#endif

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
