// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/dtype.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace attnscope::core {

// A backend could not do what was asked: unavailable, out of memory, bad shape.
class BackendError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Memory that a backend's operations read and write: host memory for the CPU, device memory
// for a GPU. Owned by the caller (the unique_ptr that Backend::allocate returns).
class DeviceBuffer
{
public:
    virtual ~DeviceBuffer() = default;
    [[nodiscard]] virtual void *data() = 0;
    [[nodiscard]] virtual const void *data() const = 0;
    [[nodiscard]] virtual std::size_t bytes() const = 0;
};

// Decode with grouped keys and values (MHA G = H, GQA, MQA G = 1): one new query token per
// sequence against a cache of `context` tokens. Query head h reads KV head h / (H / G); every
// KV head is read once for all the query heads of its group.
//
//   q   [B, H, dK]               fp32, contiguous
//   k   [B, G, T, kRowStride]    dtype; row t of KV head g of sequence b starts at
//                                ((b * G + g) * T + t) * kRowStride elements
//   v   [B, G, T, vRowStride]    dtype, the same way; v may equal k (MLA's absorbed path reads
//                                values as the first dV columns of the key rows)
//   out [B, H, dV]               fp32: softmax(q k^T * scale) v
struct DecodeShape
{
    std::int64_t batch = 1;
    std::int64_t nHeads = 1;
    std::int64_t nKvHeads = 1;
    std::int64_t dK = 64;
    std::int64_t dV = 64;
    std::int64_t context = 1;
    std::int64_t kRowStride = 0; // 0 = dK
    std::int64_t vRowStride = 0; // 0 = dV
    DType dtype = DType::F32;
    float scale = 0.125f;

    [[nodiscard]] std::int64_t kStride() const { return kRowStride ? kRowStride : dK; }
    [[nodiscard]] std::int64_t vStride() const { return vRowStride ? vRowStride : dV; }
};

struct DecodeBuffers
{
    const float *q = nullptr;
    const void *k = nullptr;
    const void *v = nullptr;
    float *out = nullptr;
};

// MLA decode (DeepSeek-V2, appendix C) for H heads of width d_h, RoPE width d_R, KV latent
// rank d_c, one new token per sequence, scale 1 / sqrt(d_h + d_R).
//
// Absorbed path: the cache holds [c_KV ; k_R] per token, shared by all heads.
//   qC [B, H, d_h], qR [B, H, d_R]        fp32, the new token's query (RoPE applied)
//   latentCache [B, T, d_c + d_R]          dtype
//   wUk, wUv [d_c, H * d_h]                fp32, head h = columns [h d_h, (h+1) d_h)
//   q_lat,h = qC,h W_UK,h^T; all heads attend to the shared cache (d_k = d_c + d_R,
//   d_v = d_c); out,h = o_lat,h W_UV,h.
// Naive path: the cache holds per-head decompressed keys [k_C,h ; k_R] and values v_C,h.
//   q [B, H, d_h + d_R] = [qC ; qR] per head   fp32
//   k [B, H, T, d_h + d_R], v [B, H, T, d_h]   dtype
// Both write out [B, H, d_h] (fp32) and agree up to rounding.
enum class MlaDecodePath { Naive, Absorbed };

struct MlaDecodeShape
{
    std::int64_t batch = 1;
    std::int64_t nHeads = 1;
    std::int64_t dHead = 128;
    std::int64_t dRope = 64;
    std::int64_t dLatent = 512;
    std::int64_t context = 1;
    DType dtype = DType::F32;
    MlaDecodePath path = MlaDecodePath::Absorbed;

    [[nodiscard]] float scale() const;
};

struct MlaDecodeBuffers
{
    // absorbed
    const float *qC = nullptr;
    const float *qR = nullptr;
    const void *latentCache = nullptr;
    const float *wUk = nullptr;
    const float *wUv = nullptr;
    // naive
    const float *q = nullptr;
    const void *k = nullptr;
    const void *v = nullptr;
    // both
    float *out = nullptr;
};

// Causal prefill: every token of T attends to itself and the tokens before it.
//   q   [B, H, T, dK]  fp32
//   k   [B, G, T, dK]  dtype
//   v   [B, G, T, dV]  dtype
//   out [B, H, T, dV]  fp32
struct PrefillShape
{
    std::int64_t batch = 1;
    std::int64_t nHeads = 1;
    std::int64_t nKvHeads = 1;
    std::int64_t dK = 64;
    std::int64_t dV = 64;
    std::int64_t tokens = 1;
    DType dtype = DType::F32;
    float scale = 0.125f;
};

struct PrefillBuffers
{
    const float *q = nullptr;
    const void *k = nullptr;
    const void *v = nullptr;
    float *out = nullptr;
};

// Whether a backend can run here; when not, why ("not built with CUDA", "no CUDA driver").
struct Availability
{
    bool available = false;
    std::string reason;
};

struct Capabilities
{
    std::vector<DType> dtypes;
    bool decode = false;
    bool mlaDecode = false;
    bool prefill = false;
};

// A place where attention runs: the CPU, a GPU. The app and the command line only reach
// backends through the registry (registry.h). Operations are synchronous from the caller's
// point of view once synchronize() returns; time() measures one call the backend's way
// (wall clock on the CPU, events on a GPU).
//
// Shapes are checked by the operations (checkDecode() and friends): a bad one throws
// BackendError with a sentence naming the field, value and rule.
class Backend
{
public:
    virtual ~Backend() = default;

    [[nodiscard]] virtual std::string id() const = 0;   // "cpu", "cuda"
    [[nodiscard]] virtual std::string name() const = 0; // "CPU", "CUDA"
    // What it runs on, e.g. "AMD EPYC, 2 threads, AVX2 FMA F16C" (empty when unavailable).
    [[nodiscard]] virtual std::string device() const = 0;
    // Which build of its kernels runs, e.g. "x86-64-v4 (AVX-512)" (empty where there is one).
    [[nodiscard]] virtual std::string kernels() const { return {}; }
    [[nodiscard]] virtual Availability availability() const = 0;
    [[nodiscard]] virtual Capabilities capabilities() const = 0;

    [[nodiscard]] virtual std::unique_ptr<DeviceBuffer> allocate(std::size_t bytes) = 0;
    // Copies bytes from host memory into `to`, starting `offset` bytes into it.
    virtual void upload(DeviceBuffer &to, std::size_t offset, const void *host, std::size_t bytes) = 0;
    virtual void download(const DeviceBuffer &from, void *host, std::size_t bytes) = 0;
    virtual void synchronize() {}

    virtual void decode(const DecodeShape &shape, const DecodeBuffers &buffers) = 0;
    virtual void mlaDecode(const MlaDecodeShape &shape, const MlaDecodeBuffers &buffers) = 0;
    virtual void prefill(const PrefillShape &shape, const PrefillBuffers &buffers) = 0;

    // Probes for the roofline (bench/harness.h): a streaming read of `bytes` bytes of `data`
    // with all the backend's cores, and an n x n x n fp32 matrix product c = a b.
    virtual void streamRead(const DeviceBuffer &data, float *hostSink) = 0;
    virtual void matmul(std::int64_t n, const float *a, const float *b, float *c) = 0;

    // Seconds one call of fn takes, fn's work complete.
    [[nodiscard]] virtual double time(const std::function<void()> &fn);
};

// Empty when the shape is valid, else one sentence naming the field, the value and the rule.
[[nodiscard]] std::string checkDecode(const DecodeShape &shape);
[[nodiscard]] std::string checkMlaDecode(const MlaDecodeShape &shape);
[[nodiscard]] std::string checkPrefill(const PrefillShape &shape);

} // namespace attnscope::core
