// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/params/config.h"

#include "core/support/checkedmath.h"

#include <array>
#include <limits>
#include <utility>

namespace attnscope::core {

namespace {
constexpr std::array<std::pair<Mechanism, std::string_view>, 6> kMechanisms{{
    {Mechanism::Bahdanau, "bahdanau"},
    {Mechanism::Sdpa, "sdpa"},
    {Mechanism::Mha, "mha"},
    {Mechanism::Gqa, "gqa"},
    {Mechanism::Mqa, "mqa"},
    {Mechanism::Mla, "mla"},
}};
} // namespace

std::string_view mechanismId(Mechanism m)
{
    for (const auto &[value, id] : kMechanisms)
        if (value == m)
            return id;
    return "unknown";
}

std::optional<Mechanism> mechanismFromId(std::string_view id)
{
    for (const auto &[value, name] : kMechanisms)
        if (name == id)
            return value;
    return std::nullopt;
}

std::string_view attentionKindId(AttentionKind a)
{
    return a == AttentionKind::Cross ? "cross" : "self";
}

std::string_view ropeLayoutId(RopeLayout l)
{
    return l == RopeLayout::Half ? "half" : "interleaved";
}

std::optional<RopeLayout> ropeLayoutFromId(std::string_view id)
{
    if (id == "interleaved")
        return RopeLayout::Interleaved;
    if (id == "half")
        return RopeLayout::Half;
    return std::nullopt;
}

std::string_view mlaPathId(MlaPath p)
{
    return p == MlaPath::Absorbed ? "absorbed" : "naive";
}

std::optional<MlaPath> mlaPathFromId(std::string_view id)
{
    if (id == "naive")
        return MlaPath::Naive;
    if (id == "absorbed")
        return MlaPath::Absorbed;
    return std::nullopt;
}

std::string_view inputSourceId(InputSource i)
{
    return i == InputSource::Trained ? "trained" : "seeded";
}

std::optional<InputSource> inputSourceFromId(std::string_view id)
{
    if (id == "seeded")
        return InputSource::Seeded;
    if (id == "trained")
        return InputSource::Trained;
    return std::nullopt;
}

std::string_view defaultTrainedText(Mechanism mechanism)
{
    if (mechanism == Mechanism::Bahdanau)
        return "tuesday 5 december 2028";
    return "the teachers that the boy likes are big .";
}

std::int64_t Config::keyTokens() const
{
    if (mechanism == Mechanism::Bahdanau || attention == AttentionKind::Cross)
        return sourceTokens;
    return tokens;
}

Config resolve(const Request &r)
{
    Config c;
    c.mechanism = r.mechanism;
    c.dModel = r.dModel.value_or(Defaults::dModel);
    c.tokens = r.tokens.value_or(Defaults::tokens);
    c.sourceTokens = r.sourceTokens.value_or(Defaults::sourceTokens);
    c.causal = r.causal;
    c.attention = r.attention;
    c.seed = r.seed;
    c.ropeBase = r.ropeBase.value_or(Defaults::ropeBase);
    c.ropeLayout = r.ropeLayout.value_or(RopeLayout::Interleaved);
    c.mlaPath = r.mlaPath.value_or(MlaPath::Naive);
    c.hidden = r.hidden.value_or(Defaults::hidden);
    c.alignDim = r.alignDim.value_or(c.hidden);
    c.dLatentQ = r.dLatentQ.value_or(0);

    switch (r.mechanism) {
    case Mechanism::Bahdanau:
    case Mechanism::Sdpa:
        c.nHeads = r.nHeads.value_or(1);
        c.nKvHeads = r.nKvHeads.value_or(1);
        c.dHead = r.dHead.value_or(c.dModel);
        break;
    case Mechanism::Mha:
    case Mechanism::Gqa:
    case Mechanism::Mqa:
    case Mechanism::Mla: {
        c.nHeads = r.nHeads.value_or(Defaults::nHeads);
        c.dHead = r.dHead.value_or(c.nHeads > 0 ? c.dModel / c.nHeads : 0);
        std::int64_t kv = c.nHeads;
        if (r.mechanism == Mechanism::Mqa || r.mechanism == Mechanism::Mla)
            kv = 1;
        else if (r.mechanism == Mechanism::Gqa)
            kv = c.nHeads % 2 == 0 ? c.nHeads / 2 : 1;
        c.nKvHeads = r.nKvHeads.value_or(kv);
        break;
    }
    }
    if (r.mechanism == Mechanism::Mla) {
        // DeepSeek-V2's ratios: d_c = 4 d_h, d_h^R = d_h / 2 (kept even for RoPE pairs).
        // Saturated: a head width past 2^61 makes a latent no memory holds, which validate refuses.
        c.dLatentKv = r.dLatentKv.value_or(checkedMul(4, c.dHead).value_or(std::numeric_limits<std::int64_t>::max()));
        const std::int64_t rope = c.dHead / 2;
        c.dRope = r.dRope.value_or(rope % 2 == 0 ? (rope > 0 ? rope : 2) : rope + 1);
        c.causal = true; // MLA is a decoder (causal) mechanism
    } else {
        c.dLatentKv = r.dLatentKv.value_or(0);
        c.dRope = r.dRope.value_or(0);
    }
    c.input = r.input;
    if (r.input == InputSource::Trained) {
        c.text = r.text.value_or(std::string(defaultTrainedText(r.mechanism)));
        c.layer = r.layer.value_or(-1);
    }
    return c;
}

} // namespace attnscope::core
