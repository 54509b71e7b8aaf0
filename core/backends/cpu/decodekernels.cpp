// SPDX-License-Identifier: GPL-3.0-or-later
// The decode kernels, once per kernel variant (core/support/cpufeatures.h explains the scheme).
// Every header is included here, before any target region: decodekernels.inc includes nothing.
#include "core/backends/cpu/decodekernels.h"

#include "core/support/cpufeatures.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstring>
#include <type_traits>

namespace attnscope::core {

#if ATTNSCOPE_DISPATCH
#pragma GCC push_options
ATTNSCOPE_TARGET_V4
#define ATTNSCOPE_ISA 4
#define ATTNSCOPE_ISA_NS isa_v4
#include "core/backends/cpu/decodekernels.inc"
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS
#pragma GCC pop_options

#pragma GCC push_options
ATTNSCOPE_TARGET_V3
#define ATTNSCOPE_ISA 3
#define ATTNSCOPE_ISA_NS isa_v3
#include "core/backends/cpu/decodekernels.inc"
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS
#pragma GCC pop_options

#define ATTNSCOPE_ISA 1
#define ATTNSCOPE_ISA_NS isa_base
#include "core/backends/cpu/decodekernels.inc"
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS

const DecodeKernels &decodeKernels()
{
    switch (cpuVariant()) {
    case CpuVariant::X86_64_V4: return isa_v4::kKernels;
    case CpuVariant::X86_64_V3: return isa_v3::kKernels;
    default: return isa_base::kKernels;
    }
}
#else
#define ATTNSCOPE_ISA ATTNSCOPE_NATIVE_ISA
#define ATTNSCOPE_ISA_NS isa_native
#include "core/backends/cpu/decodekernels.inc"
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS

const DecodeKernels &decodeKernels()
{
    (void)cpuVariant(); // refuses a variant this build lacks
    return isa_native::kKernels;
}
#endif

} // namespace attnscope::core
