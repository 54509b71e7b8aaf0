// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace attnscope::core {

// Every field of a Request, one identifier each. The first sixteen are the controls of the
// parameter panel (widgets::Parameter is this enum); the mechanism and the seed follow, then the
// trained input's three (input, text, layer).
enum class Parameter {
    DModel,
    Heads,
    KvHeads,
    HeadDim,
    Tokens,
    SourceTokens,
    Causal,
    Cross,
    LatentRank,
    QueryRank,
    RopeDim,
    RopeBase,
    RopeLayout,
    MlaPath,
    Hidden,
    AlignDim,
    Mechanism,
    Seed,
    Input,
    Text,
    Layer,
};

enum class ParameterKind {
    Integer, // std::optional<std::int64_t>: a size or a count
    Switch,  // bool: given by its presence on the command line (causal, cross)
    Real,    // std::optional<double>
    Choice,  // one of a few identifiers (mechanism, rope-layout, mla-path, input)
    Seed,    // std::uint64_t, 0 to 2^53 - 1 (JSON numbers hold it exactly)
    Text,    // std::optional<std::string>: free text (the trained input's sentence)
};

// A set of mechanisms.
class MechanismSet
{
public:
    constexpr MechanismSet() = default;
    constexpr MechanismSet(std::initializer_list<core::Mechanism> mechanisms)
    {
        for (const auto m : mechanisms)
            m_bits |= 1u << unsigned(m);
    }
    [[nodiscard]] static constexpr MechanismSet all()
    {
        using M = core::Mechanism;
        return {M::Bahdanau, M::Sdpa, M::Mha, M::Gqa, M::Mqa, M::Mla};
    }
    [[nodiscard]] constexpr bool contains(core::Mechanism m) const { return (m_bits >> unsigned(m)) & 1u; }
    [[nodiscard]] constexpr bool empty() const { return m_bits == 0; }
    [[nodiscard]] constexpr MechanismSet operator|(MechanismSet other) const
    {
        MechanismSet s;
        s.m_bits = m_bits | other.m_bits;
        return s;
    }
    constexpr bool operator==(const MechanismSet &) const = default;

private:
    unsigned m_bits = 0;
};

// The value of one parameter of a Request. std::monostate is "not given" (optional fields);
// Integer: std::int64_t, Real: double, Switch: bool (cross: true = cross attention), Seed:
// std::uint64_t, Choice: Mechanism, RopeLayout, MlaPath or InputSource, Text: std::string.
using ParameterValue = std::variant<std::monostate, std::int64_t, double, bool, std::uint64_t, core::Mechanism,
                                    RopeLayout, MlaPath, InputSource, std::string>;

// One row of the parameter table: everything about a parameter, spelled once.
struct ParameterInfo
{
    Parameter id;
    std::string_view name; // the command-line flag without dashes, also a lesson's `set:` name
    std::string_view key;  // the key in the request JSON and in a dump's "config"
    ParameterKind kind;
    std::string_view valueName; // the value's name in `attnscope compute --help` ("N"); empty for switches
    std::string_view help;      // the option's line in `attnscope compute --help`
    std::string_view unit;      // what the value counts, where it counts something
    std::string_view refusal;   // Choice: the rule after "--flag 'text': "
    bool shape = false;         // describes a model's attention shape (also a flag of `attnscope footprint`)
    // The fixed range of the values (Integer, Real and Seed), as validate() checks it; std::nullopt
    // where a rule depends on other parameters or is exclusive (rope-base > 1).
    std::optional<std::int64_t> minimum;
    std::optional<std::int64_t> maximum;
    // Where it is read: by these mechanisms always, by these for cross attention only, by these
    // for self-attention only; `fixes`: mechanisms that fix its value (a given value must equal
    // theirs, which validate() checks; the panel disables the control).
    MechanismSet reads;
    MechanismSet readsCross;
    MechanismSet readsSelf;
    MechanismSet fixes;
    // Integer: the Request's and the Config's field.
    std::optional<std::int64_t> Request::*integer = nullptr;
    std::int64_t Config::*configInteger = nullptr;
    // Every kind: the generic accessors.
    ParameterValue (*get)(const Request &) = nullptr;
    bool (*set)(Request &, const ParameterValue &) = nullptr; // false: the value has the wrong type
};

// The table, in the order of `attnscope compute --help`: mechanism, the integers, causal,
// cross, seed, rope-base, rope-layout, mla-path, input, text, layer.
[[nodiscard]] std::span<const ParameterInfo> parameters();
[[nodiscard]] const ParameterInfo &parameterInfo(Parameter parameter);
[[nodiscard]] std::optional<Parameter> parameterFromName(std::string_view name);
// The mechanism a parameter belongs to alone (mla's ranks and RoPE, bahdanau's widths), if any.
[[nodiscard]] std::optional<core::Mechanism> onlyMechanism(const ParameterInfo &info);

// Whether a mechanism (with the given attention kind) reads a parameter as a free choice.
[[nodiscard]] bool applies(Parameter parameter, core::Mechanism mechanism,
                           AttentionKind attention = AttentionKind::Self);
// The parameters that describe seeded inputs only: every size, causal, cross, source tokens and
// MLA's RoPE settings. With --input trained the model fixes them, so they must be left out.
[[nodiscard]] bool seededOnly(Parameter parameter);

// Whether the mechanism takes the parameter at all: it reads it (for some attention kind) or
// fixes its value.
[[nodiscard]] bool takes(Parameter parameter, core::Mechanism mechanism);

[[nodiscard]] ParameterValue value(const Request &request, Parameter parameter);
// false when the value's type does not fit the parameter (the request is unchanged).
bool setValue(Request &request, Parameter parameter, const ParameterValue &value);
// Whether the user gave it: an optional with a value, a switch that is on, an input other than
// seeded; always for the mechanism and the seed.
[[nodiscard]] bool isGiven(const Request &request, Parameter parameter);
// The value as validate() quotes it: integers in decimal, reals by std::to_string, choices by
// their identifier, switches "true"/"false", text as it is; "" when not given.
[[nodiscard]] std::string valueText(const Request &request, Parameter parameter);

// Parses one value as `attnscope compute` does (--name text) and sets it. Returns the sentence
// naming the flag, the text and the rule on failure, e.g. "--heads 'x': not an integer.".
// Switches take "true" or "false".
std::optional<std::string> setFromText(Request &request, Parameter parameter, std::string_view text);

// The integer syntax of the command line: optional sign, decimal digits, nothing else.
[[nodiscard]] std::optional<std::int64_t> parseIntegerText(std::string_view text);

// Parameters given as `name=value` settings (a lesson's `set:`; switches take true or false),
// named as the flags of `attnscope compute` without dashes, parsed and refused as there and
// checked by validate(). A missing mechanism is mha. Returns the request, or one sentence
// (the first problem).
[[nodiscard]] std::variant<Request, std::string> parseRequestSettings(const std::vector<std::string> &settings);

} // namespace attnscope::core
