// SPDX-License-Identifier: GPL-3.0-or-later
// The CUDA backend's kernels. Correctness first: every kernel stages its operands in shared
// memory as fp32 and accumulates in fp32, like the CPU backend; none uses tensor cores yet
// (the places where they would go are marked "tensor cores:"). docs/cuda-backend.md.
#include "core/backends/cuda/kernels.h"

#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <algorithm>
#include <string>

namespace attnscope::core::cuda {

namespace {

void check(cudaError_t e, const char *what)
{
    if (e != cudaSuccess)
        throw BackendError(std::string("CUDA: ") + what + " failed: " + cudaGetErrorString(e) + ".");
}

// Widening loads of cache elements.
__device__ __forceinline__ float toFloat(float x)
{
    return x;
}
__device__ __forceinline__ float toFloat(__half x)
{
    return __half2float(x);
}
__device__ __forceinline__ float toFloat(__nv_bfloat16 x)
{
    return __bfloat162float(x);
}

constexpr int kThreads = 128;           // threads per decode block
constexpr int kDecodeTile = 32;         // cache rows per shared-memory tile in decode
constexpr int kMaxHeadChunk = 16;       // query heads per decode block
constexpr std::int64_t kMinSlice = 256; // smallest context slice of a decode block

// ---- grouped decode ------------------------------------------------------------------------
//
// Grid (splits, G * chunks, B); block kThreads. Block (s, g * chunks + c, b) takes the query
// heads [c * HB, min((c + 1) HB, Hg)) of KV group g of sequence b and the context slice
// [s * sliceLen, min((s + 1) sliceLen, T)). It walks the slice a tile of kDecodeTile rows at a
// time; each key and value row of the tile is loaded once into shared memory (widened to fp32)
// and used by all HB heads. Online softmax per head: m running maximum, l running sum of
// exp(s - m), acc running sum of exp(s - m) v.
//
// Dynamic shared memory, fp32:
//   qs    [HB, dK]   queries, pre-multiplied by scale
//   acc   [HB, dV]
//   kt    [tile, dK] widened key rows
//   vt    [tile, dV] widened value rows (absent when values alias the keys: MLA absorbed)
//   p     [HB, tile] scores, then probabilities
//   m, l, alpha [HB]
//
// Partial results: pm, pl [B, G, splits, Hg]; pacc [B, G, splits, Hg, dV].
//
// tensor cores: the two tile products (qs kt^T and p vt) are small GEMMs of HB x tile x d;
// with mma.sync (bf16 in, fp32 out) they would run on tensor cores instead of FMA units.

struct DecodeParams
{
    const float *q;
    const void *k;
    const void *v;
    float *pm, *pl, *pacc;
    int H, G, Hg, HB, dK, dV;
    std::int64_t T, kStride, vStride, sliceLen;
    int splits;
    float scale;
    bool valuesInKeys;
};

std::size_t decodeSharedBytes(int hb, int dK, int dV, bool valuesInKeys)
{
    const std::size_t floats = std::size_t(hb) * dK + std::size_t(hb) * dV + std::size_t(kDecodeTile) * dK
        + (valuesInKeys ? 0 : std::size_t(kDecodeTile) * dV) + std::size_t(hb) * kDecodeTile + 3 * std::size_t(hb);
    return floats * sizeof(float);
}

template<typename E>
__global__ void decodeSplitKernel(DecodeParams p)
{
    extern __shared__ float smem[];
    const int chunks = (p.Hg + p.HB - 1) / p.HB;
    const int split = blockIdx.x, g = blockIdx.y / chunks, chunk = blockIdx.y % chunks, b = blockIdx.z;
    const int h0 = chunk * p.HB, nh = min(p.HB, p.Hg - h0);
    const int tid = threadIdx.x;

    float *qs = smem;
    float *acc = qs + p.HB * p.dK;
    float *kt = acc + p.HB * p.dV;
    float *vt = kt + kDecodeTile * p.dK;
    float *pr = vt + (p.valuesInKeys ? 0 : kDecodeTile * p.dV);
    float *m = pr + p.HB * kDecodeTile;
    float *l = m + p.HB;
    float *alpha = l + p.HB;
    if (p.valuesInKeys)
        vt = kt; // rows of kt are dK wide; values are their first dV columns (stride dK below)
    const int vtStride = p.valuesInKeys ? p.dK : p.dV;

    // Queries of heads [g Hg + h0, + nh) of sequence b: q [B, H, dK].
    const float *qBase = p.q + (std::int64_t(b) * p.H + std::int64_t(g) * p.Hg + h0) * p.dK;
    for (int i = tid; i < nh * p.dK; i += blockDim.x)
        qs[i] = qBase[i] * p.scale;
    for (int i = tid; i < nh * p.dV; i += blockDim.x)
        acc[i] = 0.0f;
    for (int h = tid; h < nh; h += blockDim.x) {
        m[h] = -INFINITY;
        l[h] = 0.0f;
    }

    const std::int64_t t0 = std::int64_t(split) * p.sliceLen;
    const std::int64_t t1 = min(p.T, t0 + p.sliceLen);
    const E *kBase = static_cast<const E *>(p.k) + (std::int64_t(b) * p.G + g) * p.T * p.kStride;
    const E *vBase = static_cast<const E *>(p.v) + (std::int64_t(b) * p.G + g) * p.T * p.vStride;

    for (std::int64_t t = t0; t < t1; t += kDecodeTile) {
        const int n = int(min(std::int64_t(kDecodeTile), t1 - t));
        __syncthreads(); // the previous tile is no longer read
        for (int i = tid; i < n * p.dK; i += blockDim.x) {
            const int r = i / p.dK, c = i % p.dK;
            kt[i] = toFloat(kBase[(t + r) * p.kStride + c]);
        }
        if (!p.valuesInKeys)
            for (int i = tid; i < n * p.dV; i += blockDim.x) {
                const int r = i / p.dV, c = i % p.dV;
                vt[i] = toFloat(vBase[(t + r) * p.vStride + c]);
            }
        __syncthreads();
        // Scores pr[h, r] = qs_h . kt_r.
        for (int i = tid; i < nh * n; i += blockDim.x) {
            const int h = i / n, r = i % n;
            const float *qh = qs + h * p.dK, *kr = kt + r * p.dK;
            float s = 0.0f;
            for (int d = 0; d < p.dK; ++d)
                s = fmaf(qh[d], kr[d], s);
            pr[h * kDecodeTile + r] = s;
        }
        __syncthreads();
        // Online softmax, one thread per head.
        for (int h = tid; h < nh; h += blockDim.x) {
            float mx = m[h];
            for (int r = 0; r < n; ++r)
                mx = fmaxf(mx, pr[h * kDecodeTile + r]);
            const float a = expf(m[h] - mx); // 0 on the first tile (m = -inf)
            float sum = 0.0f;
            for (int r = 0; r < n; ++r) {
                const float e = expf(pr[h * kDecodeTile + r] - mx);
                pr[h * kDecodeTile + r] = e;
                sum += e;
            }
            l[h] = l[h] * a + sum;
            m[h] = mx;
            alpha[h] = a;
        }
        __syncthreads();
        // acc[h, d] = alpha_h acc[h, d] + sum_r pr[h, r] vt[r, d].
        for (int i = tid; i < nh * p.dV; i += blockDim.x) {
            const int h = i / p.dV, d = i % p.dV;
            float a = acc[i] * alpha[h];
            for (int r = 0; r < n; ++r)
                a = fmaf(pr[h * kDecodeTile + r], vt[r * vtStride + d], a);
            acc[i] = a;
        }
    }
    __syncthreads();

    // Partial state of this slice: index ((b G + g) splits + split) Hg + h.
    const std::int64_t base = ((std::int64_t(b) * p.G + g) * p.splits + split) * p.Hg + h0;
    for (int h = tid; h < nh; h += blockDim.x) {
        p.pm[base + h] = m[h];
        p.pl[base + h] = l[h];
    }
    for (int i = tid; i < nh * p.dV; i += blockDim.x)
        p.pacc[base * p.dV + i] = acc[i];
}

// Grid (B * H); block over dV. out[b, h] = sum_s w_s acc_s / sum_s w_s l_s, w_s = exp(m_s - max m).
__global__ void decodeMergeKernel(DecodeParams p, float *out)
{
    const int bh = blockIdx.x, b = bh / p.H, head = bh % p.H, g = head / p.Hg, h = head % p.Hg;
    const std::int64_t first = ((std::int64_t(b) * p.G + g) * p.splits) * p.Hg + h; // split 0
    float mMax = -INFINITY;
    for (int s = 0; s < p.splits; ++s)
        mMax = fmaxf(mMax, p.pm[first + std::int64_t(s) * p.Hg]);
    float lSum = 0.0f;
    for (int s = 0; s < p.splits; ++s) {
        const std::int64_t i = first + std::int64_t(s) * p.Hg;
        lSum += p.pl[i] * expf(p.pm[i] - mMax);
    }
    for (int d = threadIdx.x; d < p.dV; d += blockDim.x) {
        float o = 0.0f;
        for (int s = 0; s < p.splits; ++s) {
            const std::int64_t i = first + std::int64_t(s) * p.Hg;
            o += expf(p.pm[i] - mMax) * p.pacc[i * p.dV + d];
        }
        out[std::int64_t(bh) * p.dV + d] = o / lSum;
    }
}

template<typename E>
void runDecode(DecodeParams p, std::size_t shared, dim3 grid, float *out, std::int64_t bh)
{
    check(cudaFuncSetAttribute(decodeSplitKernel<E>, cudaFuncAttributeMaxDynamicSharedMemorySize, int(shared)),
          "setting the decode kernel's shared memory");
    decodeSplitKernel<E><<<grid, kThreads, shared>>>(p);
    check(cudaGetLastError(), "the decode kernel's launch");
    decodeMergeKernel<<<unsigned(bh), kThreads>>>(p, out);
    check(cudaGetLastError(), "the decode merge kernel's launch");
}

void checkGrid(std::int64_t value, std::int64_t max, const char *what)
{
    if (value > max)
        throw BackendError("CUDA: " + std::string(what) + " = " + std::to_string(value)
                           + " is more than one kernel launch takes (" + std::to_string(max) + ").");
}

} // namespace

Scratch::~Scratch()
{
    if (data)
        cudaFree(data);
}

void *Scratch::reserve(std::size_t need)
{
    if (need <= bytes)
        return data;
    if (data)
        cudaFree(data);
    data = nullptr;
    bytes = 0;
    if (cudaMalloc(&data, need) != cudaSuccess) {
        (void)cudaGetLastError();
        data = nullptr;
        throw BackendError("out of memory for the requested size: " + std::to_string(need)
                           + " bytes of scratch on the GPU.");
    }
    bytes = need;
    return data;
}

void launchDecode(const DecodeShape &s, const DecodeBuffers &buf, const DeviceLimits &limits, Scratch &scratch)
{
    DecodeParams p{};
    p.q = buf.q;
    p.k = buf.k;
    p.v = buf.v;
    p.H = int(s.nHeads);
    p.G = int(s.nKvHeads);
    p.Hg = int(s.nHeads / s.nKvHeads);
    p.dK = int(s.dK);
    p.dV = int(s.dV);
    p.T = s.context;
    p.kStride = s.kStride();
    p.vStride = s.vStride();
    p.scale = s.scale;
    p.valuesInKeys = buf.v == buf.k && s.vStride() == s.kStride() && s.dV <= s.dK;

    // Heads per block: up to kMaxHeadChunk, fewer while the block's shared memory does not fit.
    p.HB = std::min(p.Hg, kMaxHeadChunk);
    while (p.HB > 1 && decodeSharedBytes(p.HB, p.dK, p.dV, p.valuesInKeys) > limits.sharedPerBlock)
        p.HB = (p.HB + 1) / 2;
    const std::size_t shared = decodeSharedBytes(p.HB, p.dK, p.dV, p.valuesInKeys);
    if (shared > limits.sharedPerBlock)
        throw BackendError("decode: d_k = " + std::to_string(s.dK) + ", d_v = " + std::to_string(s.dV) + " need "
                           + std::to_string(shared) + " bytes of shared memory per block; this GPU has "
                           + std::to_string(limits.sharedPerBlock) + ".");
    const std::int64_t chunks = (p.Hg + p.HB - 1) / p.HB;

    // Split the context until there are at least two blocks per SM (flash-decoding), but keep
    // slices at least kMinSlice tokens long (whole tiles).
    const std::int64_t blocks = s.batch * s.nKvHeads * chunks;
    std::int64_t splits = std::max<std::int64_t>(1, (2 * limits.smCount + blocks - 1) / blocks);
    splits = std::min(splits, std::max<std::int64_t>(1, s.context / kMinSlice));
    std::int64_t sliceLen = (s.context + splits - 1) / splits;
    sliceLen = (sliceLen + kDecodeTile - 1) / kDecodeTile * kDecodeTile;
    splits = (s.context + sliceLen - 1) / sliceLen; // no empty slice
    p.splits = int(splits);
    p.sliceLen = sliceLen;

    checkGrid(s.nKvHeads * chunks, 65535, "KV heads x head chunks");
    checkGrid(s.batch, 65535, "batch");
    checkGrid(s.batch * s.nHeads, 0x7fffffff, "batch x heads");

    const std::size_t states = std::size_t(s.batch * s.nKvHeads * splits * p.Hg);
    auto *ws = static_cast<float *>(scratch.reserve(states * (2 + std::size_t(p.dV)) * sizeof(float)));
    p.pm = ws;
    p.pl = ws + states;
    p.pacc = ws + 2 * states;

    const dim3 grid(unsigned(splits), unsigned(s.nKvHeads * chunks), unsigned(s.batch));
    switch (s.dtype) {
    case DType::F32: runDecode<float>(p, shared, grid, buf.out, s.batch * s.nHeads); break;
    case DType::F16: runDecode<__half>(p, shared, grid, buf.out, s.batch * s.nHeads); break;
    case DType::Bf16: runDecode<__nv_bfloat16>(p, shared, grid, buf.out, s.batch * s.nHeads); break;
    }
}

// ---- MLA ------------------------------------------------------------------------------------

namespace {

// Grid (B * H); block over d_c + d_R. qFull[b, h] = [qC[b, h] W_UK,h^T ; qR[b, h]], with
// W_UK,h = wUk[:, h d_h : (h+1) d_h] ([d_c, d_h], row-major [d_c, H d_h]).
// tensor cores: per head this is a [B, d_h] x [d_h, d_c] GEMM (batched over heads).
__global__ void mlaQueryKernel(const float *qC, const float *qR, const float *wUk, float *qFull, int H, int dh, int dr,
                               int dc)
{
    const int bh = blockIdx.x, h = bh % H;
    const float *qc = qC + std::int64_t(bh) * dh;
    float *row = qFull + std::int64_t(bh) * (dc + dr);
    for (int c = threadIdx.x; c < dc + dr; c += blockDim.x) {
        if (c < dc) {
            const float *w = wUk + std::int64_t(c) * H * dh + std::int64_t(h) * dh;
            float s = 0.0f;
            for (int j = 0; j < dh; ++j)
                s = fmaf(qc[j], w[j], s);
            row[c] = s;
        } else {
            row[c] = qR[std::int64_t(bh) * dr + (c - dc)];
        }
    }
}

// Grid (B * H); block over d_h. out[b, h, j] = sum_c oLat[b, h, c] wUv[c, h d_h + j].
// tensor cores: per head a [B, d_c] x [d_c, d_h] GEMM.
__global__ void mlaOutputKernel(const float *oLat, const float *wUv, float *out, int H, int dh, int dc)
{
    const int bh = blockIdx.x, h = bh % H;
    const float *o = oLat + std::int64_t(bh) * dc;
    for (int j = threadIdx.x; j < dh; j += blockDim.x) {
        float s = 0.0f;
        for (int c = 0; c < dc; ++c)
            s = fmaf(o[c], wUv[std::int64_t(c) * H * dh + std::int64_t(h) * dh + j], s);
        out[std::int64_t(bh) * dh + j] = s;
    }
}

} // namespace

void launchMlaDecode(const MlaDecodeShape &s, const MlaDecodeBuffers &buf, const DeviceLimits &limits, Scratch &latent,
                     Scratch &partials)
{
    const std::int64_t dh = s.dHead, dr = s.dRope, dc = s.dLatent, h = s.nHeads;
    if (s.path == MlaDecodePath::Naive) {
        // Per-head decompressed caches: grouped decode with G = H.
        DecodeShape d;
        d.batch = s.batch;
        d.nHeads = d.nKvHeads = h;
        d.dK = dh + dr;
        d.dV = dh;
        d.context = s.context;
        d.dtype = s.dtype;
        d.scale = s.scale();
        launchDecode(d, {buf.q, buf.k, buf.v, buf.out}, limits, partials);
        return;
    }
    // Absorbed: latent queries, one MQA-like pass over the shared cache (G = 1, values are the
    // first d_c columns of each [c_KV ; k_R] row), then the per-head up-projection.
    const std::size_t rows = std::size_t(s.batch * h);
    auto *ws = static_cast<float *>(latent.reserve(rows * std::size_t(2 * dc + dr) * sizeof(float)));
    float *qFull = ws, *oLat = ws + rows * std::size_t(dc + dr);
    checkGrid(std::int64_t(rows), 0x7fffffff, "batch x heads");
    mlaQueryKernel<<<unsigned(rows), kThreads>>>(buf.qC, buf.qR, buf.wUk, qFull, int(h), int(dh), int(dr), int(dc));
    check(cudaGetLastError(), "the MLA query kernel's launch");
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
    launchDecode(d, {qFull, buf.latentCache, buf.latentCache, oLat}, limits, partials);
    mlaOutputKernel<<<unsigned(rows), kThreads>>>(oLat, buf.wUv, buf.out, int(h), int(dh), int(dc));
    check(cudaGetLastError(), "the MLA output kernel's launch");
}

// ---- prefill --------------------------------------------------------------------------------
//
// Grid (ceil(T / R), H, B); block R threads, one query row each (R = 64, fewer when the shared
// memory does not fit). Keys and values go through shared memory kPrefillTile rows at a time;
// a block stops at the tile holding its last row's own key (causal). Online softmax per row.
//
// Dynamic shared memory, fp32 (row strides padded by one float against bank conflicts):
//   qs [R, dK + 1], acc [R, dV + 1], kt [tile, dK], vt [tile, dV], sc [R, tile + 1]
// tensor cores: qs kt^T and sc vt are the two GEMMs of a flash-attention tile.

namespace {

constexpr int kPrefillTile = 32;

std::size_t prefillSharedBytes(int rows, int dK, int dV)
{
    return sizeof(float)
        * (std::size_t(rows) * (dK + 1) + std::size_t(rows) * (dV + 1) + std::size_t(kPrefillTile) * (dK + dV)
           + std::size_t(rows) * (kPrefillTile + 1));
}

template<typename E>
__global__ void prefillKernel(const float *q, const E *k, const E *v, float *out, int H, int G, int dK, int dV,
                              std::int64_t T, float scale)
{
    extern __shared__ float smem[];
    const int R = blockDim.x, r = threadIdx.x;
    const int head = blockIdx.y, b = blockIdx.z, g = head / (H / G);
    const std::int64_t i0 = std::int64_t(blockIdx.x) * R;
    const std::int64_t row = i0 + r; // this thread's query token
    const bool live = row < T;
    const int qsStride = dK + 1, accStride = dV + 1, scStride = kPrefillTile + 1;
    float *qs = smem;
    float *acc = qs + R * qsStride;
    float *kt = acc + R * accStride;
    float *vt = kt + kPrefillTile * dK;
    float *sc = vt + kPrefillTile * dV;

    const float *qRow = q + ((std::int64_t(b) * H + head) * T + row) * dK;
    for (int d = 0; d < dK; ++d)
        qs[r * qsStride + d] = live ? qRow[d] * scale : 0.0f;
    for (int d = 0; d < dV; ++d)
        acc[r * accStride + d] = 0.0f;
    float m = -INFINITY, l = 0.0f;

    const E *kBase = k + (std::int64_t(b) * G + g) * T * dK;
    const E *vBase = v + (std::int64_t(b) * G + g) * T * dV;
    const std::int64_t last = min(T, i0 + R); // keys [0, last) are seen by some row of the block
    for (std::int64_t t = 0; t < last; t += kPrefillTile) {
        const int n = int(min(std::int64_t(kPrefillTile), last - t));
        __syncthreads();
        for (int i = r; i < n * dK; i += R)
            kt[i] = toFloat(kBase[t * dK + i]);
        for (int i = r; i < n * dV; i += R)
            vt[i] = toFloat(vBase[t * dV + i]);
        __syncthreads();
        if (!live)
            continue;
        const int visible = int(min(std::int64_t(n), row - t + 1)); // keys t .. row
        if (visible <= 0)
            continue;
        float mx = m;
        for (int j = 0; j < visible; ++j) {
            float s = 0.0f;
            for (int d = 0; d < dK; ++d)
                s = fmaf(qs[r * qsStride + d], kt[j * dK + d], s);
            sc[r * scStride + j] = s;
            mx = fmaxf(mx, s);
        }
        const float a = expf(m - mx);
        float sum = 0.0f;
        for (int j = 0; j < visible; ++j) {
            const float e = expf(sc[r * scStride + j] - mx);
            sc[r * scStride + j] = e;
            sum += e;
        }
        l = l * a + sum;
        m = mx;
        for (int d = 0; d < dV; ++d) {
            float o = acc[r * accStride + d] * a;
            for (int j = 0; j < visible; ++j)
                o = fmaf(sc[r * scStride + j], vt[j * dV + d], o);
            acc[r * accStride + d] = o;
        }
    }
    if (live) {
        float *o = out + ((std::int64_t(b) * H + head) * T + row) * dV;
        for (int d = 0; d < dV; ++d)
            o[d] = acc[r * accStride + d] / l;
    }
}

template<typename E>
void runPrefill(const PrefillShape &s, const PrefillBuffers &buf, int rows, std::size_t shared)
{
    check(cudaFuncSetAttribute(prefillKernel<E>, cudaFuncAttributeMaxDynamicSharedMemorySize, int(shared)),
          "setting the prefill kernel's shared memory");
    const dim3 grid(unsigned((s.tokens + rows - 1) / rows), unsigned(s.nHeads), unsigned(s.batch));
    prefillKernel<E><<<grid, rows, shared>>>(buf.q, static_cast<const E *>(buf.k), static_cast<const E *>(buf.v),
                                             buf.out, int(s.nHeads), int(s.nKvHeads), int(s.dK), int(s.dV), s.tokens,
                                             s.scale);
    check(cudaGetLastError(), "the prefill kernel's launch");
}

} // namespace

void launchPrefill(const PrefillShape &s, const PrefillBuffers &buf, const DeviceLimits &limits)
{
    int rows = 64;
    while (rows > 1 && prefillSharedBytes(rows, int(s.dK), int(s.dV)) > limits.sharedPerBlock)
        rows /= 2;
    const std::size_t shared = prefillSharedBytes(rows, int(s.dK), int(s.dV));
    if (shared > limits.sharedPerBlock)
        throw BackendError("prefill: d_k = " + std::to_string(s.dK) + ", d_v = " + std::to_string(s.dV) + " need "
                           + std::to_string(shared) + " bytes of shared memory per block; this GPU has "
                           + std::to_string(limits.sharedPerBlock) + ".");
    checkGrid(s.nHeads, 65535, "heads");
    checkGrid(s.batch, 65535, "batch");
    switch (s.dtype) {
    case DType::F32: runPrefill<float>(s, buf, rows, shared); break;
    case DType::F16: runPrefill<__half>(s, buf, rows, shared); break;
    case DType::Bf16: runPrefill<__nv_bfloat16>(s, buf, rows, shared); break;
    }
}

// ---- probes ---------------------------------------------------------------------------------

namespace {

// Grid-stride sum of n4 float4 loads (and a scalar tail), one atomicAdd per block.
__global__ void streamReadKernel(const float4 *data, std::int64_t n4, const float *tail, int nTail, float *sum)
{
    float s = 0.0f;
    for (std::int64_t i = blockIdx.x * std::int64_t(blockDim.x) + threadIdx.x; i < n4;
         i += std::int64_t(gridDim.x) * blockDim.x) {
        const float4 x = data[i];
        s += (x.x + x.y) + (x.z + x.w);
    }
    if (blockIdx.x == 0 && threadIdx.x < nTail)
        s += tail[threadIdx.x];
    for (int off = 16; off > 0; off /= 2)
        s += __shfl_down_sync(0xffffffffu, s, off);
    __shared__ float warps[32];
    if (threadIdx.x % 32 == 0)
        warps[threadIdx.x / 32] = s;
    __syncthreads();
    if (threadIdx.x == 0) {
        float total = 0.0f;
        for (int w = 0; w < int(blockDim.x / 32); ++w)
            total += warps[w];
        atomicAdd(sum, total);
    }
}

// c = a b, n x n row-major, 16 x 16 output tiles through shared memory.
// tensor cores: this probe measures FMA throughput (fp32 SIMT), not tensor-core peak.
constexpr int kGemmTile = 16;

__global__ void matmulKernel(int n, const float *a, const float *b, float *c)
{
    __shared__ float as[kGemmTile][kGemmTile];
    __shared__ float bs[kGemmTile][kGemmTile + 1];
    const int row = blockIdx.y * kGemmTile + threadIdx.y, col = blockIdx.x * kGemmTile + threadIdx.x;
    float s = 0.0f;
    for (int k0 = 0; k0 < n; k0 += kGemmTile) {
        const int ak = k0 + threadIdx.x, bk = k0 + threadIdx.y;
        as[threadIdx.y][threadIdx.x] = row < n && ak < n ? a[std::int64_t(row) * n + ak] : 0.0f;
        bs[threadIdx.y][threadIdx.x] = bk < n && col < n ? b[std::int64_t(bk) * n + col] : 0.0f;
        __syncthreads();
        for (int kk = 0; kk < kGemmTile; ++kk)
            s = fmaf(as[threadIdx.y][kk], bs[kk][threadIdx.x], s);
        __syncthreads();
    }
    if (row < n && col < n)
        c[std::int64_t(row) * n + col] = s;
}

} // namespace

void launchStreamRead(const void *data, std::size_t bytes, float *deviceSum, const DeviceLimits &limits)
{
    const std::int64_t floats = std::int64_t(bytes / sizeof(float));
    const std::int64_t n4 = floats / 4;
    const int nTail = int(floats - n4 * 4);
    check(cudaMemsetAsync(deviceSum, 0, sizeof(float)), "clearing the stream-read sum");
    const int blocks = std::max(1, limits.smCount * 4);
    const auto *f = static_cast<const float *>(data);
    streamReadKernel<<<blocks, 256>>>(static_cast<const float4 *>(data), n4, f + n4 * 4, nTail, deviceSum);
    check(cudaGetLastError(), "the stream-read kernel's launch");
}

void launchMatmul(std::int64_t n, const float *a, const float *b, float *c)
{
    checkGrid(n, std::int64_t(65535) * kGemmTile, "n");
    const dim3 block(kGemmTile, kGemmTile);
    const dim3 grid(unsigned((n + kGemmTile - 1) / kGemmTile), unsigned((n + kGemmTile - 1) / kGemmTile));
    matmulKernel<<<grid, block>>>(int(n), a, b, c);
    check(cudaGetLastError(), "the matmul kernel's launch");
}

} // namespace attnscope::core::cuda
