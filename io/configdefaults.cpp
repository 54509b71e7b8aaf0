// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/configdefaults.h"

namespace attnscope::io {

namespace {

constexpr char kGemma3[] = "Gemma3TextConfig (transformers, models/gemma3/configuration_gemma3.py)";
constexpr char kMiniCpm3[] = "MiniCPM3Config (transformers, models/minicpm3/configuration_minicpm3.py)";
constexpr char kJamba[] = "JambaConfig (transformers, models/jamba/configuration_jamba.py)";
constexpr char kLlama[] = "LlamaConfig (transformers, models/llama/configuration_llama.py)";
constexpr char kMistral[] = "MistralConfig (transformers, models/mistral/configuration_mistral.py)";
constexpr char kQwen2[] = "Qwen2Config (transformers, models/qwen2/configuration_qwen2.py)";
constexpr char kQwen3[] = "Qwen3Config (transformers, models/qwen3/configuration_qwen3.py)";

// A whole number field of the object, or -1.
qint64 whole(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    if (d < 1 || d > double(qint64(1) << 53) || d != double(qint64(d)))
        return -1;
    return qint64(d);
}

} // namespace

const std::vector<ClassDefault> &classDefaults()
{
    static const std::vector<ClassDefault> table{
        // Gemma 3's published text_config gives neither the heads nor the head width.
        {"gemma3_text", "num_attention_heads", 8, nullptr, kGemma3},
        {"gemma3_text", "num_key_value_heads", 4, nullptr, kGemma3},
        {"gemma3_text", "head_dim", 256, nullptr, kGemma3},
        {"gemma3_text", "sliding_window", 4096, nullptr, kGemma3},
        {"gemma3_text", "sliding_window_pattern", 6, nullptr, kGemma3},
        // MiniCPM3-4B gives no v_head_dim.
        {"minicpm3", "v_head_dim", 0, "hidden_size / num_attention_heads", kMiniCpm3},
        {"jamba", "attn_layer_period", 8, nullptr, kJamba},
        {"jamba", "attn_layer_offset", 4, nullptr, kJamba},
        {"jamba", "num_key_value_heads", 8, nullptr, kJamba},
        // LlamaConfig: "If it is not specified, will default to num_attention_heads".
        {"llama", "num_key_value_heads", 0, "num_attention_heads", kLlama},
        // MistralConfig's arguments when the key is absent (a null means the heads / no window),
        // as model/architecture.cpp reads them.
        {"mistral", "num_key_value_heads", 8, nullptr, kMistral},
        {"mistral", "sliding_window", 4096, nullptr, kMistral},
        {"qwen2", "max_window_layers", 28, nullptr, kQwen2},
        // As model/architecture.cpp reads them (model/README.md), so both readings agree.
        {"qwen3", "head_dim", 128, nullptr, kQwen3},
        {"qwen3", "max_window_layers", 28, nullptr, kQwen3},
        {"jamba", "expert_layer_period", 2, nullptr, kJamba},
        {"jamba", "expert_layer_offset", 1, nullptr, kJamba},
        {"gemma3_text", "vocab_size", 262208, nullptr, kGemma3},
    };
    return table;
}

QJsonObject withClassDefaults(const QJsonObject &object, const QString &modelType, const QString &prefix,
                              QStringList *defaulted)
{
    QJsonObject o = object;
    for (const ClassDefault &d : classDefaults()) {
        const QString key = QLatin1String(d.key);
        if (modelType != QLatin1String(d.modelType) || o.contains(key))
            continue;
        qint64 value = d.value;
        QString how;
        if (d.derivedFrom) {
            const QStringList parts = QString::fromLatin1(d.derivedFrom).split(QStringLiteral(" / "));
            const qint64 a = whole(o, parts.value(0));
            const qint64 b = parts.size() == 2 ? whole(o, parts.value(1)) : 1;
            if (a < 1 || b < 1 || a % b != 0)
                continue; // left missing: the reader names it
            value = a / b;
            how = QString::fromLatin1(d.derivedFrom) + QStringLiteral(" = ");
        }
        o.insert(key, double(value));
        if (defaulted)
            *defaulted << QStringLiteral("%1%2 = %3%4 (%5)")
                              .arg(prefix, key, how)
                              .arg(value)
                              .arg(QString::fromLatin1(d.source));
    }
    return o;
}

} // namespace attnscope::io
