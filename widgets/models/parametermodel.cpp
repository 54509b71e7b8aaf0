// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/parametermodel.h"

#include "model/trainedinput.h"

#include <exception>

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
    // A trained model fixes the sizes; the text and the layer belong to trained input only.
    const bool trained = m_values.input == core::InputSource::Trained;
    if (trained ? core::seededOnly(parameter) : parameter == Parameter::Text || parameter == Parameter::Layer)
        return false;
    return applies(parameter, m_values.mechanism, m_values.attention);
}

core::Request ParameterModel::request() const
{
    core::Request r;
    r.mechanism = m_values.mechanism;
    r.seed = m_values.seed;
    // Seeded input passes on the sizes and not the text and the layer; trained input the
    // opposite (the model fixes the sizes). Both are kept for switching back.
    for (const core::ParameterInfo &p : core::parameters()) {
        if (applies(p.id))
            p.set(r, p.get(m_values));
    }
    return r;
}

core::Config ParameterModel::config() const
{
    const core::Request r = request();
    if (!m_resolved || m_resolved->request != r) {
        // A trained request is resolved by its model (tokenizing the text, or translating the
        // date): once per request, not once for every control that asks.
        Resolved resolved{r, core::resolve(r), model::validateInput(r)};
        if (r.input == core::InputSource::Trained && resolved.errors.empty()) {
            try {
                resolved.config = model::resolveInput(r);
            } catch (const std::exception &) {
                // keeps core::resolve's: errors() says why, and nothing is computed
            }
        }
        m_resolved = std::move(resolved);
    }
    return m_resolved->config;
}

std::vector<core::ValidationError> ParameterModel::errors() const
{
    (void)config();
    return m_resolved->errors;
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

void ParameterModel::setInput(core::InputSource input)
{
    set(Parameter::Input, input == core::InputSource::Seeded ? core::ParameterValue() : core::ParameterValue(input));
}

void ParameterModel::setText(std::optional<std::string> value)
{
    setOptional(Parameter::Text, value);
}

void ParameterModel::setLayer(std::optional<std::int64_t> value)
{
    setOptional(Parameter::Layer, value);
}

void ParameterModel::setValues(const core::Request &values)
{
    if (m_values == values)
        return;
    core::Request next = values;
    // The translator reads dates and the language models sentences: moving between them keeps
    // each side's text (unless this change sets the text itself, as a lesson step does).
    const bool wasDates = m_values.mechanism == Mechanism::Bahdanau;
    if (wasDates != (next.mechanism == Mechanism::Bahdanau) && next.text == m_values.text)
        std::swap(next.text, m_otherText);
    m_values = next;
    Q_EMIT changed();
}

} // namespace attnscope::widgets
