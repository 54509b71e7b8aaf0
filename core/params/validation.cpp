// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/params/validation.h"

#include "core/params/parameters.h"

#include "core/support/checkedmath.h"

#include <cmath>
#include <sstream>
#include <tuple>

namespace attnscope::core {

namespace {

// Command-line spelling of a parameter: "heads" -> "--heads".
std::string flag(const std::string &parameter)
{
    return "--" + parameter;
}

class Collector
{
public:
    void add(const std::string &parameter, const std::string &value, const std::string &rule)
    {
        m_errors.push_back({parameter, value, flag(parameter) + (value.empty() ? "" : " " + value) + ": " + rule});
    }
    void addSentence(const std::string &parameter, const std::string &value, const std::string &sentence)
    {
        m_errors.push_back({parameter, value, sentence});
    }
    void atLeast(const std::string &parameter, std::int64_t value, std::int64_t minimum, const std::string &what)
    {
        if (value < minimum)
            add(parameter, std::to_string(value), what + " must be at least " + std::to_string(minimum) + ".");
    }
    // The parameter table's minimum of an integer parameter, checked on its Config field.
    void atLeast(const Config &config, Parameter parameter, const std::string &what)
    {
        const ParameterInfo &p = parameterInfo(parameter);
        atLeast(std::string(p.name), config.*p.configInteger, p.minimum.value_or(0), what);
    }
    [[nodiscard]] bool empty() const { return m_errors.empty(); }
    std::vector<ValidationError> take() { return std::move(m_errors); }

private:
    std::vector<ValidationError> m_errors;
};

std::string mechanismName(Mechanism m)
{
    return std::string(mechanismId(m));
}

std::string formatBytes(std::int64_t bytes)
{
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(1);
    const double mib = static_cast<double>(bytes) / (1024.0 * 1024.0);
    if (mib >= 1024.0)
        s << mib / 1024.0 << " GiB";
    else
        s << mib << " MiB";
    return s.str();
}

bool usesHeads(Mechanism m)
{
    return m == Mechanism::Mha || m == Mechanism::Gqa || m == Mechanism::Mqa || m == Mechanism::Mla;
}

// Parameters the user gave that the mechanism does not read.
void checkApplicable(const Request &r, Collector &errors)
{
    const Mechanism m = r.mechanism;
    const std::string mech = mechanismName(m);
    auto notFor = [&](bool given, const std::string &parameter, const std::string &value, const std::string &why) {
        if (given)
            errors.add(parameter, value, why);
    };
    const bool bahdanau = m == Mechanism::Bahdanau;
    const bool mla = m == Mechanism::Mla;
    const bool cross = r.attention == AttentionKind::Cross;

    if (bahdanau) {
        // The sizes of heads, which bahdanau does not take (the parameter table says which).
        const std::string why =
            "bahdanau attention has no heads; it reads --d-model (embedding width), --hidden and --align-dim.";
        for (const ParameterInfo &p : parameters()) {
            if (p.kind == ParameterKind::Integer && !takes(p.id, m) && !onlyMechanism(p))
                notFor(isGiven(r, p.id), std::string(p.name), valueText(r, p.id), why);
        }
        notFor(r.causal, "causal", "",
               "bahdanau attention has no causal mask; the decoder attends to the whole source.");
        notFor(cross, "cross", "",
               "bahdanau attention always attends from decoder to encoder; --cross does not apply.");
    }
    // Parameters of one mechanism alone (bahdanau's widths, then mla's ranks and RoPE).
    for (const Mechanism owner :
         {Mechanism::Bahdanau, Mechanism::Sdpa, Mechanism::Mha, Mechanism::Gqa, Mechanism::Mqa, Mechanism::Mla}) {
        if (owner == m)
            continue;
        for (const ParameterInfo &p : parameters()) {
            if (onlyMechanism(p) == owner)
                notFor(isGiven(r, p.id), std::string(p.name), valueText(r, p.id),
                       "applies to --mechanism " + mechanismName(owner) + " only, not " + mech + ".");
        }
    }
    if (mla)
        notFor(r.nKvHeads.has_value(), "kv-heads", std::to_string(r.nKvHeads.value_or(0)),
               "mla has no separate KV heads; its cache is the latent of rank --latent-rank.");
    if (!bahdanau && !cross && r.sourceTokens)
        errors.add("source-tokens", std::to_string(*r.sourceTokens),
                   "applies to cross attention (--cross) and bahdanau only.");
    if (m == Mechanism::Sdpa) {
        if (r.nHeads && *r.nHeads != 1)
            errors.add("heads", std::to_string(*r.nHeads),
                       "sdpa is single-head attention, so the heads must be 1; use --mechanism mha for several heads.");
        if (r.nKvHeads && *r.nKvHeads != 1)
            errors.add("kv-heads", std::to_string(*r.nKvHeads),
                       "sdpa is single-head attention, so the KV heads must be 1; use --mechanism gqa.");
    }
    if (m == Mechanism::Mqa && r.nKvHeads && *r.nKvHeads != 1)
        errors.add("kv-heads", std::to_string(*r.nKvHeads),
                   "mqa shares one KV head among all query heads, so the KV heads must be 1; use --mechanism gqa.");
    if (m == Mechanism::Mha && r.nKvHeads && r.nHeads.value_or(Defaults::nHeads) != *r.nKvHeads)
        errors.add("kv-heads", std::to_string(*r.nKvHeads),
                   "mha has one KV head per query head, so the KV heads must equal the heads ("
                       + std::to_string(r.nHeads.value_or(Defaults::nHeads)) + "); use --mechanism gqa.");
    if (usesHeads(m) && !r.dHead && r.nHeads && *r.nHeads >= 1) {
        const std::int64_t d = r.dModel.value_or(Defaults::dModel);
        if (d >= 1 && d % *r.nHeads != 0)
            errors.add("d-model", std::to_string(d),
                       "must be divisible by the heads (" + std::to_string(*r.nHeads)
                           + ") to split into equal heads; give --head-dim to choose the head width instead.");
    } else if (usesHeads(m) && !r.dHead && !r.nHeads) {
        const std::int64_t d = r.dModel.value_or(Defaults::dModel);
        if (d >= 1 && d % Defaults::nHeads != 0)
            errors.add("d-model", std::to_string(d),
                       "must be divisible by the heads (" + std::to_string(Defaults::nHeads)
                           + ") to split into equal heads; give --head-dim to choose the head width instead.");
    }
}

// The trained input's rules that need no model: a mechanism with a trained model, no seeded
// sizes beside it, text and layer only with it. (The model library checks the rest: the text
// within the model's positions and vocabulary, the layer below its layer count.)
void checkInput(const Request &r, Collector &errors)
{
    const std::string mech = mechanismName(r.mechanism);
    if (r.input == InputSource::Seeded) {
        if (r.text)
            errors.add("text", "'" + *r.text + "'", "applies to --input trained only.");
        if (r.layer)
            errors.add("layer", std::to_string(*r.layer), "applies to --input trained only.");
        return;
    }
    if (r.mechanism == Mechanism::Sdpa) {
        errors.add("input", "trained", "sdpa has no trained model; choose mha, gqa, mqa, mla or bahdanau.");
        return;
    }
    for (const ParameterInfo &p : parameters())
        if (seededOnly(p.id) && isGiven(r, p.id))
            errors.add(std::string(p.name), valueText(r, p.id),
                       "the trained model fixes it; leave it out with --input trained.");
    if (r.text) {
        const auto blank = r.text->find_first_not_of(" \t\n\r") == std::string::npos;
        if (blank)
            errors.add("text", "'" + *r.text + "'", "give some text for the trained model to read.");
        else if (r.text->size() > kMaxTrainedTextBytes)
            errors.add("text", "(" + std::to_string(r.text->size()) + " bytes)",
                       "at most " + std::to_string(kMaxTrainedTextBytes) + " bytes.");
    }
    if (r.layer && r.mechanism == Mechanism::Bahdanau)
        errors.add("layer", std::to_string(*r.layer),
                   "the bahdanau translator has one attention, between its encoder and decoder; leave --layer out.");
    else if (r.layer && *r.layer < 0)
        errors.add("layer", std::to_string(*r.layer), "layers are numbered from 0.");
}

} // namespace

std::optional<std::int64_t> recordedBytes(const Config &c)
{
    const std::int64_t d = c.dModel;
    const std::int64_t T = c.tokens;
    const std::int64_t S = c.keyTokens();
    const std::int64_t H = c.nHeads;
    CheckedSum n;
    switch (c.mechanism) {
    case Mechanism::Sdpa:
        n.add({T, d})
            .add({S, d})
            .add({3, d, c.dHead})
            .add({T, c.dHead})
            .add({2, S, c.dHead})
            .add({3, T, S})
            .add({T, c.dHead});
        break;
    case Mechanism::Mha:
    case Mechanism::Gqa:
    case Mechanism::Mqa:
        n.add({T, d}).add({S, d});
        n.add({2, d, H, c.dHead}).add({2, d, c.nKvHeads, c.dHead}); // W_Q, W_O, W_K, W_V
        n.add({T, H, c.dHead}).add({2, S, c.nKvHeads, c.dHead});    // Q, K, V
        n.add({2, H, T, S}).add({T, S});                            // scores, weights, mask
        n.add({2, T, H, c.dHead}).add({T, d});                      // head outputs, output
        break;
    case Mechanism::Mla: {
        const std::int64_t q = c.dLatentQ;
        const std::int64_t qIn = q > 0 ? q : d;
        n.add({T, d});
        n.add({d, q}).add({qIn, H, c.dHead}).add({qIn, H, c.dRope});         // W_DQ, W_UQ|W_Q, W_QR
        n.add({d, c.dLatentKv}).add({2, c.dLatentKv, H, c.dHead});           // W_DKV, W_UK, W_UV
        n.add({d, c.dRope}).add({H, c.dHead, d});                            // W_KR, W_O
        n.add({T, q}).add({T, H, c.dHead}).add({T, H, c.dRope});             // c_Q, q_C, q_R
        n.add({T, c.dLatentKv}).add({T, c.dRope});                           // c_KV, k_R
        n.add({2, T, H, c.dHead}).add({2, H, T, c.dLatentKv});               // k_C v_C | q_lat o_lat
        n.add({2, H, T, T}).add({T, T}).add({2, T, H, c.dHead}).add({T, d}); // scores .. output
        break;
    }
    case Mechanism::Bahdanau: {
        const std::int64_t h = c.hidden;
        const std::int64_t a = c.alignDim;
        n.add({S, d}).add({T, d});
        n.add({6, d, h}).add({6, h, h}); // encoder GRUs
        const auto decoderInput = checkedAdd(d, checkedMul(2, h).value_or(-1));
        if (!decoderInput)
            return std::nullopt;
        n.add({3, *decoderInput, h}).add({3, h, h}); // decoder GRU
        n.add({h, h}).add({h, a}).add({2, h, a}).add({a, 1});
        n.add({4, S, h});                               // h_fwd, h_bwd, annotations
        n.add({2, T, h}).add({2, T, S}).add({2, T, h}); // S_prev, S, scores, weights, context
        n.add({S, a});                                  // the alignment model's hidden layer
        break;
    }
    }
    // Float32, and counted twice: the computation holds a working copy of what it records.
    if (!n.value())
        return std::nullopt;
    return checkedMul(*n.value(), 2 * static_cast<std::int64_t>(sizeof(float)));
}

std::vector<ValidationError> validateConfig(const Config &c, std::int64_t memoryCapBytes)
{
    Collector errors;
    const Mechanism m = c.mechanism;
    errors.atLeast(c, Parameter::DModel, "the model width");
    errors.atLeast(c, Parameter::Tokens, "the number of tokens");
    if (m == Mechanism::Bahdanau || c.attention == AttentionKind::Cross)
        errors.atLeast(c, Parameter::SourceTokens, "the number of source tokens");
    if (m == Mechanism::Bahdanau) {
        errors.atLeast(c, Parameter::Hidden, "the GRU width");
        if (c.hidden >= 1 || c.alignDim != c.hidden) // not when it merely defaults to a bad hidden
            errors.atLeast(c, Parameter::AlignDim, "the alignment model width");
    } else {
        errors.atLeast(c, Parameter::Heads, "the number of heads");
        errors.atLeast(c, Parameter::HeadDim, "the head width");
        if (m != Mechanism::Mla && c.nHeads >= 1) {
            errors.atLeast(c, Parameter::KvHeads, "the number of KV heads");
            if (c.nHeads >= 1 && c.nKvHeads >= 1 && c.nHeads % c.nKvHeads != 0)
                errors.add("kv-heads", std::to_string(c.nKvHeads),
                           "must divide the heads (" + std::to_string(c.nHeads)
                               + ") so that every KV head serves an equal group of query heads.");
        }
    }
    if (m == Mechanism::Mla && c.attention == AttentionKind::Cross)
        errors.add("cross", "",
                   "mla is implemented as causal self-attention, as in DeepSeek-V2; --cross does not apply.");
    else if (c.causal && c.attention == AttentionKind::Cross)
        errors.add("causal", "", "a causal mask applies to self-attention only; drop --causal or --cross.");
    if (m == Mechanism::Mla) {
        errors.atLeast(c, Parameter::LatentRank, "the KV latent rank d_c");
        errors.atLeast(c, Parameter::QueryRank, "the query latent rank d_c' (0 = no query compression)");
        if (c.dRope < 2 || c.dRope % 2 != 0)
            errors.add("rope-dim", std::to_string(c.dRope),
                       "must be even and at least 2: RoPE rotates coordinates in pairs.");
        if (!std::isfinite(c.ropeBase) || c.ropeBase <= 1.0) {
            std::ostringstream v;
            v << c.ropeBase;
            errors.add("rope-base", v.str(), "must be a finite number greater than 1.");
        }
    }
    if (errors.empty() && memoryCapBytes != kNoMemoryCap) {
        const auto bytes = recordedBytes(c);
        if (!bytes || *bytes > memoryCapBytes) {
            const std::string size = bytes ? formatBytes(*bytes) : std::string("more than 2^63 bytes");
            errors.addSentence("memory", size,
                               "memory: with --tokens " + std::to_string(c.tokens) + " and --d-model "
                                   + std::to_string(c.dModel) + " the computation would record " + size
                                   + " of tensors, more than the " + formatBytes(memoryCapBytes)
                                   + " limit; reduce --tokens, --source-tokens, --d-model or the head sizes.");
        }
    }
    return errors.take();
}

std::vector<ValidationError> validate(const Request &request, std::int64_t memoryCapBytes)
{
    Collector errors;
    checkInput(request, errors);
    if (request.input == InputSource::Trained)
        return errors.take(); // the model's shape replaces the seeded one: its rules do not apply
    checkApplicable(request, errors);
    // A size so large that one row of it alone breaks the memory cap: refused by its own flag,
    // before the sizes derived from it (d_c = 4 d_h ...) are worked out.
    if (memoryCapBytes != kNoMemoryCap) {
        const std::int64_t largest = memoryCapBytes / (2 * std::int64_t(sizeof(float)));
        for (const Parameter p : {Parameter::DModel, Parameter::Heads, Parameter::KvHeads, Parameter::HeadDim,
                                  Parameter::Tokens, Parameter::SourceTokens, Parameter::LatentRank,
                                  Parameter::QueryRank, Parameter::RopeDim, Parameter::Hidden, Parameter::AlignDim}) {
            const ParameterInfo &info = parameterInfo(p);
            const std::optional<std::int64_t> value = request.*info.integer;
            if (value && *value > largest) {
                errors.add(std::string(info.name), std::to_string(*value),
                           "at most " + std::to_string(largest) + ": one vector of that many numbers alone would "
                               "record more than the " + formatBytes(memoryCapBytes) + " memory limit.");
                return errors.take(); // the first such size: one sentence, not one per flag
            }
        }
    }
    auto result = errors.take();
    for (auto &e : validateConfig(resolve(request), memoryCapBytes))
        result.push_back(std::move(e));
    return result;
}

} // namespace attnscope::core
