// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/parametermodel.h"

namespace attnscope::widgets {

using core::AttentionKind;
using core::Mechanism;

ParameterModel::ParameterModel(QObject *parent) : QObject(parent) {}

bool ParameterModel::applies(Parameter parameter, Mechanism mechanism, AttentionKind attention)
{
    return core::applies(parameter, mechanism, attention);
}

bool ParameterModel::applies(Parameter parameter) const
{
    return applies(parameter, m_values.mechanism, m_values.attention);
}

core::Request ParameterModel::request() const
{
    core::Request r;
    r.mechanism = m_values.mechanism;
    r.seed = m_values.seed;
    for (const core::ParameterInfo &p : core::parameters()) {
        if (applies(p.id))
            p.set(r, p.get(m_values));
    }
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

void ParameterModel::set(Parameter parameter, const core::ParameterValue &value)
{
    core::Request values = m_values;
    if (!core::setValue(values, parameter, value))
        return; // a value of the wrong type
    setValues(values);
}

template<typename T>
void ParameterModel::setOptional(Parameter parameter, const std::optional<T> &value)
{
    set(parameter, value ? core::ParameterValue(*value) : core::ParameterValue());
}

void ParameterModel::setMechanism(Mechanism mechanism)
{
    set(Parameter::Mechanism, mechanism);
}

void ParameterModel::setSeed(std::uint64_t seed)
{
    set(Parameter::Seed, seed);
}

void ParameterModel::setDModel(std::optional<std::int64_t> value)
{
    setOptional(Parameter::DModel, value);
}

void ParameterModel::setHeads(std::optional<std::int64_t> value)
{
    setOptional(Parameter::Heads, value);
}

void ParameterModel::setKvHeads(std::optional<std::int64_t> value)
{
    setOptional(Parameter::KvHeads, value);
}

void ParameterModel::setHeadDim(std::optional<std::int64_t> value)
{
    setOptional(Parameter::HeadDim, value);
}

void ParameterModel::setTokens(std::optional<std::int64_t> value)
{
    setOptional(Parameter::Tokens, value);
}

void ParameterModel::setSourceTokens(std::optional<std::int64_t> value)
{
    setOptional(Parameter::SourceTokens, value);
}

void ParameterModel::setCausal(bool causal)
{
    set(Parameter::Causal, causal);
}

void ParameterModel::setAttention(AttentionKind attention)
{
    set(Parameter::Cross, attention == AttentionKind::Cross);
}

void ParameterModel::setLatentRank(std::optional<std::int64_t> value)
{
    setOptional(Parameter::LatentRank, value);
}

void ParameterModel::setQueryRank(std::optional<std::int64_t> value)
{
    setOptional(Parameter::QueryRank, value);
}

void ParameterModel::setRopeDim(std::optional<std::int64_t> value)
{
    setOptional(Parameter::RopeDim, value);
}

void ParameterModel::setRopeBase(std::optional<double> value)
{
    setOptional(Parameter::RopeBase, value);
}

void ParameterModel::setRopeLayout(std::optional<core::RopeLayout> value)
{
    setOptional(Parameter::RopeLayout, value);
}

void ParameterModel::setMlaPath(std::optional<core::MlaPath> value)
{
    setOptional(Parameter::MlaPath, value);
}

void ParameterModel::setHidden(std::optional<std::int64_t> value)
{
    setOptional(Parameter::Hidden, value);
}

void ParameterModel::setAlignDim(std::optional<std::int64_t> value)
{
    setOptional(Parameter::AlignDim, value);
}

void ParameterModel::setValues(const core::Request &values)
{
    if (m_values == values)
        return;
    m_values = values;
    Q_EMIT changed();
}

} // namespace attnscope::widgets
