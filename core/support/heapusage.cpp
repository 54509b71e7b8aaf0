// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/heapusage.h"

#include <cstddef>

// AddressSanitizer replaces malloc, and glibc's mallinfo2 then counts nothing: its own allocator's
// count is declared here (GCC 12 ships no sanitizer/allocator_interface.h).
#if defined(__SANITIZE_ADDRESS__)
#define ATTNSCOPE_HEAP_FROM_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ATTNSCOPE_HEAP_FROM_SANITIZER 1
#endif
#endif

#if defined(ATTNSCOPE_HEAP_FROM_SANITIZER)
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#elif defined(__GLIBC__) || __has_include(<malloc.h>)
#include <malloc.h>
#endif

namespace attnscope::core {

std::optional<std::int64_t> heapInUseBytes()
{
#if defined(ATTNSCOPE_HEAP_FROM_SANITIZER)
    return static_cast<std::int64_t>(__sanitizer_get_current_allocated_bytes());
#elif defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return static_cast<std::int64_t>(info.uordblks + info.hblkhd);
#else
    return std::nullopt;
#endif
}

} // namespace attnscope::core
