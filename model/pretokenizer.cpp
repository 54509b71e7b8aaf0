// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/pretokenizer.h"

#include "model/safetensors.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace attnscope::model {

namespace {

// The length of the well-formed UTF-8 character at text[i], or 0 when the bytes there are not
// one; `consumed` is the length of the maximal ill-formed prefix (at least 1) in that case.
std::size_t utf8Length(std::string_view text, std::size_t i, std::size_t &consumed)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    consumed = 1;
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xbf; // the range of the second byte
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0)
            low = 0xa0; // no overlong form
        else if (lead == 0xed)
            high = 0x9f; // no surrogate
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0)
            low = 0x90;
        else if (lead == 0xf4)
            high = 0x8f; // nothing above U+10FFFF
    } else {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (i + k >= text.size())
            return 0;
        const unsigned char c = byte(i + k);
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xbf))
            return 0;
        consumed = k + 1;
    }
    return length;
}

char32_t decodeAt(std::string_view text, std::size_t i, std::size_t length)
{
    const auto byte = [&](std::size_t k) { return char32_t(static_cast<unsigned char>(text[i + k])); };
    switch (length) {
    case 1: return byte(0);
    case 2: return ((byte(0) & 0x1f) << 6) | (byte(1) & 0x3f);
    case 3: return ((byte(0) & 0x0f) << 12) | ((byte(1) & 0x3f) << 6) | (byte(2) & 0x3f);
    default: return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3f) << 12) | ((byte(2) & 0x3f) << 6) | (byte(3) & 0x3f);
    }
}

std::string encodeUtf8(char32_t c)
{
    std::string out;
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
    return out;
}

struct ByteLevelTables
{
    std::array<std::string, 256> chars;
    std::array<char32_t, 256> codes{};
    ByteLevelTables()
    {
        // bytes_to_unicode(): printable Latin-1 bytes stand for themselves; the other 68 bytes take
        // U+0100, U+0101, ... in byte order.
        int next = 0;
        for (int b = 0; b < 256; ++b) {
            const bool printable = (b >= '!' && b <= '~') || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
            codes[std::size_t(b)] = printable ? char32_t(b) : char32_t(256 + next++);
            chars[std::size_t(b)] = encodeUtf8(codes[std::size_t(b)]);
        }
    }
};

const ByteLevelTables &byteTables()
{
    static const ByteLevelTables tables;
    return tables;
}

bool isNumeric(char32_t c)
{
    const utf8proc_category_t category = utf8proc_category(utf8proc_int32_t(c));
    return category == UTF8PROC_CATEGORY_ND || category == UTF8PROC_CATEGORY_NL || category == UTF8PROC_CATEGORY_NO;
}

std::size_t characterLength(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

struct Part
{
    std::size_t begin, end;
    bool match;
};

} // namespace

bool isRegexWhitespace(char32_t c)
{
    // Unicode's White_Space property (PropList.txt), which Rust's \s matches.
    return (c >= 0x09 && c <= 0x0d) || c == 0x20 || c == 0x85 || c == 0xa0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

bool isRegexWordCharacter(char32_t c)
{
    // Alphabetic is the letters, Nl and Other_Alphabetic; the latter's characters outside the
    // marks are the circled and squared letters (symbols, So), listed here.
    if (c == 0x200c || c == 0x200d || (c >= 0x24b6 && c <= 0x24e9) || (c >= 0x1f130 && c <= 0x1f149)
        || (c >= 0x1f150 && c <= 0x1f169) || (c >= 0x1f170 && c <= 0x1f189))
        return true;
    switch (utf8proc_category(utf8proc_int32_t(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_PC: return true;
    default: return false;
    }
}

std::optional<char32_t> firstCharacter(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    return decodeAt(text, 0, characterLength(static_cast<unsigned char>(text[0])));
}

std::optional<char32_t> lastCharacter(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    std::size_t i = text.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xc0) == 0x80)
        --i;
    return decodeAt(text, i, text.size() - i);
}

std::size_t leadingWhitespace(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = characterLength(static_cast<unsigned char>(text[i]));
        if (!isRegexWhitespace(decodeAt(text, i, length)))
            break;
        i += length;
    }
    return i;
}

std::size_t trailingWhitespace(std::string_view text)
{
    std::size_t end = text.size();
    while (end > 0) {
        std::size_t i = end - 1;
        while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xc0) == 0x80)
            --i;
        if (!isRegexWhitespace(decodeAt(text, i, end - i)))
            break;
        end = i;
    }
    return text.size() - end;
}

namespace {

// Hugging Face's NormalizedString::split: the text cut at the matches, then the behaviour applied.
void splitAt(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>> &matches,
             SplitBehavior behavior, bool invert, std::vector<std::string> &out)
{
    std::vector<Part> parts;
    std::size_t at = 0;
    for (const auto &[begin, end] : matches) {
        if (begin > at)
            parts.push_back({at, begin, invert});
        parts.push_back({begin, end, !invert});
        at = end;
    }
    if (at < text.size())
        parts.push_back({at, text.size(), invert});

    std::vector<Part> merged;
    switch (behavior) {
    case SplitBehavior::Removed:
        for (const Part &p : parts)
            if (!p.match)
                merged.push_back(p);
        break;
    case SplitBehavior::Isolated: merged = parts; break;
    case SplitBehavior::MergedWithPrevious: {
        bool previousMatch = false;
        for (const Part &p : parts) {
            if (p.match && !previousMatch && !merged.empty())
                merged.back().end = p.end;
            else
                merged.push_back(p);
            previousMatch = p.match;
        }
        break;
    }
    case SplitBehavior::MergedWithNext: {
        bool previousMatch = false; // the part after this one, walking backwards
        for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
            if (it->match && !previousMatch && !merged.empty())
                merged.back().begin = it->begin;
            else
                merged.push_back(*it);
            previousMatch = it->match;
        }
        std::reverse(merged.begin(), merged.end());
        break;
    }
    case SplitBehavior::Contiguous: {
        bool previousMatch = false;
        for (const Part &p : parts) {
            if (p.match == previousMatch && !merged.empty())
                merged.back().end = p.end;
            else
                merged.push_back(p);
            previousMatch = p.match;
        }
        break;
    }
    }
    for (const Part &p : merged)
        if (p.end > p.begin)
            out.emplace_back(text.substr(p.begin, p.end - p.begin));
}

} // namespace

std::optional<std::size_t> firstInvalidUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        std::size_t consumed = 0;
        const std::size_t length = utf8Length(text, i, consumed);
        if (length == 0)
            return i;
        i += length;
    }
    return std::nullopt;
}

std::string lossyUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size();) {
        std::size_t consumed = 0;
        const std::size_t length = utf8Length(bytes, i, consumed);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            i += consumed;
        } else {
            out.append(bytes.substr(i, length));
            i += length;
        }
    }
    return out;
}

std::string nfc(std::string_view text)
{
    utf8proc_uint8_t *result = nullptr;
    const utf8proc_ssize_t length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t *>(text.data()), utf8proc_ssize_t(text.size()), &result,
                     utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (length < 0)
        throw ModelError(std::string("NFC normalization failed: ") + utf8proc_errmsg(length) + ".");
    std::string out(reinterpret_cast<const char *>(result), std::size_t(length));
    std::free(result);
    return out;
}

const std::array<std::string, 256> &byteLevelChars()
{
    return byteTables().chars;
}

std::optional<unsigned char> byteLevelByte(char32_t character)
{
    if (character < 256) {
        const bool printable = (character >= '!' && character <= '~') || (character >= 0xa1 && character <= 0xac)
            || (character >= 0xae && character <= 0xff);
        return printable ? std::optional<unsigned char>(static_cast<unsigned char>(character)) : std::nullopt;
    }
    if (character >= 256 + 68)
        return std::nullopt;
    const auto &codes = byteTables().codes;
    for (std::size_t b = 0; b < 256; ++b)
        if (codes[b] == character)
            return static_cast<unsigned char>(b);
    return std::nullopt;
}

std::optional<std::string> byteLevelDecode(std::string_view token)
{
    std::string out;
    for (std::size_t i = 0; i < token.size();) {
        std::size_t consumed = 0;
        const std::size_t length = utf8Length(token, i, consumed);
        if (length == 0)
            return std::nullopt;
        const std::optional<unsigned char> b = byteLevelByte(decodeAt(token, i, length));
        if (!b)
            return std::nullopt;
        out += char(*b);
        i += length;
    }
    return out;
}

Regex::Regex(const std::string &pattern, const std::string &where) : m_where(where)
{
    int error = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                     PCRE2_UTF | PCRE2_UCP, &error, &errorOffset, nullptr);
    if (!code) {
        PCRE2_UCHAR message[256];
        pcre2_get_error_message(error, message, sizeof message);
        throw ModelError(where + ": pre-tokenizer pattern '" + pattern
                         + "' does not compile (PCRE2: " + reinterpret_cast<const char *>(message) + " at offset "
                         + std::to_string(errorOffset) + ").");
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); // where JIT is unavailable, pcre2_match interprets
    m_code = code;
}

Regex::~Regex()
{
    pcre2_code_free(static_cast<pcre2_code *>(m_code));
}

std::vector<std::pair<std::size_t, std::size_t>> Regex::findAll(std::string_view text) const
{
    auto *code = static_cast<pcre2_code *>(m_code);
    std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> data(
        pcre2_match_data_create_from_pattern(code, nullptr), &pcre2_match_data_free);
    std::vector<std::pair<std::size_t, std::size_t>> matches;
    const auto subject = reinterpret_cast<PCRE2_SPTR>(text.data());
    std::size_t at = 0;
    while (at < text.size()) {
        const int rc = pcre2_match(code, subject, text.size(), at, PCRE2_NO_UTF_CHECK, data.get(), nullptr);
        if (rc == PCRE2_ERROR_NOMATCH)
            break;
        if (rc < 0) {
            PCRE2_UCHAR message[256];
            pcre2_get_error_message(rc, message, sizeof message);
            throw ModelError(m_where + ": a pre-tokenizer pattern failed on the text (PCRE2: "
                             + reinterpret_cast<const char *>(message) + ").");
        }
        const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(data.get());
        if (ovector[1] > ovector[0]) {
            matches.emplace_back(ovector[0], ovector[1]);
            at = ovector[1];
        } else { // an empty match: step over one character
            std::size_t consumed = 0;
            at = ovector[0] + std::max<std::size_t>(1, utf8Length(text, ovector[0], consumed));
        }
    }
    return matches;
}

void preTokenize(const std::vector<PreTokenizerStep> &steps, std::string_view text, std::vector<std::string> &words)
{
    std::vector<std::string> pieces{std::string(text)};
    std::vector<std::string> next;
    for (const PreTokenizerStep &step : steps) {
        next.clear();
        for (std::string &piece : pieces) {
            std::vector<std::pair<std::size_t, std::size_t>> matches;
            SplitBehavior behavior = step.behavior;
            bool invert = step.invert;
            switch (step.kind) {
            case PreTokenizerStep::Kind::ByteLevel:
                if (step.addPrefixSpace && (piece.empty() || piece.front() != ' '))
                    piece.insert(piece.begin(), ' ');
                if (!step.regex) {
                    next.push_back(std::move(piece));
                    continue;
                }
                matches = step.regex->findAll(piece);
                behavior = SplitBehavior::Isolated;
                invert = false;
                break;
            case PreTokenizerStep::Kind::Split:
                if (step.regex) {
                    matches = step.regex->findAll(piece);
                } else if (!step.literal.empty()) {
                    for (std::size_t at = piece.find(step.literal); at != std::string::npos;
                         at = piece.find(step.literal, at + step.literal.size()))
                        matches.emplace_back(at, at + step.literal.size());
                }
                break;
            case PreTokenizerStep::Kind::Digits: {
                // Each numeric character (Rust's char::is_numeric: Nd, Nl, No) is a match;
                // without individual_digits, runs of them stay together.
                behavior = step.individualDigits ? SplitBehavior::Isolated : SplitBehavior::Contiguous;
                invert = false;
                for (std::size_t i = 0; i < piece.size();) {
                    std::size_t consumed = 0;
                    const std::size_t length = utf8Length(piece, i, consumed);
                    if (isNumeric(decodeAt(piece, i, length)))
                        matches.emplace_back(i, i + length);
                    i += length;
                }
                break;
            }
            }
            splitAt(piece, matches, behavior, invert, next);
        }
        std::swap(pieces, next);
    }
    for (std::string &piece : pieces)
        if (!piece.empty())
            words.push_back(std::move(piece));
}

} // namespace attnscope::model
