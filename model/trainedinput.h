// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/params/validation.h"
#include "core/trace/trace.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace attnscope::model {

// The input of every view: seeded (core's random weights and inputs) or trained (a shipped
// teaching model, model/teaching.h, reading a text). Everything that turns a Request into a
// Trace goes through these three, so the window, the lessons and the command line agree.
//
// Trained language models (mha, gqa, mqa, mla): the text is tokenized by the model's tokenizer
// after the document start <|endoftext|> the models were trained with, the model runs it, and
// the trace is the chosen layer's attention (model/layertrace.h) with the tokens as labels.
// Trained bahdanau: the translator reads the date and the trace is its alignment, the source
// words and the emitted characters as labels.

// core::validate() and, for trained input, what needs the model: the models are found, the
// text tokenizes into at most the model's positions (bahdanau: every word is known), the layer
// exists. Empty: valid.
[[nodiscard]] std::vector<core::ValidationError>
validateInput(const core::Request &request, std::int64_t memoryCapBytes = core::kDefaultMemoryCapBytes);

// core::resolve() and, for trained input, the model's shape (model::layerConfig for a language
// model's layer, the translator's widths), the token counts of the text, and the layer (the
// last when not given). The request must have passed validateInput(); throws
// std::runtime_error otherwise.
[[nodiscard]] core::Config resolveInput(const core::Request &request);

// The Trace of a resolved configuration: core::computeShared() when seeded, the trained model's
// otherwise. Throws std::runtime_error (and std::invalid_argument for an invalid seeded config).
[[nodiscard]] std::shared_ptr<const core::Trace> computeInput(const core::Config &config);

// The text followed by the trained language model's `tokens` greedy next tokens, decoded (the
// text itself is kept as given; the model reads it after the document start, as above). With
// model::TransformerModel::generate(): the prompt once, then one token at a time against the
// KV cache. Throws std::runtime_error for a mechanism without a trained language model (sdpa,
// bahdanau), tokens < 1, or a text that with the new tokens needs more positions than the model
// has.
[[nodiscard]] std::string continueText(core::Mechanism mechanism, std::string_view text, int tokens);

// The layers of a mechanism's trained language model; std::nullopt for bahdanau and sdpa, or when
// the model cannot be read.
[[nodiscard]] std::optional<std::int64_t> trainedLayerCount(core::Mechanism mechanism);

// Texts to pick from in the window and the lessons: sentences that show what the language
// models learned (agreement across a clause, copying, counting, brackets), dates for bahdanau.
[[nodiscard]] std::span<const std::string_view> trainedExamples(core::Mechanism mechanism);

} // namespace attnscope::model
