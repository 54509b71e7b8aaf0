// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/dtype.h"

#include <Eigen/Core>

#include <cstdint>
#include <cstring>

#if defined(__F16C__) || defined(__AVX2__)
#include <immintrin.h>
#endif

namespace attnscope::core {

std::string_view dtypeId(DType t)
{
    switch (t) {
    case DType::F32: return "f32";
    case DType::F16: return "f16";
    case DType::Bf16: return "bf16";
    }
    return "f32";
}

std::optional<DType> dtypeFromId(std::string_view id)
{
    for (DType t : {DType::F32, DType::F16, DType::Bf16})
        if (dtypeId(t) == id)
            return t;
    return std::nullopt;
}

void convertFromF32(DType to, const float *src, void *dst, std::size_t n)
{
    switch (to) {
    case DType::F32: std::memcpy(dst, src, n * sizeof(float)); return;
    case DType::F16: {
        auto *out = static_cast<Eigen::half *>(dst);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = Eigen::half(src[i]);
        return;
    }
    case DType::Bf16: {
        auto *out = static_cast<Eigen::bfloat16 *>(dst);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = Eigen::bfloat16(src[i]);
        return;
    }
    }
}

void convertToF32(DType from, const void *src, float *dst, std::size_t n)
{
    // Widening is exact (every f16 and bf16 value is an fp32 value), so the vector paths give the
    // same bits as the scalar tail. The backends call this on every cache row they widen.
    std::size_t i = 0;
    switch (from) {
    case DType::F32: std::memcpy(dst, src, n * sizeof(float)); return;
    case DType::F16: {
        const auto *s = static_cast<const std::uint16_t *>(src);
#if defined(__F16C__)
        for (; i + 8 <= n; i += 8)
            _mm256_storeu_ps(dst + i, _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i))));
#endif
        for (; i < n; ++i)
            dst[i] = static_cast<float>(Eigen::numext::bit_cast<Eigen::half>(s[i]));
        return;
    }
    case DType::Bf16: {
        const auto *s = static_cast<const std::uint16_t *>(src);
#if defined(__AVX2__)
        for (; i + 8 <= n; i += 8) {
            const __m256i w = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i)));
            _mm256_storeu_ps(dst + i, _mm256_castsi256_ps(_mm256_slli_epi32(w, 16)));
        }
#endif
        for (; i < n; ++i) {
            const std::uint32_t bits = std::uint32_t(s[i]) << 16; // bf16 is fp32's upper half
            std::memcpy(dst + i, &bits, sizeof bits);
        }
        return;
    }
    }
}

} // namespace attnscope::core
