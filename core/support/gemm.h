// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace attnscope::core {

// How gemm() reads B: op(B) is B itself, stored [k, n] (KxN: values, a right-hand matrix), or B
// transposed, stored [n, k] (NxK: keys, nn.Linear's weight [out, in]).
enum class GemmB { KxN, NxK };

// C [m, n] = alpha A [m, k] op(B) + beta C, fp32, every matrix row-major with its own leading
// dimension (elements from one row to the next; at least its columns). beta = 0 overwrites C
// (NaN there included); k = 0 scales C by beta. One thread: callers divide the work.
//
// The portable build's x86-64-v3 and x86-64-v4 variants (core/support/cpufeatures.h) run a
// blocked kernel of this unit's own, compiled for AVX2+FMA and AVX-512, where Eigen's product is
// SSE2 only (Eigen picks its packets by the preprocessor); the baseline variant and a native build
// run Eigen's product. Throws std::invalid_argument for a negative size or a leading dimension
// below its matrix's columns, and CpuVariantError where ATTNSCOPE_CPU_VARIANT was refused.
void gemm(std::int64_t m, std::int64_t n, std::int64_t k, float alpha, const float *a, std::int64_t lda, GemmB layout,
          const float *b, std::int64_t ldb, float beta, float *c, std::int64_t ldc);

} // namespace attnscope::core
