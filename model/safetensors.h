// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/dtype.h"
#include "core/trace/tensor.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace attnscope::model {

// Every refusal of model/ is thrown as a ModelError; what() is one sentence that names the file
// (or folder), the value and the rule, ready to show to the user as it is. Nothing in model/
// reports a bad file any other way.
class ModelError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One tensor of a safetensors file, validated. `bytes` points into the file's read-only mapping:
// it stays valid while the SafetensorsFile (or the WeightStore) that owns it lives, moves included.
struct TensorInfo
{
    std::string name;
    core::DType dtype = core::DType::F32;
    std::vector<std::int64_t> shape;  // [] for a scalar
    std::int64_t elementCount = 0;    // product of shape (1 for a scalar)
    std::span<const std::byte> bytes; // elementCount * dtypeBytes(dtype) bytes, little-endian
};

// "[32, 64]", the way every message spells a shape.
[[nodiscard]] std::string shapeText(const std::vector<std::int64_t> &shape);
// "F32", "F16", "BF16": the safetensors spelling of a dtype.
[[nodiscard]] std::string_view safetensorsDtypeName(core::DType t);

// Widens the tensor to fp32 into out, which holds t.elementCount floats (exact for F16 and BF16,
// through core::convertToF32).
void readF32(const TensorInfo &t, float *out);
// The tensor as a row-major matrix: a scalar is [1, 1], a vector [1, n], a matrix [rows, cols],
// and a higher-rank tensor [d0 * ... * d(n-2), d(n-1)].
[[nodiscard]] core::Matrix readMatrix(const TensorInfo &t);

// What a safetensors file holds, validated: the tensors in header order (their bytes point into
// the file's bytes), the __metadata__ strings and the bytes of all tensors together.
struct SafetensorsContents
{
    std::vector<TensorInfo> tensors;
    std::map<std::string, std::string, std::less<>> metadata;
    std::int64_t tensorBytes = 0;
};

// Validates a whole safetensors file held in memory (length, header, data) as SafetensorsFile
// does once it has mapped the file, and throws ModelError naming `path` on the first problem.
// The returned spans point into `file`. The fuzz target and tests call it on bytes directly.
[[nodiscard]] SafetensorsContents parseSafetensors(const std::filesystem::path &path,
                                                   std::span<const std::byte> file);

// A .safetensors file (https://huggingface.co/docs/safetensors), memory-mapped read-only:
//   8 bytes   little-endian unsigned header length N (at most MaxHeaderBytes)
//   N bytes   UTF-8 JSON object: tensor name -> {"dtype", "shape", "data_offsets": [begin, end]},
//             plus an optional "__metadata__" object of strings
//   the data  each tensor at [begin, end) counted from the byte after the header
// The constructor validates the whole header before it returns (see the cases in
// safetensors.cpp) and throws ModelError on the first problem. Only F32, F16 and BF16 tensors are
// accepted. Move-only; the mapping is released in the destructor.
class SafetensorsFile
{
public:
    static constexpr std::int64_t MaxHeaderBytes = 100'000'000; // the reference library's limit

    explicit SafetensorsFile(const std::filesystem::path &path);
    ~SafetensorsFile();
    SafetensorsFile(SafetensorsFile &&other) noexcept;
    SafetensorsFile &operator=(SafetensorsFile &&other) noexcept;
    SafetensorsFile(const SafetensorsFile &) = delete;
    SafetensorsFile &operator=(const SafetensorsFile &) = delete;

    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }
    // Tensor names in the order the header lists them.
    [[nodiscard]] std::vector<std::string> tensorNames() const;
    [[nodiscard]] const std::vector<TensorInfo> &tensors() const { return m_tensors; }
    // nullptr when the file has no tensor of that name.
    [[nodiscard]] const TensorInfo *find(std::string_view name) const;
    [[nodiscard]] const std::map<std::string, std::string, std::less<>> &metadata() const { return m_metadata; }
    // The bytes of all tensors together (no overflow: each lies inside the file).
    [[nodiscard]] std::int64_t tensorBytes() const { return m_tensorBytes; }

private:
    void unmap() noexcept;

    std::filesystem::path m_path;
    void *m_map = nullptr;
    std::size_t m_mapSize = 0;
    std::vector<TensorInfo> m_tensors;                       // header order
    std::map<std::string, std::size_t, std::less<>> m_index; // name -> position in m_tensors
    std::map<std::string, std::string, std::less<>> m_metadata;
    std::int64_t m_tensorBytes = 0;
};

} // namespace attnscope::model
