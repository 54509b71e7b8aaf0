// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backends/registry.h"

#include "core/backends/cpu/cpubackend.h"

#ifdef ATTNSCOPE_WITH_CUDA
#include "core/backends/cuda/cudabackend.h"
#endif

namespace attnscope::core {

BackendRegistry::BackendRegistry(const BackendOptions &options)
{
    m_backends.push_back(std::make_unique<CpuBackend>(options.threads));
#ifdef ATTNSCOPE_WITH_CUDA
    m_backends.push_back(createCudaBackend());
#else
    m_backends.push_back(std::make_unique<UnavailableBackend>(
        "cuda", "CUDA", "not built with CUDA (configured with ATTNSCOPE_CUDA=OFF, or no CUDA compiler was found)"));
#endif
}

BackendRegistry::~BackendRegistry() = default;

Backend *BackendRegistry::find(std::string_view id) const
{
    for (const auto &b : m_backends)
        if (b->id() == id)
            return b.get();
    return nullptr;
}

std::vector<Backend *> BackendRegistry::available() const
{
    std::vector<Backend *> result;
    for (const auto &b : m_backends)
        if (b->availability().available)
            result.push_back(b.get());
    return result;
}

std::vector<std::string> BackendRegistry::knownIds()
{
    return {"cpu", "cuda"};
}

UnavailableBackend::UnavailableBackend(std::string id, std::string name, std::string reason)
    : m_id(std::move(id)), m_name(std::move(name)), m_reason(std::move(reason))
{}

void UnavailableBackend::refuse() const
{
    throw BackendError("backend '" + m_id + "' is unavailable: " + m_reason + ".");
}

std::unique_ptr<DeviceBuffer> UnavailableBackend::allocate(std::size_t)
{
    refuse();
}
void UnavailableBackend::upload(DeviceBuffer &, std::size_t, const void *, std::size_t)
{
    refuse();
}
void UnavailableBackend::download(const DeviceBuffer &, void *, std::size_t)
{
    refuse();
}
void UnavailableBackend::decode(const DecodeShape &, const DecodeBuffers &)
{
    refuse();
}
void UnavailableBackend::mlaDecode(const MlaDecodeShape &, const MlaDecodeBuffers &)
{
    refuse();
}
void UnavailableBackend::prefill(const PrefillShape &, const PrefillBuffers &)
{
    refuse();
}
void UnavailableBackend::streamRead(const DeviceBuffer &, float *)
{
    refuse();
}
void UnavailableBackend::matmul(std::int64_t, const float *, const float *, float *)
{
    refuse();
}

} // namespace attnscope::core
