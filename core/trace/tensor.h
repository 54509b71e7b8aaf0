// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <string>
#include <vector>

namespace attnscope::core {

// The one matrix type of the core: row-major float, row-vector convention Y = X * W
// with W shaped [in, out].
using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RowVector = Eigen::Matrix<float, 1, Eigen::Dynamic, Eigen::RowMajor>;

// A recorded tensor of any rank (1, 2 or 3 here): a shape and its row-major data.
// Rank-3 tensors are stacks of matrices, e.g. attention weights [heads, T_q, T_k].
struct Tensor
{
    std::vector<std::int64_t> shape;
    std::vector<float> data;

    [[nodiscard]] std::int64_t elementCount() const;
    [[nodiscard]] int rank() const { return static_cast<int>(shape.size()); }

    // Matrix i of a rank-3 tensor, or the whole rank-2 tensor for i == 0.
    [[nodiscard]] Matrix matrix(std::int64_t i = 0) const;
    [[nodiscard]] std::int64_t matrixCount() const;

    static Tensor fromMatrix(const Matrix &m);
    static Tensor fromRowVector(const RowVector &v);
    // Stacks equally shaped matrices into [n, rows, cols].
    static Tensor fromStack(const std::vector<Matrix> &stack);

    bool operator==(const Tensor &) const = default;
};

} // namespace attnscope::core
