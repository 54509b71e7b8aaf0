// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/parametermodel.h"

namespace attnscope::widgets {

using core::AttentionKind;
using core::Mechanism;

ParameterModel::ParameterModel(QObject *parent) : QObject(parent) {}

bool ParameterModel::applies(Parameter parameter, Mechanism mechanism, AttentionKind attention)
{
    const bool bahdanau = mechanism == Mechanism::Bahdanau;
    const bool mla = mechanism == Mechanism::Mla;
    const bool multiHead = mechanism == Mechanism::Mha || mechanism == Mechanism::Gqa || mechanism == Mechanism::Mqa;
    // Cross attention exists for sdpa and the grouped family only.
    const bool cross = attention == AttentionKind::Cross && (multiHead || mechanism == Mechanism::Sdpa);
    switch (parameter) {
    case Parameter::DModel:
    case Parameter::Tokens: return true;
    case Parameter::Heads: return multiHead || mla;
    case Parameter::KvHeads:
        // MHA (n_kv = n_h) and MQA (n_kv = 1) fix it; MLA caches a latent instead.
        return mechanism == Mechanism::Gqa;
    case Parameter::HeadDim: return !bahdanau;
    case Parameter::SourceTokens: return bahdanau || cross;
    case Parameter::Causal:
        // MLA is always causal (resolve() forces it); a mask applies to self-attention only.
        return (multiHead || mechanism == Mechanism::Sdpa) && !cross;
    case Parameter::Cross: return multiHead || mechanism == Mechanism::Sdpa;
    case Parameter::LatentRank:
    case Parameter::QueryRank:
    case Parameter::RopeDim:
    case Parameter::RopeBase:
    case Parameter::RopeLayout:
    case Parameter::MlaPath: return mla;
    case Parameter::Hidden:
    case Parameter::AlignDim: return bahdanau;
    }
    return false;
}

bool ParameterModel::applies(Parameter parameter) const
{
    return applies(parameter, m_values.mechanism, m_values.attention);
}

core::Request ParameterModel::request() const
{
    const core::Request &v = m_values;
    core::Request r;
    r.mechanism = v.mechanism;
    r.seed = v.seed;
    auto take = [this](Parameter p, auto &to, const auto &from) {
        if (applies(p))
            to = from;
    };
    take(Parameter::DModel, r.dModel, v.dModel);
    take(Parameter::Heads, r.nHeads, v.nHeads);
    take(Parameter::KvHeads, r.nKvHeads, v.nKvHeads);
    take(Parameter::HeadDim, r.dHead, v.dHead);
    take(Parameter::Tokens, r.tokens, v.tokens);
    take(Parameter::Cross, r.attention, v.attention);
    take(Parameter::SourceTokens, r.sourceTokens, v.sourceTokens);
    take(Parameter::Causal, r.causal, v.causal);
    take(Parameter::LatentRank, r.dLatentKv, v.dLatentKv);
    take(Parameter::QueryRank, r.dLatentQ, v.dLatentQ);
    take(Parameter::RopeDim, r.dRope, v.dRope);
    take(Parameter::RopeBase, r.ropeBase, v.ropeBase);
    take(Parameter::RopeLayout, r.ropeLayout, v.ropeLayout);
    take(Parameter::MlaPath, r.mlaPath, v.mlaPath);
    take(Parameter::Hidden, r.hidden, v.hidden);
    take(Parameter::AlignDim, r.alignDim, v.alignDim);
    return r;
}

core::Config ParameterModel::config() const
{
    return core::resolve(request());
}

std::vector<core::ValidationError> ParameterModel::errors() const
{
    return core::validate(request());
}

QStringList ParameterModel::errorMessages() const
{
    QStringList messages;
    for (const auto &e : errors())
        messages << QString::fromStdString(e.message);
    return messages;
}

template<typename T>
void ParameterModel::assign(T &field, const T &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT changed();
}

void ParameterModel::setMechanism(Mechanism mechanism)
{
    assign(m_values.mechanism, mechanism);
}

void ParameterModel::setSeed(std::uint64_t seed)
{
    assign(m_values.seed, seed);
}

void ParameterModel::setDModel(std::optional<std::int64_t> value)
{
    assign(m_values.dModel, value);
}

void ParameterModel::setHeads(std::optional<std::int64_t> value)
{
    assign(m_values.nHeads, value);
}

void ParameterModel::setKvHeads(std::optional<std::int64_t> value)
{
    assign(m_values.nKvHeads, value);
}

void ParameterModel::setHeadDim(std::optional<std::int64_t> value)
{
    assign(m_values.dHead, value);
}

void ParameterModel::setTokens(std::optional<std::int64_t> value)
{
    assign(m_values.tokens, value);
}

void ParameterModel::setSourceTokens(std::optional<std::int64_t> value)
{
    assign(m_values.sourceTokens, value);
}

void ParameterModel::setCausal(bool causal)
{
    assign(m_values.causal, causal);
}

void ParameterModel::setAttention(AttentionKind attention)
{
    assign(m_values.attention, attention);
}

void ParameterModel::setLatentRank(std::optional<std::int64_t> value)
{
    assign(m_values.dLatentKv, value);
}

void ParameterModel::setQueryRank(std::optional<std::int64_t> value)
{
    assign(m_values.dLatentQ, value);
}

void ParameterModel::setRopeDim(std::optional<std::int64_t> value)
{
    assign(m_values.dRope, value);
}

void ParameterModel::setRopeBase(std::optional<double> value)
{
    assign(m_values.ropeBase, value);
}

void ParameterModel::setRopeLayout(std::optional<core::RopeLayout> value)
{
    assign(m_values.ropeLayout, value);
}

void ParameterModel::setMlaPath(std::optional<core::MlaPath> value)
{
    assign(m_values.mlaPath, value);
}

void ParameterModel::setHidden(std::optional<std::int64_t> value)
{
    assign(m_values.hidden, value);
}

void ParameterModel::setAlignDim(std::optional<std::int64_t> value)
{
    assign(m_values.alignDim, value);
}

void ParameterModel::setValues(const core::Request &values)
{
    const core::Request &o = m_values;
    const bool same = o.mechanism == values.mechanism && o.dModel == values.dModel && o.nHeads == values.nHeads
        && o.nKvHeads == values.nKvHeads && o.dHead == values.dHead && o.tokens == values.tokens
        && o.sourceTokens == values.sourceTokens && o.causal == values.causal && o.attention == values.attention
        && o.seed == values.seed && o.dLatentKv == values.dLatentKv && o.dLatentQ == values.dLatentQ
        && o.dRope == values.dRope && o.ropeBase == values.ropeBase && o.ropeLayout == values.ropeLayout
        && o.mlaPath == values.mlaPath && o.hidden == values.hidden && o.alignDim == values.alignDim;
    if (same)
        return;
    m_values = values;
    Q_EMIT changed();
}

} // namespace attnscope::widgets
