// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/weightstore.h"

#include "core/support/checkedmath.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>
#include <unordered_set>
#include <utility>

namespace attnscope::model {

namespace {

using Json = nlohmann::ordered_json; // keeps the index's order, so shards open in that order

[[noreturn]] void refuse(const std::filesystem::path &path, const std::string &rest)
{
    throw ModelError(path.string() + ": " + rest);
}

// A shard must be a file beside the index: no folders, no "..", nothing absolute.
bool isPlainFileName(const std::string &name)
{
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos
        && name.find('\\') == std::string::npos && name.find('\0') == std::string::npos;
}

std::string readIndex(const std::filesystem::path &index)
{
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(index, ec);
    if (ec)
        refuse(index, "cannot read it: " + ec.message() + ".");
    // The index of a 600-billion-parameter model is a few hundred kB; anything this large is not one.
    if (bytes > std::uintmax_t(SafetensorsFile::MaxHeaderBytes))
        refuse(index, "the file has " + std::to_string(bytes) + " bytes, more than an index of shards can have.");
    std::ifstream in(index, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
        refuse(index, "cannot read it.");
    return text;
}

} // namespace

WeightStore::WeightStore(const std::filesystem::path &folder) : m_folder(folder)
{
    std::error_code ec;
    const auto status = std::filesystem::status(folder, ec);
    if (!std::filesystem::exists(status))
        refuse(folder, "no such folder.");
    if (!std::filesystem::is_directory(status))
        refuse(folder, "is not a folder.");
    // Hugging Face's loader prefers the single file too when both are present.
    const auto single = folder / SingleFileName;
    const auto index = folder / IndexFileName;
    if (std::filesystem::exists(single, ec))
        openSingle(single);
    else if (std::filesystem::exists(index, ec))
        openSharded(index);
    else
        refuse(folder, "holds neither " + std::string(SingleFileName) + " nor " + std::string(IndexFileName) + ".");
}

void WeightStore::openSingle(const std::filesystem::path &file)
{
    addFile(SafetensorsFile(file));
}

ShardIndex parseShardIndex(const std::filesystem::path &index, std::string_view text)
{
    Json root;
    try {
        root = Json::parse(text);
    } catch (const nlohmann::json::exception &e) { // parse_error; out_of_range for 1e309
        std::string reason = e.what();
        if (const auto pos = reason.find("] "); reason.starts_with("[json.exception") && pos != std::string::npos)
            reason.erase(0, pos + 2);
        refuse(index, "is not valid JSON (" + reason + ").");
    }
    if (!root.is_object() || !root.contains("weight_map") || !root["weight_map"].is_object())
        refuse(index, "has no \"weight_map\" object mapping tensor names to shard files.");
    const Json &weightMap = root["weight_map"];
    if (weightMap.empty())
        refuse(index, "its weight_map lists no tensors.");

    // Each shard once, in the order the index first names it.
    ShardIndex result;
    std::unordered_set<std::string> seen;
    for (const auto &[tensor, shard] : weightMap.items()) {
        if (!shard.is_string())
            refuse(index,
                   "weight_map gives tensor '" + tensor + "' the value " + shard.dump()
                       + "; it must be a shard file name.");
        const auto name = shard.get<std::string>();
        if (!isPlainFileName(name))
            refuse(index,
                   "weight_map gives tensor '" + tensor + "' the shard '" + name
                       + "'; a shard must be a file name in the model folder.");
        result.weightMap.emplace_back(tensor, name);
        if (seen.insert(name).second)
            result.shards.emplace_back(name, tensor);
    }
    return result;
}

void WeightStore::openSharded(const std::filesystem::path &index)
{
    const ShardIndex parsed = parseShardIndex(index, readIndex(index));
    for (const auto &[name, tensor] : parsed.shards) {
        std::error_code ec;
        if (!std::filesystem::exists(m_folder / name, ec))
            refuse(index,
                   "shard '" + name + "' (listed for tensor '" + tensor + "') is not in " + m_folder.string() + ".");
    }
    for (const auto &shard : parsed.shards)
        addFile(SafetensorsFile(m_folder / shard.first));

    // Every listed tensor is where the index says. Tensors a shard holds beyond the index are kept.
    for (const auto &[tensor, shard] : parsed.weightMap) {
        const auto it = m_where.find(tensor);
        if (it == m_where.end() || m_files[it->second].path().filename() != shard)
            refuse(index, "tensor '" + tensor + "' is listed in shard '" + shard + "', but that shard has no such tensor.");
    }
}

void WeightStore::addFile(SafetensorsFile file)
{
    for (const TensorInfo &t : file.tensors()) {
        const auto [it, added] = m_where.emplace(t.name, m_files.size());
        if (!added)
            refuse(m_folder,
                   "tensor '" + t.name + "' is in both " + m_files[it->second].path().filename().string() + " and "
                       + file.path().filename().string() + ".");
    }
    const auto total = core::checkedAdd(m_totalBytes, file.tensorBytes());
    if (!total)
        refuse(m_folder, "the weights' total size overflows 64-bit arithmetic.");
    m_totalBytes = *total;
    m_files.push_back(std::move(file));
}

std::vector<std::string> WeightStore::tensorNames() const
{
    std::vector<std::string> names;
    names.reserve(m_where.size());
    for (const auto &entry : m_where)
        names.push_back(entry.first);
    return names;
}

const TensorInfo *WeightStore::find(std::string_view name) const
{
    const auto it = m_where.find(name);
    return it == m_where.end() ? nullptr : m_files[it->second].find(name);
}

const TensorInfo &WeightStore::require(std::string_view name, const std::vector<std::int64_t> &shape) const
{
    const TensorInfo *t = find(name);
    if (!t)
        refuse(m_folder, "tensor '" + std::string(name) + "' is missing.");
    if (t->shape != shape)
        refuse(m_folder,
               "tensor '" + std::string(name) + "' has shape " + shapeText(t->shape) + "; expected " + shapeText(shape)
                   + ".");
    return *t;
}

core::Matrix WeightStore::requireMatrix(std::string_view name, const std::vector<std::int64_t> &shape) const
{
    return readMatrix(require(name, shape));
}

} // namespace attnscope::model
