// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/footprint/model.h"

namespace attnscope::core {

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
