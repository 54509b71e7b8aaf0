// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/support/dtype.h"
#include "core/trace/tensor.h"

#include <cstdint>
#include <vector>

namespace attnscope::model {

struct TensorInfo;

// A weight matrix kept at the checkpoint's dtype (F32, or F16/BF16 bits) in nn.Linear's own
// layout W [out, in], row-major, so that decoding reads each weight byte once per token at the
// size it has on disk. apply() computes Y = X W^T [T, out] for X [T, in], always accumulating
// in fp32 from exactly widened weights (activations are never rounded to 16 bits):
//   - few rows (decode): one pass over W, each row widened on the fly and dotted with every row
//     of X, parallel over output rows (OpenMP);
//   - many rows (prefill): W widened to fp32 one slice of output rows at a time per thread, and
//     core::gemm on that slice (core/support/gemm.h), the slices in parallel.
// GPT-2's Conv1D weights ([in, out]) are transposed once at load (fromTransposed), at their dtype.
// The tied embedding matrix [vocab, hidden] is one Linear: rows are embedding lookups, apply()
// is the lm_head.
class Linear
{
public:
    Linear() = default;
    // A tensor [out, in] as stored (nn.Linear, embeddings), copied at its dtype.
    [[nodiscard]] static Linear fromTensor(const TensorInfo &t);
    // A tensor [in, out] (GPT-2's Conv1D), transposed to [out, in] at its dtype.
    [[nodiscard]] static Linear fromTransposed(const TensorInfo &t);
    // W [out, in] rounded to `dtype` (round to nearest even): tests and seeded models.
    [[nodiscard]] static Linear fromMatrix(const core::Matrix &w, core::DType dtype);

    [[nodiscard]] std::int64_t outFeatures() const { return m_out; }
    [[nodiscard]] std::int64_t inFeatures() const { return m_in; }
    [[nodiscard]] bool isEmpty() const { return m_out == 0; }
    [[nodiscard]] core::DType dtype() const { return m_dtype; }
    // Bytes of the weight as held (= as stored in the checkpoint).
    [[nodiscard]] std::int64_t bytes() const { return m_out * m_in * core::dtypeBytes(m_dtype); }

    // Output rows [first, first + count) as their own Linear.
    [[nodiscard]] Linear rows(std::int64_t first, std::int64_t count) const;
    // The parts' rows one after the other (q, k and v as one [q | k | v] matrix): one pass and one
    // thread team instead of several. The parts share in_features and dtype.
    [[nodiscard]] static Linear stack(const std::vector<Linear> &parts);
    // Row r widened to fp32 [1, in] (an embedding lookup), written to out.
    void widenRow(std::int64_t r, float *out) const;
    // The whole weight widened, [out, in] (tests, references).
    [[nodiscard]] core::Matrix toMatrix() const;

    // Y = X W^T: X [T, in] -> [T, out]. threads 0: OpenMP's default (every core).
    [[nodiscard]] core::Matrix apply(const core::Matrix &x, int threads = 0) const;
    // The same into y [T, out] (resized if needed).
    void apply(const core::Matrix &x, core::Matrix &y, int threads = 0) const;

    // At most this many rows of X take the matrix-vector path; more take the GEMM path.
    static constexpr std::int64_t kMaxVectorRows = 4;

private:
    void applyRows(const core::Matrix &x, core::Matrix &y, int threads) const;
    void applyGemm(const core::Matrix &x, core::Matrix &y, int threads) const;

    std::int64_t m_out = 0, m_in = 0;
    core::DType m_dtype = core::DType::F32;
    std::vector<float> m_f32;          // F32: out * in
    std::vector<std::uint16_t> m_bits; // F16, BF16: out * in
};

// The row-vector convention's X W (docs/architecture.md), for the callers written that way:
// x * w is w.apply(x) [T, out].
[[nodiscard]] inline core::Matrix operator*(const core::Matrix &x, const Linear &w)
{
    return w.apply(x);
}

} // namespace attnscope::model
