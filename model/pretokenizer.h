// SPDX-License-Identifier: GPL-3.0-or-later
// The text stages of the byte-level BPE tokenizer (tokenizer.h): UTF-8 checks, NFC (utf8proc),
// GPT-2's byte-to-character map, and the pre-tokenizers (PCRE2 regexes).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attnscope::model {

// The offset of the first byte that does not begin or continue a well-formed UTF-8 character
// (no overlong forms, no surrogates, nothing above U+10FFFF); nullopt when the text is valid.
[[nodiscard]] std::optional<std::size_t> firstInvalidUtf8(std::string_view text);
// The bytes as UTF-8, each maximal ill-formed subsequence replaced by U+FFFD (like Rust's
// String::from_utf8_lossy, which Hugging Face's decoders use).
[[nodiscard]] std::string lossyUtf8(std::string_view bytes);
// Unicode NFC of valid UTF-8 text.
[[nodiscard]] std::string nfc(std::string_view text);

// The character classes of Rust's regex crate, which Hugging Face's added tokens use (\s and \w,
// Unicode-aware): White_Space, and Alphabetic, marks, decimal digits, connector punctuation
// (the underscore) and the joiners U+200C/U+200D.
[[nodiscard]] bool isRegexWhitespace(char32_t c);
[[nodiscard]] bool isRegexWordCharacter(char32_t c);
// The first and the last character of valid UTF-8 text (nullopt when it is empty).
[[nodiscard]] std::optional<char32_t> firstCharacter(std::string_view text);
[[nodiscard]] std::optional<char32_t> lastCharacter(std::string_view text);
// The bytes of whitespace (isRegexWhitespace) that valid UTF-8 text begins with, and ends with.
[[nodiscard]] std::size_t leadingWhitespace(std::string_view text);
[[nodiscard]] std::size_t trailingWhitespace(std::string_view text);

// GPT-2's bytes_to_unicode(): byte b as the UTF-8 of its printable stand-in character ("Ġ" for
// 0x20), and the reverse (nullopt for a character that stands for no byte).
[[nodiscard]] const std::array<std::string, 256> &byteLevelChars();
[[nodiscard]] std::optional<unsigned char> byteLevelByte(char32_t character);
// The UTF-8 string's characters mapped back to bytes; nullopt when one stands for no byte.
[[nodiscard]] std::optional<std::string> byteLevelDecode(std::string_view token);

// A PCRE2 pattern compiled with PCRE2_UTF | PCRE2_UCP (\p{L}, \s and \w are Unicode-aware, as in
// Hugging Face's Oniguruma regexes), JIT-compiled where PCRE2 supports it. Thread-safe to use.
class Regex
{
public:
    // Refuses a pattern PCRE2 cannot compile; `where` names the file in the message.
    Regex(const std::string &pattern, const std::string &where);
    ~Regex();
    Regex(const Regex &) = delete;
    Regex &operator=(const Regex &) = delete;
    // Every non-overlapping, non-empty match [begin, end) of valid UTF-8 text, left to right.
    [[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> findAll(std::string_view text) const;

private:
    void *m_code = nullptr; // pcre2_code_8
    std::string m_where;
};

// GPT-2's pattern, which the ByteLevel pre-tokenizer uses when use_regex is true.
inline constexpr std::string_view Gpt2Pattern =
    "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

// Hugging Face's SplitDelimiterBehavior.
enum class SplitBehavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };

// One pre-tokenizer of tokenizer.json. ByteLevel is always the last one (tokenizer.cpp checks);
// its byte-to-character mapping happens after preTokenize(), on each word.
struct PreTokenizerStep
{
    enum class Kind { Split, Digits, ByteLevel };
    Kind kind = Kind::Split;
    std::shared_ptr<const Regex> regex; // Split with {"Regex": ...}; ByteLevel with use_regex
    std::string literal;                // Split with {"String": ...}
    SplitBehavior behavior = SplitBehavior::Isolated;
    bool invert = false;
    bool individualDigits = false;
    bool addPrefixSpace = false;
};

// Cuts valid UTF-8 text into words (still raw UTF-8, not yet byte-level mapped), appending them to
// words. Empty pieces are dropped, as in Hugging Face's tokenizers.
void preTokenize(const std::vector<PreTokenizerStep> &steps, std::string_view text, std::vector<std::string> &words);

} // namespace attnscope::model
