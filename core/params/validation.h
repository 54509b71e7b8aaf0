// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace attnscope::core {

// One problem with a configuration: the parameter (as named on the command line, without
// dashes), the offending value as text, and the full sentence shown to the user, which
// names both and states the rule.
struct ValidationError
{
    std::string parameter;
    std::string value;
    std::string message;
};

// The memory cap of `attnscope compute` and the app: 1 GiB of recorded tensors.
inline constexpr std::int64_t kDefaultMemoryCapBytes = std::int64_t{1} << 30;
// For callers that allocate nothing (the footprint engine): skip the memory rule.
inline constexpr std::int64_t kNoMemoryCap = -1;

// The longest text a trained model is given (a model reads at most a few hundred tokens).
inline constexpr std::size_t kMaxTrainedTextBytes = 2000;

// Checks a request before anything is allocated and returns every problem (empty = valid).
// Rules: sizes >= 1 where used; d_model divisible by n_heads unless d_head is given;
// n_heads divisible by n_kv_heads (mqa: exactly 1, mha: exactly n_heads); sdpa is one head;
// d_rope even; rope_base > 1 and finite; causal only for self-attention; mla and bahdanau
// are self-attention only (bahdanau reads source_tokens for its encoder); and the bytes of
// all tensors the computation records must fit in memoryCapBytes (computed in checked 64-bit
// arithmetic; an overflow is reported as exceeding the cap). Trained input (--input trained):
// only the rules of the input (model/trainedinput.h checks what needs the model).
[[nodiscard]] std::vector<ValidationError> validate(const Request &request,
                                                    std::int64_t memoryCapBytes = kDefaultMemoryCapBytes);

// The value rules alone, on a resolved configuration (what compute() checks). validate()
// adds the rules that depend on what the user gave: parameters that do not apply to the
// mechanism, and d_model divisible by n_heads when d_head was not given.
[[nodiscard]] std::vector<ValidationError> validateConfig(const Config &config,
                                                          std::int64_t memoryCapBytes = kDefaultMemoryCapBytes);

// Bytes of all tensors a computation of this configuration records (float32), or
// std::nullopt when the count does not fit in 64 bits.
[[nodiscard]] std::optional<std::int64_t> recordedBytes(const Config &config);

} // namespace attnscope::core
