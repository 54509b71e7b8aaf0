// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/model.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace attnscope::io {

// A model preset file: a Hugging Face config.json under "config", plus who says so.
//   {"format": "attnscope-model/1", "id": "llama-2-7b", "name": "Llama 2 7B",
//    "source": "...", "notes": "...", "config": {"hidden_size": 4096, ...}}
inline constexpr char kModelFormat[] = "attnscope-model/1";

// Files larger than this are refused before they are read (a config.json is a few KiB).
inline constexpr qint64 kMaxModelFileBytes = qint64(16) << 20;

// Maps a Hugging Face config.json object to a model shape. Understands the Llama, Mistral,
// Qwen2, Gemma, Falcon, GPT-2, T5 and DeepSeek-V2/V3 (MLA) spellings and the generic fields
// (num_attention_heads, num_key_value_heads, head_dim, hidden_size, num_hidden_layers); a
// multimodal config whose language model is under "text_config" is read from there.
// On failure returns std::nullopt and sets *error to one sentence that names the config.json
// field, its value and the rule (no origin: callers prepend it).
[[nodiscard]] std::optional<core::ModelShape> modelFromHfConfig(const QJsonObject &config, QString *error);

// Parses a raw config.json or an AttnScope preset file (told apart by "format"). Errors are
// one sentence that starts with `origin` (a file path or a preset's resource path).
[[nodiscard]] std::optional<core::ModelShape> parseModelJson(const QByteArray &json, const QString &origin,
                                                             QString *error);

// Reads and parses a file (at most kMaxModelFileBytes). Errors start with the path.
[[nodiscard]] std::optional<core::ModelShape> readModelFile(const QString &path, QString *error);

// The presets compiled into the application (Qt resources ":/attnscope/models/<id>.json").
[[nodiscard]] QStringList presetIds(); // sorted
// Unknown id: "--model 'x': no such preset; see attnscope footprint --list-models."
[[nodiscard]] std::optional<core::ModelShape> presetModel(const QString &id, QString *error);
// Every preset that loads, in presetIds() order (a broken one is skipped with a warning).
[[nodiscard]] std::vector<core::ModelShape> presetModels();

} // namespace attnscope::io
