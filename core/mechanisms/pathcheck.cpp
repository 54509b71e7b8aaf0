// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/pathcheck.h"

#include "core/mechanisms/compute.h"
#include "core/mechanisms/latent.h"
#include "core/mechanisms/validation.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace attnscope::core {

namespace {

double maxAbsDiff(const Matrix &a, const Matrix &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        throw std::logic_error("mlaPathDifference: the two paths gave different shapes");
    if (a.size() == 0)
        return 0.0;
    return double((a - b).cwiseAbs().maxCoeff());
}

} // namespace

PathDifference mlaPathDifference(const Config &config)
{
    if (config.mechanism != Mechanism::Mla)
        throw std::invalid_argument("mlaPathDifference: mechanism '" + std::string(mechanismId(config.mechanism))
                                    + "' is not mla");
    if (const auto errors = validateConfig(config); !errors.empty()) {
        std::string message;
        for (const auto &e : errors)
            message += (message.empty() ? "" : " ") + e.message;
        throw std::invalid_argument(message);
    }
    const Matrix x = seededInput(config, "X", config.tokens); // [T, d_model]
    const LatentWeights w = latentWeights(config);
    const LatentShape shape = latentShape(config);
    const LatentResult naive = latentAttention(w, shape, x, MlaPath::Naive);
    const LatentResult absorbed = latentAttention(w, shape, x, MlaPath::Absorbed);

    PathDifference d;
    d.maxAbsOutput = maxAbsDiff(naive.output, absorbed.output);
    if (naive.weights.size() != absorbed.weights.size())
        throw std::logic_error("mlaPathDifference: the two paths gave different head counts");
    for (std::size_t h = 0; h < naive.weights.size(); ++h)
        d.maxAbsWeights = std::max(d.maxAbsWeights, maxAbsDiff(naive.weights[h], absorbed.weights[h]));
    return d;
}

} // namespace attnscope::core
