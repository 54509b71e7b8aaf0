// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trace/tensor.h"

#include <stdexcept>

namespace attnscope::core {

std::int64_t Tensor::elementCount() const
{
    std::int64_t n = 1;
    for (auto d : shape)
        n *= d;
    return shape.empty() ? 0 : n;
}

std::int64_t Tensor::matrixCount() const
{
    return rank() == 3 ? shape[0] : 1;
}

Matrix Tensor::matrix(std::int64_t i) const
{
    std::int64_t rows = 1;
    std::int64_t cols = 1;
    switch (rank()) {
    case 1: cols = shape[0]; break;
    case 2:
        rows = shape[0];
        cols = shape[1];
        break;
    case 3:
        rows = shape[1];
        cols = shape[2];
        break;
    default: throw std::logic_error("Tensor::matrix: unsupported rank");
    }
    if (i < 0 || i >= matrixCount())
        throw std::out_of_range("Tensor::matrix: index out of range");
    Matrix m(rows, cols);
    const float *src = data.data() + i * rows * cols;
    std::copy(src, src + rows * cols, m.data());
    return m;
}

Tensor Tensor::fromMatrix(const Matrix &m)
{
    Tensor t;
    t.shape = {m.rows(), m.cols()};
    t.data.assign(m.data(), m.data() + m.size());
    return t;
}

Tensor Tensor::fromRowVector(const RowVector &v)
{
    Tensor t;
    t.shape = {v.size()};
    t.data.assign(v.data(), v.data() + v.size());
    return t;
}

Tensor Tensor::fromStack(const std::vector<Matrix> &stack)
{
    Tensor t;
    const std::int64_t rows = stack.empty() ? 0 : stack.front().rows();
    const std::int64_t cols = stack.empty() ? 0 : stack.front().cols();
    t.shape = {static_cast<std::int64_t>(stack.size()), rows, cols};
    t.data.reserve(static_cast<std::size_t>(t.shape[0] * rows * cols));
    for (const auto &m : stack) {
        if (m.rows() != rows || m.cols() != cols)
            throw std::logic_error("Tensor::fromStack: matrices differ in shape");
        t.data.insert(t.data.end(), m.data(), m.data() + m.size());
    }
    return t;
}

} // namespace attnscope::core
