// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/footprint/kvcache.h"

#include "core/footprint/footprint.h"
#include "core/support/checkedmath.h"

namespace attnscope::core {

namespace {
// The footprint engine on one layer of the configuration; nullopt on overflow or an invalid shape.
std::optional<Footprint> layerFootprint(const Config &c)
{
    try {
        FootprintRequest one;
        one.context = 1;
        return computeFootprint(modelShapeOf(c, 1), one);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}
} // namespace

std::optional<std::int64_t> kvCacheElementsPerToken(const Config &c)
{
    if (c.mechanism == Mechanism::Bahdanau)
        return 0;
    const auto f = layerFootprint(c);
    return f ? std::optional(f->elementsPerTokenPerLayer) : std::nullopt;
}

std::optional<std::int64_t> mlaDecompressedElementsPerToken(const Config &c)
{
    const auto f = layerFootprint(c);
    return f ? std::optional(f->decompressedElementsPerTokenPerLayer) : std::nullopt;
}

std::optional<std::int64_t> annotationElementsPerSourceToken(const Config &c)
{
    if (c.mechanism != Mechanism::Bahdanau)
        return 0;
    return checkedMul(2, c.hidden);
}

} // namespace attnscope::core
