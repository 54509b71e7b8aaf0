// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/gemm.h"

#include "core/support/cpufeatures.h"

#include <Eigen/Core>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace attnscope::core {

namespace {

// The blocked kernel's vectors pass between its helpers (always inlined) in registers the
// baseline lacks: GCC's note that this changes the ABI does not concern functions no other unit
// calls.
#pragma GCC diagnostic ignored "-Wpsabi"

#if ATTNSCOPE_DISPATCH
#define ATTNSCOPE_VARIANT_FILE "core/support/gemmkernels.inc"
#include "core/support/isavariants.h"
#endif

using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using In = Eigen::Map<const RowMat, 0, Eigen::OuterStride<>>;
using Out = Eigen::Map<RowMat, 0, Eigen::OuterStride<>>;

void eigenGemm(std::int64_t m, std::int64_t n, std::int64_t k, float alpha, const float *a, std::int64_t lda,
               GemmB layout, const float *b, std::int64_t ldb, float beta, float *c, std::int64_t ldc)
{
    Out cm(c, m, n, Eigen::OuterStride<>(ldc));
    if (beta == 0.0f)
        cm.setZero();
    else if (beta != 1.0f)
        cm *= beta;
    if (k == 0)
        return;
    const In am(a, m, k, Eigen::OuterStride<>(lda));
    if (layout == GemmB::KxN)
        cm.noalias() += alpha * am * In(b, k, n, Eigen::OuterStride<>(ldb));
    else
        cm.noalias() += alpha * am * In(b, n, k, Eigen::OuterStride<>(ldb)).transpose();
}

void check(const char *what, std::int64_t value, std::int64_t least)
{
    if (value < least)
        throw std::invalid_argument(std::string("gemm: ") + what + " = " + std::to_string(value) + ": must be at least "
                                    + std::to_string(least) + ".");
}

} // namespace

void gemm(std::int64_t m, std::int64_t n, std::int64_t k, float alpha, const float *a, std::int64_t lda, GemmB layout,
          const float *b, std::int64_t ldb, float beta, float *c, std::int64_t ldc)
{
    check("m", m, 0);
    check("n", n, 0);
    check("k", k, 0);
    check("lda", lda, k);
    check("ldb", ldb, layout == GemmB::KxN ? n : k);
    check("ldc", ldc, n);
    if (m == 0 || n == 0)
        return;
#if ATTNSCOPE_DISPATCH
    const CpuVariant variant = cpuVariant();
    if (k > 0 && (variant == CpuVariant::X86_64_V4 || variant == CpuVariant::X86_64_V3)) {
        const bool v4 = variant == CpuVariant::X86_64_V4;
        thread_local Eigen::VectorXf scratch; // 64-byte aligned: the packed panel is read a vector at a time
        scratch.resize(v4 ? isa_v4::kScratchFloats : isa_v3::kScratchFloats);
        (v4 ? isa_v4::kBlockedGemm : isa_v3::kBlockedGemm)(m, n, k, alpha, a, lda, layout, b, ldb, beta, c, ldc,
                                                           scratch.data());
        return;
    }
#else
    (void)cpuVariant(); // refuses a variant this build lacks
#endif
    eigenGemm(m, n, k, alpha, a, lda, layout, b, ldb, beta, c, ldc);
}

} // namespace attnscope::core
