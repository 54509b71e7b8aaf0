// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/cpufeatures.h"

#include <atomic>
#include <cstdlib>
#include <mutex>

namespace attnscope::core {

namespace {

bool cpuHas([[maybe_unused]] CpuVariant v)
{
#if ATTNSCOPE_DISPATCH
    // The same tests as the kernels' target lists: GCC's levels check the CPU's flags and that
    // the operating system saves the AVX and AVX-512 registers.
    switch (v) {
    case CpuVariant::Baseline: return true;
    case CpuVariant::X86_64_V3: return __builtin_cpu_supports("x86-64-v3");
    case CpuVariant::X86_64_V4: return __builtin_cpu_supports("x86-64-v4");
    case CpuVariant::Native: return false;
    }
    return false;
#elif defined(ATTNSCOPE_NATIVE_ARCH)
    return v == CpuVariant::Native;
#else
    return v == CpuVariant::Baseline;
#endif
}

std::string supportedList()
{
    std::string list;
    for (CpuVariant v : supportedCpuVariants())
        list += (list.empty() ? "" : ", ") + std::string(cpuVariantId(v));
    return list;
}

struct State
{
    std::mutex mutex;
    std::atomic<int> variant{-1}; // a CpuVariant once chosen
    std::string problem;          // why ATTNSCOPE_CPU_VARIANT was refused
};

State &state()
{
    static State s;
    return s;
}

} // namespace

std::string_view cpuVariantId(CpuVariant v)
{
    switch (v) {
    case CpuVariant::Baseline: return "baseline";
    case CpuVariant::X86_64_V3: return "x86-64-v3";
    case CpuVariant::X86_64_V4: return "x86-64-v4";
    case CpuVariant::Native: return "native";
    }
    return "baseline";
}

std::string_view cpuVariantName(CpuVariant v)
{
    switch (v) {
    case CpuVariant::Baseline:
#if defined(__x86_64__)
        return "baseline (SSE2)";
#else
        return "baseline";
#endif
    case CpuVariant::X86_64_V3: return "x86-64-v3 (AVX2+FMA)";
    case CpuVariant::X86_64_V4: return "x86-64-v4 (AVX-512)";
    case CpuVariant::Native: return "native (-march=native)";
    }
    return "baseline";
}

std::vector<CpuVariant> supportedCpuVariants()
{
    std::vector<CpuVariant> out;
    for (CpuVariant v : {CpuVariant::Baseline, CpuVariant::X86_64_V3, CpuVariant::X86_64_V4, CpuVariant::Native})
        if (cpuHas(v))
            out.push_back(v);
    return out;
}

CpuVariant bestCpuVariant()
{
    return supportedCpuVariants().back();
}

CpuVariant cpuVariant()
{
    State &s = state();
    if (const int v = s.variant.load(std::memory_order_acquire); v >= 0)
        return CpuVariant(v);
    std::lock_guard lock(s.mutex);
    if (s.variant.load() < 0 && s.problem.empty()) {
        const char *env = std::getenv("ATTNSCOPE_CPU_VARIANT");
        const std::string asked = env ? env : "";
        if (asked.empty()) {
            s.variant = int(bestCpuVariant());
        } else {
            bool known = false;
            for (CpuVariant v :
                 {CpuVariant::Baseline, CpuVariant::X86_64_V3, CpuVariant::X86_64_V4, CpuVariant::Native})
                if (cpuVariantId(v) == asked) {
                    known = true;
                    if (cpuHas(v))
                        s.variant = int(v);
                }
            if (s.variant.load() < 0)
                s.problem = "ATTNSCOPE_CPU_VARIANT=" + asked + ": "
                    + (known ? "this build or CPU cannot run it" : "no such kernel variant")
                    + "; this machine runs: " + supportedList() + ".";
        }
    }
    if (!s.problem.empty())
        throw CpuVariantError(s.problem);
    return CpuVariant(s.variant.load());
}

void setCpuVariant(CpuVariant v)
{
    if (!cpuHas(v))
        throw CpuVariantError("kernel variant " + std::string(cpuVariantId(v))
                              + ": this build or CPU cannot run it; this machine runs: " + supportedList() + ".");
    State &s = state();
    std::lock_guard lock(s.mutex);
    s.problem.clear();
    s.variant = int(v);
}

} // namespace attnscope::core
