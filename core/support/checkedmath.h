// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>

namespace attnscope::core {

// 64-bit arithmetic that refuses to overflow: std::nullopt instead of a wrapped value.
// Sizes in AttnScope are never negative; negative operands give std::nullopt as well.
[[nodiscard]] std::optional<std::int64_t> checkedAdd(std::int64_t a, std::int64_t b);
[[nodiscard]] std::optional<std::int64_t> checkedMul(std::int64_t a, std::int64_t b);
[[nodiscard]] std::optional<std::int64_t> checkedProduct(std::initializer_list<std::int64_t> factors);

// Accumulates a sum of products; once any step overflows the result stays empty.
class CheckedSum
{
public:
    CheckedSum &add(std::initializer_list<std::int64_t> factors);
    CheckedSum &add(std::optional<std::int64_t> value);
    [[nodiscard]] std::optional<std::int64_t> value() const { return m_value; }

private:
    std::optional<std::int64_t> m_value = 0;
};

} // namespace attnscope::core
