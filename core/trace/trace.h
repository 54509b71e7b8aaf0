// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace attnscope::core {

// What one step of a computation does. The core emits these values, never sentences:
// the widgets layer maps each to translated text.
enum class StepKind {
    Input,            // an input sequence (token embeddings) enters
    GruForward,       // Bahdanau: forward encoder GRU over the source
    GruBackward,      // Bahdanau: backward encoder GRU over the source
    Annotations,      // Bahdanau: h_j = [h_fwd_j ; h_bwd_j]
    DecoderInit,      // Bahdanau: s_0 = tanh(h_bwd_1 W_s)
    DecoderState,     // Bahdanau: decoder GRU step s_i = f(s_{i-1}, y_{i-1}, c_i)
    AlignmentScores,  // Bahdanau: e_ij = v_a . tanh(s_{i-1} W_a + h_j U_a)
    ProjectQuery,     // Q = X W_Q (or q_C = c_Q W_UQ)
    ProjectKey,       // K = X W_K
    ProjectValue,     // V = X W_V
    DownProjectKv,    // MLA: c_KV = X W_DKV
    DownProjectQuery, // MLA: c_Q = X W_DQ
    UpProjectKey,     // MLA naive: k_C = c_KV W_UK
    UpProjectValue,   // MLA naive: v_C = c_KV W_UV
    RopeQuery,        // MLA: q_R = RoPE(c_Q W_QR)
    RopeKey,          // MLA: k_R = RoPE(X W_KR), shared by all heads
    AbsorbKey,        // MLA absorbed: q_lat_i = q_C,i W_UK,i^T
    Scores,           // scaled scores Q K^T / sqrt(d) (per head where head >= 0)
    Mask,             // causal mask applied to the scores
    Softmax,          // row-wise softmax -> attention weights
    WeightedSum,      // weights times values (context vectors)
    AbsorbValue,      // MLA absorbed: o_i = o_lat_i W_UV,i after the weighted sum
    ConcatHeads,      // per-head outputs side by side: [T, H * d_h]
    OutputProjection, // output = heads_out W_O
};

// Stable, lower-case identifier of a step kind (JSON, logs, tests). Never translated.
[[nodiscard]] std::string_view stepKindId(StepKind kind);

// One recorded step: what it did, for which head (-1 = all / not per head), the tensor it
// produced and the tensors it read.
struct Step
{
    StepKind kind = StepKind::Input;
    int head = -1;
    // Row of `output` this step fills, for steps that work one position at a time (the
    // Bahdanau decoder); -1 when the step produces the whole tensor (or head slice).
    std::int64_t row = -1;
    std::string output;
    std::vector<std::string> inputs;
};

// The recorded, animatable history of one computation: named tensors in the order they
// were produced, and the ordered steps that produced them.
class Trace
{
public:
    // Adds (or replaces) a named tensor; names keep their first insertion order.
    void setTensor(const std::string &name, Tensor tensor);
    void setTensor(const std::string &name, const Matrix &m) { setTensor(name, Tensor::fromMatrix(m)); }

    // Records a step. Every name in output and inputs must already be a tensor.
    void addStep(StepKind kind, const std::string &output, std::vector<std::string> inputs, int head = -1,
                 std::int64_t row = -1);

    // Records a tensor and the step that produced it, in one call.
    void record(StepKind kind, const std::string &output, Tensor tensor, std::vector<std::string> inputs);
    void record(StepKind kind, const std::string &output, const Matrix &m, std::vector<std::string> inputs)
    {
        record(kind, output, Tensor::fromMatrix(m), std::move(inputs));
    }

    [[nodiscard]] bool hasTensor(std::string_view name) const;
    // Throws std::out_of_range naming the tensor when absent.
    [[nodiscard]] const Tensor &tensor(std::string_view name) const;
    [[nodiscard]] const std::vector<std::string> &tensorNames() const { return m_order; }
    [[nodiscard]] const std::vector<Step> &steps() const { return m_steps; }
    [[nodiscard]] std::int64_t totalElements() const;

    // The text of each position when the computation ran on real tokens (a model's tokens,
    // a date's words): queries (and targets) first, then keys of cross attention and sources
    // (empty: the same as the queries). Empty when the inputs are seeded: views number the
    // positions (t0, t1, ...) instead.
    void setTokenLabels(std::vector<std::string> queries, std::vector<std::string> keys = {});
    [[nodiscard]] const std::vector<std::string> &queryLabels() const { return m_queryLabels; }
    [[nodiscard]] const std::vector<std::string> &keyLabels() const
    {
        return m_keyLabels.empty() ? m_queryLabels : m_keyLabels;
    }

private:
    std::map<std::string, Tensor, std::less<>> m_tensors;
    std::vector<std::string> m_order;
    std::vector<Step> m_steps;
    std::vector<std::string> m_queryLabels, m_keyLabels;
};

} // namespace attnscope::core
