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

#define ATTNSCOPE_VARIANT_FILE "core/backends/cpu/decodekernels.inc"
#include "core/support/isavariants.h"

const DecodeKernels &decodeKernels()
{
    return ATTNSCOPE_BY_VARIANT(kKernels);
}

} // namespace attnscope::core
