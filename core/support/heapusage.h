// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bytes this process holds on its heap: what a long session's footprint is measured by
// (`attnscope bench --ui`; issue 17). Unlike the resident set, it does not move with the
// allocator's free lists or with pages the kernel has not reclaimed yet.

#include <cstdint>
#include <optional>

namespace attnscope::core {

// Bytes allocated and not yet freed, in every thread's arena: glibc's mallinfo2 (small blocks
// in use plus mmapped blocks), or AddressSanitizer's own count in the sanitizer build. None
// where neither is available.
[[nodiscard]] std::optional<std::int64_t> heapInUseBytes();

} // namespace attnscope::core
