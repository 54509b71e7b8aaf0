// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backends/backend.h"

#include <memory>
#include <string_view>
#include <vector>

namespace attnscope::core {

struct BackendOptions
{
    int threads = 0; // CPU threads; 0 = every core
};

// Every backend AttnScope knows, available or not: the CPU always, CUDA when built with it
// (and otherwise listed as unavailable with the reason). The app and the command line reach
// backends only through here.
class BackendRegistry
{
public:
    explicit BackendRegistry(const BackendOptions &options = {});
    ~BackendRegistry();
    BackendRegistry(const BackendRegistry &) = delete;
    BackendRegistry &operator=(const BackendRegistry &) = delete;

    [[nodiscard]] const std::vector<std::unique_ptr<Backend>> &backends() const { return m_backends; }
    // nullptr when no backend has that id.
    [[nodiscard]] Backend *find(std::string_view id) const;
    [[nodiscard]] std::vector<Backend *> available() const;

    // "cpu", "cuda": the ids a user may name, built or not.
    [[nodiscard]] static std::vector<std::string> knownIds();

private:
    std::vector<std::unique_ptr<Backend>> m_backends;
};

// A backend that exists by name only; every operation throws BackendError with the reason.
class UnavailableBackend final : public Backend
{
public:
    UnavailableBackend(std::string id, std::string name, std::string reason);

    [[nodiscard]] std::string id() const override { return m_id; }
    [[nodiscard]] std::string name() const override { return m_name; }
    [[nodiscard]] std::string device() const override { return {}; }
    [[nodiscard]] Availability availability() const override { return {false, m_reason}; }
    [[nodiscard]] Capabilities capabilities() const override { return {}; }
    [[nodiscard]] std::unique_ptr<DeviceBuffer> allocate(std::size_t bytes) override;
    void upload(DeviceBuffer &to, std::size_t offset, const void *host, std::size_t bytes) override;
    void download(const DeviceBuffer &from, void *host, std::size_t bytes) override;
    void decode(const DecodeShape &shape, const DecodeBuffers &buffers) override;
    void mlaDecode(const MlaDecodeShape &shape, const MlaDecodeBuffers &buffers) override;
    void prefill(const PrefillShape &shape, const PrefillBuffers &buffers) override;
    void streamRead(const DeviceBuffer &data, float *hostSink) override;
    void matmul(std::int64_t n, const float *a, const float *b, float *c) override;

private:
    [[noreturn]] void refuse() const;
    std::string m_id;
    std::string m_name;
    std::string m_reason;
};

} // namespace attnscope::core
