// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/footprint/model.h"

#include <map>

#include <algorithm>

namespace attnscope::core {

const char *layerKindId(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Full: return "full";
    case LayerKind::Window: return "window";
    case LayerKind::NoCache: return "none";
    case LayerKind::Shared: return "shared";
    case LayerKind::Cross: return "cross";
    }
    return "";
}

LayerSpec ModelShape::layerKind(std::int64_t i) const
{
    if (layerKinds.empty() || i < 0 || i >= std::ssize(layerKinds))
        return {};
    return layerKinds[static_cast<std::size_t>(i)];
}

LayerKindCounts countLayerKinds(const ModelShape &model)
{
    LayerKindCounts c;
    if (model.layerKinds.empty()) {
        c.full = model.layers;
        return c;
    }
    std::map<std::int64_t, std::int64_t> windows;
    for (const LayerSpec &l : model.layerKinds) {
        switch (l.kind) {
        case LayerKind::Full: ++c.full; break;
        case LayerKind::Window: ++windows[l.window]; break;
        case LayerKind::Shared: ++c.shared; break;
        case LayerKind::NoCache: ++c.none; break;
        case LayerKind::Cross: break;
        }
    }
    c.windows.assign(windows.begin(), windows.end());
    return c;
}

std::int64_t ModelShape::layersOfKind(LayerKind kind) const
{
    if (layerKinds.empty())
        return kind == LayerKind::Full ? layers : 0;
    return std::count_if(layerKinds.begin(), layerKinds.end(), [kind](const LayerSpec &l) { return l.kind == kind; });
}

std::int64_t ModelShape::cachingLayers() const
{
    if (encoderOnly)
        return 0;
    return layersOfKind(LayerKind::Full) + layersOfKind(LayerKind::Window);
}

bool ModelShape::isUniform() const
{
    return !encoderOnly && layersOfKind(LayerKind::Full) == layers;
}

ModelShape modelShapeOf(const Config &c, std::int64_t layers)
{
    ModelShape m;
    m.name = std::string(mechanismId(c.mechanism));
    m.source = "command line";
    m.dModel = c.dModel;
    m.layers = layers;
    m.nHeads = c.nHeads;
    m.nKvHeads = c.nKvHeads;
    m.dHead = c.dHead;
    switch (c.mechanism) {
    case Mechanism::Bahdanau:
        m.mechanism = Mechanism::Bahdanau;
        m.layers = 0;
        break;
    case Mechanism::Sdpa: m.mechanism = Mechanism::Mha; break; // one head, one KV head
    case Mechanism::Mha:
    case Mechanism::Gqa:
    case Mechanism::Mqa: m.mechanism = c.mechanism; break;
    case Mechanism::Mla:
        m.mechanism = Mechanism::Mla;
        m.nKvHeads = c.nHeads;
        m.dLatentKv = c.dLatentKv;
        m.dLatentQ = c.dLatentQ;
        m.dRope = c.dRope;
        break;
    }
    return m;
}

std::vector<ValidationError> validateModel(const ModelShape &m, const ModelFieldNames &names)
{
    std::vector<ValidationError> errors;
    auto add = [&](const std::string &field, std::int64_t value, const std::string &rule) {
        errors.push_back({field, std::to_string(value), field + " " + std::to_string(value) + ": " + rule});
    };
    auto atLeast = [&](const std::string &field, std::int64_t value, std::int64_t minimum) {
        if (value < minimum)
            add(field, value, "must be at least " + std::to_string(minimum) + ".");
    };
    atLeast(names.dModel, m.dModel, 1);
    atLeast(names.layers, m.layers, 1);
    atLeast(names.nHeads, m.nHeads, 1);
    atLeast(names.dHead, m.dHead, 1);
    atLeast(names.dValue, m.dValue, 0);
    atLeast(names.crossLayers, m.crossLayers, 0);
    if (!m.layerKinds.empty()) {
        if (std::ssize(m.layerKinds) != m.layers) {
            add(names.layerKinds, std::ssize(m.layerKinds),
                "lists that many layers, but the model has " + std::to_string(m.layers) + "; give one kind per layer.");
        } else {
            bool cacheSoFar = false;
            for (std::size_t i = 0; i < m.layerKinds.size(); ++i) {
                const LayerSpec &l = m.layerKinds[i];
                const std::string at = names.layerKinds + "[" + std::to_string(i) + "]";
                if (l.kind == LayerKind::Window && l.window < 1)
                    add(at, l.window, "a window layer caches at most W tokens, so W must be at least 1.");
                else if (l.kind != LayerKind::Window && l.window != 0)
                    add(at, l.window, "only a window layer has a window; it must be 0.");
                const std::string kind = layerKindId(l.kind);
                if (l.kind == LayerKind::Cross)
                    errors.push_back({at, kind,
                                      at + " " + kind
                                          + ": cross-attention is counted with the cross-attention layers, not as a "
                                            "layer kind."});
                if (l.kind == LayerKind::Shared && !cacheSoFar)
                    errors.push_back({at, kind,
                                      at + " " + kind
                                          + ": a layer that reuses another layer's cache must follow a layer that "
                                            "keeps one."});
                cacheSoFar = cacheSoFar || l.kind == LayerKind::Full || l.kind == LayerKind::Window;
            }
            if (!cacheSoFar && !m.encoderOnly && m.crossLayers == 0)
                add(names.layerKinds, std::ssize(m.layerKinds),
                    "no layer keeps a KV cache; a decoder needs at least one attention layer.");
        }
    }
    switch (m.mechanism) {
    case Mechanism::Mha:
        if (m.nHeads >= 1 && m.nKvHeads != m.nHeads)
            add(names.nKvHeads, m.nKvHeads,
                "multi-head attention has one KV head per query head, so it must equal the heads ("
                    + std::to_string(m.nHeads) + ").");
        break;
    case Mechanism::Mqa:
        if (m.nKvHeads != 1)
            add(names.nKvHeads, m.nKvHeads, "multi-query attention shares one KV head, so it must be 1.");
        break;
    case Mechanism::Gqa:
        atLeast(names.nKvHeads, m.nKvHeads, 1);
        if (m.nKvHeads >= 1 && m.nHeads >= 1 && m.nHeads % m.nKvHeads != 0)
            add(names.nKvHeads, m.nKvHeads,
                "must divide the heads (" + std::to_string(m.nHeads)
                    + ") so that every KV head serves an equal group of query heads.");
        break;
    case Mechanism::Mla:
        atLeast(names.dLatentKv, m.dLatentKv, 1);
        atLeast(names.dLatentQ, m.dLatentQ, 0);
        atLeast(names.dRope, m.dRope, 0);
        break;
    case Mechanism::Bahdanau:
    case Mechanism::Sdpa:
        errors.push_back(
            {"mechanism", std::string(mechanismId(m.mechanism)),
             "mechanism " + std::string(mechanismId(m.mechanism)) + ": a model's attention is mha, gqa, mqa or mla."});
        break;
    }
    return errors;
}

} // namespace attnscope::core
