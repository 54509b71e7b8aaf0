// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a dump file ("attnscope-dump/1", docs/dump-format.md), as io::parseDump reads it.
#include "io/dumpio.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto dump = attnscope::io::parseDump(json, &error);
    if (!dump && error.isEmpty())
        __builtin_trap();
    return 0;
}
