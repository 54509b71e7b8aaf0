// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mechanisms/bahdanau.h"
#include "core/params/config.h"
#include "core/trace/trace.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace attnscope::model {

// The trained Bahdanau encoder-decoder AttnScope ships (resources/models/bahdanau-dates,
// docs/teaching-models.md): config.json with model_type "attnscope_bahdanau", and
// model.safetensors with F32 weights in core's layout (row vectors, every matrix [in, out]).
// It translates a date in words into ISO 8601 one character at a time with core's GRU and
// additive attention (core/mechanisms/gru.h, bahdanau.h), greedy:
//   s_0 = tanh(bwd_0 W_s); for i = 1..: e_i = additiveScores(s_{i-1}), alpha_i = softmax(e_i),
//   c_i = alpha_i h, s_i = GRU_dec(s_{i-1}, [y_{i-1} ; c_i]),
//   logits_i = [s_i ; c_i ; y_{i-1}] output.weight + output.bias, y_i = argmax,
// from y_0 = <s> until </s> or max_target_length characters.
// Immutable once loaded, so one Translator may translate from several threads.
class Translator
{
public:
    // Tensor names in model.safetensors, shapes with m (embedding), n (GRU), n' (alignment):
    //   source_embedding [V_src, m], target_embedding [V_tgt, m],
    //   encoder_forward.{wz,wr,wh} [m, n], encoder_backward.* likewise, decoder.{wz,wr,wh}
    //   [m + 2n, n] (rows: y, then c), *.{uz,ur,uh} [n, n], ws [n, n], wa [n, n'], ua [2n, n'],
    //   va [n'], output.weight [n + 2n + m, V_tgt] (rows: s_i, c_i, y_{i-1}), output.bias [V_tgt].
    static constexpr std::string_view ModelType = "attnscope_bahdanau";
    // More words than any date has; a longer text is refused before anything is computed.
    static constexpr std::int64_t MaxSourceTokens = 64;

    // Reads FOLDER/config.json and FOLDER/model.safetensors. Throws ModelError (a
    // std::runtime_error) with one sentence naming the file, the value and the rule: a missing
    // or unreadable config.json, another model_type, a size outside 1..4096, a vocabulary that is
    // not a list of distinct words (source words lower case, without spaces) or lacks the start
    // or end token, max_target_length outside 1..1024, a missing weight file or tensor, a tensor
    // of the wrong shape, and embeddings or an output layer whose rows or columns do not match
    // the vocabularies.
    [[nodiscard]] static Translator load(const std::filesystem::path &folder);

    // true when FOLDER/config.json is a JSON object whose model_type is attnscope_bahdanau
    // (never throws; for callers that choose between this and a language model).
    [[nodiscard]] static bool isTranslatorFolder(const std::filesystem::path &folder);

    // The words of a date as the model reads them, the way scripts/teaching/dates.py writes its
    // sources: lower case, separated by white space, ',' and '/' (and any other one-character
    // punctuation word of source_vocab) words of their own even when written against a number
    // ("july 20, 1969", "9/11/1989"). Throws ModelError for an empty text, more than
    // MaxSourceTokens words, and a word outside source_vocab (the sentence names it and what is
    // accepted).
    [[nodiscard]] std::vector<std::string> sourceTokens(std::string_view text) const;

    struct Translation
    {
        std::vector<std::string> source; // the source words
        std::vector<std::int64_t> sourceIds;
        // The entry of source_formats the words follow ("month day , year"); empty when they
        // follow none, and the model, trained on those forms only, may well be wrong.
        std::string format;
        std::vector<std::string> output; // emitted target tokens, ending with </s> when emitted
        std::vector<std::int64_t> outputIds;
        std::string text;    // the output joined without </s>, e.g. "2026-12-05"
        core::Matrix logits; // [output.size(), V_tgt], row i before y_i was chosen
        // core::bahdanauTrace with teacher forcing on the emitted tokens (Y_emb: <s>, then the
        // output without its last token), so its weights are the decode's. Labels: queries the
        // output tokens, keys the source words.
        core::Trace trace;
        core::Matrix weights; // alpha as the greedy decode computed it [output.size(), T_src]
    };

    // sourceTokens(text), then greedy decoding and the trace. Throws what sourceTokens throws.
    [[nodiscard]] Translation translate(std::string_view text) const;

    // The configuration that describes a translation to the views: mechanism bahdanau, d_model = m,
    // hidden = n, align_dim = n', tokens = target steps, source_tokens.
    [[nodiscard]] core::Config config(std::int64_t sourceTokens, std::int64_t targetTokens) const;

    [[nodiscard]] const std::filesystem::path &folder() const { return m_folder; }
    [[nodiscard]] const std::string &task() const { return m_task; }
    [[nodiscard]] std::int64_t embeddingSize() const { return m_weights.encoderForward.inputSize(); } // m
    [[nodiscard]] std::int64_t hiddenSize() const { return m_weights.encoderForward.hiddenSize(); }   // n
    [[nodiscard]] std::int64_t alignSize() const { return m_weights.wa.cols(); }                      // n'
    [[nodiscard]] std::int64_t maxTargetLength() const { return m_maxTargetLength; }
    [[nodiscard]] const std::vector<std::string> &sourceVocab() const { return m_sourceVocab; }
    [[nodiscard]] const std::vector<std::string> &targetVocab() const { return m_targetVocab; }
    [[nodiscard]] const std::string &startToken() const { return m_targetVocab[std::size_t(m_startId)]; }
    [[nodiscard]] const std::string &endToken() const { return m_targetVocab[std::size_t(m_endId)]; }
    // The first of source_formats ("weekday day month year", ...) whose slots the words fill:
    // weekday and month names, "day" 1-31, "month" a name or 1-12, "year" four digits, other
    // slots the word itself (",", "/"). Empty when none: the text is not a form the model learned
    // ("december 5 2026" without its comma, a year first), and its translation may be wrong.
    [[nodiscard]] std::string sourceFormat(const std::vector<std::string> &words) const;
    // What source_vocab holds, in words: "weekday names (monday ... sunday), month names (january
    // ... december), day and month numbers 1-31, years 1950-2049, ',' and '/'" for the shipped model.
    [[nodiscard]] std::string sourceVocabSummary() const;
    // config.json's source_formats ("weekday day month year", ...); empty when it has none.
    [[nodiscard]] const std::vector<std::string> &sourceFormats() const { return m_sourceFormats; }
    // Every weight's elements (104 525 for the shipped model).
    [[nodiscard]] std::int64_t parameterCount() const;
    [[nodiscard]] const core::BahdanauWeights &weights() const { return m_weights; }

private:
    Translator() = default;

    std::filesystem::path m_folder;
    std::string m_task;
    std::vector<std::string> m_sourceVocab, m_targetVocab, m_sourceFormats;
    std::map<std::string, std::int64_t, std::less<>> m_sourceIds;
    std::int64_t m_startId = 0, m_endId = 1;
    std::int64_t m_maxTargetLength = 0;
    core::BahdanauWeights m_weights;
    core::Matrix m_sourceEmbedding; // [V_src, m]
    core::Matrix m_targetEmbedding; // [V_tgt, m]
    core::Matrix m_outputWeight;    // [n + 2n + m, V_tgt]
    core::RowVector m_outputBias;   // [V_tgt]
};

} // namespace attnscope::model
