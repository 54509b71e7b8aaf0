// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The CUDA backend (docs/cuda-backend.md). This header needs no CUDA headers: registry.cpp
// includes it when AttnScope is built with CUDA (ATTNSCOPE_CUDA, top-level CMakeLists.txt).

#include "core/backends/backend.h"

#include <memory>

namespace attnscope::core {

// The backend for device 0 of the CUDA runtime. Constructing it never fails: without a driver
// or a GPU it reports itself unavailable with the reason, and every operation throws
// BackendError with that reason.
[[nodiscard]] std::unique_ptr<Backend> createCudaBackend();

} // namespace attnscope::core
