// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/safetensors.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace attnscope::model {

// The weight_map of a model.safetensors.index.json, validated: tensor name -> shard file name in
// the index's order, and each shard once, with the first tensor the index lists for it.
struct ShardIndex
{
    std::vector<std::pair<std::string, std::string>> weightMap; // tensor, shard
    std::vector<std::pair<std::string, std::string>> shards;    // shard, first tensor
};

// Parses the index's text as WeightStore does after reading the file, before it looks for the
// shards: refuses, with a ModelError naming `index`, text that is not JSON, an index without a
// non-empty "weight_map" object, and a shard that is not a string naming a plain file name.
[[nodiscard]] ShardIndex parseShardIndex(const std::filesystem::path &index, std::string_view text);

// The weights of a Hugging Face model folder: `model.safetensors`, or else the shards that
// `model.safetensors.index.json` lists ({"weight_map": {tensor name: shard file name}}), each
// shard opened (memory-mapped) once. The constructor refuses, with a ModelError naming the
// folder or file, a folder without either file, an index that is not such an object, a shard
// name that is not a plain file name, a listed shard that is missing, a tensor the index lists
// that its shard does not hold, and a tensor name found in two shards; and everything
// SafetensorsFile refuses in any shard. Move-only (it owns the mappings).
class WeightStore
{
public:
    static constexpr std::string_view SingleFileName = "model.safetensors";
    static constexpr std::string_view IndexFileName = "model.safetensors.index.json";

    explicit WeightStore(const std::filesystem::path &folder);

    [[nodiscard]] const std::filesystem::path &folder() const { return m_folder; }
    [[nodiscard]] const std::vector<SafetensorsFile> &files() const { return m_files; }
    // Every tensor name, sorted.
    [[nodiscard]] std::vector<std::string> tensorNames() const;
    // nullptr when no file holds the tensor.
    [[nodiscard]] const TensorInfo *find(std::string_view name) const;
    // The tensor, which must exist with exactly this shape; otherwise ModelError:
    // "DIR: tensor 'x' is missing." or "DIR: tensor 'x' has shape [64, 32]; expected [32, 64]."
    [[nodiscard]] const TensorInfo &require(std::string_view name, const std::vector<std::int64_t> &shape) const;
    // require() widened to fp32 (readMatrix's layout).
    [[nodiscard]] core::Matrix requireMatrix(std::string_view name, const std::vector<std::int64_t> &shape) const;
    // The bytes of all weights as stored (F16 and BF16 at 2 bytes), for memory checks.
    [[nodiscard]] std::int64_t totalBytes() const { return m_totalBytes; }

private:
    void openSingle(const std::filesystem::path &file);
    void openSharded(const std::filesystem::path &index);
    void addFile(SafetensorsFile file);

    std::filesystem::path m_folder;
    std::vector<SafetensorsFile> m_files;
    std::map<std::string, std::size_t, std::less<>> m_where; // tensor name -> position in m_files
    std::int64_t m_totalBytes = 0;
};

} // namespace attnscope::model
