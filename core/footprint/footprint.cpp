// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/footprint/footprint.h"

#include "core/footprint/largestfitting.h"

#include "core/support/checkedmath.h"

#include <algorithm>
#include <limits>
#include <map>
#include <sstream>

namespace attnscope::core {

namespace {

// Exact intermediates for bits x elements (GCC and Clang; __extension__ keeps -Wpedantic quiet).
__extension__ typedef unsigned __int128 U128;

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();

std::int64_t need(std::optional<std::int64_t> value, const std::string &what)
{
    if (!value)
        throw FootprintOverflow(what + " does not fit in 64 bits; reduce the sizes, the context or the batch.");
    return *value;
}

std::string str(std::int64_t v)
{
    return std::to_string(v);
}

} // namespace

std::optional<KvBits> KvBits::parse(std::string_view text, std::string *error)
{
    const auto fail = [&](const std::string &rule) -> std::optional<KvBits> {
        if (error)
            *error = rule;
        return std::nullopt;
    };
    const std::size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    const auto digitsOnly = [](std::string_view s) {
        for (char c : s)
            if (c < '0' || c > '9')
                return false;
        return true;
    };
    if (text.empty() || whole.empty() || !digitsOnly(whole) || !digitsOnly(fraction)
        || (dot != std::string_view::npos && fraction.empty()))
        return fail("not a number of bits such as 16, 8, 6 or 4.5.");
    if (fraction.size() > 3)
        return fail("give at most three decimals.");
    if (whole.size() > 3)
        return fail("must be greater than 0 and at most 64.");
    std::int64_t milli = 0;
    for (char c : whole)
        milli = milli * 10 + (c - '0');
    milli *= 1000;
    std::int64_t scale = 100;
    for (char c : fraction) {
        milli += (c - '0') * scale;
        scale /= 10;
    }
    if (milli <= 0 || milli > kMaxMilliBits)
        return fail("must be greater than 0 and at most 64.");
    return KvBits(milli);
}

std::string KvBits::text() const
{
    std::string s = std::to_string(m_milliBits / 1000);
    std::int64_t rest = m_milliBits % 1000;
    if (rest == 0)
        return s;
    std::string decimals = std::to_string(1000 + rest).substr(1); // zero-padded to 3 digits
    while (!decimals.empty() && decimals.back() == '0')
        decimals.pop_back();
    return s + "." + decimals;
}

std::int64_t bytesFor(std::int64_t elements, KvBits bits, std::string_view what)
{
    if (elements < 0)
        throw FootprintOverflow(std::string(what) + " is negative.");
    // Exact: 128-bit intermediate, rounded up to whole bytes.
    const U128 milliBits = static_cast<U128>(elements) * bits.milliBits();
    const U128 bytes = (milliBits + 7999) / 8000;
    if (bytes > static_cast<U128>(kInt64Max))
        throw FootprintOverflow(std::string(what) + " does not fit in 64 bits; reduce the context or the batch.");
    return static_cast<std::int64_t>(bytes);
}

Footprint computeFootprint(const ModelShape &m, const FootprintRequest &request)
{
    if (const auto errors = validateModel(m); !errors.empty()) {
        std::string all;
        for (const auto &e : errors)
            all += (all.empty() ? "" : " ") + e.message;
        throw std::invalid_argument(all);
    }
    if (request.context < 1)
        throw std::invalid_argument("context " + str(request.context) + ": must be at least 1.");
    if (request.batch < 1)
        throw std::invalid_argument("batch " + str(request.batch) + ": must be at least 1.");
    if (request.sourceTokens && *request.sourceTokens < 1)
        throw std::invalid_argument("source tokens " + str(*request.sourceTokens) + ": must be at least 1.");

    Footprint f;
    const std::int64_t h = m.nHeads;
    const std::int64_t dh = m.dHead;
    const std::int64_t dv = m.valueDim();
    const std::int64_t d = m.dModel;
    const std::int64_t kvHeads = m.mechanism == Mechanism::Mqa ? 1 : m.nKvHeads;

    std::int64_t crossPerLayer = 0;
    if (m.mechanism == Mechanism::Mla) {
        f.elementsPerTokenPerLayer = need(checkedAdd(m.dLatentKv, m.dRope), "d_c + d_h^R");
        f.decompressedElementsPerTokenPerLayer = need(CheckedSum().add({h, dh}).add({h, m.dRope}).add({h, dv}).value(),
                                                      "the decompressed keys and values per token");
        f.equivalentGqaGroups = static_cast<double>(f.elementsPerTokenPerLayer) / (2.0 * static_cast<double>(dh));
        const std::int64_t qkWidth = need(checkedAdd(dh, m.dRope), "d_h + d_h^R");
        CheckedSum p;
        if (m.dLatentQ > 0)
            p.add({d, m.dLatentQ}).add({m.dLatentQ, h, qkWidth}); // W_DQ; W_UQ and W_QR
        else
            p.add({d, h, qkWidth});                                     // W_Q and W_QR
        p.add({d, f.elementsPerTokenPerLayer});                         // W_DKV and W_KR
        p.add({m.dLatentKv, h, need(checkedAdd(dh, dv), "d_h + d_v")}); // W_UK and W_UV
        p.add({h, dv, d});                                              // W_O
        f.attentionParametersPerLayer = need(p.value(), "the attention parameters per layer");
    } else {
        // K and V per KV head (2 n_g d_h when keys and values have the same width).
        f.elementsPerTokenPerLayer =
            need(CheckedSum().add({kvHeads, dh}).add({kvHeads, dv}).value(), "the KV elements per token and layer");
        f.equivalentGqaGroups = static_cast<double>(kvHeads);
        f.attentionParametersPerLayer =
            need(CheckedSum().add({d, h, dh}).add({d, kvHeads, dh}).add({d, kvHeads, dv}).add({h, dv, d}).value(),
                 "the attention parameters per layer");
        crossPerLayer = f.elementsPerTokenPerLayer;
    }
    // Every attention layer has projections: the decoder's attention layers (those that reuse
    // another layer's cache too), its cross-attention layers and the encoder's layers.
    const std::int64_t projectedLayers = need(CheckedSum()
                                                  .add({m.layers - m.layersOfKind(LayerKind::NoCache)})
                                                  .add({m.crossLayers})
                                                  .add({m.encoderLayers})
                                                  .value(),
                                              "the layers");
    f.attentionParameters =
        need(checkedMul(f.attentionParametersPerLayer, projectedLayers), "the attention parameters");
    if (m.encoderOnly) {
        // Encoder-only: attention over the whole input at once, nothing kept between steps.
        f.decodeCache = false;
        f.elementsPerTokenPerLayer = 0;
        f.decompressedElementsPerTokenPerLayer = 0;
        f.equivalentGqaGroups = 0.0;
        return f;
    }

    const std::string at = " of context " + str(request.context) + " x batch " + str(request.batch);
    f.cachingLayers = m.cachingLayers();
    f.elementsPerToken = need(checkedMul(f.elementsPerTokenPerLayer, f.cachingLayers), "the KV elements per token");
    f.bytesPerToken = bytesFor(f.elementsPerToken, request.bits, "the KV bytes per token");
    if (m.mechanism == Mechanism::Mla) {
        f.decompressedElementsPerToken =
            need(checkedMul(f.decompressedElementsPerTokenPerLayer, f.cachingLayers), "the decompressed cache per token");
        f.decompressedBytesPerToken = bytesFor(f.decompressedElementsPerToken, request.bits, "the decompressed bytes");
    }

    // The shares, layer kind by layer kind; windows grouped by W in increasing order.
    const auto share = [&](LayerKind kind, std::int64_t window, std::int64_t layers, std::int64_t tokens,
                           std::int64_t perLayer) {
        CacheShare s;
        s.kind = kind;
        s.window = window;
        s.layers = layers;
        s.tokens = tokens;
        s.elementsPerToken = need(checkedMul(perLayer, layers), "the KV elements per token");
        s.totalElements = need(checkedProduct({s.elementsPerToken, tokens, request.batch}),
                               "the " + std::string(layerKindId(kind)) + " layers' cache" + at);
        s.totalBytes = bytesFor(s.totalElements, request.bits, "the KV cache bytes" + at);
        f.shares.push_back(s);
    };
    if (const std::int64_t n = m.layersOfKind(LayerKind::Full); n > 0)
        share(LayerKind::Full, 0, n, request.context, f.elementsPerTokenPerLayer);
    std::map<std::int64_t, std::int64_t> windows;
    for (const LayerSpec &l : m.layerKinds)
        if (l.kind == LayerKind::Window)
            ++windows[l.window];
    for (const auto &[window, n] : windows)
        share(LayerKind::Window, window, n, std::min(request.context, window), f.elementsPerTokenPerLayer);
    if (const std::int64_t n = m.layersOfKind(LayerKind::Shared); n > 0)
        share(LayerKind::Shared, 0, n, 0, 0);
    if (const std::int64_t n = m.layersOfKind(LayerKind::NoCache); n > 0)
        share(LayerKind::NoCache, 0, n, 0, 0);
    if (m.crossLayers > 0) {
        f.sourceTokens = request.sources();
        f.crossElementsPerSourceTokenPerLayer = crossPerLayer;
        share(LayerKind::Cross, 0, m.crossLayers, f.sourceTokens, crossPerLayer);
        f.crossElementsPerSourceToken = f.shares.back().elementsPerToken;
        f.crossBytesPerSourceToken = bytesFor(f.crossElementsPerSourceToken, request.bits, "the cross-attention bytes");
    }
    CheckedSum total;
    for (const CacheShare &s : f.shares)
        total.add(s.totalElements);
    f.totalElements = need(total.value(), "the KV cache" + at);
    f.totalBytes = bytesFor(f.totalElements, request.bits, "the KV cache bytes" + at);
    return f;
}

std::string formulaSymbols(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::Mha: return "2 n_h d_h l";
    case Mechanism::Gqa: return "2 n_g d_h l";
    case Mechanism::Mqa: return "2 d_h l";
    case Mechanism::Mla: return "(d_c + d_h^R) l";
    case Mechanism::Sdpa: return "2 d_k l";
    case Mechanism::Bahdanau: return "0";
    }
    return {};
}

std::string formulaNumbers(const ModelShape &m)
{
    // In the order of the symbols: "2 x n_h x d_h x l"; "n_h x (d_h + d_v) x l" when keys and
    // values differ in width.
    std::ostringstream s;
    const bool same = m.valueDim() == m.dHead;
    const auto heads = [&](std::int64_t n) {
        if (same)
            s << "2 x " << n << " x " << m.dHead;
        else
            s << n << " x (" << m.dHead << " + " << m.valueDim() << ")";
    };
    switch (m.mechanism) {
    case Mechanism::Mha: heads(m.nHeads); break;
    case Mechanism::Gqa: heads(m.nKvHeads); break;
    case Mechanism::Mqa:
        if (same)
            s << "2 x " << m.dHead;
        else
            s << "(" << m.dHead << " + " << m.valueDim() << ")";
        break;
    case Mechanism::Mla: s << "(" << m.dLatentKv << " + " << m.dRope << ")"; break;
    case Mechanism::Sdpa:
    case Mechanism::Bahdanau: return {};
    }
    s << " x " << m.cachingLayers();
    return s.str();
}

double reductionPercent(std::int64_t ours, std::int64_t theirs)
{
    if (theirs <= 0)
        return 0.0;
    return 100.0 * (1.0 - static_cast<double>(ours) / static_cast<double>(theirs));
}

std::optional<std::int64_t> cacheBytes(const ModelShape &model, const FootprintRequest &request)
{
    try {
        return computeFootprint(model, request).totalBytes;
    } catch (const FootprintOverflow &) {
        return std::nullopt;
    }
}

std::int64_t maxContextForBudget(const ModelShape &model, const FootprintRequest &request, std::int64_t budgetBytes)
{
    if (request.batch < 1 || budgetBytes <= 0)
        return 0;
    FootprintRequest r = request;
    const auto fits = [&](std::int64_t context) {
        r.context = context;
        const auto bytes = cacheBytes(model, r);
        return bytes && *bytes <= budgetBytes;
    };
    if (model.encoderOnly)
        return kUnbounded; // nothing is cached
    // The cache stops growing when no Full layer keeps one and the source length is fixed:
    // every window is full at the largest W.
    const bool grows = model.layersOfKind(LayerKind::Full) > 0 || (model.crossLayers > 0 && !request.sourceTokens);
    if (!grows) {
        std::int64_t largest = 1;
        for (const LayerSpec &l : model.layerKinds)
            largest = std::max(largest, l.window);
        if (fits(largest))
            return kUnbounded;
        return largestFitting(largest, fits);
    }
    return largestFitting(kInt64Max, fits);
}

std::int64_t maxContextForBudget(const ModelShape &model, KvBits bits, std::int64_t batch, std::int64_t budgetBytes)
{
    FootprintRequest r;
    r.bits = bits;
    r.batch = batch;
    return maxContextForBudget(model, r, budgetBytes);
}

std::int64_t maxBatchForBudget(const ModelShape &model, const FootprintRequest &request, std::int64_t budgetBytes)
{
    if (budgetBytes <= 0)
        return 0;
    if (model.encoderOnly)
        return kUnbounded;
    FootprintRequest r = request;
    return largestFitting(kInt64Max, [&](std::int64_t batch) {
        r.batch = batch;
        const auto bytes = cacheBytes(model, r);
        return bytes && *bytes <= budgetBytes;
    });
}

} // namespace attnscope::core
