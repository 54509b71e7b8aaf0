// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/trace.h"

#include <stdexcept>
#include <utility>

namespace attnscope::core {

std::string_view stepKindId(StepKind kind)
{
    switch (kind) {
    case StepKind::Input: return "input";
    case StepKind::GruForward: return "gru_forward";
    case StepKind::GruBackward: return "gru_backward";
    case StepKind::Annotations: return "annotations";
    case StepKind::DecoderInit: return "decoder_init";
    case StepKind::DecoderState: return "decoder_state";
    case StepKind::AlignmentScores: return "alignment_scores";
    case StepKind::ProjectQuery: return "project_query";
    case StepKind::ProjectKey: return "project_key";
    case StepKind::ProjectValue: return "project_value";
    case StepKind::DownProjectKv: return "down_project_kv";
    case StepKind::DownProjectQuery: return "down_project_query";
    case StepKind::UpProjectKey: return "up_project_key";
    case StepKind::UpProjectValue: return "up_project_value";
    case StepKind::RopeQuery: return "rope_query";
    case StepKind::RopeKey: return "rope_key";
    case StepKind::AbsorbKey: return "absorb_key";
    case StepKind::Scores: return "scores";
    case StepKind::Mask: return "mask";
    case StepKind::Softmax: return "softmax";
    case StepKind::WeightedSum: return "weighted_sum";
    case StepKind::AbsorbValue: return "absorb_value";
    case StepKind::ConcatHeads: return "concat_heads";
    case StepKind::OutputProjection: return "output_projection";
    }
    return "unknown";
}

void Trace::setTokenLabels(std::vector<std::string> queries, std::vector<std::string> keys)
{
    m_queryLabels = std::move(queries);
    m_keyLabels = std::move(keys);
}

void Trace::setTensor(const std::string &name, Tensor tensor)
{
    auto it = m_tensors.find(name);
    if (it == m_tensors.end()) {
        m_order.push_back(name);
        m_tensors.emplace(name, std::move(tensor));
    } else {
        it->second = std::move(tensor);
    }
}

void Trace::addStep(StepKind kind, const std::string &output, std::vector<std::string> inputs, int head,
                    std::int64_t row)
{
    if (!hasTensor(output))
        throw std::logic_error("Trace::addStep: unknown output tensor " + output);
    for (const auto &in : inputs)
        if (!hasTensor(in))
            throw std::logic_error("Trace::addStep: unknown input tensor " + in);
    m_steps.push_back(Step{kind, head, row, output, std::move(inputs)});
}

void Trace::record(StepKind kind, const std::string &output, Tensor tensor, std::vector<std::string> inputs)
{
    setTensor(output, std::move(tensor));
    addStep(kind, output, std::move(inputs));
}

bool Trace::hasTensor(std::string_view name) const
{
    return m_tensors.find(name) != m_tensors.end();
}

const Tensor &Trace::tensor(std::string_view name) const
{
    auto it = m_tensors.find(name);
    if (it == m_tensors.end())
        throw std::out_of_range("Trace: no tensor named " + std::string(name));
    return it->second;
}

std::int64_t Trace::totalElements() const
{
    std::int64_t n = 0;
    for (const auto &[name, t] : m_tensors)
        n += t.elementCount();
    return n;
}

} // namespace attnscope::core
