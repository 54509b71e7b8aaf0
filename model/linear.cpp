// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/linear.h"

#include "model/safetensors.h"

#include "core/support/cpufeatures.h"
#include "core/support/gemm.h"

#include <omp.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace attnscope::model {

using core::DType;
using core::Matrix;

namespace {

// Every variant reads x in this layout (linearkernels.inc).
constexpr int kPairLanes = 16;

// x' of the paired kernels (see loadWords) into out [n].
void pairedX(const float *x, std::int64_t n, float *out)
{
    std::int64_t i = 0;
    for (; i + 2 * kPairLanes <= n; i += 2 * kPairLanes)
        for (int j = 0; j < kPairLanes; ++j) {
            out[i + j] = x[i + 2 * j];
            out[i + kPairLanes + j] = x[i + 2 * j + 1];
        }
    for (; i < n; ++i)
        out[i] = x[i];
}

// y rows of W (see vectorRows in linearkernels.inc).
using RowsKernel = void (*)(DType type, const void *w, std::int64_t in, const float *x, std::int64_t rows,
                            std::int64_t ldx, float *y, std::int64_t ldy, std::int64_t first, std::int64_t last);

// The 16-lane vectors pass between the kernels' internal helpers (always inlined) in registers
// that the baseline and AVX2 variants lack: GCC's note that this changes the ABI does not concern
// functions no other unit calls.
#pragma GCC diagnostic ignored "-Wpsabi"

#define ATTNSCOPE_VARIANT_FILE "model/linearkernels.inc"
#include "core/support/isavariants.h"

// The kernel of cpuVariant() (which throws core::CpuVariantError where ATTNSCOPE_CPU_VARIANT was
// refused).
RowsKernel rowsKernel()
{
    return ATTNSCOPE_BY_VARIANT(kRowsKernel);
}

// Below this many multiply-adds a call runs on one thread: waking the team costs more.
constexpr std::int64_t kParallelWork = std::int64_t(1) << 16;
// Rows of W per work item of the matrix-vector path: 32 x 576 bf16 = 36 KiB.
constexpr std::int64_t kBlockRows = 32;
// Output rows widened per GEMM slice: 64 x in floats (144 KiB at in = 576) stays in L2.
constexpr std::int64_t kSliceRows = 64;

int teamSize(int threads, std::int64_t work)
{
    if (work < kParallelWork)
        return 1;
    return threads > 0 ? threads : omp_get_max_threads();
}

} // namespace

Linear Linear::fromTensor(const TensorInfo &t)
{
    if (t.shape.size() != 2)
        throw ModelError("tensor '" + t.name + "' has shape " + shapeText(t.shape) + "; a weight matrix has rank 2.");
    Linear l;
    l.m_out = t.shape[0];
    l.m_in = t.shape[1];
    l.m_dtype = t.dtype;
    const auto n = static_cast<std::size_t>(t.elementCount);
    if (t.dtype == DType::F32) {
        l.m_f32.resize(n);
        std::memcpy(l.m_f32.data(), t.bytes.data(), n * sizeof(float));
    } else {
        l.m_bits.resize(n);
        std::memcpy(l.m_bits.data(), t.bytes.data(), n * sizeof(std::uint16_t));
    }
    return l;
}

Linear Linear::fromTransposed(const TensorInfo &t)
{
    const Linear stored = fromTensor(t); // [in, out]
    Linear l;
    l.m_out = stored.m_in;
    l.m_in = stored.m_out;
    l.m_dtype = stored.m_dtype;
    auto transpose = [&](const auto &src, auto &dst) {
        dst.resize(src.size());
        for (std::int64_t i = 0; i < l.m_in; ++i)
            for (std::int64_t o = 0; o < l.m_out; ++o)
                dst[static_cast<std::size_t>(o * l.m_in + i)] = src[static_cast<std::size_t>(i * l.m_out + o)];
    };
    if (l.m_dtype == DType::F32)
        transpose(stored.m_f32, l.m_f32);
    else
        transpose(stored.m_bits, l.m_bits);
    return l;
}

Linear Linear::fromMatrix(const Matrix &w, DType dtype)
{
    Linear l;
    l.m_out = w.rows();
    l.m_in = w.cols();
    l.m_dtype = dtype;
    const auto n = static_cast<std::size_t>(w.size());
    if (dtype == DType::F32) {
        l.m_f32.assign(w.data(), w.data() + w.size());
    } else {
        l.m_bits.resize(n);
        core::convertFromF32(dtype, w.data(), l.m_bits.data(), n);
    }
    return l;
}

Linear Linear::rows(std::int64_t first, std::int64_t count) const
{
    if (first < 0 || count < 0 || first + count > m_out)
        throw std::invalid_argument("Linear::rows: rows out of range");
    Linear l;
    l.m_out = count;
    l.m_in = m_in;
    l.m_dtype = m_dtype;
    const auto b = static_cast<std::ptrdiff_t>(first * m_in), e = static_cast<std::ptrdiff_t>((first + count) * m_in);
    if (m_dtype == DType::F32)
        l.m_f32.assign(m_f32.begin() + b, m_f32.begin() + e);
    else
        l.m_bits.assign(m_bits.begin() + b, m_bits.begin() + e);
    return l;
}

Linear Linear::stack(const std::vector<Linear> &parts)
{
    Linear l;
    if (parts.empty())
        return l;
    l.m_in = parts.front().m_in;
    l.m_dtype = parts.front().m_dtype;
    for (const Linear &p : parts) {
        if (p.m_in != l.m_in || p.m_dtype != l.m_dtype)
            throw std::invalid_argument("Linear::stack: the parts differ in in_features or dtype");
        l.m_out += p.m_out;
        l.m_f32.insert(l.m_f32.end(), p.m_f32.begin(), p.m_f32.end());
        l.m_bits.insert(l.m_bits.end(), p.m_bits.begin(), p.m_bits.end());
    }
    return l;
}

void Linear::widenRow(std::int64_t r, float *out) const
{
    const auto at = static_cast<std::size_t>(r * m_in);
    if (m_dtype == DType::F32)
        std::memcpy(out, m_f32.data() + at, static_cast<std::size_t>(m_in) * sizeof(float));
    else
        core::convertToF32(m_dtype, m_bits.data() + at, out, static_cast<std::size_t>(m_in));
}

Matrix Linear::toMatrix() const
{
    Matrix w(m_out, m_in);
    for (std::int64_t r = 0; r < m_out; ++r)
        widenRow(r, w.row(r).data());
    return w;
}

Matrix Linear::apply(const Matrix &x, int threads) const
{
    Matrix y;
    apply(x, y, threads);
    return y;
}

void Linear::apply(const Matrix &x, Matrix &y, int threads) const
{
    if (x.cols() != m_in)
        throw std::invalid_argument("Linear::apply: X has " + std::to_string(x.cols()) + " columns; the weight takes "
                                    + std::to_string(m_in));
    try {
        (void)core::cpuVariant(); // refused here, not inside the team (an exception cannot leave it)
    } catch (const core::CpuVariantError &e) {
        throw ModelError(e.what());
    }
    y.resize(x.rows(), m_out);
    if (x.rows() == 0 || m_out == 0)
        return;
    if (m_in == 0) {
        y.setZero();
        return;
    }
    if (x.rows() <= kMaxVectorRows)
        applyRows(x, y, threads);
    else
        applyGemm(x, y, threads);
}

void Linear::applyRows(const Matrix &x, Matrix &y, int threads) const
{
    const int team = teamSize(threads, m_out * m_in * x.rows());
    // Blocks of kBlockRows rows handed out as threads come free: on a machine shared with other work a
    // thread that lost its core leaves its part to the others instead of holding the team at the
    // barrier (static halves cost 2x and more on a loaded 2-core machine).
    const std::int64_t blocks = (m_out + kBlockRows - 1) / kBlockRows;
    Matrix paired; // X as the 16-bit kernels read it (pairedX), made once for every thread
    if (m_dtype != DType::F32) {
        paired.resize(x.rows(), m_in);
        for (Eigen::Index t = 0; t < x.rows(); ++t)
            pairedX(x.row(t).data(), m_in, paired.row(t).data());
    }
    const RowsKernel kernel = rowsKernel();
    const float *xs = m_dtype == DType::F32 ? x.data() : paired.data();
    const void *w = m_dtype == DType::F32 ? static_cast<const void *>(m_f32.data()) : m_bits.data();
#pragma omp parallel for num_threads(team) schedule(dynamic, 1) if (team > 1)
    for (std::int64_t b = 0; b < blocks; ++b) {
        const std::int64_t first = b * kBlockRows, last = std::min(m_out, first + kBlockRows);
        kernel(m_dtype, w, m_in, xs, x.rows(), m_in, y.data(), m_out, first, last);
    }
}

void Linear::applyGemm(const Matrix &x, Matrix &y, int threads) const
{
    const int team = teamSize(threads, m_out * m_in * x.rows());
    const std::int64_t slices = (m_out + kSliceRows - 1) / kSliceRows;
#pragma omp parallel num_threads(team) if (team > 1)
    {
        Matrix wide; // this thread's slice of W widened to fp32 [rows, in]
#pragma omp for schedule(dynamic, 1)
        for (std::int64_t s = 0; s < slices; ++s) {
            const std::int64_t first = s * kSliceRows, count = std::min(kSliceRows, m_out - first);
            const float *w = nullptr;
            if (m_dtype == DType::F32) {
                w = m_f32.data() + first * m_in;
            } else {
                wide.resize(count, m_in);
                core::convertToF32(m_dtype, m_bits.data() + first * m_in, wide.data(),
                                   static_cast<std::size_t>(count * m_in));
                w = wide.data();
            }
            core::gemm(x.rows(), count, m_in, 1.0f, x.data(), m_in, core::GemmB::NxK, w, m_in, 0.0f,
                       y.data() + first, m_out);
        }
    }
}

} // namespace attnscope::model
