// SPDX-License-Identifier: GPL-3.0-or-later
// Includes the kernel file ATTNSCOPE_VARIANT_FILE once per kernel variant (core/support/cpufeatures.h
// explains the scheme): in a dispatching build under each variant's `#pragma GCC target`, in the
// namespaces isa_v4, isa_v3 and isa_base, with ATTNSCOPE_ISA 4, 3 and 1; otherwise once, in
// isa_native, for the compiler's own flags. Then ATTNSCOPE_BY_VARIANT(name) is that file's `name`
// for cpuVariant() (which throws CpuVariantError where ATTNSCOPE_CPU_VARIANT was refused).
//
//     #define ATTNSCOPE_VARIANT_FILE "model/linearkernels.inc"
//     #include "core/support/isavariants.h"
//     RowsKernel rowsKernel() { return ATTNSCOPE_BY_VARIANT(kRowsKernel); }
//
// No include guard: a unit includes it once per kernel file, after every header the kernels need
// (the kernel files include nothing), at the namespace the kernels belong to.
#ifndef ATTNSCOPE_VARIANT_FILE
#error "define ATTNSCOPE_VARIANT_FILE before including core/support/isavariants.h"
#endif

#if ATTNSCOPE_DISPATCH
#pragma GCC push_options
ATTNSCOPE_TARGET_V4
#define ATTNSCOPE_ISA 4
#define ATTNSCOPE_ISA_NS isa_v4
#include ATTNSCOPE_VARIANT_FILE
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS
#pragma GCC pop_options

#pragma GCC push_options
ATTNSCOPE_TARGET_V3
#define ATTNSCOPE_ISA 3
#define ATTNSCOPE_ISA_NS isa_v3
#include ATTNSCOPE_VARIANT_FILE
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS
#pragma GCC pop_options

#define ATTNSCOPE_ISA 1
#define ATTNSCOPE_ISA_NS isa_base
#include ATTNSCOPE_VARIANT_FILE
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS

#ifndef ATTNSCOPE_BY_VARIANT
#define ATTNSCOPE_BY_VARIANT(name) ::attnscope::core::byCpuVariant(isa_v4::name, isa_v3::name, isa_base::name)
#endif
#else
#define ATTNSCOPE_ISA ATTNSCOPE_NATIVE_ISA
#define ATTNSCOPE_ISA_NS isa_native
#include ATTNSCOPE_VARIANT_FILE
#undef ATTNSCOPE_ISA
#undef ATTNSCOPE_ISA_NS

#ifndef ATTNSCOPE_BY_VARIANT
#define ATTNSCOPE_BY_VARIANT(name) ::attnscope::core::byCpuVariant(isa_native::name, isa_native::name, isa_native::name)
#endif
#endif

#undef ATTNSCOPE_VARIANT_FILE
