// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backends/backend.h"

namespace attnscope::core {

// The CPU backend: Eigen's matrix products on tiles of the cache, OpenMP over sequences, KV
// heads and slices of the context (docs/cpu-backend.md explains the design).
class CpuBackend final : public Backend
{
public:
    // threads: 0 = every core the process may use.
    explicit CpuBackend(int threads = 0);

    [[nodiscard]] std::string id() const override { return "cpu"; }
    [[nodiscard]] std::string name() const override { return "CPU"; }
    [[nodiscard]] std::string device() const override;
    // The kernel variant that runs (cpuVariantName(cpuVariant()); core/support/cpufeatures.h).
    [[nodiscard]] std::string kernels() const override;
    [[nodiscard]] Availability availability() const override { return {true, {}}; }
    [[nodiscard]] Capabilities capabilities() const override;

    [[nodiscard]] std::unique_ptr<DeviceBuffer> allocate(std::size_t bytes) override;
    void upload(DeviceBuffer &to, std::size_t offset, const void *host, std::size_t bytes) override;
    void download(const DeviceBuffer &from, void *host, std::size_t bytes) override;

    void decode(const DecodeShape &shape, const DecodeBuffers &buffers) override;
    void mlaDecode(const MlaDecodeShape &shape, const MlaDecodeBuffers &buffers) override;
    void prefill(const PrefillShape &shape, const PrefillBuffers &buffers) override;
    void streamRead(const DeviceBuffer &data, float *hostSink) override;
    void matmul(std::int64_t n, const float *a, const float *b, float *c) override;

    [[nodiscard]] int threads() const { return m_threads; }
    // The vector instructions the kernels use ("AVX-512 AVX2 FMA F16C"): the compiler's flags in a
    // native build, the kernel variant that runs in a portable one.
    [[nodiscard]] static std::string instructionSets();
    // Cores the process may use.
    [[nodiscard]] static int hardwareThreads();

private:
    int m_threads;
};

} // namespace attnscope::core
