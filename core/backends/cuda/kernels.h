// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Launchers of the CUDA backend's kernels (kernels.cu), callable from host C++ without CUDA
// headers. Every pointer is device memory; every launcher runs on the default stream and throws
// BackendError when a launch fails. Shapes are checked by the caller (cudabackend.cpp).

#include "core/backends/backend.h"

#include <cstddef>
#include <cstdint>

namespace attnscope::core::cuda {

// Device memory the kernels need between passes (partial softmax states, MLA's latent
// queries), kept by the backend and grown on demand.
struct Scratch
{
    void *data = nullptr;
    std::size_t bytes = 0;
    ~Scratch();
    // At least `bytes` bytes; the previous contents are lost when it grows.
    void *reserve(std::size_t bytes);
};

struct DeviceLimits
{
    int smCount = 1;
    std::size_t sharedPerBlock = 48 * 1024; // opt-in maximum of dynamic shared memory
};

// Grouped decode (DecodeShape): flash-decoding, a split pass and a merge pass.
void launchDecode(const DecodeShape &shape, const DecodeBuffers &buffers, const DeviceLimits &limits, Scratch &scratch);

// MLA decode, both paths (MlaDecodeShape). Uses two scratch areas: one for the latent queries
// and outputs, one for the decode pass's partial states.
void launchMlaDecode(const MlaDecodeShape &shape, const MlaDecodeBuffers &buffers, const DeviceLimits &limits,
                     Scratch &latent, Scratch &partials);

// Causal prefill (PrefillShape).
void launchPrefill(const PrefillShape &shape, const PrefillBuffers &buffers, const DeviceLimits &limits);

// Sum of the `bytes / 4` floats at data into *deviceSum (one float of device memory).
void launchStreamRead(const void *data, std::size_t bytes, float *deviceSum, const DeviceLimits &limits);

// c = a b, all n x n row-major fp32.
void launchMatmul(std::int64_t n, const float *a, const float *b, float *c);

} // namespace attnscope::core::cuda
