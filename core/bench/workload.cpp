// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/workload.h"

#include "core/support/checkedmath.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>

#ifdef __linux__
#include <unistd.h>
#endif

namespace attnscope::core {

namespace {

constexpr std::int64_t kGiB = std::int64_t(1) << 30;

// The grouped operation a workload runs (MLA prefill = its decompressed form).
struct GroupedDims
{
    std::int64_t h, g, dK, dV;
};

std::int64_t orMax(std::optional<std::int64_t> v)
{
    return v.value_or(std::numeric_limits<std::int64_t>::max());
}

// a + b, or the largest int64 where it does not fit: a size past 64 bits is one no memory holds,
// and checkWorkload refuses it before anything is allocated.
std::int64_t sum(std::int64_t a, std::int64_t b)
{
    return orMax(checkedAdd(a, b));
}

GroupedDims groupedDims(const Workload &w)
{
    if (w.mechanism == Mechanism::Mla)
        return {w.nHeads, w.nHeads, sum(w.dHead, w.dRope), w.dHead};
    return {w.nHeads, w.nKvHeads, w.dHead, w.dHead};
}

// Sizes of every buffer PreparedWorkload allocates, in allocation order, in bytes.
std::vector<std::int64_t> bufferSizes(const Workload &w)
{
    const std::int64_t eb = dtypeBytes(w.dtype), B = w.batch, T = w.context;
    const GroupedDims d = groupedDims(w);
    auto p = [](std::initializer_list<std::int64_t> f) { return orMax(checkedProduct(f)); };
    if (w.op == BenchOp::Prefill) {
        std::vector<std::int64_t> sizes{p({B, d.h, T, d.dK, 4}), p({B, d.g, T, d.dK, eb}), p({B, d.g, T, d.dV, eb}),
                                        p({B, d.h, T, d.dV, 4})};
        if (w.dtype != DType::F32) // the CPU backend's fp32 copy of keys and values
            sizes.push_back(p({B, d.g, T, sum(d.dK, d.dV), 4}));
        return sizes;
    }
    if (w.mechanism == Mechanism::Mla && w.mlaPath == MlaDecodePath::Absorbed) {
        const std::int64_t h = w.nHeads, dh = w.dHead, dr = w.dRope, dc = w.dLatent;
        return {p({B, h, dh, 4}),       p({B, h, std::max<std::int64_t>(dr, 1), 4}),
                p({B, T, sum(dc, dr), eb}), p({dc, h, dh, 4}),
                p({dc, h, dh, 4}),      p({B, h, dh, 4})};
    }
    return {p({B, d.h, d.dK, 4}), p({B, d.g, T, d.dK, eb}), p({B, d.g, T, d.dV, eb}), p({B, d.h, d.dV, 4})};
}

std::string flagValue(const char *flag, std::int64_t value)
{
    return std::string("--") + flag + " " + std::to_string(value);
}

std::string gib(std::int64_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f GiB", static_cast<double>(bytes) / static_cast<double>(kGiB));
    return text;
}

// splitmix64 (Steele et al. 2014): a fast, well-mixed hash of the element index.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

std::string_view benchOpId(BenchOp op)
{
    return op == BenchOp::Decode ? "decode" : "prefill";
}

std::optional<BenchOp> benchOpFromId(std::string_view id)
{
    if (id == "decode")
        return BenchOp::Decode;
    if (id == "prefill")
        return BenchOp::Prefill;
    return std::nullopt;
}

std::string workloadTitle(const Workload &w)
{
    std::string name;
    switch (w.mechanism) {
    case Mechanism::Sdpa: name = "SDPA"; break;
    case Mechanism::Mha: name = "MHA"; break;
    case Mechanism::Gqa: name = "GQA"; break;
    case Mechanism::Mqa: name = "MQA"; break;
    case Mechanism::Mla:
        name = "MLA";
        if (w.op == BenchOp::Decode)
            name += w.mlaPath == MlaDecodePath::Absorbed ? " absorbed" : " naive";
        break;
    case Mechanism::Bahdanau: name = "Bahdanau"; break;
    }
    return name + " " + std::string(benchOpId(w.op));
}

std::int64_t workloadBytes(const Workload &w)
{
    const std::int64_t eb = dtypeBytes(w.dtype), B = w.batch, T = w.context;
    const GroupedDims d = groupedDims(w);
    CheckedSum total;
    if (w.op == BenchOp::Prefill) {
        total.add({B, d.h, T, d.dK, 4}).add({B, d.g, T, sum(d.dK, d.dV), eb}).add({B, d.h, T, d.dV, 4});
    } else if (w.mechanism == Mechanism::Mla && w.mlaPath == MlaDecodePath::Absorbed) {
        const std::int64_t h = w.nHeads, dh = w.dHead, dr = w.dRope, dc = w.dLatent;
        total.add({B, T, sum(dc, dr), eb}).add({2, dc, h, dh, 4}).add({B, h, sum(dh, dr), 4}).add({B, h, dh, 4});
    } else {
        total.add({B, d.g, T, sum(d.dK, d.dV), eb}).add({B, d.h, d.dK, 4}).add({B, d.h, d.dV, 4});
    }
    return orMax(total.value());
}

std::int64_t workloadFlops(const Workload &w)
{
    const std::int64_t B = w.batch, T = w.context;
    const GroupedDims d = groupedDims(w);
    CheckedSum total;
    if (w.op == BenchOp::Prefill) {
        // Causal: query i multiplies i + 1 keys and values; sum over i = T (T + 1) / 2.
        const auto pairs = T % 2 == 0 ? checkedMul(T / 2, sum(T, 1)) : checkedMul(T, sum(T, 1) / 2);
        total.add({2, B, d.h, orMax(pairs), sum(d.dK, d.dV)});
    } else if (w.mechanism == Mechanism::Mla && w.mlaPath == MlaDecodePath::Absorbed) {
        const std::int64_t h = w.nHeads, dh = w.dHead, dr = w.dRope, dc = w.dLatent;
        total.add({2, B, h, dh, dc})                  // q_lat = qC W_UK^T
            .add({2, B, h, T, sum(sum(dc, dr), dc)}) // scores over [c_KV ; k_R], weighted sum of c_KV
            .add({2, B, h, dc, dh});                // out = o_lat W_UV
    } else {
        total.add({2, B, d.h, T, sum(d.dK, d.dV)});
    }
    return orMax(total.value());
}

std::int64_t workloadAllocation(const Workload &w)
{
    CheckedSum total;
    for (std::int64_t s : bufferSizes(w))
        total.add({s});
    return orMax(total.value());
}

std::optional<std::int64_t> cgroupMemoryLimit(std::string_view selfCgroup, const std::filesystem::path &root)
{
    // /proc/self/cgroup: "0::/user.slice/..." (v2), or "N:memory:/path" among others (v1).
    std::optional<std::int64_t> limit;
    auto take = [&limit](const std::filesystem::path &file) {
        std::ifstream in(file);
        std::string text;
        if (!in || !(in >> text) || text == "max")
            return;
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        // cgroup v1 writes "no limit" as a huge multiple of the page size.
        if (error == std::errc() && end == text.data() + text.size() && value > 0
            && value < (std::int64_t(1) << 60))
            limit = std::min(limit.value_or(value), value);
    };
    std::size_t start = 0;
    while (start < selfCgroup.size()) {
        std::size_t end = selfCgroup.find('\n', start);
        if (end == std::string_view::npos)
            end = selfCgroup.size();
        const std::string_view line = selfCgroup.substr(start, end - start);
        start = end + 1;
        const std::size_t first = line.find(':'), second = line.find(':', first + 1);
        if (first == std::string_view::npos || second == std::string_view::npos)
            continue;
        const std::string_view controllers = line.substr(first + 1, second - first - 1);
        std::string path(line.substr(second + 1));
        if (path.empty() || path.front() != '/' || path.find("..") != std::string::npos)
            continue;
        const bool v2 = line.substr(0, first) == "0" && controllers.empty();
        const bool v1 = controllers.find("memory") != std::string_view::npos;
        if (!v2 && !v1)
            continue;
        // The process's group and every group above it: the smallest limit holds.
        const std::filesystem::path base = v2 ? root : root / "memory";
        for (std::filesystem::path group = path;; group = group.parent_path()) {
            const std::filesystem::path dir = base / group.relative_path();
            take(dir / (v2 ? "memory.max" : "memory.limit_in_bytes"));
            if (group == group.parent_path() || group.relative_path().empty())
                break;
        }
    }
    return limit;
}

std::int64_t benchMemoryLimit()
{
    std::int64_t physical = 8 * kGiB;
#ifdef __linux__
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        physical = std::int64_t(pages) * pageSize;
    std::ifstream self("/proc/self/cgroup");
    const std::string text((std::istreambuf_iterator<char>(self)), std::istreambuf_iterator<char>());
    if (const auto group = cgroupMemoryLimit(text, "/sys/fs/cgroup"))
        physical = std::min(physical, *group);
#endif
    return std::min(physical / 2, 64 * kGiB);
}

std::string checkWorkload(const Workload &w, std::int64_t memoryLimit)
{
    auto atLeast = [](const char *flag, std::int64_t v, std::int64_t min) -> std::string {
        if (v >= min)
            return {};
        return flagValue(flag, v) + ": must be at least " + std::to_string(min) + ".";
    };
    if (w.mechanism == Mechanism::Bahdanau)
        return "--mechanism bahdanau: has no KV cache to decode against; choose sdpa, mha, gqa, mqa or mla.";
    for (const std::string &e : {atLeast("batch", w.batch, 1), atLeast("heads", w.nHeads, 1),
                                 atLeast("head-dim", w.dHead, 1), atLeast("context", w.context, 1)})
        if (!e.empty())
            return e;
    switch (w.mechanism) {
    case Mechanism::Sdpa:
        if (w.nHeads != 1 || w.nKvHeads != 1)
            return flagValue("heads", w.nHeads) + ": sdpa has one head and one KV head.";
        break;
    case Mechanism::Mha:
        if (w.nKvHeads != w.nHeads)
            return flagValue("kv-heads", w.nKvHeads) + ": mha has as many KV heads as heads ("
                + std::to_string(w.nHeads) + ").";
        break;
    case Mechanism::Mqa:
        if (w.nKvHeads != 1)
            return flagValue("kv-heads", w.nKvHeads) + ": mqa has exactly one KV head.";
        break;
    case Mechanism::Gqa:
        if (const std::string e = atLeast("kv-heads", w.nKvHeads, 1); !e.empty())
            return e;
        if (w.nHeads % w.nKvHeads != 0)
            return flagValue("kv-heads", w.nKvHeads) + ": must divide --heads (" + std::to_string(w.nHeads) + ").";
        break;
    case Mechanism::Mla:
        if (const std::string e = atLeast("latent-rank", w.dLatent, 1); !e.empty())
            return e;
        if (const std::string e = atLeast("rope-dim", w.dRope, 0); !e.empty())
            return e;
        if (w.dRope % 2 != 0)
            return flagValue("rope-dim", w.dRope) + ": must be even: RoPE rotates coordinates in pairs.";
        break;
    case Mechanism::Bahdanau: break;
    }
    const std::int64_t need = workloadAllocation(w);
    if (need <= memoryLimit)
        return {};
    // The flag to blame: the size whose least value shrinks the buffers the most.
    struct Size
    {
        const char *flag;
        std::int64_t Workload::*field;
        std::int64_t least;
    };
    std::vector<Size> sizes{{"context", &Workload::context, 1}, {"batch", &Workload::batch, 1},
                            {"heads", &Workload::nHeads, 1}, {"head-dim", &Workload::dHead, 1}};
    if (w.mechanism == Mechanism::Mla) {
        sizes.push_back({"rope-dim", &Workload::dRope, 0});
        if (w.op == BenchOp::Decode && w.mlaPath == MlaDecodePath::Absorbed)
            sizes.push_back({"latent-rank", &Workload::dLatent, 1});
    }
    const Size *blamed = &sizes.front();
    std::int64_t smallest = need;
    for (const Size &size : sizes) {
        Workload less = w;
        less.*size.field = size.least;
        if (size.field == &Workload::nHeads)
            less.nKvHeads = 1;
        if (const std::int64_t bytes = workloadAllocation(less); bytes < smallest) {
            smallest = bytes;
            blamed = &size;
        }
    }
    const bool cache = blamed->field == &Workload::context || blamed->field == &Workload::batch;
    const std::string size = need == std::numeric_limits<std::int64_t>::max() ? "more than 2^63 bytes" : gib(need);
    return flagValue(blamed->flag, w.*blamed->field) + ": the run needs " + size + " of buffers, more than the limit of "
        + gib(memoryLimit) + " (half of the memory this process may use); lower "
        + (cache ? std::string("--context or --batch") : "--" + std::string(blamed->flag)) + ".";
}

PreparedWorkload::PreparedWorkload(Backend &backend, const Workload &w, std::uint64_t seed,
                                   const std::function<bool()> &cancelled)
    : m_backend(backend), m_workload(w), m_cancelled(cancelled)
{
    if (const std::string e = checkWorkload(w); !e.empty())
        throw BackendError(e);
    const std::vector<std::int64_t> sizes = bufferSizes(w);
    const GroupedDims d = groupedDims(w);
    // Queries and weights are fp32; caches (and prefill's keys and values) are in the workload's
    // storage type; outputs are zero-filled fp32.
    auto in32 = [&](std::size_t i) {
        return static_cast<const float *>(add(sizes[i], seed + i, DType::F32, true).data());
    };
    auto cache = [&](std::size_t i) {
        return static_cast<const void *>(add(sizes[i], seed + i, w.dtype, true).data());
    };
    auto out = [&](std::size_t i) {
        m_out = &add(sizes[i], 0, DType::F32, false);
        return static_cast<float *>(m_out->data());
    };

    if (w.op == BenchOp::Prefill) {
        m_prefill = {w.batch, d.h,       d.g,     d.dK,
                     d.dV,    w.context, w.dtype, static_cast<float>(1.0 / std::sqrt(double(d.dK)))};
        m_prefillBuffers.q = in32(0);
        m_prefillBuffers.k = cache(1);
        m_prefillBuffers.v = cache(2);
        m_prefillBuffers.out = out(3);
    } else if (w.mechanism == Mechanism::Mla && w.mlaPath == MlaDecodePath::Absorbed) {
        m_mla = {w.batch, w.nHeads, w.dHead, w.dRope, w.dLatent, w.context, w.dtype, MlaDecodePath::Absorbed};
        m_mlaBuffers.qC = in32(0);
        m_mlaBuffers.qR = in32(1);
        m_mlaBuffers.latentCache = cache(2);
        m_mlaBuffers.wUk = in32(3);
        m_mlaBuffers.wUv = in32(4);
        m_mlaBuffers.out = out(5);
    } else if (w.mechanism == Mechanism::Mla) {
        m_mla = {w.batch, w.nHeads, w.dHead, w.dRope, w.dLatent, w.context, w.dtype, MlaDecodePath::Naive};
        m_mlaBuffers.q = in32(0);
        m_mlaBuffers.k = cache(1);
        m_mlaBuffers.v = cache(2);
        m_mlaBuffers.out = out(3);
    } else {
        m_decode.batch = w.batch;
        m_decode.nHeads = d.h;
        m_decode.nKvHeads = d.g;
        m_decode.dK = d.dK;
        m_decode.dV = d.dV;
        m_decode.context = w.context;
        m_decode.dtype = w.dtype;
        m_decode.scale = static_cast<float>(1.0 / std::sqrt(double(d.dK)));
        m_decodeBuffers = {in32(0), cache(1), cache(2), out(3)};
    }
}

PreparedWorkload::~PreparedWorkload() = default;

DeviceBuffer &PreparedWorkload::add(std::int64_t bytes, std::uint64_t seed, DType type, bool random)
{
    auto buffer = m_backend.allocate(static_cast<std::size_t>(bytes));
    // Filled a slice at a time, so that no host copy of a large cache is needed.
    const std::int64_t eb = dtypeBytes(type), count = bytes / eb;
    constexpr std::int64_t kSlice = std::int64_t(1) << 20;
    std::vector<float> values(std::min(count, kSlice));
    std::vector<std::byte> stored(values.size() * eb);
    const std::uint64_t stream = mix(seed ^ 0xa77e5c09eULL);
    for (std::int64_t first = 0; first < count; first += kSlice) {
        if (m_cancelled && m_cancelled())
            throw BenchCancelled();
        const std::int64_t n = std::min(kSlice, count - first);
        for (std::int64_t i = 0; i < n; ++i) {
            const std::uint64_t bits = mix(stream + std::uint64_t(first + i));
            values[i] = random ? static_cast<float>(bits >> 40) * (2.0f / 16777216.0f) - 1.0f : 0.0f; // [-1, 1)
        }
        convertFromF32(type, values.data(), stored.data(), std::size_t(n));
        m_backend.upload(*buffer, std::size_t(first * eb), stored.data(), std::size_t(n * eb));
    }
    m_buffers.push_back(std::move(buffer));
    return *m_buffers.back();
}

void PreparedWorkload::run()
{
    if (m_workload.op == BenchOp::Prefill)
        m_backend.prefill(m_prefill, m_prefillBuffers);
    else if (m_workload.mechanism == Mechanism::Mla)
        m_backend.mlaDecode(m_mla, m_mlaBuffers);
    else
        m_backend.decode(m_decode, m_decodeBuffers);
}

std::vector<float> PreparedWorkload::output() const
{
    std::vector<float> host(m_out->bytes() / sizeof(float));
    m_backend.download(*m_out, host.data(), m_out->bytes());
    return host;
}

} // namespace attnscope::core
