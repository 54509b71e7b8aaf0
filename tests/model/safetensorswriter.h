// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes .safetensors files by hand for the model tests: the 8-byte little-endian header length,
// the header JSON exactly as given (so tests can write broken ones), then the data.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

#include <bit>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <vector>

namespace attnscope::model::test {

inline QByteArray safetensorsBytes(const QByteArray &header, const QByteArray &data = {})
{
    QByteArray out(8, '\0');
    const auto n = std::uint64_t(header.size());
    for (int i = 0; i < 8; ++i)
        out[i] = char((n >> (8 * i)) & 0xff);
    return out + header + data;
}

// A tensor for the header: its bytes follow the previous tensor's.
struct Entry
{
    std::string name;
    std::string dtype;
    std::vector<std::int64_t> shape;
    QByteArray data;
};

// {"__metadata__": ..., "name": {"dtype": ..., "shape": [...], "data_offsets": [b, e]}, ...}
inline QByteArray safetensorsBytes(const std::vector<Entry> &entries, const QByteArray &metadataJson = {})
{
    QByteArray header = "{";
    if (!metadataJson.isEmpty())
        header += "\"__metadata__\": " + metadataJson;
    QByteArray data;
    for (const Entry &e : entries) {
        if (header.size() > 1)
            header += ", ";
        QByteArray shape = "[";
        for (std::size_t i = 0; i < e.shape.size(); ++i)
            shape += (i ? ", " : "") + QByteArray::number(qint64(e.shape[i]));
        shape += "]";
        header += "\"" + QByteArray::fromStdString(e.name) + "\": {\"dtype\": \"" + QByteArray::fromStdString(e.dtype)
            + "\", \"shape\": " + shape + ", \"data_offsets\": [" + QByteArray::number(data.size()) + ", "
            + QByteArray::number(data.size() + e.data.size()) + "]}";
        data += e.data;
    }
    return safetensorsBytes(header + "}", data);
}

inline QByteArray f32Bytes(std::initializer_list<float> values)
{
    QByteArray out;
    for (float v : values) {
        const auto bits = std::bit_cast<std::uint32_t>(v);
        for (int i = 0; i < 4; ++i)
            out += char((bits >> (8 * i)) & 0xff);
    }
    return out;
}

// Raw 16-bit patterns (F16 or BF16), little-endian.
inline QByteArray u16Bytes(std::initializer_list<std::uint16_t> values)
{
    QByteArray out;
    for (std::uint16_t v : values) {
        out += char(v & 0xff);
        out += char(v >> 8);
    }
    return out;
}

inline std::filesystem::path writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return std::filesystem::path(path.toStdString());
}

// Equal bit for bit (QCOMPARE on floats is fuzzy).
inline bool sameBits(float a, float b)
{
    return std::bit_cast<std::uint32_t>(a) == std::bit_cast<std::uint32_t>(b);
}

} // namespace attnscope::model::test
