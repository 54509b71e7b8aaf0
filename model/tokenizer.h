// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace attnscope::model {

// A byte-level BPE tokenizer read from a Hugging Face tokenizer.json: GPT-2, Llama 3, Qwen 2/3,
// SmolLM, StarCoder. encode() runs the same stages as Hugging Face's tokenizers library:
//   1. added tokens (special or not) are cut out of the text, leftmost and longest match first:
//      those with normalized false from the raw text, then the normalizer (none or NFC) runs on
//      the rest, then those with normalized true from the normalized text; a token with lstrip
//      (rstrip) takes the whitespace before (after) it along, and one with single_word is not
//      matched next to a word character (Unicode \w), as in Hugging Face's AddedVocabulary (which
//      also gives an added token the vocab already has the vocab's id);
//   2. the pre-tokenizers (ByteLevel, Split, Digits, or a Sequence of them) cut it into words,
//      and ByteLevel maps each word's UTF-8 bytes onto GPT-2's 256 printable characters;
//   3. each word is merged by BPE, lowest merge rank first (words are cached);
//   4. with addSpecialTokens, the post-processor (TemplateProcessing, RobertaProcessing,
//      BertProcessing) adds its special tokens, for example Llama 3's <|begin_of_text|>.
// fromFile() validates the whole file and refuses, with a ModelError whose what() is one sentence,
// everything else: WordPiece/Unigram/WordLevel models, Metaspace (SentencePiece), byte_fallback,
// other normalizers. Encoding is thread-safe; copies share the (immutable) tables and the word
// cache.
class Tokenizer
{
public:
    static Tokenizer fromFile(const std::filesystem::path &path);
    // The same, from tokenizer.json's text; `name` stands for the file in messages.
    static Tokenizer fromJson(std::string_view json, const std::string &name);

    // Refuses text that is not valid UTF-8 (the message names the byte offset).
    [[nodiscard]] std::vector<std::int32_t> encode(std::string_view utf8, bool addSpecialTokens = false) const;
    // Byte-level decoding; invalid UTF-8 (a sequence cut between tokens) becomes U+FFFD, as in
    // Hugging Face's decode. Refuses an id outside [0, vocabSize()) or one no token has.
    [[nodiscard]] std::string decode(std::span<const std::int32_t> ids, bool skipSpecial = false) const;
    // One token as readable text, for labels: "Ġhello" -> " hello", "<|im_start|>" as it is.
    [[nodiscard]] std::string tokenText(std::int32_t id) const;
    // The token as tokenizer.json spells it ("Ġhello").
    [[nodiscard]] std::string tokenString(std::int32_t id) const;
    // One more than the largest id of the vocab and the added tokens.
    [[nodiscard]] std::int32_t vocabSize() const;
    // The id of a token spelled as in tokenizer.json ("Ġhello", "<|im_start|>").
    [[nodiscard]] std::optional<std::int32_t> tokenId(std::string_view token) const;
    [[nodiscard]] bool isSpecial(std::int32_t id) const;
    // Whether encode() applies NFC: then decode(encode(x)) gives NFC(x), not x.
    [[nodiscard]] bool normalizesToNfc() const;
    [[nodiscard]] const std::string &name() const;

    struct Data;

private:
    explicit Tokenizer(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> m_data;
};

} // namespace attnscope::model
