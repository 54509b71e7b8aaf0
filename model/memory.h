// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>

namespace attnscope::model {

// The memory a new allocation can get without swapping: Linux's MemAvailable (/proc/meminfo),
// else sysconf(_SC_AVPHYS_PAGES) x the page size; std::nullopt when neither can be read.
[[nodiscard]] std::optional<std::int64_t> availableMemoryBytes();

// MemAvailable of a /proc/meminfo text, in bytes ("MemAvailable:  123 kB"); std::nullopt when
// the line is missing or malformed.
[[nodiscard]] std::optional<std::int64_t> memAvailableFromMeminfo(std::string_view meminfo);

// Refuses, with a ModelError naming the folder, the bytes needed and the bytes available, to load
// weights that need more memory than is available. An unknown `available` lets it pass.
void requireMemory(const std::filesystem::path &folder, std::int64_t needed, std::optional<std::int64_t> available);

} // namespace attnscope::model
