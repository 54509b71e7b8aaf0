// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/footprint/kvcache.h"

#include "core/footprint/checkedmath.h"

namespace attnscope::core {

std::optional<std::int64_t> kvCacheElementsPerToken(const Config &c)
{
    switch (c.mechanism) {
    case Mechanism::Bahdanau: return 0;
    case Mechanism::Sdpa: return checkedProduct({2, c.dHead});
    case Mechanism::Mha:
    case Mechanism::Gqa:
    case Mechanism::Mqa: return checkedProduct({2, c.nKvHeads, c.dHead});
    case Mechanism::Mla: return checkedAdd(c.dLatentKv, c.dRope);
    }
    return std::nullopt;
}

std::optional<std::int64_t> mlaDecompressedElementsPerToken(const Config &c)
{
    return CheckedSum().add({c.nHeads, c.dHead}).add({c.nHeads, c.dRope}).add({c.nHeads, c.dHead}).value();
}

std::optional<std::int64_t> annotationElementsPerSourceToken(const Config &c)
{
    if (c.mechanism != Mechanism::Bahdanau)
        return 0;
    return checkedMul(2, c.hidden);
}

} // namespace attnscope::core
