// SPDX-License-Identifier: GPL-3.0-or-later
// Host side of the CUDA backend: the runtime API (availability, memory, events) and the checks;
// the kernels are in kernels.cu.
#include "core/backends/cuda/cudabackend.h"

#include "core/backends/cuda/kernels.h"

#include <cuda_runtime.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace attnscope::core {

namespace {

// "12.4" from the runtime's 12040.
std::string versionText(int v)
{
    return std::to_string(v / 1000) + "." + std::to_string((v % 1000) / 10);
}

class CudaBuffer final : public DeviceBuffer
{
public:
    CudaBuffer(void *data, std::size_t bytes) : m_data(data), m_bytes(bytes) {}
    ~CudaBuffer() override
    {
        if (m_data)
            cudaFree(m_data);
    }
    CudaBuffer(const CudaBuffer &) = delete;
    CudaBuffer &operator=(const CudaBuffer &) = delete;

    void *data() override { return m_data; }
    const void *data() const override { return m_data; }
    std::size_t bytes() const override { return m_bytes; }

private:
    void *m_data;
    std::size_t m_bytes;
};

[[noreturn]] void refuse(const std::string &problem)
{
    throw BackendError(problem);
}

void check(cudaError_t e, const char *what)
{
    if (e != cudaSuccess)
        refuse(std::string("CUDA: ") + what + " failed: " + cudaGetErrorString(e) + ".");
}

class CudaBackend final : public Backend
{
public:
    CudaBackend() { probe(); }

    std::string id() const override { return "cuda"; }
    std::string name() const override { return "CUDA"; }
    std::string device() const override { return m_device; }
    Availability availability() const override { return m_availability; }
    Capabilities capabilities() const override
    {
        if (!m_availability.available)
            return {};
        return {{DType::F32, DType::F16, DType::Bf16}, true, true, true};
    }

    std::unique_ptr<DeviceBuffer> allocate(std::size_t bytes) override
    {
        ready();
        void *p = nullptr;
        const cudaError_t e = cudaMalloc(&p, std::max<std::size_t>(bytes, 1));
        if (e == cudaErrorMemoryAllocation) {
            (void)cudaGetLastError();
            refuse("out of memory for the requested size: " + std::to_string(bytes) + " bytes on " + m_gpuName + ".");
        }
        check(e, "cudaMalloc");
        return std::make_unique<CudaBuffer>(p, bytes);
    }

    void upload(DeviceBuffer &to, std::size_t offset, const void *host, std::size_t bytes) override
    {
        ready();
        if (offset > to.bytes() || bytes > to.bytes() - offset)
            refuse("upload of " + std::to_string(bytes) + " bytes at offset " + std::to_string(offset)
                   + " into a buffer of " + std::to_string(to.bytes()) + ".");
        check(cudaMemcpy(static_cast<std::byte *>(to.data()) + offset, host, bytes, cudaMemcpyHostToDevice),
              "upload (cudaMemcpy)");
    }

    void download(const DeviceBuffer &from, void *host, std::size_t bytes) override
    {
        ready();
        if (bytes > from.bytes())
            refuse("download of " + std::to_string(bytes) + " bytes from a buffer of " + std::to_string(from.bytes())
                   + ".");
        check(cudaMemcpy(host, from.data(), bytes, cudaMemcpyDeviceToHost), "download (cudaMemcpy)");
    }

    void synchronize() override
    {
        ready();
        check(cudaDeviceSynchronize(), "cudaDeviceSynchronize");
    }

    void decode(const DecodeShape &shape, const DecodeBuffers &buffers) override
    {
        ready();
        if (const std::string e = checkDecode(shape); !e.empty())
            refuse("decode: " + e);
        cuda::launchDecode(shape, buffers, m_limits, m_partials);
    }

    void mlaDecode(const MlaDecodeShape &shape, const MlaDecodeBuffers &buffers) override
    {
        ready();
        if (const std::string e = checkMlaDecode(shape); !e.empty())
            refuse("MLA decode: " + e);
        cuda::launchMlaDecode(shape, buffers, m_limits, m_latent, m_partials);
    }

    void prefill(const PrefillShape &shape, const PrefillBuffers &buffers) override
    {
        ready();
        if (const std::string e = checkPrefill(shape); !e.empty())
            refuse("prefill: " + e);
        cuda::launchPrefill(shape, buffers, m_limits);
    }

    void streamRead(const DeviceBuffer &data, float *hostSink) override
    {
        ready();
        auto *sum = static_cast<float *>(m_sink.reserve(sizeof(float)));
        cuda::launchStreamRead(data.data(), data.bytes(), sum, m_limits);
        check(cudaMemcpy(hostSink, sum, sizeof(float), cudaMemcpyDeviceToHost), "stream-read result (cudaMemcpy)");
    }

    void matmul(std::int64_t n, const float *a, const float *b, float *c) override
    {
        ready();
        if (n < 1)
            refuse("matmul: n = " + std::to_string(n) + ": must be at least 1.");
        cuda::launchMatmul(n, a, b, c);
    }

    // GPU time of fn between two events on the default stream.
    double time(const std::function<void()> &fn) override
    {
        ready();
        cudaEvent_t start = nullptr, stop = nullptr;
        check(cudaEventCreate(&start), "cudaEventCreate");
        if (cudaEventCreate(&stop) != cudaSuccess) {
            cudaEventDestroy(start);
            refuse("CUDA: cudaEventCreate failed.");
        }
        float ms = 0.0f;
        cudaError_t e = cudaEventRecord(start);
        try {
            fn();
        } catch (...) {
            cudaEventDestroy(start);
            cudaEventDestroy(stop);
            throw;
        }
        if (e == cudaSuccess)
            e = cudaEventRecord(stop);
        if (e == cudaSuccess)
            e = cudaEventSynchronize(stop);
        if (e == cudaSuccess)
            e = cudaEventElapsedTime(&ms, start, stop);
        cudaEventDestroy(start);
        cudaEventDestroy(stop);
        check(e, "timing with CUDA events");
        return double(ms) / 1000.0;
    }

private:
    // Driver, runtime and device 0; fills m_availability. Never throws: every failure of the
    // runtime becomes a reason.
    void probe()
    {
        int driver = 0, runtime = 0;
        const cudaError_t de = cudaDriverGetVersion(&driver);
        (void)cudaRuntimeGetVersion(&runtime);
        if (de != cudaSuccess || driver == 0) {
            (void)cudaGetLastError();
            m_availability = {false, "no CUDA driver (libcuda was not found or reports no version)"};
            return;
        }
        if (driver < runtime) {
            m_availability = {false,
                              "the CUDA driver (" + versionText(driver) + ") is older than the runtime ("
                                  + versionText(runtime) + ")"};
            return;
        }
        int count = 0;
        const cudaError_t ce = cudaGetDeviceCount(&count);
        if (ce == cudaErrorInsufficientDriver) {
            (void)cudaGetLastError();
            m_availability = {false,
                              "the CUDA driver (" + versionText(driver) + ") is older than the runtime ("
                                  + versionText(runtime) + ")"};
            return;
        }
        if (ce != cudaSuccess || count == 0) {
            (void)cudaGetLastError();
            m_availability = {false,
                              ce == cudaSuccess || ce == cudaErrorNoDevice
                                  ? std::string("no CUDA device")
                                  : std::string("no CUDA device (") + cudaGetErrorString(ce) + ")"};
            return;
        }
        cudaDeviceProp prop{};
        if (const cudaError_t pe = cudaGetDeviceProperties(&prop, 0); pe != cudaSuccess) {
            (void)cudaGetLastError();
            m_availability = {false, std::string("CUDA device 0 cannot be queried: ") + cudaGetErrorString(pe)};
            return;
        }
        if (const cudaError_t se = cudaSetDevice(0); se != cudaSuccess) {
            (void)cudaGetLastError();
            m_availability = {false, std::string("CUDA device 0 cannot be used: ") + cudaGetErrorString(se)};
            return;
        }
        m_gpuName = prop.name;
        m_limits.smCount = std::max(1, prop.multiProcessorCount);
        m_limits.sharedPerBlock = std::max<std::size_t>(prop.sharedMemPerBlockOptin, prop.sharedMemPerBlock);
        char memory[32];
        std::snprintf(memory, sizeof memory, "%.0f GiB", double(prop.totalGlobalMem) / double(1ull << 30));
        m_device = m_gpuName + ", " + memory + ", " + std::to_string(prop.multiProcessorCount) + " SMs, sm_"
            + std::to_string(prop.major) + std::to_string(prop.minor) + ", driver " + versionText(driver) + ", runtime "
            + versionText(runtime);
        m_availability = {true, {}};
    }

    void ready() const
    {
        if (!m_availability.available)
            refuse("backend 'cuda' is unavailable: " + m_availability.reason + ".");
    }

    Availability m_availability;
    std::string m_device;
    std::string m_gpuName;
    cuda::DeviceLimits m_limits;
    cuda::Scratch m_partials; // decode's partial softmax states
    cuda::Scratch m_latent;   // MLA's latent queries and outputs
    cuda::Scratch m_sink;     // streamRead's sum
};

} // namespace

std::unique_ptr<Backend> createCudaBackend()
{
    return std::make_unique<CudaBackend>();
}

} // namespace attnscope::core
