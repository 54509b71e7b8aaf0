// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backends/dtype.h"

#include <Eigen/Core>

#include <cstring>

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
    switch (from) {
    case DType::F32: std::memcpy(dst, src, n * sizeof(float)); return;
    case DType::F16: {
        const auto *in = static_cast<const Eigen::half *>(src);
        for (std::size_t i = 0; i < n; ++i)
            dst[i] = static_cast<float>(in[i]);
        return;
    }
    case DType::Bf16: {
        const auto *in = static_cast<const Eigen::bfloat16 *>(src);
        for (std::size_t i = 0; i < n; ++i)
            dst[i] = static_cast<float>(in[i]);
        return;
    }
    }
}

} // namespace attnscope::core
