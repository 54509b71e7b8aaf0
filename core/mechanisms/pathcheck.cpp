// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mechanisms/pathcheck.h"

#include "core/mechanisms/compute.h"
#include "core/mechanisms/latent.h"
#include "core/params/validation.h"

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

namespace {

void requireMla(const Config &config)
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
}

LatentResult evaluate(const Config &config, MlaPath path)
{
    const Matrix x = seededInput(config, "X", config.tokens); // [T, d_model]
    return latentAttention(latentWeights(config), latentShape(config), x, path);
}

// weights: n matrices [T, T] against a rank-3 tensor [n, T, T].
double maxAbsDiffWeights(const std::vector<Matrix> &weights, const Tensor &other)
{
    if (std::int64_t(weights.size()) != other.matrixCount())
        throw std::logic_error("mlaPathDifference: the two paths gave different head counts");
    double d = 0.0;
    for (std::size_t h = 0; h < weights.size(); ++h)
        d = std::max(d, maxAbsDiff(weights[h], other.matrix(std::int64_t(h))));
    return d;
}

} // namespace

PathDifference mlaPathDifference(const Config &config)
{
    requireMla(config);
    const LatentResult naive = evaluate(config, MlaPath::Naive);
    const LatentResult absorbed = evaluate(config, MlaPath::Absorbed);
    PathDifference d;
    d.maxAbsOutput = maxAbsDiff(naive.output, absorbed.output);
    d.maxAbsWeights = maxAbsDiffWeights(naive.weights, Tensor::fromStack(absorbed.weights));
    return d;
}

PathDifference mlaPathDifference(const Config &config, const Trace &computed)
{
    requireMla(config);
    const MlaPath other = config.mlaPath == MlaPath::Naive ? MlaPath::Absorbed : MlaPath::Naive;
    const LatentResult result = evaluate(config, other);
    PathDifference d;
    d.maxAbsOutput = maxAbsDiff(result.output, computed.tensor("output").matrix());
    d.maxAbsWeights = maxAbsDiffWeights(result.weights, computed.tensor("weights"));
    return d;
}

PathDifference traceDifference(const Trace &a, const Trace &b)
{
    const Tensor &weights = b.tensor("weights");
    std::vector<Matrix> heads;
    for (std::int64_t h = 0; h < a.tensor("weights").matrixCount(); ++h)
        heads.push_back(a.tensor("weights").matrix(h));
    PathDifference d;
    d.maxAbsOutput = maxAbsDiff(a.tensor("output").matrix(), b.tensor("output").matrix());
    d.maxAbsWeights = maxAbsDiffWeights(heads, weights);
    return d;
}

} // namespace attnscope::core
