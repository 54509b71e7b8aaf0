// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/params/parameters.h"

#include "core/params/validation.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <type_traits>

namespace attnscope::core {

namespace {

using M = core::Mechanism;
using K = ParameterKind;

// Seeds are written to JSON as numbers, which hold integers exactly up to 2^53 - 1.
constexpr std::int64_t kMaxSeed = (std::int64_t(1) << 53) - 1;

constexpr MechanismSet kGrouped{M::Mha, M::Gqa, M::Mqa};
constexpr MechanismSet kDotProduct{M::Sdpa, M::Mha, M::Gqa, M::Mqa};

// Accessors of a field, as plain functions for the table.
template<auto Field>
ParameterValue getOptional(const Request &r)
{
    const auto &v = r.*Field;
    return v ? ParameterValue(*v) : ParameterValue();
}

template<auto Field>
bool setOptional(Request &r, const ParameterValue &value)
{
    using T = typename std::remove_cvref_t<decltype(r.*Field)>::value_type;
    if (std::holds_alternative<std::monostate>(value)) {
        (r.*Field).reset();
        return true;
    }
    if (const T *v = std::get_if<T>(&value)) {
        r.*Field = *v;
        return true;
    }
    return false;
}

template<auto Field>
ParameterValue getPlain(const Request &r)
{
    return ParameterValue(r.*Field);
}

template<auto Field>
bool setPlain(Request &r, const ParameterValue &value)
{
    using T = std::remove_cvref_t<decltype(r.*Field)>;
    if (const T *v = std::get_if<T>(&value)) {
        r.*Field = *v;
        return true;
    }
    return false;
}

ParameterValue getCross(const Request &r)
{
    return ParameterValue(r.attention == AttentionKind::Cross);
}

bool setCross(Request &r, const ParameterValue &value)
{
    if (const bool *v = std::get_if<bool>(&value)) {
        r.attention = *v ? AttentionKind::Cross : AttentionKind::Self;
        return true;
    }
    return false;
}

// An integer row.
template<auto Field, auto ConfigField>
constexpr ParameterInfo integer(Parameter id, std::string_view name, std::string_view key, std::string_view help,
                                std::string_view unit, bool shape, std::int64_t minimum, MechanismSet reads,
                                MechanismSet readsCross = {}, MechanismSet fixes = {})
{
    ParameterInfo p{id,    name,    key,          K::Integer, "N",        help, unit, {},
                    shape, minimum, std::nullopt, reads,      readsCross, {},   fixes};
    p.integer = Field;
    p.configInteger = ConfigField;
    p.get = &getOptional<Field>;
    p.set = &setOptional<Field>;
    return p;
}

ParameterValue getInput(const Request &r)
{
    // "not given" when seeded, so that isGiven() says whether the user chose a trained model.
    return r.input == InputSource::Seeded ? ParameterValue() : ParameterValue(r.input);
}

bool setInput(Request &r, const ParameterValue &value)
{
    if (std::holds_alternative<std::monostate>(value)) {
        r.input = InputSource::Seeded;
        return true;
    }
    if (const auto *v = std::get_if<InputSource>(&value)) {
        r.input = *v;
        return true;
    }
    return false;
}

constexpr std::size_t kRows = 21;

const std::array<ParameterInfo, kRows> &table()
{
    using R = Request;
    using C = Config;
    const MechanismSet all = MechanismSet::all();
    const MechanismSet notBahdanau{M::Sdpa, M::Mha, M::Gqa, M::Mqa, M::Mla};
    const MechanismSet trained{M::Bahdanau, M::Mha, M::Gqa, M::Mqa, M::Mla};
    static const std::array<ParameterInfo, kRows> rows{
        ParameterInfo{Parameter::Mechanism,
                      "mechanism",
                      "mechanism",
                      K::Choice,
                      "M",
                      "Mechanism: bahdanau, sdpa, mha, gqa, mqa or mla.",
                      "",
                      "not a mechanism; choose bahdanau, sdpa, mha, gqa, mqa or mla.",
                      false,
                      std::nullopt,
                      std::nullopt,
                      all,
                      {},
                      {},
                      {},
                      nullptr,
                      nullptr,
                      &getPlain<&R::mechanism>,
                      &setPlain<&R::mechanism>},
        integer<&R::dModel, &C::dModel>(Parameter::DModel, "d-model", "d_model",
                                        "Model (embedding) width d_model. Default 32.", "elements", true, 1, all),
        integer<&R::nHeads, &C::nHeads>(Parameter::Heads, "heads", "n_heads",
                                        "Query heads n_h. Default 4 (1 for sdpa).", "heads", true, 1,
                                        kGrouped | MechanismSet{M::Mla}, {}, {M::Sdpa}),
        integer<&R::nKvHeads, &C::nKvHeads>(Parameter::KvHeads, "kv-heads", "n_kv_heads",
                                            "Key/value heads n_g; must divide --heads (gqa). mha: = heads, mqa: 1.",
                                            "heads", true, 1, {M::Gqa}, {}, {M::Sdpa, M::Mha, M::Mqa}),
        integer<&R::dHead, &C::dHead>(Parameter::HeadDim, "head-dim", "d_head",
                                      "Head width d_h. Default d_model / heads (d_model for sdpa).", "elements", true,
                                      1, notBahdanau),
        integer<&R::tokens, &C::tokens>(Parameter::Tokens, "tokens", "tokens",
                                        "Query tokens T (decoder steps for bahdanau). Default 6.", "tokens", false, 1,
                                        all),
        integer<&R::sourceTokens, &C::sourceTokens>(Parameter::SourceTokens, "source-tokens", "source_tokens",
                                                    "Source tokens (cross attention, bahdanau). Default 5.", "tokens",
                                                    false, 1, {M::Bahdanau}, kDotProduct),
        integer<&R::dLatentKv, &C::dLatentKv>(Parameter::LatentRank, "latent-rank", "d_latent_kv",
                                              "MLA: KV latent rank d_c. Default 4 d_h.", "elements", true, 1, {M::Mla}),
        integer<&R::dLatentQ, &C::dLatentQ>(Parameter::QueryRank, "query-rank", "d_latent_q",
                                            "MLA: query latent rank d_c' (0 = no query compression). Default 0.",
                                            "elements", true, 0, {M::Mla}),
        integer<&R::dRope, &C::dRope>(Parameter::RopeDim, "rope-dim", "d_rope",
                                      "MLA: decoupled RoPE width d_h^R (even). Default d_h / 2.", "elements", true, 2,
                                      {M::Mla}),
        integer<&R::hidden, &C::hidden>(Parameter::Hidden, "hidden", "hidden", "Bahdanau: GRU width n. Default 16.",
                                        "elements", false, 1, {M::Bahdanau}),
        integer<&R::alignDim, &C::alignDim>(Parameter::AlignDim, "align-dim", "align_dim",
                                            "Bahdanau: alignment model width n'. Default = hidden.", "elements", false,
                                            1, {M::Bahdanau}),
        // MLA is always causal (resolve() forces it); a mask applies to self-attention only.
        ParameterInfo{Parameter::Causal,
                      "causal",
                      "causal",
                      K::Switch,
                      "",
                      "Causal (masked) self-attention.",
                      "",
                      "",
                      false,
                      std::nullopt,
                      std::nullopt,
                      {},
                      {},
                      kDotProduct,
                      {},
                      nullptr,
                      nullptr,
                      &getPlain<&R::causal>,
                      &setPlain<&R::causal>},
        // Cross attention exists for sdpa and the grouped family only (the JSON key holds "self" or "cross").
        ParameterInfo{Parameter::Cross,
                      "cross",
                      "attention",
                      K::Switch,
                      "",
                      "Cross attention: keys and values from a source sequence.",
                      "",
                      "",
                      false,
                      std::nullopt,
                      std::nullopt,
                      kDotProduct,
                      {},
                      {},
                      {},
                      nullptr,
                      nullptr,
                      &getCross,
                      &setCross},
        ParameterInfo{Parameter::Seed,
                      "seed",
                      "seed",
                      K::Seed,
                      "N",
                      "Seed of inputs and weights, 0 to 2^53 - 1. Default 0.",
                      "",
                      "",
                      false,
                      0,
                      kMaxSeed,
                      all,
                      {},
                      {},
                      {},
                      nullptr,
                      nullptr,
                      &getPlain<&R::seed>,
                      &setPlain<&R::seed>},
        ParameterInfo{Parameter::RopeBase,
                      "rope-base",
                      "rope_base",
                      K::Real,
                      "X",
                      "MLA: RoPE base. Default 10000.",
                      "",
                      "",
                      false,
                      std::nullopt,
                      std::nullopt,
                      {M::Mla},
                      {},
                      {},
                      {},
                      nullptr,
                      nullptr,
                      &getOptional<&R::ropeBase>,
                      &setOptional<&R::ropeBase>},
        ParameterInfo{Parameter::RopeLayout,
                      "rope-layout",
                      "rope_layout",
                      K::Choice,
                      "L",
                      "MLA: RoPE layout, interleaved (default) or half.",
                      "",
                      "choose interleaved or half.",
                      false,
                      std::nullopt,
                      std::nullopt,
                      {M::Mla},
                      {},
                      {},
                      {},
                      nullptr,
                      nullptr,
                      &getOptional<&R::ropeLayout>,
                      &setOptional<&R::ropeLayout>},
        ParameterInfo{Parameter::MlaPath,
                      "mla-path",
                      "mla_path",
                      K::Choice,
                      "P",
                      "MLA: naive (default) or absorbed.",
                      "",
                      "choose naive or absorbed.",
                      false,
                      std::nullopt,
                      std::nullopt,
                      {M::Mla},
                      {},
                      {},
                      {},
                      nullptr,
                      nullptr,
                      &getOptional<&R::mlaPath>,
                      &setOptional<&R::mlaPath>},
        // The trained input (docs/teaching-models.md): sdpa has no trained model.
        ParameterInfo{Parameter::Input,
                      "input",
                      "input",
                      K::Choice,
                      "I",
                      "seeded (random weights and inputs, the default) or trained (a shipped trained model).",
                      "",
                      "choose seeded or trained.",
                      false,
                      std::nullopt,
                      std::nullopt,
                      all,
                      {},
                      {},
                      {},
                      nullptr,
                      nullptr,
                      &getInput,
                      &setInput},
        ParameterInfo{Parameter::Text,
                      "text",
                      "text",
                      K::Text,
                      "TEXT",
                      "--input trained: the sentence the model reads (bahdanau: a date in words).",
                      "",
                      "",
                      false,
                      std::nullopt,
                      std::nullopt,
                      trained,
                      {},
                      {},
                      {},
                      nullptr,
                      nullptr,
                      &getOptional<&R::text>,
                      &setOptional<&R::text>},
        [] {
            auto p = integer<&R::layer, &C::layer>(Parameter::Layer, "layer", "layer",
                                                   "--input trained: the layer shown, from 0. Default: the last.",
                                                   "layer", false, 0, {M::Mha, M::Gqa, M::Mqa, M::Mla});
            return p;
        }(),
    };
    return rows;
}

constexpr std::string_view kSpaces = " \t\n\v\f\r";

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(kSpaces);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(kSpaces) - first + 1);
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// QString::toULongLong's syntax: surrounding white space, an optional '+', decimal digits.
std::optional<std::uint64_t> parseSeedText(std::string_view text)
{
    if (text.starts_with('-') || text.starts_with('+'))
        return std::nullopt;
    std::string_view t = trimmed(text);
    if (t.starts_with('+'))
        t.remove_prefix(1);
    if (!allDigits(t))
        return std::nullopt;
    std::uint64_t v = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || end != t.data() + t.size() || v > std::uint64_t(kMaxSeed))
        return std::nullopt;
    return v;
}

// QString::toDouble's syntax: surrounding white space, an optional sign, a decimal number.
std::optional<double> parseRealText(std::string_view text)
{
    std::string_view t = trimmed(text);
    const bool plus = t.starts_with('+');
    if (plus)
        t.remove_prefix(1);
    if (t.starts_with('+') || (plus && t.starts_with('-')) || (t.size() > 1 && t[0] == '-' && t[1] == '+'))
        return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v, std::chars_format::general);
    if (ec != std::errc() || end != t.data() + t.size())
        return std::nullopt;
    return v;
}

std::string quoted(const ParameterInfo &p, std::string_view text)
{
    return "--" + std::string(p.name) + " '" + std::string(text) + "': ";
}

} // namespace

std::span<const ParameterInfo> parameters()
{
    return table();
}

const ParameterInfo &parameterInfo(Parameter parameter)
{
    for (const auto &p : table())
        if (p.id == parameter)
            return p;
    return table().front(); // unreachable: every Parameter has a row (tst_parameters)
}

std::optional<Parameter> parameterFromName(std::string_view name)
{
    for (const auto &p : table())
        if (p.name == name)
            return p.id;
    return std::nullopt;
}

std::optional<core::Mechanism> onlyMechanism(const ParameterInfo &info)
{
    if (!info.readsCross.empty() || !info.readsSelf.empty() || !info.fixes.empty())
        return std::nullopt;
    std::optional<core::Mechanism> only;
    for (int i = 0; i <= int(M::Mla); ++i) {
        if (!info.reads.contains(M(i)))
            continue;
        if (only)
            return std::nullopt;
        only = M(i);
    }
    return only;
}

bool applies(Parameter parameter, core::Mechanism mechanism, AttentionKind attention)
{
    const ParameterInfo &p = parameterInfo(parameter);
    return p.reads.contains(mechanism)
        || (attention == AttentionKind::Cross ? p.readsCross : p.readsSelf).contains(mechanism);
}

bool seededOnly(Parameter parameter)
{
    switch (parameter) {
    case Parameter::Mechanism:
    case Parameter::Seed:
    case Parameter::MlaPath:
    case Parameter::Input:
    case Parameter::Text:
    case Parameter::Layer: return false;
    default: return true;
    }
}

bool takes(Parameter parameter, core::Mechanism mechanism)
{
    const ParameterInfo &p = parameterInfo(parameter);
    return (p.reads | p.readsCross | p.readsSelf | p.fixes).contains(mechanism);
}

ParameterValue value(const Request &request, Parameter parameter)
{
    return parameterInfo(parameter).get(request);
}

bool setValue(Request &request, Parameter parameter, const ParameterValue &value)
{
    return parameterInfo(parameter).set(request, value);
}

bool isGiven(const Request &request, Parameter parameter)
{
    const ParameterValue v = value(request, parameter);
    if (const bool *on = std::get_if<bool>(&v))
        return *on;
    return !std::holds_alternative<std::monostate>(v);
}

std::string valueText(const Request &request, Parameter parameter)
{
    return std::visit(
        [](const auto &v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return {};
            else if constexpr (std::is_same_v<T, bool>)
                return v ? "true" : "false";
            else if constexpr (std::is_same_v<T, core::Mechanism>)
                return std::string(mechanismId(v));
            else if constexpr (std::is_same_v<T, RopeLayout>)
                return std::string(ropeLayoutId(v));
            else if constexpr (std::is_same_v<T, MlaPath>)
                return std::string(mlaPathId(v));
            else if constexpr (std::is_same_v<T, InputSource>)
                return std::string(inputSourceId(v));
            else if constexpr (std::is_same_v<T, std::string>)
                return v;
            else
                return std::to_string(v);
        },
        value(request, parameter));
}

std::optional<std::int64_t> parseIntegerText(std::string_view text)
{
    // QString::toLongLong() without the white space it would skip.
    std::string_view t = text;
    const bool plus = t.starts_with('+');
    if (plus)
        t.remove_prefix(1);
    if (!allDigits(!plus && t.starts_with('-') ? t.substr(1) : t))
        return std::nullopt;
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || end != t.data() + t.size())
        return std::nullopt;
    return v;
}

std::optional<std::string> setFromText(Request &request, Parameter parameter, std::string_view text)
{
    const ParameterInfo &p = parameterInfo(parameter);
    switch (p.kind) {
    case K::Integer:
        if (const auto v = parseIntegerText(text)) {
            p.set(request, *v);
            return std::nullopt;
        }
        return quoted(p, text) + "not an integer.";
    case K::Seed:
        if (const auto v = parseSeedText(text)) {
            p.set(request, *v);
            return std::nullopt;
        }
        return quoted(p, text) + "not an integer from 0 to " + std::to_string(kMaxSeed) + " (2^53 - 1).";
    case K::Real:
        if (const auto v = parseRealText(text); v && std::isfinite(*v)) {
            p.set(request, *v);
            return std::nullopt;
        }
        return quoted(p, text) + "not a finite number.";
    case K::Switch:
        if (text == "true" || text == "false") {
            p.set(request, text == "true");
            return std::nullopt;
        }
        return quoted(p, text) + "give true or false.";
    case K::Choice: {
        ParameterValue v;
        if (parameter == Parameter::Mechanism) {
            if (const auto m = mechanismFromId(text))
                v = *m;
        } else if (parameter == Parameter::RopeLayout) {
            if (const auto l = ropeLayoutFromId(text))
                v = *l;
        } else if (parameter == Parameter::MlaPath) {
            if (const auto m = mlaPathFromId(text))
                v = *m;
        } else if (parameter == Parameter::Input) {
            if (const auto i = inputSourceFromId(text))
                v = *i;
        }
        if (std::holds_alternative<std::monostate>(v))
            return quoted(p, text) + std::string(p.refusal);
        p.set(request, v);
        return std::nullopt;
    }
    case K::Text:
        p.set(request, std::string(text));
        return std::nullopt;
    }
    return quoted(p, text) + "not a value.";
}

std::variant<Request, std::string> parseRequestSettings(const std::vector<std::string> &settings)
{
    std::string names;
    for (const auto &p : table())
        names += (names.empty() ? "" : ", ") + std::string(p.name);

    // First the syntax of every setting, in the order given...
    Request request;
    std::array<std::optional<std::string>, kRows> given; // by row of the table
    for (const std::string &setting : settings) {
        const auto eq = setting.find('=');
        if (eq == std::string::npos || eq == 0)
            return "'" + setting + "' is not name=value (e.g. heads=8).";
        const std::string name = setting.substr(0, eq);
        const std::string text = setting.substr(eq + 1);
        const auto row = std::find_if(table().begin(), table().end(), [&](const auto &p) { return p.name == name; });
        if (row == table().end())
            return "'" + name + "' is not a parameter; use the names of attnscope compute's flags: " + names + ".";
        auto &slot = given[std::size_t(row - table().begin())];
        if (slot)
            return name + " is given more than once; give it once.";
        slot = text;
        if (row->kind == K::Switch) {
            if (text != "true" && text != "false")
                return name + "=" + text + ": give true or false.";
            continue;
        }
        if (text.empty())
            return name + "= needs a value.";
    }
    // ... then the values, in the order of the command line's checks...
    for (std::size_t i = 0; i < table().size(); ++i) {
        if (given[i])
            if (auto error = setFromText(request, table()[i].id, *given[i]))
                return *std::move(error);
    }
    // ... then the rules.
    if (const auto errors = validate(request); !errors.empty())
        return errors.front().message;
    return request;
}

} // namespace attnscope::core
