// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// Run-time choice of the hot kernels' instruction set (docs/cpu-backend.md, "Vector units").
//
// The default build targets baseline x86-64. The kernels (decode tiles, fp16/bf16 widening, the
// model's matrix-vector rows) live in .inc files that their translation unit includes once per
// variant, each time inside `#pragma GCC target` and in a namespace of its own (isa_v4, isa_v3,
// isa_base), with ATTNSCOPE_ISA set to 4, 3 or 1 (core/support/isavariants.h does this). Everything they define has internal linkage or a
// name of its variant's own, and they use no template defined inside the region that another unit
// could also instantiate, so no wide code can stand in for a baseline function (scripts/
// check-portable checks the binary). Each unit picks its table of kernels by cpuVariant().
//
// With ATTNSCOPE_NATIVE_ARCH (-march=native), with Clang, or off x86-64, the .inc is included once
// for the compiler's flags and the only variant is Native (resp. Baseline).
#if !defined(ATTNSCOPE_NATIVE_ARCH) && defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define ATTNSCOPE_DISPATCH 1
// x86-64 micro-architecture levels 3 and 4 as ISA lists (not "arch=": a different arch would keep
// the baseline inline functions the kernels call, std::min for one, from being inlined).
#define ATTNSCOPE_TARGET_V3 \
    _Pragma("GCC target(\"sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,f16c,bmi,bmi2,lzcnt,movbe\")")
// clang-format off
#define ATTNSCOPE_TARGET_V4 _Pragma("GCC target(\"sse3,ssse3,sse4.1,sse4.2,popcnt,avx,avx2,fma,f16c,bmi,bmi2,lzcnt,movbe,avx512f,avx512bw,avx512cd,avx512dq,avx512vl\")")
// clang-format on
#else
#define ATTNSCOPE_DISPATCH 0
// The one variant's level, from the compiler's own flags.
#if defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512VL__) && defined(__F16C__) && defined(__FMA__)
#define ATTNSCOPE_NATIVE_ISA 4
#elif defined(__AVX2__) && defined(__F16C__) && defined(__FMA__)
#define ATTNSCOPE_NATIVE_ISA 3
#else
#define ATTNSCOPE_NATIVE_ISA 1
#endif
#endif

namespace attnscope::core {

enum class CpuVariant { Baseline, X86_64_V3, X86_64_V4, Native };

// "baseline", "x86-64-v3", "x86-64-v4", "native": the values of ATTNSCOPE_CPU_VARIANT.
[[nodiscard]] std::string_view cpuVariantId(CpuVariant v);
// "baseline (SSE2)", "x86-64-v3 (AVX2+FMA)", "x86-64-v4 (AVX-512)", "native (-march=native)".
[[nodiscard]] std::string_view cpuVariantName(CpuVariant v);

// The variants this build has and this CPU can run, baseline first (Native alone in a native
// build).
[[nodiscard]] std::vector<CpuVariant> supportedCpuVariants();
// The best of them: what runs unless ATTNSCOPE_CPU_VARIANT or setCpuVariant() says otherwise.
[[nodiscard]] CpuVariant bestCpuVariant();

// A variant that was asked for but cannot run here.
class CpuVariantError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The variant the kernels use. The first call reads ATTNSCOPE_CPU_VARIANT (one of the ids above;
// unset or empty = the best); a value that is unknown or beyond this CPU throws CpuVariantError,
// on this and every later call until setCpuVariant().
[[nodiscard]] CpuVariant cpuVariant();
// Forces a variant (tests); throws CpuVariantError if this build or CPU lacks it.
void setCpuVariant(CpuVariant v);

// v4, v3 or base for cpuVariant() (base for Baseline and Native; core/support/isavariants.h's
// ATTNSCOPE_BY_VARIANT passes a kernel file's three tables, or its one table three times).
template <class T>
[[nodiscard]] const T &byCpuVariant(const T &v4, const T &v3, const T &base)
{
    switch (cpuVariant()) {
    case CpuVariant::X86_64_V4: return v4;
    case CpuVariant::X86_64_V3: return v3;
    default: return base;
    }
}

} // namespace attnscope::core
