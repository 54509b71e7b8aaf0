// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/heapusage.h"

#if defined(ATTNSCOPE_SANITIZED) && __has_include(<sanitizer/allocator_interface.h>)
#include <sanitizer/allocator_interface.h>
#define ATTNSCOPE_HEAP_FROM_SANITIZER 1
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
