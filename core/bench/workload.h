// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backends/backend.h"
#include "core/params/config.h"

#include <cstdint>
#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attnscope::core {

enum class BenchOp { Decode, Prefill };

// A measurement, a preparation or a probe was stopped by its `cancelled` callback.
class BenchCancelled : public std::exception
{
public:
    const char *what() const noexcept override { return "benchmark cancelled"; }
};

[[nodiscard]] std::string_view benchOpId(BenchOp op); // "decode", "prefill"
[[nodiscard]] std::optional<BenchOp> benchOpFromId(std::string_view id);

// One timed operation at one shape: what `attnscope bench` and the timings panel measure.
//  - mha/gqa/mqa (sdpa = one head): H query heads, G KV heads of width d_h.
//  - mla: H heads of width d_h, RoPE width d_R, latent rank d_c; decode in the chosen path;
//    prefill runs the decompressed form (H KV heads, d_k = d_h + d_R, d_v = d_h), as
//    DeepSeek-V2's implementation does for long prompts.
struct Workload
{
    Mechanism mechanism = Mechanism::Gqa;
    BenchOp op = BenchOp::Decode;
    std::int64_t batch = 1;
    std::int64_t nHeads = 32;
    std::int64_t nKvHeads = 8;
    std::int64_t dHead = 128;
    std::int64_t dLatent = 512;  // mla
    std::int64_t dRope = 64;     // mla
    std::int64_t context = 4096; // T: cache length (decode) or prompt length (prefill)
    DType dtype = DType::F32;
    MlaDecodePath mlaPath = MlaDecodePath::Absorbed;

    bool operator==(const Workload &) const = default;
};

// "GQA decode", "MLA absorbed decode", "MHA prefill".
[[nodiscard]] std::string workloadTitle(const Workload &w);

// Bytes the operation must move between memory and the cores at least once (the cache or the
// keys and values, the queries, the outputs, MLA's W_UK and W_UV) and the floating-point
// operations it must do (2 per multiply-add of the score and value products, plus MLA's
// absorption products; the exponentials are not counted). docs/cpu-backend.md derives them.
[[nodiscard]] std::int64_t workloadBytes(const Workload &w);
[[nodiscard]] std::int64_t workloadFlops(const Workload &w);
// Bytes of every buffer the run allocates (inputs, caches, outputs, weights).
[[nodiscard]] std::int64_t workloadAllocation(const Workload &w);

// Largest allocation a benchmark may make: half of the memory this process may use (the
// machine's physical memory, or its control group's limit where that is less), at most 64 GiB.
[[nodiscard]] std::int64_t benchMemoryLimit();

// The memory limit of the control groups a process belongs to, from the text of its
// /proc/self/cgroup and the cgroup file system mounted at `root` (v2: memory.max of its group and
// of every group above it; v1: memory.limit_in_bytes under root/memory); std::nullopt where none
// is set ("max").
[[nodiscard]] std::optional<std::int64_t> cgroupMemoryLimit(std::string_view selfCgroup,
                                                           const std::filesystem::path &root);

// Empty when the workload can run, else one sentence naming the command-line flag, the value
// and the rule (e.g. "--kv-heads 5: must divide --heads (32).").
[[nodiscard]] std::string checkWorkload(const Workload &w, std::int64_t memoryLimit = benchMemoryLimit());

// A workload's buffers in a backend's memory, filled with seeded uniform values in [-1, 1)
// (the cache in its storage type), ready to run again and again.
class PreparedWorkload
{
public:
    // Throws BackendError when the workload is invalid or the backend cannot allocate, and
    // BenchCancelled (harness.h) when `cancelled` returns true between slices of the filling.
    PreparedWorkload(Backend &backend, const Workload &w, std::uint64_t seed = 0,
                     const std::function<bool()> &cancelled = {});
    ~PreparedWorkload();

    void run();
    [[nodiscard]] const Workload &workload() const { return m_workload; }
    // The output, copied to the host: [B, H, d_v] for decode, [B, H, T, d_v] for prefill.
    [[nodiscard]] std::vector<float> output() const;

private:
    DeviceBuffer &add(std::int64_t bytes, std::uint64_t seed, DType type, bool random);

    Backend &m_backend;
    Workload m_workload;
    std::function<bool()> m_cancelled;
    std::vector<std::unique_ptr<DeviceBuffer>> m_buffers;
    DeviceBuffer *m_out = nullptr;
    DecodeShape m_decode;
    DecodeBuffers m_decodeBuffers;
    MlaDecodeShape m_mla;
    MlaDecodeBuffers m_mlaBuffers;
    PrefillShape m_prefill;
    PrefillBuffers m_prefillBuffers;
};

} // namespace attnscope::core
