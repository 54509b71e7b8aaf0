// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/safetensors.h"

#include "core/support/checkedmath.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstring>
#include <limits>
#include <optional>
#include <system_error>
#include <unordered_set>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attnscope::model {

namespace {

// The header length and the tensors are little-endian; widening reads them in place.
static_assert(std::endian::native == std::endian::little, "safetensors files are little-endian");

using Json = nlohmann::ordered_json; // keeps the header's order of tensors

[[noreturn]] void refuse(const std::filesystem::path &path, const std::string &rest)
{
    throw ModelError(path.string() + ": " + rest);
}

std::string osReason(int error)
{
    return std::generic_category().message(error);
}

// Every dtype the safetensors format defines; only the three with a core::DType are accepted.
constexpr std::array<std::string_view, 20> KnownDtypes = {
    "BOOL", "U8",  "I8",   "F8_E5M2", "F8_E4M3", "F8_E8M0", "F4",  "F6_E2M3", "F6_E3M2", "I16",
    "U16",  "F16", "BF16", "I32",     "U32",     "F32",     "F64", "I64",     "U64",     "C64"};

std::optional<core::DType> supportedDtype(std::string_view name)
{
    for (core::DType t : {core::DType::F32, core::DType::F16, core::DType::Bf16})
        if (safetensorsDtypeName(t) == name)
            return t;
    return std::nullopt;
}

// A JSON integer in [0, 2^63): offsets and dimensions. Floats, negatives and larger values are not.
std::optional<std::int64_t> nonNegativeInt(const Json &v)
{
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
        return std::int64_t(u);
    }
    if (v.is_number_integer()) {
        const auto i = v.get<std::int64_t>();
        return i >= 0 ? std::optional<std::int64_t>(i) : std::nullopt;
    }
    return std::nullopt;
}

// "[2, -1]" for an array, the JSON text otherwise.
std::string jsonListText(const Json &v)
{
    if (!v.is_array())
        return v.dump();
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i)
        s += (i ? ", " : "") + v[i].dump();
    return s + "]";
}

std::string dtypeText(const Json &v)
{
    if (!v.is_string())
        return v.dump();
    // Appended, not "'" + s: GCC 12 warns falsely (-Wrestrict) on const char * + std::string&&.
    std::string s = "'";
    s += v.get_ref<const std::string &>();
    s += '\'';
    return s;
}

} // namespace

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

std::string_view safetensorsDtypeName(core::DType t)
{
    switch (t) {
    case core::DType::F32: return "F32";
    case core::DType::F16: return "F16";
    case core::DType::Bf16: return "BF16";
    }
    return "F32";
}

void readF32(const TensorInfo &t, float *out)
{
    const auto n = static_cast<std::size_t>(t.elementCount);
    if (n == 0)
        return; // an empty tensor: nothing to copy (memcpy from its null data is undefined)
    const std::byte *src = t.bytes.data();
    // Offsets need not be aligned: 16-bit elements at an odd address are copied out first
    // (F32 is read with memcpy, which needs no alignment).
    if (t.dtype != core::DType::F32 && reinterpret_cast<std::uintptr_t>(src) % alignof(std::uint16_t) != 0) {
        std::vector<std::uint16_t> aligned(n);
        std::memcpy(aligned.data(), src, n * sizeof(std::uint16_t));
        core::convertToF32(t.dtype, aligned.data(), out, n);
        return;
    }
    core::convertToF32(t.dtype, src, out, n);
}

core::Matrix readMatrix(const TensorInfo &t)
{
    // [rows, cols]: the last dimension is the columns; the leading ones are stacked as rows.
    // Their product cannot overflow: the whole shape's product was checked when the file opened.
    std::int64_t rows = 1;
    std::int64_t cols = 1;
    if (!t.shape.empty()) {
        cols = t.shape.back();
        for (std::size_t i = 0; i + 1 < t.shape.size(); ++i)
            rows *= t.shape[i];
    }
    core::Matrix m(rows, cols);
    readF32(t, m.data());
    return m;
}

SafetensorsContents parseSafetensors(const std::filesystem::path &path, std::span<const std::byte> file)
{
    const auto fileBytes = std::int64_t(file.size());
    if (fileBytes < 8)
        refuse(path,
               "the file has " + std::to_string(fileBytes)
                   + " bytes; a safetensors file starts with an 8-byte header length.");
    std::uint64_t headerBytes = 0;
    std::memcpy(&headerBytes, file.data(), sizeof headerBytes);
    const std::int64_t afterLength = fileBytes - 8;
    // The limit first: a length beyond it is not worth comparing with the file.
    if (headerBytes > std::uint64_t(SafetensorsFile::MaxHeaderBytes))
        refuse(path,
               "the header length " + std::to_string(headerBytes) + " is over the limit of "
                   + std::to_string(SafetensorsFile::MaxHeaderBytes)
                   + " bytes (100 MB); the file is not a safetensors file or is damaged.");
    if (headerBytes > std::uint64_t(afterLength))
        refuse(path,
               "the header says " + std::to_string(headerBytes) + " bytes but the file has "
                   + std::to_string(afterLength) + " after its length field.");
    const std::string_view header(reinterpret_cast<const char *>(file.data()) + 8, std::size_t(headerBytes));
    const std::int64_t dataBytes = afterLength - std::int64_t(headerBytes);
    const std::byte *data = file.data() + 8 + headerBytes;
    SafetensorsContents contents;

    // The parser keeps the last of two equal keys; a tensor named twice is refused instead.
    std::unordered_set<std::string> seen;
    const Json::parser_callback_t noDuplicates = [&](int depth, Json::parse_event_t event, Json &parsed) {
        if (depth == 1 && event == Json::parse_event_t::key) {
            const auto &key = parsed.get_ref<const std::string &>();
            if (!seen.insert(key).second)
                refuse(path, "the header names tensor '" + key + "' twice.");
        }
        return true;
    };
    Json root;
    try {
        root = Json::parse(header.begin(), header.end(), noDuplicates);
    } catch (const nlohmann::json::exception &e) {
        // parse_error, and out_of_range for a number beyond a double (1e309).
        std::string reason = e.what();
        if (const auto pos = reason.find("] "); reason.starts_with("[json.exception") && pos != std::string::npos)
            reason.erase(0, pos + 2);
        refuse(path, "the header is not valid JSON (" + reason + ").");
    }
    if (!root.is_object())
        refuse(path,
               std::string("the header is a JSON ") + root.type_name()
                   + "; it must be an object mapping tensor names to their entries.");

    for (const auto &[name, entry] : root.items()) {
        if (name == "__metadata__") {
            if (!entry.is_object())
                refuse(path,
                       std::string("__metadata__ is a JSON ") + entry.type_name()
                           + "; it must be an object of strings.");
            for (const auto &[key, value] : entry.items()) {
                if (!value.is_string())
                    refuse(path,
                           "__metadata__ must be an object of strings; key '" + key + "' holds " + value.dump() + ".");
                contents.metadata.emplace(key, value.get<std::string>());
            }
            continue;
        }
        const std::string tensor = "tensor '" + name + "'";
        if (!entry.is_object())
            refuse(path,
                   "the entry of " + tensor + " is a JSON " + entry.type_name()
                       + "; it must be an object with dtype, shape and data_offsets.");
        for (const char *field : {"dtype", "shape", "data_offsets"})
            if (!entry.contains(field))
                refuse(path, tensor + " has no " + field + ".");

        // dtype: one of the format's names, and one of the three AttnScope computes with.
        const Json &dtypeJson = entry["dtype"];
        const std::string dtypeName = dtypeJson.is_string() ? dtypeJson.get<std::string>() : std::string();
        const std::optional<core::DType> dtype = supportedDtype(dtypeName);
        if (!dtype) {
            const bool known = dtypeJson.is_string()
                && std::find(KnownDtypes.begin(), KnownDtypes.end(), dtypeName) != KnownDtypes.end();
            if (known)
                refuse(path,
                       tensor + " has dtype " + dtypeName
                           + "; only F32, F16 and BF16 weights are supported (not quantized, integer, boolean or F64 "
                             "tensors).");
            refuse(path,
                   tensor + " has unknown dtype " + dtypeText(dtypeJson)
                       + "; only F32, F16 and BF16 weights are supported.");
        }

        // shape: non-negative integers whose product, times the element size, fits 64 bits.
        const Json &shapeJson = entry["shape"];
        const std::string shapeRule =
            tensor + " has shape " + jsonListText(shapeJson) + "; every dimension must be a non-negative integer.";
        if (!shapeJson.is_array())
            refuse(path, shapeRule);
        TensorInfo info;
        info.name = name;
        info.dtype = *dtype;
        std::optional<std::int64_t> elements = 1;
        for (const Json &d : shapeJson) {
            const auto dim = nonNegativeInt(d);
            if (!dim) {
                if (d.is_number_unsigned()) // a dimension of 2^63 or more
                    elements = std::nullopt;
                else
                    refuse(path, shapeRule);
            } else {
                info.shape.push_back(*dim);
                if (elements)
                    elements = core::checkedMul(*elements, *dim);
            }
        }
        const auto needed = elements ? core::checkedMul(*elements, core::dtypeBytes(*dtype)) : std::nullopt;
        if (!needed)
            refuse(path,
                   tensor + " has shape " + jsonListText(shapeJson) + ", whose size overflows 64-bit arithmetic.");
        info.elementCount = *elements;

        // data_offsets: [begin, end) inside the data, exactly as long as the shape says.
        const Json &offsets = entry["data_offsets"];
        std::optional<std::int64_t> begin, end;
        if (offsets.is_array() && offsets.size() == 2) {
            begin = nonNegativeInt(offsets[0]);
            end = nonNegativeInt(offsets[1]);
        }
        if (!begin || !end || *begin > *end)
            refuse(path,
                   tensor + " has data_offsets " + jsonListText(offsets)
                       + "; they must be two integers [begin, end] with 0 <= begin <= end.");
        if (*end > dataBytes)
            refuse(path,
                   tensor + " has data_offsets " + jsonListText(offsets) + ", but the data after the header has "
                       + std::to_string(dataBytes) + " bytes.");
        if (*end - *begin != *needed)
            refuse(path,
                   tensor + " has data_offsets " + jsonListText(offsets) + " (" + std::to_string(*end - *begin)
                       + " bytes), but shape " + shapeText(info.shape) + " of " + dtypeName + " needs "
                       + std::to_string(*needed) + " bytes.");
        info.bytes = std::span<const std::byte>(data + *begin, std::size_t(*needed));
        contents.tensorBytes += *needed; // cannot overflow: the tensors do not overlap inside the file
        contents.tensors.push_back(std::move(info));
    }

    // No two tensors share a byte (empty tensors share none). Sorted by begin, an overlap shows
    // as a tensor starting before the furthest end seen so far.
    std::vector<const TensorInfo *> order;
    for (const TensorInfo &t : contents.tensors)
        if (!t.bytes.empty())
            order.push_back(&t);
    std::sort(order.begin(), order.end(),
              [](const TensorInfo *a, const TensorInfo *b) { return a->bytes.data() < b->bytes.data(); });
    const TensorInfo *furthest = nullptr;
    const auto range = [data](const TensorInfo *t) {
        const auto b = t->bytes.data() - data;
        return shapeText({b, b + std::int64_t(t->bytes.size())}); // "[begin, end]"
    };
    for (const TensorInfo *t : order) {
        if (furthest && t->bytes.data() < furthest->bytes.data() + furthest->bytes.size())
            refuse(path,
                   "tensors '" + furthest->name + "' and '" + t->name + "' overlap: data_offsets " + range(furthest)
                       + " and " + range(t) + ".");
        if (!furthest || t->bytes.data() + t->bytes.size() > furthest->bytes.data() + furthest->bytes.size())
            furthest = t;
    }
    return contents;
}

SafetensorsFile::SafetensorsFile(const std::filesystem::path &path) : m_path(path)
{
    // O_NONBLOCK: opening a pipe must not wait for a writer (fstat below refuses it).
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        refuse(path, "cannot open it: " + osReason(errno) + ".");
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        refuse(path, "cannot read its size: " + osReason(error) + ".");
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        refuse(path, "is not a regular file.");
    }
    const std::int64_t fileBytes = st.st_size;
    if (fileBytes < 8) {
        ::close(fd);
        refuse(path,
               "the file has " + std::to_string(fileBytes)
                   + " bytes; a safetensors file starts with an 8-byte header length.");
    }
    if (std::uint64_t(fileBytes) > std::numeric_limits<std::size_t>::max()) {
        ::close(fd);
        refuse(path, "the file has " + std::to_string(fileBytes) + " bytes, more than this system can map.");
    }
    void *map = ::mmap(nullptr, std::size_t(fileBytes), PROT_READ, MAP_PRIVATE, fd, 0);
    const int mapError = errno;
    ::close(fd); // the mapping keeps the file open
    if (map == MAP_FAILED)
        refuse(path, "cannot map it into memory: " + osReason(mapError) + ".");
    m_map = map;
    m_mapSize = std::size_t(fileBytes);

    try {
        SafetensorsContents contents =
            parseSafetensors(path, std::span(static_cast<const std::byte *>(m_map), m_mapSize));
        m_tensors = std::move(contents.tensors);
        m_metadata = std::move(contents.metadata);
        m_tensorBytes = contents.tensorBytes;
        for (std::size_t i = 0; i < m_tensors.size(); ++i)
            m_index.emplace(m_tensors[i].name, i);
    } catch (...) {
        unmap();
        throw;
    }
}

SafetensorsFile::~SafetensorsFile()
{
    unmap();
}

SafetensorsFile::SafetensorsFile(SafetensorsFile &&other) noexcept
    : m_path(std::move(other.m_path)),
      m_map(std::exchange(other.m_map, nullptr)),
      m_mapSize(std::exchange(other.m_mapSize, 0)),
      m_tensors(std::move(other.m_tensors)),
      m_index(std::move(other.m_index)),
      m_metadata(std::move(other.m_metadata)),
      m_tensorBytes(std::exchange(other.m_tensorBytes, 0))
{}

SafetensorsFile &SafetensorsFile::operator=(SafetensorsFile &&other) noexcept
{
    if (this != &other) {
        unmap();
        m_path = std::move(other.m_path);
        m_map = std::exchange(other.m_map, nullptr);
        m_mapSize = std::exchange(other.m_mapSize, 0);
        m_tensors = std::move(other.m_tensors);
        m_index = std::move(other.m_index);
        m_metadata = std::move(other.m_metadata);
        m_tensorBytes = std::exchange(other.m_tensorBytes, 0);
    }
    return *this;
}

void SafetensorsFile::unmap() noexcept
{
    if (m_map)
        ::munmap(m_map, m_mapSize);
    m_map = nullptr;
    m_mapSize = 0;
}

std::vector<std::string> SafetensorsFile::tensorNames() const
{
    std::vector<std::string> names;
    names.reserve(m_tensors.size());
    for (const TensorInfo &t : m_tensors)
        names.push_back(t.name);
    return names;
}

const TensorInfo *SafetensorsFile::find(std::string_view name) const
{
    const auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_tensors[it->second];
}

} // namespace attnscope::model
