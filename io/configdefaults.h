// SPDX-License-Identifier: GPL-3.0-or-later
// The values a published config.json leaves to its configuration class's default (internal to
// io/). Each comes from the class of one model_type in Hugging Face Transformers, is listed in
// docs/footprint.md with the file that documents it, and is named in the output when used.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace attnscope::io {

struct ClassDefault
{
    const char *modelType; // "gemma3_text"
    const char *key;       // "num_attention_heads"
    qint64 value;          // used when `derivedFrom` is null
    // Another field of the same object the default equals, or "hidden_size / num_attention_heads":
    // the quotient of two fields. Null: `value`.
    const char *derivedFrom;
    const char *source; // "Gemma3TextConfig (transformers, models/gemma3/configuration_gemma3.py)"
};

// Every default AttnScope applies, in the order of docs/footprint.md's table.
[[nodiscard]] const std::vector<ClassDefault> &classDefaults();

// The object with the fields it leaves out filled from its model_type's defaults (a field given
// as null counts as given). Appends one entry per field filled to *defaulted, e.g.
// "text_config.num_attention_heads = 8 (Gemma3TextConfig (transformers, ...))"; `prefix` spells
// the object's path in the file ("", "text_config.", "config.").
[[nodiscard]] QJsonObject withClassDefaults(const QJsonObject &object, const QString &modelType,
                                            const QString &prefix, QStringList *defaulted);

} // namespace attnscope::io
