// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/norms.h"

#include <cmath>

namespace attnscope::model {

core::Matrix rmsNormBlocks(const core::Matrix &x, const core::RowVector &w, double eps)
{
    core::Matrix out(x.rows(), x.cols());
    const Eigen::Index d = w.cols();
    for (Eigen::Index t = 0; t < x.rows(); ++t)
        for (Eigen::Index b = 0; b < x.cols() / d; ++b) {
            const auto block = x.row(t).segment(b * d, d);
            const double ms = static_cast<double>(block.squaredNorm()) / static_cast<double>(d);
            out.row(t).segment(b * d, d) = (block * static_cast<float>(1.0 / std::sqrt(ms + eps))).cwiseProduct(w);
        }
    return out;
}

void addBias(core::Matrix &y, const core::RowVector &b)
{
    if (b.size() > 0)
        y.rowwise() += b;
}

} // namespace attnscope::model
