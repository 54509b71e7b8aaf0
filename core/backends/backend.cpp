// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backends/backend.h"

#include <chrono>
#include <cmath>

namespace attnscope::core {

namespace {

std::string positive(const char *field, std::int64_t value)
{
    if (value >= 1)
        return {};
    return std::string(field) + " = " + std::to_string(value) + ": must be at least 1.";
}

template<typename... Checks>
std::string first(Checks &&...checks)
{
    std::string result;
    ((result.empty() ? void(result = checks) : void()), ...);
    return result;
}

} // namespace

float MlaDecodeShape::scale() const
{
    return static_cast<float>(1.0 / std::sqrt(static_cast<double>(dHead + dRope)));
}

double Backend::time(const std::function<void()> &fn)
{
    const auto start = std::chrono::steady_clock::now();
    fn();
    synchronize();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string checkDecode(const DecodeShape &s)
{
    std::string e = first(positive("batch", s.batch), positive("heads", s.nHeads), positive("kv_heads", s.nKvHeads),
                          positive("d_k", s.dK), positive("d_v", s.dV), positive("context", s.context));
    if (!e.empty())
        return e;
    if (s.nHeads % s.nKvHeads != 0)
        return "kv_heads = " + std::to_string(s.nKvHeads) + ": must divide heads (" + std::to_string(s.nHeads) + ").";
    if (s.kRowStride != 0 && s.kRowStride < s.dK)
        return "k_row_stride = " + std::to_string(s.kRowStride) + ": must be at least d_k (" + std::to_string(s.dK)
            + ").";
    if (s.vRowStride != 0 && s.vRowStride < s.dV)
        return "v_row_stride = " + std::to_string(s.vRowStride) + ": must be at least d_v (" + std::to_string(s.dV)
            + ").";
    if (!(s.scale > 0.0f) || !std::isfinite(s.scale))
        return "scale = " + std::to_string(s.scale) + ": must be a finite number greater than 0.";
    return {};
}

std::string checkMlaDecode(const MlaDecodeShape &s)
{
    std::string e = first(positive("batch", s.batch), positive("heads", s.nHeads), positive("d_h", s.dHead),
                          positive("d_c", s.dLatent), positive("context", s.context));
    if (!e.empty())
        return e;
    if (s.dRope < 0)
        return "d_r = " + std::to_string(s.dRope) + ": must be 0 or more.";
    return {};
}

std::string checkPrefill(const PrefillShape &s)
{
    std::string e = first(positive("batch", s.batch), positive("heads", s.nHeads), positive("kv_heads", s.nKvHeads),
                          positive("d_k", s.dK), positive("d_v", s.dV), positive("tokens", s.tokens));
    if (!e.empty())
        return e;
    if (s.nHeads % s.nKvHeads != 0)
        return "kv_heads = " + std::to_string(s.nKvHeads) + ": must divide heads (" + std::to_string(s.nHeads) + ").";
    if (!(s.scale > 0.0f) || !std::isfinite(s.scale))
        return "scale = " + std::to_string(s.scale) + ": must be a finite number greater than 0.";
    return {};
}

} // namespace attnscope::core
