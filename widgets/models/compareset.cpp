// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/compareset.h"

#include "core/footprint/kvcache.h"
#include "core/mechanisms/compute.h"
#include "model/trainedinput.h"

#include <cmath>
#include <exception>
#include <limits>
#include <new>

namespace attnscope::widgets {

std::int64_t gqaKvHeadsFor(std::int64_t nHeads, std::int64_t baseKvHeads)
{
    if (baseKvHeads > 1 && baseKvHeads < nHeads && nHeads % baseKvHeads == 0)
        return baseKvHeads;
    // The largest proper divisor is nHeads / (its smallest prime factor).
    for (std::int64_t p = 2; p * p <= nHeads; ++p) {
        if (nHeads % p == 0)
            return nHeads / p;
    }
    return 1;
}

namespace {

// The four trained models on the base's text and layer (bahdanau's date: the language models'
// default sentence instead). A model that cannot be resolved keeps the request's own
// resolution: computing it then fails with the reason, in its entry.
std::array<core::Config, 4> trainedConfigs(const core::Config &base)
{
    std::array<core::Config, 4> configs;
    for (std::size_t i = 0; i < configs.size(); ++i) {
        core::Request r;
        r.mechanism = kCompareMechanisms[i];
        r.input = core::InputSource::Trained;
        r.text = base.mechanism == core::Mechanism::Bahdanau ? std::string(core::defaultTrainedText(r.mechanism))
                                                             : base.text;
        if (base.mechanism != core::Mechanism::Bahdanau && base.layer >= 0)
            r.layer = base.layer;
        if (r.mechanism == core::Mechanism::Mla)
            r.mlaPath = core::MlaPath::Absorbed;
        try {
            configs[i] = model::resolveInput(r);
        } catch (const std::exception &) {
            configs[i] = core::resolve(r);
        }
    }
    return configs;
}

} // namespace

std::array<core::Config, 4> compareConfigs(const core::Config &base)
{
    if (base.input == core::InputSource::Trained)
        return trainedConfigs(base);
    core::Config common = base;
    common.attention = core::AttentionKind::Self;
    common.causal = true; // as MLA always is: see the header
    common.dLatentKv = 0;
    common.dLatentQ = 0;
    common.dRope = 0;
    common.mlaPath = core::MlaPath::Naive;
    if (!std::isfinite(common.ropeBase) || common.ropeBase <= 1.0)
        common.ropeBase = core::Defaults::ropeBase;

    std::array<core::Config, 4> configs;
    for (std::size_t i = 0; i < configs.size(); ++i) {
        configs[i] = common;
        configs[i].mechanism = kCompareMechanisms[i];
    }
    configs[0].nKvHeads = base.nHeads;
    configs[1].nKvHeads = gqaKvHeadsFor(base.nHeads, base.nKvHeads);
    configs[2].nKvHeads = 1;

    core::Config &mla = configs[3];
    mla.nKvHeads = 1; // unused by MLA; what core::resolve() gives it
    mla.mlaPath = core::MlaPath::Absorbed;
    mla.dLatentKv = base.dLatentKv > 0 ? base.dLatentKv : 4 * base.dHead;
    if (base.dRope >= 2 && base.dRope % 2 == 0) {
        mla.dRope = base.dRope;
    } else {
        const std::int64_t half = base.dHead / 2;
        mla.dRope = half < 2 ? 2 : (half % 2 == 0 ? half : half + 1);
    }
    mla.dLatentQ = base.mechanism == core::Mechanism::Mla && base.dLatentQ > 0 ? base.dLatentQ : 0;
    return configs;
}

const CompareEntry *CompareSet::entry(core::Mechanism mechanism) const
{
    for (const CompareEntry &e : entries) {
        if (e.mechanism == mechanism)
            return &e;
    }
    return nullptr;
}

CompareSet computeCompareSet(const core::Config &base, const std::function<bool()> &shouldStop)
{
    CompareSet set;
    set.base = base;
    const auto configs = compareConfigs(base);
    for (const core::Config &config : configs) {
        if (shouldStop && shouldStop())
            return set;
        CompareEntry e;
        e.mechanism = config.mechanism;
        e.config = config;
        e.kvElementsPerToken = core::kvCacheElementsPerToken(config);
        try {
            // Only two tensors are kept: the trace (and its memory) goes at the end of the scope.
            const auto trace = model::computeInput(config);
            e.weights = trace->tensor("weights");
            e.output = trace->tensor("output").matrix();
            e.queryLabels = trace->queryLabels();
            e.keyLabels = trace->keyLabels();
        } catch (const std::bad_alloc &) {
            e.error = "Not enough memory to compute this configuration.";
        } catch (const std::exception &ex) {
            e.error = ex.what();
        }
        set.entries.push_back(std::move(e));
    }

    // Four trained models are four different networks: their outputs are not the same function
    // computed four ways, so no difference from MHA's is reported.
    const bool trained = base.input == core::InputSource::Trained;
    const CompareEntry &mha = set.entries.front();
    for (CompareEntry &e : set.entries) {
        const bool comparable = !trained && mha.ok() && e.ok() && e.output.rows() == mha.output.rows()
            && e.output.cols() == mha.output.cols() && e.output.size() > 0;
        if (!comparable) {
            e.maxAbsDifference = std::numeric_limits<double>::quiet_NaN();
            e.meanAbsDifference = std::numeric_limits<double>::quiet_NaN();
            continue;
        }
        // Accumulated in double: a float mean of many small terms would drift.
        const Eigen::MatrixXd diff = (e.output - mha.output).cwiseAbs().cast<double>();
        e.maxAbsDifference = diff.maxCoeff();
        e.meanAbsDifference = diff.mean();
    }
    set.complete = true;
    return set;
}

} // namespace attnscope::widgets
