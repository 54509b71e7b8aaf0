// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/params/parameters.h"
#include "core/params/validation.h"

#include <QObject>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace attnscope::widgets {

// The parameters of a computation, one per control (and per command-line option): the table
// of core/params/parameters.h. (The mechanism and the seed are parameters too.)
using Parameter = core::Parameter;

// The observable parameters of one computation: a core::Request, a mechanism plus the
// optional fields the user gave. The model remembers every value it was given, and request()
// passes on only those the current mechanism reads, so that switching from MHA to Bahdanau
// and back keeps the heads the user chose (core::validate() would reject them for Bahdanau).
class ParameterModel : public QObject
{
    Q_OBJECT

public:
    explicit ParameterModel(QObject *parent = nullptr);

    // Whether a mechanism (with the given attention kind) reads a parameter (core::applies()).
    [[nodiscard]] static bool applies(Parameter parameter, core::Mechanism mechanism,
                                      core::AttentionKind attention = core::AttentionKind::Self);
    // ... and with the input: a trained model fixes the sizes (core::seededOnly), and the text and
    // the layer apply to trained input only.
    [[nodiscard]] bool applies(Parameter parameter) const;

    [[nodiscard]] core::Mechanism mechanism() const { return m_values.mechanism; }

    // Every value given, whether or not the current mechanism reads it.
    [[nodiscard]] const core::Request &values() const { return m_values; }
    // What is computed: the mechanism, the seed and the applicable values only.
    [[nodiscard]] core::Request request() const;
    // request() with the mechanism's defaults filled in (model::resolveInput: for trained input
    // the model's shape; core::resolve's when the request is not valid).
    [[nodiscard]] core::Config config() const;
    // model::validateInput() of request(): empty when the request may be computed.
    [[nodiscard]] std::vector<core::ValidationError> errors() const;
    [[nodiscard]] bool isValid() const { return errors().empty(); }
    // The sentences of errors(), one per problem.
    [[nodiscard]] QStringList errorMessages() const;

    // Sets one parameter (core::setValue(); std::monostate means "not given", the mechanism's
    // default) and emits changed() when the value differs. Every setter below is this one.
    void set(Parameter parameter, const core::ParameterValue &value);
    // Each setter emits changed() when the value differs; std::nullopt means "not given"
    // (the mechanism's default).
    void setMechanism(core::Mechanism mechanism);
    void setSeed(std::uint64_t seed);
    void setDModel(std::optional<std::int64_t> value);
    void setHeads(std::optional<std::int64_t> value);
    void setKvHeads(std::optional<std::int64_t> value);
    void setHeadDim(std::optional<std::int64_t> value);
    void setTokens(std::optional<std::int64_t> value);
    void setSourceTokens(std::optional<std::int64_t> value);
    void setCausal(bool causal);
    void setAttention(core::AttentionKind attention);
    void setLatentRank(std::optional<std::int64_t> value);
    void setQueryRank(std::optional<std::int64_t> value);
    void setRopeDim(std::optional<std::int64_t> value);
    void setRopeBase(std::optional<double> value);
    void setRopeLayout(std::optional<core::RopeLayout> value);
    void setMlaPath(std::optional<core::MlaPath> value);
    void setHidden(std::optional<std::int64_t> value);
    void setAlignDim(std::optional<std::int64_t> value);
    // The input: seeded, or a trained model reading a text (at a layer; std::nullopt: the last).
    void setInput(core::InputSource input);
    void setText(std::optional<std::string> value);
    void setLayer(std::optional<std::int64_t> value);
    // Replaces every value at once, emitting changed() at most once. Switching the mechanism
    // between Bahdanau (dates) and a language model (sentences) keeps each side's text.
    void setValues(const core::Request &values);

Q_SIGNALS:
    void changed();

private:
    template<typename T>
    void setOptional(Parameter parameter, const std::optional<T> &value);

    core::Request m_values;
    // config() and errors() of the last request() asked about (both need the model for trained
    // input; the panel asks for them many times per change).
    struct Resolved
    {
        core::Request request;
        core::Config config;
        std::vector<core::ValidationError> errors;
    };
    mutable std::optional<Resolved> m_resolved;
    // The text of the other side of the translator / language-model divide (setValues()).
    std::optional<std::string> m_otherText;
};

} // namespace attnscope::widgets
