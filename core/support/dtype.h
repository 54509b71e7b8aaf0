// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace attnscope::core {

// Storage type of a KV cache (and of prefill's keys and values). Arithmetic is always fp32:
// elements are widened on load, scores, softmax and sums accumulate in fp32.
enum class DType { F32, F16, Bf16 };

[[nodiscard]] std::string_view dtypeId(DType t); // "f32", "f16", "bf16"
[[nodiscard]] std::optional<DType> dtypeFromId(std::string_view id);
[[nodiscard]] constexpr std::int64_t dtypeBytes(DType t)
{
    return t == DType::F32 ? 4 : 2;
}

// Round to nearest even (IEEE binary16 / bfloat16), and back. n elements, no overlap.
void convertFromF32(DType to, const float *src, void *dst, std::size_t n);
void convertToF32(DType from, const void *src, float *dst, std::size_t n);

} // namespace attnscope::core
