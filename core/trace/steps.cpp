// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/steps.h"

namespace attnscope::core {

std::vector<Matrix> splitHeads(const Matrix &m, std::int64_t heads)
{
    const std::int64_t d = m.cols() / heads;
    std::vector<Matrix> out;
    out.reserve(static_cast<std::size_t>(heads));
    for (std::int64_t h = 0; h < heads; ++h)
        out.emplace_back(m.middleCols(h * d, d));
    return out;
}

void recordHeadSteps(Trace &t, std::int64_t heads, const std::vector<std::string> &scoreInputs, bool causal,
                     const std::string &weightedInput, const std::string &weightedOutput)
{
    for (int h = 0; h < static_cast<int>(heads); ++h) {
        // sdpa has no head index; every multi-head mechanism names its head, even with one.
        const int head = weightedOutput == "output" ? -1 : h;
        t.addStep(StepKind::Scores, "scores", scoreInputs, head);
        std::vector<std::string> softmaxInputs{"scores"};
        if (causal) {
            t.addStep(StepKind::Mask, "mask", {"scores"}, head);
            softmaxInputs.emplace_back("mask");
        }
        t.addStep(StepKind::Softmax, "weights", softmaxInputs, head);
        t.addStep(StepKind::WeightedSum, weightedOutput, {"weights", weightedInput}, head);
    }
}

void recordAbsorbedHeadSteps(Trace &t, std::int64_t heads)
{
    for (int h = 0; h < static_cast<int>(heads); ++h) {
        t.addStep(StepKind::AbsorbKey, "q_lat", {"q_C", "W_UK"}, h);
        t.addStep(StepKind::Scores, "scores", {"q_lat", "c_KV", "q_R", "k_R"}, h);
        t.addStep(StepKind::Mask, "mask", {"scores"}, h);
        t.addStep(StepKind::Softmax, "weights", {"scores", "mask"}, h);
        t.addStep(StepKind::WeightedSum, "o_lat", {"weights", "c_KV"}, h);
        t.addStep(StepKind::AbsorbValue, "head_outputs", {"o_lat", "W_UV"}, h);
    }
}

void recordHeadOutputs(Trace &t, const Matrix &headsOut, std::int64_t heads, const Matrix &output)
{
    t.setTensor("head_outputs", Tensor::fromStack(splitHeads(headsOut, heads)));
    t.setTensor("heads_out", headsOut);
    t.setTensor("output", output);
}

void recordConcatAndProjection(Trace &t)
{
    t.addStep(StepKind::ConcatHeads, "heads_out", {"head_outputs"});
    t.addStep(StepKind::OutputProjection, "output", {"heads_out", "W_O"});
}

} // namespace attnscope::core
