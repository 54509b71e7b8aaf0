// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/footprint/footprintseries_p.h"

#include "widgets/common/coretext.h"

#include <exception>

namespace attnscope::widgets::footprint {

namespace {

// The parts of a cache, in the engine's order; shares that hold nothing (no-cache and shared
// layers) are not parts.
std::vector<Band> partsOf(const std::vector<core::CacheShare> &shares)
{
    std::vector<Band> bands;
    for (const core::CacheShare &s : shares) {
        Band b;
        switch (s.kind) {
        case core::LayerKind::Full: b.part = Band::Part::Full; break;
        case core::LayerKind::Window: b.part = Band::Part::Window; break;
        case core::LayerKind::Cross: b.part = Band::Part::Cross; break;
        default: continue;
        }
        b.window = s.window;
        b.layers = s.layers;
        bands.push_back(b);
    }
    return bands;
}

// Appends one sample's share bytes to the bands (the weights band, when there is one, first);
// the last band takes what the shares leave of the total (rounding, quantization scales).
void addSample(std::vector<Band> &bands, bool weightsBand, double weights, const std::vector<core::CacheShare> &shares,
               double total)
{
    std::size_t b = 0;
    double sum = 0.0;
    if (weightsBand) {
        bands[b++].values << weights;
        sum += weights;
    }
    for (const core::CacheShare &s : shares) {
        if (s.kind != core::LayerKind::Full && s.kind != core::LayerKind::Window && s.kind != core::LayerKind::Cross)
            continue;
        if (b >= bands.size())
            break;
        bands[b++].values << double(s.totalBytes);
        sum += double(s.totalBytes);
    }
    if (!bands.empty())
        bands.back().values.back() += total - sum;
}

} // namespace

Series computeSeries(const core::ModelShape &model, const SeriesRequest &request,
                     const std::vector<std::int64_t> &contexts)
{
    Series s;
    try {
        const core::Footprint f = core::computeFootprint(model, request.cache);
        s.bytesPerToken = f.bytesPerToken;
        s.targetBytes = f.totalBytes;
        s.decodeCache = f.decodeCache;
    } catch (const core::FootprintOverflow &) {
        // The target's figures do not fit; the samples that do are still drawn.
    } catch (const std::exception &e) {
        s.error = translateCoreText(QString::fromUtf8(e.what()));
        return s;
    }
    if (!s.decodeCache)
        return s;

    std::optional<core::PlanRequest> plan = request.plan;
    if (plan) {
        plan->cache = request.cache;
        try {
            s.plan = core::planMemory(model, *plan);
        } catch (const std::exception &e) {
            s.error = translateCoreText(QString::fromUtf8(e.what()));
            return s;
        }
    }

    bool first = true;
    for (const std::int64_t t : contexts) {
        try {
            if (plan) {
                // The weights do not change with the context; the cache is sampled alone (no budget searches).
                plan->cache.context = t;
                const core::GpuCache cache = core::cachePerGpu(model, *plan);
                const double weights = double(s.plan->weightBytesPerGpu);
                const double total = weights + double(cache.bytes);
                if (first) {
                    Band band;
                    band.part = Band::Part::Weights;
                    s.bands.push_back(band);
                    for (Band &b : partsOf(cache.shares))
                        s.bands.push_back(std::move(b));
                    first = false;
                }
                addSample(s.bands, true, weights, cache.shares, total);
                s.keys << double(t);
                s.totals << total;
            } else {
                core::FootprintRequest r = request.cache;
                r.context = t;
                const core::Footprint f = core::computeFootprint(model, r);
                if (first) {
                    s.bands = partsOf(f.shares);
                    first = false;
                }
                addSample(s.bands, false, 0.0, f.shares, double(f.totalBytes));
                s.keys << double(t);
                s.totals << double(f.totalBytes);
            }
        } catch (const core::FootprintOverflow &) {
            ++s.overflowed; // too large for 64 bits: not drawn, and said so below the chart
        }
    }
    // One part is the line itself: nothing to stack.
    if (s.bands.size() < 2)
        s.bands.clear();
    return s;
}

} // namespace attnscope::widgets::footprint
