// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backends/cpu/cpubackend.h"

#include "core/backends/cpu/decodekernels.h"
#include "core/support/cpufeatures.h"
#include "core/support/gemm.h"

#include <Eigen/Core>
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

#ifdef __linux__
#include <sched.h>
#endif

namespace attnscope::core {

namespace {

using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Map = Eigen::Map<RowMat>;
using ConstMap = Eigen::Map<const RowMat>;
using StridedMap = Eigen::Map<const RowMat, 0, Eigen::OuterStride<>>;
// Buffers the kernels read a vector at a time: 64-byte aligned (EIGEN_MAX_ALIGN_BYTES, core/CMakeLists.txt),
// where a std::vector is 16.
using Floats = Eigen::VectorXf;

// Tokens per tile of the decode loop: a tile of keys (128 x 576 fp32 at MLA's widest, 295 KB)
// stays in the L2 cache between the score product and the value product.
constexpr std::int64_t kDecodeTile = 128;
// Query rows per prefill item.
constexpr std::int64_t kPrefillRows = 128;
// Less cache than this is decoded on the calling thread alone.
constexpr std::int64_t kParallelBytes = std::int64_t(256) << 10;
// Smallest context slice worth a work item of its own.
constexpr std::int64_t kMinSlice = 256;

class HostBuffer final : public DeviceBuffer
{
public:
    explicit HostBuffer(std::size_t bytes) : m_bytes(bytes)
    {
        // 64-byte aligned, rounded up to whole cache lines (aligned_alloc's rule).
        const std::size_t rounded = std::max<std::size_t>(64, (bytes + 63) / 64 * 64);
        m_data = std::aligned_alloc(64, rounded);
        if (!m_data)
            throw BackendError("out of memory: the CPU backend could not allocate " + std::to_string(bytes)
                               + " bytes.");
    }
    ~HostBuffer() override { std::free(m_data); }
    HostBuffer(const HostBuffer &) = delete;
    HostBuffer &operator=(const HostBuffer &) = delete;

    void *data() override { return m_data; }
    const void *data() const override { return m_data; }
    std::size_t bytes() const override { return m_bytes; }

private:
    void *m_data = nullptr;
    std::size_t m_bytes = 0;
};

// Widens n elements of a cache row to fp32 (dtype.cpp's vectorised conversion).
inline void widenRow(DType type, const void *src, float *dst, std::int64_t n)
{
    convertToF32(type, src, dst, std::size_t(n));
}

// Rows [0, n) of a cache slice, each `cols` wide, `stride` elements apart, widened into dst
// [n, cols]. fp32 caches are read in place instead (see tileOf).
void widenRows(DType type, const std::byte *src, std::int64_t stride, std::int64_t n, std::int64_t cols, float *dst)
{
    const std::int64_t rowBytes = stride * dtypeBytes(type);
    for (std::int64_t r = 0; r < n; ++r)
        widenRow(type, src + r * rowBytes, dst + r * cols, cols);
}

// A tile of n cache rows as an fp32 matrix [n, cols]: in place for fp32, else widened into
// scratch.
StridedMap tileOf(DType type, const std::byte *src, std::int64_t stride, std::int64_t n, std::int64_t cols,
                  float *scratch)
{
    if (type == DType::F32)
        return StridedMap(reinterpret_cast<const float *>(src), n, cols, Eigen::OuterStride<>(stride));
    widenRows(type, src, stride, n, cols, scratch);
    return StridedMap(scratch, n, cols, Eigen::OuterStride<>(cols));
}

// From this many query heads per KV head on, the blocked matrix product (core/support/gemm.h) is
// faster than the row kernels above (measured on AVX-512: 16 heads of 576, MLA absorbed, run 25%
// faster on the row kernels; 32 heads of 128, MQA, 30% faster on the product; docs/cpu-backend.md).
// In a portable build that product is gemm()'s own AVX2 or AVX-512 kernel, or Eigen's SSE2 one.
constexpr std::int64_t kGemmHeads = 17;

// One slice [t0, t1) of the context of KV head g of sequence b, for the Hg query heads of the
// group, with an online softmax: m = running row maximum, l = running sum of exp(s - m),
// acc = running sum of exp(s - m) v. Keys are read once per tile for all heads of the group.
void decodeSlice(const DecodeKernels &kernels, bool product, const DecodeShape &s, const DecodeBuffers &buf,
                 std::int64_t b, std::int64_t g, std::int64_t t0, std::int64_t t1, float *m, float *l, float *accOut,
                 RowMat &qs, RowMat &scores, RowMat &kScratch, RowMat &vScratch)
{
    const DType T = s.dtype;
    const std::int64_t hg = s.nHeads / s.nKvHeads;
    const std::int64_t eb = dtypeBytes(T);
    const bool valuesInKeys = buf.v == buf.k && s.vStride() == s.kStride() && s.dV <= s.dK;

    // Heads of group g are consecutive: rows [g hg, (g+1) hg) of q [B, H, dK].
    qs.noalias() = ConstMap(buf.q + (b * s.nHeads + g * hg) * s.dK, hg, s.dK) * s.scale;
    Map acc(accOut, hg, s.dV);
    acc.setZero();
    std::fill(m, m + hg, -std::numeric_limits<float>::infinity());
    std::fill(l, l + hg, 0.0f);

    const auto *kBase = static_cast<const std::byte *>(buf.k) + ((b * s.nKvHeads + g) * s.context) * s.kStride() * eb;
    const auto *vBase = static_cast<const std::byte *>(buf.v) + ((b * s.nKvHeads + g) * s.context) * s.vStride() * eb;
    const std::int64_t ldS = scores.cols();
    for (std::int64_t t = t0; t < t1; t += kDecodeTile) {
        const std::int64_t n = std::min(kDecodeTile, t1 - t);
        const std::byte *kTile = kBase + t * s.kStride() * eb;
        const std::byte *vTile = vBase + t * s.vStride() * eb;
        std::optional<StridedMap> keys;
        if (product) {
            keys.emplace(tileOf(T, kTile, s.kStride(), n, s.dK, kScratch.data()));
            gemm(hg, n, s.dK, 1.0f, qs.data(), s.dK, GemmB::NxK, keys->data(), keys->outerStride(), 0.0f,
                 scores.data(), ldS);
        } else {
            kernels.scores(T, qs.data(), hg, s.dK, kTile, s.kStride(), n, scores.data(), ldS);
        }
        kernels.softmax(scores.data(), ldS, hg, n, m, l, accOut, s.dV);
        if (product) {
            // MLA's absorbed path: values are the first dV columns of the keys just widened.
            const StridedMap values =
                valuesInKeys ? *keys : tileOf(T, vTile, s.vStride(), n, s.dV, vScratch.data());
            gemm(hg, s.dV, n, 1.0f, scores.data(), ldS, GemmB::KxN, values.data(), values.outerStride(), 1.0f,
                 accOut, s.dV);
        } else {
            kernels.values(T, scores.data(), ldS, hg, vTile, s.vStride(), n, s.dV, accOut);
        }
    }
}

void groupedDecode(const DecodeShape &s, const DecodeBuffers &buf, int threads)
{
    const DecodeKernels *kernels = nullptr;
    bool product = false;
    try {
        kernels = &decodeKernels();
        product = s.nHeads / s.nKvHeads >= kGemmHeads;
    } catch (const CpuVariantError &e) {
        throw BackendError(e.what());
    }
    const std::int64_t hg = s.nHeads / s.nKvHeads;
    const std::int64_t pairs = s.batch * s.nKvHeads;
    // Split the context when sequences x KV heads cannot keep every thread busy (flash-decoding):
    // aim for four items per thread, slices of at least kMinSlice tokens, whole tiles.
    std::int64_t slices = std::max<std::int64_t>(1, (4 * threads + pairs - 1) / pairs);
    slices = std::min(slices, std::max<std::int64_t>(1, s.context / kMinSlice));
    std::int64_t sliceLen = (s.context + slices - 1) / slices;
    sliceLen = (sliceLen + kDecodeTile - 1) / kDecodeTile * kDecodeTile;
    slices = (s.context + sliceLen - 1) / sliceLen;

    const std::int64_t items = pairs * slices;
    Floats pm(items * hg), pl(items * hg), pacc(items * hg * s.dV);
    // A cache that fits in a core's L2 is done before a thread team could even wake up (and a
    // team waits a whole time slice for a descheduled member on a busy machine).
    const std::int64_t cacheBytes = s.batch * s.nKvHeads * s.context * (s.dK + s.dV) * dtypeBytes(s.dtype);
    if (cacheBytes < kParallelBytes || items == 1)
        threads = 1;

#pragma omp parallel num_threads(threads) if (threads > 1)
    {
        RowMat qs(hg, s.dK), scores(hg, kDecodeTile);
        // Widened tiles for the matrix product (many heads per KV head, non-fp32 caches only).
        const bool widen = product && s.dtype != DType::F32;
        RowMat kScratch(widen ? kDecodeTile : 0, s.dK), vScratch(widen ? kDecodeTile : 0, s.dV);
#pragma omp for schedule(dynamic, 1)
        for (std::int64_t item = 0; item < items; ++item) {
            const std::int64_t pair = item / slices, slice = item % slices;
            const std::int64_t t0 = slice * sliceLen, t1 = std::min(s.context, t0 + sliceLen);
            decodeSlice(*kernels, product, s, buf, pair / s.nKvHeads, pair % s.nKvHeads, t0, t1, &pm[item * hg],
                        &pl[item * hg], &pacc[item * hg * s.dV], qs, scores, kScratch, vScratch);
        }
    }

    // Merge the slices of each (sequence, KV head): rescale every slice to the common maximum.
    for (std::int64_t pair = 0; pair < pairs; ++pair) {
        const std::int64_t b = pair / s.nKvHeads, g = pair % s.nKvHeads;
        for (std::int64_t h = 0; h < hg; ++h) {
            float mMax = -std::numeric_limits<float>::infinity();
            for (std::int64_t sl = 0; sl < slices; ++sl)
                mMax = std::max(mMax, pm[(pair * slices + sl) * hg + h]);
            Eigen::Map<Eigen::RowVectorXf> out(buf.out + (b * s.nHeads + g * hg + h) * s.dV, s.dV);
            out.setZero();
            float lSum = 0.0f;
            for (std::int64_t sl = 0; sl < slices; ++sl) {
                const std::int64_t i = (pair * slices + sl) * hg + h;
                const float w = std::exp(pm[i] - mMax);
                lSum += pl[i] * w;
                out += w * Eigen::Map<const Eigen::RowVectorXf>(&pacc[i * s.dV], s.dV);
            }
            out /= lSum;
        }
    }
}

[[noreturn]] void refuse(const std::string &problem)
{
    throw BackendError(problem);
}

std::string cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            if (colon != std::string::npos) {
                std::string model = line.substr(colon + 1);
                model.erase(0, model.find_first_not_of(" \t"));
                return model;
            }
        }
    }
    return "unknown CPU";
}

} // namespace

CpuBackend::CpuBackend(int threads) : m_threads(threads > 0 ? threads : hardwareThreads()) {}

int CpuBackend::hardwareThreads()
{
#ifdef __linux__
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        return std::max(1, CPU_COUNT(&set));
#endif
    return std::max(1u, std::thread::hardware_concurrency());
}

std::string CpuBackend::instructionSets()
{
    std::string sets;
    auto add = [&sets](const char *name) { sets += sets.empty() ? name : std::string(" ") + name; };
#if ATTNSCOPE_DISPATCH
    CpuVariant v = CpuVariant::Baseline;
    try {
        v = cpuVariant();
    } catch (const CpuVariantError &) {}
    if (v == CpuVariant::X86_64_V4)
        add("AVX-512");
    if (v == CpuVariant::X86_64_V4 || v == CpuVariant::X86_64_V3) {
        add("AVX2");
        add("FMA");
        add("F16C");
    } else {
        add("SSE2");
    }
#else
#if defined(__AVX512F__)
    add("AVX-512");
#endif
#if defined(__AVX2__)
    add("AVX2");
#elif defined(__AVX__)
    add("AVX");
#elif defined(__SSE2__)
    add("SSE2");
#elif defined(__ARM_NEON)
    add("NEON");
#endif
#if defined(__FMA__)
    add("FMA");
#endif
#if defined(__F16C__)
    add("F16C");
#endif
#endif
    return sets.empty() ? std::string("scalar") : sets;
}

std::string CpuBackend::kernels() const
{
    try {
        return std::string(cpuVariantName(cpuVariant()));
    } catch (const CpuVariantError &) {
        return "none (ATTNSCOPE_CPU_VARIANT refused)";
    }
}

std::string CpuBackend::device() const
{
    return cpuModel() + ", " + std::to_string(m_threads) + (m_threads == 1 ? " thread, " : " threads, ")
        + instructionSets() + ", kernels " + kernels();
}

Capabilities CpuBackend::capabilities() const
{
    return {{DType::F32, DType::F16, DType::Bf16}, true, true, true};
}

std::unique_ptr<DeviceBuffer> CpuBackend::allocate(std::size_t bytes)
{
    return std::make_unique<HostBuffer>(bytes);
}

void CpuBackend::upload(DeviceBuffer &to, std::size_t offset, const void *host, std::size_t bytes)
{
    if (offset > to.bytes() || bytes > to.bytes() - offset)
        refuse("upload of " + std::to_string(bytes) + " bytes at offset " + std::to_string(offset)
               + " into a buffer of " + std::to_string(to.bytes()) + ".");
    std::memcpy(static_cast<std::byte *>(to.data()) + offset, host, bytes);
}

void CpuBackend::download(const DeviceBuffer &from, void *host, std::size_t bytes)
{
    if (bytes > from.bytes())
        refuse("download of " + std::to_string(bytes) + " bytes from a buffer of " + std::to_string(from.bytes())
               + ".");
    std::memcpy(host, from.data(), bytes);
}

void CpuBackend::decode(const DecodeShape &shape, const DecodeBuffers &buffers)
{
    if (const std::string e = checkDecode(shape); !e.empty())
        refuse("decode: " + e);
    groupedDecode(shape, buffers, m_threads);
}

void CpuBackend::mlaDecode(const MlaDecodeShape &s, const MlaDecodeBuffers &buf)
{
    if (const std::string e = checkMlaDecode(s); !e.empty())
        refuse("MLA decode: " + e);
    const std::int64_t dh = s.dHead, dr = s.dRope, dc = s.dLatent, h = s.nHeads;

    if (s.path == MlaDecodePath::Naive) {
        DecodeShape d;
        d.batch = s.batch;
        d.nHeads = d.nKvHeads = h;
        d.dK = dh + dr;
        d.dV = dh;
        d.context = s.context;
        d.dtype = s.dtype;
        d.scale = s.scale();
        groupedDecode(d, {buf.q, buf.k, buf.v, buf.out}, m_threads);
        return;
    }

    // Absorbed: q_lat,h = qC,h W_UK,h^T, then one MQA-like pass over the shared latent cache
    // (values are the first d_c columns of each cached row), then out,h = o_lat,h W_UV,h.
    const ConstMap wUk(buf.wUk, dc, h * dh), wUv(buf.wUv, dc, h * dh);
    Floats qFull(s.batch * h * (dc + dr)), oLat(s.batch * h * dc);
#pragma omp parallel for num_threads(m_threads) collapse(2)
    for (std::int64_t b = 0; b < s.batch; ++b) {
        for (std::int64_t head = 0; head < h; ++head) {
            float *row = &qFull[(b * h + head) * (dc + dr)];
            Eigen::Map<Eigen::RowVectorXf>(row, dc).noalias() =
                Eigen::Map<const Eigen::RowVectorXf>(buf.qC + (b * h + head) * dh, dh)
                * wUk.middleCols(head * dh, dh).transpose();
            std::memcpy(row + dc, buf.qR + (b * h + head) * dr, std::size_t(dr) * sizeof(float));
        }
    }
    DecodeShape d;
    d.batch = s.batch;
    d.nHeads = h;
    d.nKvHeads = 1;
    d.dK = dc + dr;
    d.dV = dc;
    d.kRowStride = d.vRowStride = dc + dr;
    d.context = s.context;
    d.dtype = s.dtype;
    d.scale = s.scale();
    groupedDecode(d, {qFull.data(), buf.latentCache, buf.latentCache, oLat.data()}, m_threads);
#pragma omp parallel for num_threads(m_threads) collapse(2)
    for (std::int64_t b = 0; b < s.batch; ++b) {
        for (std::int64_t head = 0; head < h; ++head) {
            Eigen::Map<Eigen::RowVectorXf>(buf.out + (b * h + head) * dh, dh).noalias() =
                Eigen::Map<const Eigen::RowVectorXf>(&oLat[(b * h + head) * dc], dc) * wUv.middleCols(head * dh, dh);
        }
    }
}

void CpuBackend::prefill(const PrefillShape &s, const PrefillBuffers &buf)
{
    if (const std::string e = checkPrefill(s); !e.empty())
        refuse("prefill: " + e);
    const std::int64_t hg = s.nHeads / s.nKvHeads, T = s.tokens;
    const DecodeKernels *kernels = nullptr; // the softmax's vector exp, of the CPU's variant
    try {
        kernels = &decodeKernels();
    } catch (const CpuVariantError &e) {
        throw BackendError(e.what());
    }

    // Keys and values are widened to fp32 once: O(T d) next to the O(T^2 d) products.
    const float *k = static_cast<const float *>(buf.k);
    const float *v = static_cast<const float *>(buf.v);
    Floats kWide, vWide;
    if (s.dtype != DType::F32) {
        const std::int64_t rows = s.batch * s.nKvHeads * T;
        kWide.resize(rows * s.dK);
        vWide.resize(rows * s.dV);
        const auto eb = dtypeBytes(s.dtype);
#pragma omp parallel for num_threads(m_threads) schedule(static)
        for (std::int64_t r = 0; r < rows; ++r) {
            widenRow(s.dtype, static_cast<const std::byte *>(buf.k) + r * s.dK * eb, &kWide[r * s.dK], s.dK);
            widenRow(s.dtype, static_cast<const std::byte *>(buf.v) + r * s.dV * eb, &vWide[r * s.dV], s.dV);
        }
        k = kWide.data();
        v = vWide.data();
    }

    const std::int64_t tiles = (T + kPrefillRows - 1) / kPrefillRows;
    const std::int64_t items = s.batch * s.nHeads * tiles;
#pragma omp parallel num_threads(m_threads)
    {
        RowMat scores(std::min(kPrefillRows, T), T);
        std::vector<float> sums(static_cast<std::size_t>(scores.rows()));
        // Largest tiles (the last rows see the most keys) first, for balance.
#pragma omp for schedule(dynamic, 1)
        for (std::int64_t item = 0; item < items; ++item) {
            const std::int64_t tile = tiles - 1 - item % tiles;
            const std::int64_t bh = item / tiles, b = bh / s.nHeads, head = bh % s.nHeads, g = head / hg;
            const std::int64_t i0 = tile * kPrefillRows, n = std::min(kPrefillRows, T - i0), keys = i0 + n;
            const float *q = buf.q + ((b * s.nHeads + head) * T + i0) * s.dK;
            const float *kg = k + (b * s.nKvHeads + g) * T * s.dK;
            const float *vg = v + (b * s.nKvHeads + g) * T * s.dV;
            gemm(n, keys, s.dK, s.scale, q, s.dK, GemmB::NxK, kg, s.dK, 0.0f, scores.data(), scores.cols());
            // Row r's softmax over the keys it sees (exp(s - max), the sums kept for later); the rest
            // of the row is zero, so that one product takes the whole tile.
            for (std::int64_t r = 0; r < n; ++r) {
                const std::int64_t visible = i0 + r + 1; // query i0 + r sees keys [0, i0 + r]
                float *row = scores.data() + r * scores.cols();
                float mx = -std::numeric_limits<float>::infinity();
                sums[r] = 0.0f;
                kernels->softmax(row, scores.cols(), 1, visible, &mx, &sums[r], nullptr, 0);
                std::fill(row + visible, row + keys, 0.0f);
            }
            float *out = buf.out + ((b * s.nHeads + head) * T + i0) * s.dV;
            gemm(n, s.dV, keys, 1.0f, scores.data(), scores.cols(), GemmB::KxN, vg, s.dV, 0.0f, out, s.dV);
            for (std::int64_t r = 0; r < n; ++r)
                Map(out + r * s.dV, 1, s.dV) *= 1.0f / sums[r];
        }
    }
}

void CpuBackend::streamRead(const DeviceBuffer &data, float *hostSink)
{
    const auto n = static_cast<std::int64_t>(data.bytes() / sizeof(float));
    const auto *p = static_cast<const float *>(data.data());
    float total = 0.0f;
#pragma omp parallel num_threads(m_threads) reduction(+ : total)
    {
        const std::int64_t parts = omp_get_num_threads(), me = omp_get_thread_num();
        const std::int64_t begin = n * me / parts, end = n * (me + 1) / parts;
        total += Eigen::Map<const Eigen::VectorXf>(p + begin, end - begin).sum();
    }
    *hostSink = total;
}

void CpuBackend::matmul(std::int64_t n, const float *a, const float *b, float *c)
{
    if (n < 1)
        refuse("matmul: n = " + std::to_string(n) + ": must be at least 1.");
    try {
        (void)cpuVariant(); // refused here, not inside the team (an exception cannot leave it)
    } catch (const CpuVariantError &e) {
        throw BackendError(e.what());
    }
#pragma omp parallel num_threads(m_threads)
    {
        const std::int64_t parts = omp_get_num_threads(), me = omp_get_thread_num();
        const std::int64_t begin = n * me / parts, end = n * (me + 1) / parts;
        gemm(end - begin, n, n, 1.0f, a + begin * n, n, GemmB::KxN, b, n, 0.0f, c + begin * n, n);
    }
}

} // namespace attnscope::core
