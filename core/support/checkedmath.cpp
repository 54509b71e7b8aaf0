// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/checkedmath.h"

namespace attnscope::core {

std::optional<std::int64_t> checkedAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (a < 0 || b < 0 || __builtin_add_overflow(a, b, &r))
        return std::nullopt;
    return r;
}

std::optional<std::int64_t> checkedMul(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (a < 0 || b < 0 || __builtin_mul_overflow(a, b, &r))
        return std::nullopt;
    return r;
}

std::optional<std::int64_t> checkedProduct(std::initializer_list<std::int64_t> factors)
{
    std::optional<std::int64_t> r = 1;
    for (auto f : factors) {
        r = checkedMul(*r, f);
        if (!r)
            return std::nullopt;
    }
    return r;
}

CheckedSum &CheckedSum::add(std::initializer_list<std::int64_t> factors)
{
    return add(checkedProduct(factors));
}

CheckedSum &CheckedSum::add(std::optional<std::int64_t> value)
{
    if (m_value && value)
        m_value = checkedAdd(*m_value, *value);
    else
        m_value = std::nullopt;
    return *this;
}

} // namespace attnscope::core
