// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a Hugging Face config.json or an AttnScope model preset, as
// `attnscope footprint --config FILE` reads it (io::readModelFile after its size and type checks).
#include "io/modelconfig.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > std::size_t(attnscope::io::kMaxModelFileBytes))
        return -1; // readModelFile refuses these before parsing
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto shape = attnscope::io::parseModelJson(json, QStringLiteral("config.json"), &error);
    // The contract: a shape, or one non-empty sentence.
    if (!shape && error.isEmpty())
        __builtin_trap();
    return 0;
}
