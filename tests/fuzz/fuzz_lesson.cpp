// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a lesson file (docs/lessons.md), as lessons::readLesson parses it after
// reading the file: every key, every `set:` parameter, `model:` presets, and `at:` and `head:`
// checked against the computation the step sets up.
#include "lessons/lesson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

// Lessons translate their messages and read the compiled-in presets: one application, made once.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray content = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto lesson = attnscope::lessons::parseLesson(content, QStringLiteral("fuzz.lesson"), &error);
    if (!lesson && error.isEmpty())
        __builtin_trap();
    return 0;
}
