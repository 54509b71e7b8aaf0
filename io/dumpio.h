// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/trace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace attnscope::io {

// The dump file: one computation's configuration, steps and every tensor, as documented in
// docs/dump-format.md ("attnscope-dump/1").
inline constexpr char kDumpFormat[] = "attnscope-dump/1";

// The configuration as the dump's "config" object, every parameter by name.
[[nodiscard]] QJsonObject configToJson(const core::Config &config);
// Reads a "config" object back; on failure returns std::nullopt and sets *error to a
// sentence naming the field.
[[nodiscard]] std::optional<core::Config> configFromJson(const QJsonObject &object, QString *error);

// Appends one tensor as {"shape": [...], "data": [...]}, data row-major in the shortest form that
// reads back as the same float32. Throws std::runtime_error on a non-finite value.
void appendTensorJson(QByteArray &out, const core::Tensor &tensor);

// Serialises a computation. Numbers are written in the shortest form that reads back as the
// same float32, so a dump round-trips exactly. Throws std::runtime_error on a non-finite value.
[[nodiscard]] QByteArray dumpToJson(const core::Config &config, const core::Trace &trace);

// Writes dumpToJson() with writeFileAtomically(): on failure returns false, keeps the old file
// and sets *error to a sentence naming the file and the reason.
bool writeDump(const QString &fileName, const core::Config &config, const core::Trace &trace, QString *error);

struct Dump
{
    core::Config config;
    core::Trace trace; // tensors only: steps are not read back
};

// Parses a dump; on failure returns std::nullopt and sets *error to one sentence.
[[nodiscard]] std::optional<Dump> parseDump(const QByteArray &json, QString *error);

} // namespace attnscope::io
