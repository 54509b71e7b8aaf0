// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/layerkinds.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace attnscope::io {

namespace {

using core::LayerKind;
using core::LayerSpec;

// Lists longer than this are refused: a config.json describes at most a few hundred layers, and
// the per-layer list is kept in memory.
constexpr qint64 kMaxListedLayers = 1'000'000;

// layer_types entries, as Transformers' configuration classes write them.
std::optional<LayerKind> kindOf(const QString &type)
{
    if (type == QLatin1String("full_attention") || type == QLatin1String("attention"))
        return LayerKind::Full;
    if (type == QLatin1String("sliding_attention") || type == QLatin1String("chunked_attention"))
        return LayerKind::Window;
    // Hybrids: Mamba (Granite 4, Falcon-H1), linear attention (Qwen3-Next), short convolutions (LFM2).
    if (type == QLatin1String("mamba") || type == QLatin1String("linear_attention") || type == QLatin1String("conv"))
        return LayerKind::NoCache;
    return std::nullopt;
}

} // namespace

bool isEncoderOnlyType(const QString &modelType)
{
    static const QStringList types{"bert",    "roberta", "xlm-roberta", "distilbert", "albert",
                                   "electra", "deberta", "deberta-v2",  "modernbert", "camembert"};
    return types.contains(modelType);
}

void readLayerKinds(const Fields &f, const QString &modelType, core::ModelShape &m, QStringList &notes)
{
    if (isEncoderOnlyType(modelType)) {
        m.encoderOnly = true;
        notes << QCoreApplication::translate("ConfigReader", "A %1 model is encoder-only: it keeps no decode cache.").arg(modelType);
        return;
    }
    if (m.crossLayers > 0)
        return; // encoder-decoder models here (T5, BART) attend to the whole context
    const qint64 n = m.layers;
    const auto window = f.size(QStringLiteral("sliding_window"), 1); // null: no window
    const bool windowOff = f.boolean(QStringLiteral("use_sliding_window")) == std::optional<bool>(false);
    const bool hasTypes = f.has(QStringLiteral("layer_types"));
    const bool hasPeriod = f.has(QStringLiteral("attn_layer_period")) || f.has(QStringLiteral("attn_layer_offset"));
    const bool hasShared = f.size(QStringLiteral("num_kv_shared_layers"), 0).value_or(0) > 0;
    if (!hasTypes && !hasPeriod && !hasShared && (!window || windowOff))
        return; // every layer is full attention
    if (n > kMaxListedLayers)
        f.fail(QStringLiteral("num_hidden_layers"),
               QCoreApplication::translate("ConfigReader", "%1 layers of several kinds are more than AttnScope lists (%2).").arg(n).arg(kMaxListedLayers));

    std::vector<LayerSpec> kinds(static_cast<std::size_t>(n));
    if (hasTypes) {
        const QJsonValue types = f.object().value(QStringLiteral("layer_types"));
        if (!types.isArray() || types.toArray().size() != n)
            f.fail(QStringLiteral("layer_types"),
                   QCoreApplication::translate("ConfigReader", "%1 is not a list of one type per layer (%2 layers).").arg(jsonText(types)).arg(n));
        const QJsonArray list = types.toArray();
        for (qint64 i = 0; i < n; ++i) {
            const QJsonValue entry = list.at(i);
            const auto kind = entry.isString() ? kindOf(entry.toString()) : std::nullopt;
            const QString at = QStringLiteral("layer_types[%1]").arg(i);
            if (!kind)
                f.fail(at, QCoreApplication::translate("ConfigReader", "%1 is not a layer type AttnScope knows (full_attention, sliding_attention, "
                                          "chunked_attention, linear_attention, mamba, conv).")
                               .arg(jsonText(entry)));
            LayerSpec &l = kinds[std::size_t(i)];
            l.kind = *kind;
            if (l.kind != LayerKind::Window)
                continue;
            const bool chunked = entry.toString() == QLatin1String("chunked_attention");
            const QString key = chunked ? QStringLiteral("attention_chunk_size") : QStringLiteral("sliding_window");
            const auto w = chunked ? f.size(key, 1) : window;
            if (!w)
                f.fail(key, QCoreApplication::translate("ConfigReader", "missing; %1 is %2, which needs it.").arg(f.name(at), jsonText(entry)));
            l.window = *w;
        }
    } else if (hasPeriod) {
        // Jamba: layer i attends when i % period == offset; the others are Mamba layers.
        const auto period = f.size(QStringLiteral("attn_layer_period"), 1);
        const auto offset = f.size(QStringLiteral("attn_layer_offset"), 0);
        if (!period || !offset)
            f.fail(period ? QStringLiteral("attn_layer_offset") : QStringLiteral("attn_layer_period"),
                   QCoreApplication::translate("ConfigReader", "missing; attn_layer_period and attn_layer_offset go together."));
        if (*offset >= *period)
            f.fail(QStringLiteral("attn_layer_offset"),
                   QCoreApplication::translate("ConfigReader", "%1 must be less than %2 (%3).").arg(*offset).arg(f.name(QStringLiteral("attn_layer_period"))).arg(*period));
        for (qint64 i = 0; i < n; ++i)
            kinds[std::size_t(i)].kind = i % *period == *offset ? LayerKind::Full : LayerKind::NoCache;
    } else if (window && !windowOff) {
        const auto pattern = f.size(QStringLiteral("sliding_window_pattern"), 1);
        const bool qwen = modelType == QLatin1String("qwen2") || modelType == QLatin1String("qwen3")
            || modelType == QLatin1String("qwen2_moe") || modelType == QLatin1String("qwen3_moe");
        if (pattern || modelType == QLatin1String("gemma2")) {
            // Gemma 2 (pattern 2) and Gemma 3 (pattern 6): every pattern-th layer is global.
            const qint64 p = pattern.value_or(2);
            for (qint64 i = 0; i < n; ++i)
                kinds[std::size_t(i)] = (i + 1) % p != 0 ? LayerSpec{LayerKind::Window, *window} : LayerSpec{};
        } else if (qwen) {
            // Qwen2Config: with use_sliding_window, layers from max_window_layers on have the window.
            if (!f.has(QStringLiteral("use_sliding_window")))
                return; // the class default is false
            const qint64 from = f.size(QStringLiteral("max_window_layers"), 0).value_or(n);
            for (qint64 i = from; i < n; ++i)
                kinds[std::size_t(i)] = LayerSpec{LayerKind::Window, *window};
        } else {
            // A window declared for every layer (Mistral v0.1, Phi-3): Transformers applies it;
            // a runtime that does not (or is told not to) caches the whole context.
            for (LayerSpec &l : kinds)
                l = LayerSpec{LayerKind::Window, *window};
            m.alternativeLayerKinds.assign(kinds.size(), LayerSpec{});
            m.alternativeNote = QCoreApplication::translate("ConfigReader", "%1 is %2 for every layer. The figures above honour the window, as "
                                               "Transformers does (the default); a runtime that ignores it "
                                               "caches the whole context, as here.")
                                    .arg(f.name(QStringLiteral("sliding_window")))
                                    .arg(*window)
                                    .toStdString();
            notes << QCoreApplication::translate("ConfigReader", "%1 is %2: every layer keeps at most %2 tokens (the default reading; see the "
                                    "other reading).")
                         .arg(f.name(QStringLiteral("sliding_window")))
                         .arg(*window);
        }
    }
    // Gemma 3n: the last num_kv_shared_layers layers reuse the caches of earlier layers.
    if (const qint64 shared = f.size(QStringLiteral("num_kv_shared_layers"), 0).value_or(0); shared > 0) {
        if (shared >= n)
            f.fail(QStringLiteral("num_kv_shared_layers"),
                   QCoreApplication::translate("ConfigReader", "%1 must be less than the layers (%2): a shared layer reuses an earlier layer's "
                                  "cache.")
                       .arg(shared)
                       .arg(n));
        for (qint64 i = n - shared; i < n; ++i)
            kinds[std::size_t(i)] = LayerSpec{LayerKind::Shared, 0};
        if (!m.alternativeLayerKinds.empty())
            for (qint64 i = n - shared; i < n; ++i)
                m.alternativeLayerKinds[std::size_t(i)] = LayerSpec{LayerKind::Shared, 0};
    }
    const bool allFull =
        std::all_of(kinds.begin(), kinds.end(), [](const LayerSpec &l) { return l.kind == LayerKind::Full; });
    if (!allFull)
        m.layerKinds = std::move(kinds);
}

} // namespace attnscope::io
