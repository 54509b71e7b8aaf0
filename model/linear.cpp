// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/linear.h"

#include "model/safetensors.h"

#include <omp.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>

namespace attnscope::model {

using core::DType;
using core::Matrix;

namespace {

// The kernels are written on GCC/Clang vector types (as core's CPU backend is), so that they compile
// to AVX-512, AVX2 (two registers per vector) or NEON alike, without intrinsics: a later portable
// build dispatches on the CPU at run time. Widening is exact; arithmetic is fp32.
constexpr int kLanes = 16;
using Vec = float __attribute__((vector_size(kLanes * sizeof(float))));
using Bits32 = std::uint32_t __attribute__((vector_size(kLanes * sizeof(std::uint32_t))));

inline float widenBf16(std::uint16_t b)
{
    return std::bit_cast<float>(std::uint32_t(b) << 16); // bf16 is fp32's upper half
}

// IEEE binary16 -> binary32, exact for every value: the exponent and mantissa bits moved into
// fp32's positions and rescaled by 2^112 (the bias difference 127 - 15), which also turns
// subnormal halves into the right normal floats; infinities and NaNs get fp32's all-ones exponent.
inline float widenF16(std::uint16_t h)
{
    const std::uint32_t sign = std::uint32_t(h & 0x8000u) << 16;
    const std::uint32_t em = std::uint32_t(h & 0x7fffu) << 13;
    const float scaled = std::bit_cast<float>(em) * 0x1p112f;
    const std::uint32_t infNan = (h & 0x7c00u) == 0x7c00u ? 0x7f800000u : 0u;
    return std::bit_cast<float>(std::bit_cast<std::uint32_t>(scaled) | infNan | sign);
}

inline Vec loadF32(const float *p)
{
    Vec v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// The 16-bit kernels read 32 weights at a time as 16 32-bit words: word j holds weight 2j in its low
// half and weight 2j+1 in its high half. Widening then takes two vertical operations per 16 weights
// (bf16: a shift and a mask) and no shuffles, and the even and odd weights meet x's even and odd
// elements, which pairedX() puts side by side once per call: x' = [x0 x2 .. x30 | x1 x3 .. x31] per
// 32 elements (the tail as it is).
inline Bits32 loadWords(const std::uint16_t *p)
{
    Bits32 u;
    std::memcpy(&u, p, sizeof u);
    return u;
}

// binary16 bits in the low half of each lane -> binary32 (widenF16, kLanes at a time).
inline Vec f16Lanes(Bits32 h)
{
    const Bits32 sign = (h & 0x8000u) << 16;
    const Vec scaled = reinterpret_cast<Vec>((h & 0x7fffu) << 13) * 0x1p112f;
    const Bits32 infNan = reinterpret_cast<Bits32>((h & 0x7c00u) == 0x7c00u) & 0x7f800000u;
    return reinterpret_cast<Vec>(reinterpret_cast<Bits32>(scaled) | infNan | sign);
}

struct AsBf16
{
    static constexpr bool kPaired = true;
    static constexpr int kStep = 2 * kLanes;
    static float one(std::uint16_t b) { return widenBf16(b); }
    static Vec fma(Vec acc, const std::uint16_t *p, Vec xEven, Vec xOdd)
    {
        const Bits32 u = loadWords(p);
        acc += reinterpret_cast<Vec>(u << 16) * xEven;
        return acc + reinterpret_cast<Vec>(u & 0xffff0000u) * xOdd;
    }
};
struct AsF16
{
    static constexpr bool kPaired = true;
    static constexpr int kStep = 2 * kLanes;
    static float one(std::uint16_t h) { return widenF16(h); }
    static Vec fma(Vec acc, const std::uint16_t *p, Vec xEven, Vec xOdd)
    {
        const Bits32 u = loadWords(p);
        acc += f16Lanes(u & 0xffffu) * xEven;
        return acc + f16Lanes(u >> 16) * xOdd;
    }
};
struct AsF32
{
    static constexpr bool kPaired = false;
    static constexpr int kStep = kLanes;
    static float one(float f) { return f; }
    static Vec fma(Vec acc, const float *p, Vec x, Vec) { return acc + loadF32(p) * x; }
};

// x' of the paired kernels (see loadWords) into out [n].
void pairedX(const float *x, std::int64_t n, float *out)
{
    std::int64_t i = 0;
    for (; i + 2 * kLanes <= n; i += 2 * kLanes)
        for (int j = 0; j < kLanes; ++j) {
            out[i + j] = x[i + 2 * j];
            out[i + kLanes + j] = x[i + 2 * j + 1];
        }
    for (; i < n; ++i)
        out[i] = x[i];
}

// The lanes' sum, pairwise: the same order on every machine.
inline float sumLanes(Vec v)
{
    float lanes[kLanes];
    std::memcpy(lanes, &v, sizeof lanes);
    for (int width = kLanes / 2; width > 0; width /= 2)
        for (int j = 0; j < width; ++j)
            lanes[j] += lanes[j + width];
    return lanes[0];
}

// y[r] = W[r, :] . x for R consecutive rows of W (x as the kernel wants it: x' for the paired
// ones): x is loaded once for the R rows, and the R accumulators are independent chains of fused
// multiply-adds (one chain would wait on the adder's latency; R = 8 keeps both FMA units busy).
template <int R, class Widen, class W>
inline void dotRows(const W *w, std::int64_t in, const float *x, float *y)
{
    Vec acc[R] = {};
    std::int64_t i = 0;
    for (; i + Widen::kStep <= in; i += Widen::kStep) {
        const Vec xa = loadF32(x + i), xb = Widen::kPaired ? loadF32(x + i + kLanes) : xa;
        for (int r = 0; r < R; ++r) {
            // The same line of the next block's rows, into L2: the hardware prefetchers alone left
            // one core at 12 to 13 GB/s on the 57 MB lm_head, with this 19 to 20 (an integer
            // address: past the end of W it must not be a C++ pointer; a prefetch never faults).
            __builtin_prefetch(reinterpret_cast<const void *>(
                                   reinterpret_cast<std::uintptr_t>(w + r * in + i) + std::uintptr_t(R * in * sizeof(W))),
                               0, 1);
            acc[r] = Widen::fma(acc[r], w + r * in + i, xa, xb);
        }
    }
    for (int r = 0; r < R; ++r) {
        float tail = 0.0f;
        for (std::int64_t k = i; k < in; ++k)
            tail += Widen::one(w[r * in + k]) * x[k];
        y[r] = sumLanes(acc[r]) + tail;
    }
}

// Rows [first, last) of W against every row of X (x [T, in], already paired for the 16-bit kernels):
// y(t, o) = W[o, :] . X[t, :].
template <class Widen, class W>
void vectorRows(const W *w, std::int64_t in, const Matrix &x, Matrix &y, std::int64_t first, std::int64_t last)
{
    constexpr int kRows = 8;
    float out[kRows];
    std::int64_t o = first;
    for (; o + kRows <= last; o += kRows)             // W streams once: its block of rows stays in L1
        for (Eigen::Index t = 0; t < x.rows(); ++t) { // for the next row of X
            dotRows<kRows, Widen>(w + o * in, in, x.row(t).data(), out);
            for (int r = 0; r < kRows; ++r)
                y(t, o + r) = out[r];
        }
    for (; o < last; ++o)
        for (Eigen::Index t = 0; t < x.rows(); ++t)
            dotRows<1, Widen>(w + o * in, in, x.row(t).data(), &y(t, o));
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
#pragma omp parallel for num_threads(team) schedule(dynamic, 1) if (team > 1)
    for (std::int64_t b = 0; b < blocks; ++b) {
        const std::int64_t first = b * kBlockRows, last = std::min(m_out, first + kBlockRows);
        switch (m_dtype) {
        case DType::F32: vectorRows<AsF32>(m_f32.data(), m_in, x, y, first, last); break;
        case DType::F16: vectorRows<AsF16>(m_bits.data(), m_in, paired, y, first, last); break;
        case DType::Bf16: vectorRows<AsBf16>(m_bits.data(), m_in, paired, y, first, last); break;
        }
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
            if (m_dtype == DType::F32) {
                const Eigen::Map<const Matrix> w(m_f32.data() + first * m_in, count, m_in);
                y.middleCols(first, count).noalias() = x * w.transpose();
            } else {
                wide.resize(count, m_in);
                core::convertToF32(m_dtype, m_bits.data() + first * m_in, wide.data(),
                                   static_cast<std::size_t>(count * m_in));
                y.middleCols(first, count).noalias() = x * wide.transpose();
            }
        }
    }
}

} // namespace attnscope::model
