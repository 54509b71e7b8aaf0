// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/memory.h"

#include "model/safetensors.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

#include <unistd.h>

namespace attnscope::model {

namespace {

// "1.5 GiB": two significant decimals for sentences.
std::string gib(std::int64_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f GiB", static_cast<double>(bytes) / (1024.0 * 1024.0 * 1024.0));
    return text;
}

} // namespace

std::optional<std::int64_t> memAvailableFromMeminfo(std::string_view meminfo)
{
    constexpr std::string_view key = "MemAvailable:";
    std::size_t at = meminfo.find(key);
    while (at != std::string_view::npos && at != 0 && meminfo[at - 1] != '\n')
        at = meminfo.find(key, at + 1);
    if (at == std::string_view::npos)
        return std::nullopt;
    std::string_view rest = meminfo.substr(at + key.size());
    rest.remove_prefix(std::min(rest.find_first_not_of(" \t"), rest.size()));
    std::int64_t kib = 0;
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), kib);
    if (ec != std::errc() || kib < 0 || kib > std::numeric_limits<std::int64_t>::max() / 1024)
        return std::nullopt;
    std::string_view unit(end, static_cast<std::size_t>(rest.data() + rest.size() - end));
    unit.remove_prefix(std::min(unit.find_first_not_of(" \t"), unit.size()));
    if (!unit.starts_with("kB"))
        return std::nullopt;
    return kib * 1024;
}

std::optional<std::int64_t> availableMemoryBytes()
{
    std::ifstream file("/proc/meminfo");
    if (file) {
        std::ostringstream text;
        text << file.rdbuf();
        if (auto bytes = memAvailableFromMeminfo(text.str()))
            return bytes;
    }
    const long pages = sysconf(_SC_AVPHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0 || pages > std::numeric_limits<std::int64_t>::max() / pageSize)
        return std::nullopt;
    return static_cast<std::int64_t>(pages) * pageSize;
}

void requireMemory(const std::filesystem::path &folder, std::int64_t needed, std::optional<std::int64_t> available)
{
    if (!available || needed <= *available)
        return;
    throw ModelError(folder.string() + ": loading the weights needs " + std::to_string(needed) + " bytes ("
                     + gib(needed) + ") of memory, but only " + std::to_string(*available) + " bytes (" + gib(*available)
                     + ") are available.");
}

} // namespace attnscope::model
