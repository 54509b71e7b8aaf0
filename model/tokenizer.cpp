// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/tokenizer.h"

#include "model/bpe.h"
#include "model/pretokenizer.h"
#include "model/safetensors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <mutex>
#include <sstream>
#include <unordered_map>

namespace attnscope::model {

namespace {

using Json = nlohmann::json;

// Ids lie below 2^24: far above any real vocabulary (Gemma's 256k), and a bound on the tables.
constexpr std::int64_t MaxTokenId = 1 << 24;
// The word cache is cleared when it grows past this many words.
constexpr std::size_t MaxCachedWords = 200'000;

constexpr const char *Supported = "AttnScope reads byte-level BPE (GPT-2, Llama 3, Qwen 2/3, SmolLM, StarCoder).";

struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Hugging Face's AddedToken. A normalized token matches the normalized text, so it is looked for
// as the normalizer writes it (`match`); lstrip and rstrip make a match take the whitespace on that
// side with it; a single_word token is not matched inside a word (a \w character next to it).
struct AddedToken
{
    std::string content;
    std::string match;
    std::int32_t id = 0;
    bool special = false;
    bool normalized = false;
    bool singleWord = false;
    bool lstrip = false;
    bool rstrip = false;
};

// A piece of the text: either an added token already recognized, or text still to tokenize.
struct Segment
{
    std::string text;
    std::int32_t token = -1;
};

std::string inQuotes(std::string_view s)
{
    return "'" + std::string(s) + "'";
}

std::string typeOf(const Json &j)
{
    if (j.is_object() && j.contains("type") && j["type"].is_string())
        return j["type"].get<std::string>();
    return "(no type)";
}

} // namespace

struct Tokenizer::Data
{
    std::string name;
    std::unordered_map<std::string, std::int32_t, StringHash, std::equal_to<>> ids; // vocab + added
    std::vector<std::string> tokens;                                                // id -> token
    std::vector<char> present, special;                                             // per id
    BpeMerges merges;
    bool ignoreMerges = false;
    std::array<std::int32_t, 256> byteIds{}; // the id of each byte's byte-level character
    bool nfc = false;
    std::vector<PreTokenizerStep> steps;
    std::vector<AddedToken> added; // longest first
    std::vector<std::int32_t> prefix, suffix;
    std::string postProcessorRefusal; // set when the post-processor is not supported

    mutable std::mutex cacheMutex;
    mutable std::unordered_map<std::string, std::vector<std::int32_t>> cache;

    [[noreturn]] void fail(const std::string &sentence) const { throw ModelError(name + ": " + sentence); }
    void parse(const Json &root);
    void parseModel(const Json &model);
    void parseAddedTokens(const Json &list);
    void parseNormalizer(const Json &normalizer);
    void parsePreTokenizer(const Json &pre, bool top);
    void parseDecoder(const Json &decoder);
    void parsePostProcessor(const Json &post, const Json &root);
    void setToken(std::int32_t id, const std::string &token);

    void splitAdded(std::vector<Segment> &segments, bool normalizedTokens) const;
    void encodeWord(const std::string &word, std::vector<std::int32_t> &out) const;
};

void Tokenizer::Data::setToken(std::int32_t id, const std::string &token)
{
    if (std::size_t(id) >= tokens.size()) {
        tokens.resize(std::size_t(id) + 1);
        present.resize(std::size_t(id) + 1, 0);
        special.resize(std::size_t(id) + 1, 0);
    }
    tokens[std::size_t(id)] = token;
    present[std::size_t(id)] = 1;
}

void Tokenizer::Data::parseModel(const Json &model)
{
    if (!model.is_object())
        fail("\"model\" is missing or not an object; " + std::string(Supported));
    const std::string type = model.contains("type") ? typeOf(model) : std::string("BPE");
    if (type != "BPE")
        fail("tokenizer model " + inQuotes(type) + " is not supported; " + Supported);
    if (model.value("byte_fallback", false) == true)
        fail("BPE with byte_fallback true (SentencePiece-style, as in Llama 2) is not supported; "
             + std::string(Supported));
    for (const char *key : {"continuing_subword_prefix", "end_of_word_suffix"})
        if (model.contains(key) && model[key].is_string() && !model[key].get<std::string>().empty())
            fail("BPE " + std::string(key) + " " + inQuotes(model[key].get<std::string>())
                 + " is not supported; byte-level BPE leaves it empty.");
    if (model.contains("dropout") && model["dropout"].is_number() && model["dropout"].get<double>() > 0)
        fail("BPE dropout " + std::to_string(model["dropout"].get<double>())
             + " is not supported; encoding must be deterministic.");
    ignoreMerges = model.value("ignore_merges", false) == true;

    if (!model.contains("vocab") || !model["vocab"].is_object())
        fail("the BPE model has no \"vocab\" object of token -> id.");
    for (const auto &[token, value] : model["vocab"].items()) {
        if (!value.is_number_integer())
            fail("vocab entry " + inQuotes(token) + " has id " + value.dump() + "; ids are integers.");
        const std::int64_t id = value.get<std::int64_t>();
        if (id < 0 || id >= MaxTokenId)
            fail("vocab id " + std::to_string(id) + " of token " + inQuotes(token) + " is out of range; ids lie in [0, "
                 + std::to_string(MaxTokenId) + ").");
        if (std::size_t(id) < present.size() && present[std::size_t(id)])
            fail("vocab id " + std::to_string(id) + " is given to both " + inQuotes(tokens[std::size_t(id)]) + " and "
                 + inQuotes(token) + "; each id names one token.");
        setToken(std::int32_t(id), token);
        ids.emplace(token, std::int32_t(id));
    }
    for (std::size_t b = 0; b < 256; ++b) {
        const auto it = ids.find(byteLevelChars()[b]);
        if (it == ids.end()) {
            std::ostringstream hex;
            hex << std::hex << b;
            fail("the vocab lacks " + inQuotes(byteLevelChars()[b]) + ", the byte-level token of byte 0x" + hex.str()
                 + "; byte-level BPE needs all 256.");
        }
        byteIds[b] = it->second;
    }

    if (!model.contains("merges") || !model["merges"].is_array())
        fail("the BPE model has no \"merges\" list.");
    const Json &list = model["merges"];
    for (std::size_t rank = 0; rank < list.size(); ++rank) {
        const Json &m = list[rank];
        std::string left, right;
        if (m.is_string()) {
            const std::string s = m.get<std::string>();
            const std::size_t space = s.find(' ');
            if (space == std::string::npos || s.find(' ', space + 1) != std::string::npos)
                fail("merge " + std::to_string(rank) + " " + inQuotes(s)
                     + " is not two tokens separated by one space.");
            left = s.substr(0, space);
            right = s.substr(space + 1);
        } else if (m.is_array() && m.size() == 2 && m[0].is_string() && m[1].is_string()) {
            left = m[0].get<std::string>();
            right = m[1].get<std::string>();
        } else {
            fail("merge " + std::to_string(rank) + " " + m.dump() + " is neither \"a b\" nor [\"a\", \"b\"].");
        }
        const auto known = [&](const std::string &token) {
            const auto it = ids.find(token);
            if (it == ids.end())
                fail("merge " + std::to_string(rank) + " (" + inQuotes(left) + ", " + inQuotes(right) + ") names "
                     + inQuotes(token) + ", which is not in the vocab.");
            return it->second;
        };
        const std::int32_t a = known(left), b = known(right), merged = known(left + right);
        merges.add(a, b, merged, std::int32_t(rank));
    }
}

void Tokenizer::Data::parseAddedTokens(const Json &list)
{
    if (list.is_null())
        return;
    if (!list.is_array())
        fail("\"added_tokens\" is not a list.");
    for (const Json &t : list) {
        if (!t.is_object() || !t.contains("id") || !t["id"].is_number_integer() || !t.contains("content")
            || !t["content"].is_string() || t["content"].get<std::string>().empty())
            fail("added token " + t.dump() + " lacks an integer \"id\" or a non-empty \"content\".");
        AddedToken token;
        token.content = t["content"].get<std::string>();
        const std::int64_t id = t["id"].get<std::int64_t>();
        if (id < 0 || id >= MaxTokenId)
            fail("added token " + inQuotes(token.content) + " has id " + std::to_string(id)
                 + ", out of range; ids lie in [0, " + std::to_string(MaxTokenId) + ").");
        if (firstInvalidUtf8(token.content))
            fail("added token " + std::to_string(id) + " is not valid UTF-8.");
        for (const char *flag : {"single_word", "lstrip", "rstrip", "special", "normalized"})
            if (t.contains(flag) && !t[flag].is_boolean())
                fail("added token " + inQuotes(token.content) + " has " + flag + " " + t[flag].dump()
                     + "; it is true or false.");
        // As in the tokenizers crate (AddedVocabulary::add_tokens), a token the vocab (or an earlier
        // added token) already has keeps that id, whatever the file says; the crate warns.
        const auto known = ids.find(token.content);
        token.id = known != ids.end() ? known->second : std::int32_t(id);
        token.special = t.value("special", false);
        token.normalized = t.value("normalized", !token.special);
        token.singleWord = t.value("single_word", false);
        token.lstrip = t.value("lstrip", false);
        token.rstrip = t.value("rstrip", false);
        if (known == ids.end() && std::size_t(id) < present.size() && present[std::size_t(id)])
            fail("added token " + inQuotes(token.content) + " has id " + std::to_string(id)
                 + ", which the vocab gives to " + inQuotes(tokens[std::size_t(id)]) + ".");
        setToken(token.id, token.content);
        special[std::size_t(token.id)] = token.special;
        ids.insert_or_assign(token.content, token.id);
        added.push_back(std::move(token));
    }
    for (AddedToken &token : added)
        token.match = token.content;
    std::stable_sort(added.begin(), added.end(),
                     [](const AddedToken &a, const AddedToken &b) { return a.content.size() > b.content.size(); });
}

void Tokenizer::Data::parseNormalizer(const Json &normalizer)
{
    if (normalizer.is_null())
        return;
    const std::string type = typeOf(normalizer);
    if (type == "NFC") {
        nfc = true;
    } else if (type == "Sequence" && normalizer.contains("normalizers") && normalizer["normalizers"].is_array()) {
        for (const Json &n : normalizer["normalizers"])
            parseNormalizer(n);
    } else {
        fail("normalizer " + inQuotes(type) + " is not supported; AttnScope applies none or NFC.");
    }
}

void Tokenizer::Data::parsePreTokenizer(const Json &pre, bool top)
{
    const std::string type = pre.is_null() ? std::string("null") : typeOf(pre);
    if (!steps.empty() && steps.back().kind == PreTokenizerStep::Kind::ByteLevel)
        fail("pre-tokenizer " + inQuotes(type) + " follows ByteLevel; AttnScope needs ByteLevel last.");
    PreTokenizerStep step;
    if (type == "Sequence" && top && pre.contains("pretokenizers") && pre["pretokenizers"].is_array()) {
        for (const Json &p : pre["pretokenizers"])
            parsePreTokenizer(p, false);
        return;
    } else if (type == "ByteLevel") {
        step.kind = PreTokenizerStep::Kind::ByteLevel;
        step.addPrefixSpace = pre.value("add_prefix_space", false) == true;
        if (pre.value("use_regex", true) == true)
            step.regex = std::make_shared<const Regex>(std::string(Gpt2Pattern), name);
    } else if (type == "Split") {
        const Json pattern = pre.value("pattern", Json());
        if (pattern.is_object() && pattern.contains("Regex") && pattern["Regex"].is_string())
            step.regex = std::make_shared<const Regex>(pattern["Regex"].get<std::string>(), name);
        else if (pattern.is_object() && pattern.contains("String") && pattern["String"].is_string())
            step.literal = pattern["String"].get<std::string>();
        else
            fail("Split pre-tokenizer pattern " + pattern.dump()
                 + " is neither {\"Regex\": ...} nor {\"String\": ...}.");
        const std::string behavior = pre.value("behavior", std::string("(none)"));
        static const std::pair<const char *, SplitBehavior> behaviors[] = {
            {"Removed", SplitBehavior::Removed},
            {"Isolated", SplitBehavior::Isolated},
            {"MergedWithPrevious", SplitBehavior::MergedWithPrevious},
            {"MergedWithNext", SplitBehavior::MergedWithNext},
            {"Contiguous", SplitBehavior::Contiguous}};
        const auto it = std::find_if(std::begin(behaviors), std::end(behaviors),
                                     [&](const auto &b) { return behavior == b.first; });
        if (it == std::end(behaviors))
            fail("Split behavior " + inQuotes(behavior)
                 + " is not one of Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous.");
        step.behavior = it->second;
        step.invert = pre.value("invert", false) == true;
    } else if (type == "Digits") {
        step.kind = PreTokenizerStep::Kind::Digits;
        step.individualDigits = pre.value("individual_digits", false) == true;
    } else {
        fail("pre-tokenizer " + inQuotes(type) + " is not supported; " + Supported);
    }
    steps.push_back(std::move(step));
}

void Tokenizer::Data::parseDecoder(const Json &decoder)
{
    const std::string type = decoder.is_null() ? std::string("null") : typeOf(decoder);
    if (type == "Sequence" && decoder.contains("decoders") && decoder["decoders"].is_array()
        && !decoder["decoders"].empty()) {
        for (const Json &d : decoder["decoders"])
            parseDecoder(d);
    } else if (type != "ByteLevel") {
        fail("decoder " + inQuotes(type) + " is not supported; AttnScope decodes with ByteLevel.");
    }
}

void Tokenizer::Data::parsePostProcessor(const Json &post, const Json &root)
{
    const std::string type = post.is_null() ? std::string("null") : typeOf(post);
    const auto idOf = [&](const Json &pair) -> std::int32_t {
        // RobertaProcessing/BertProcessing: ["<s>", 0].
        if (!pair.is_array() || pair.size() != 2 || !pair[1].is_number_integer())
            fail("post-processor " + inQuotes(type) + " token " + pair.dump() + " is not [\"token\", id].");
        return pair[1].get<std::int32_t>();
    };
    if (type == "null" || type == "ByteLevel") {
        return;
    } else if (type == "Sequence" && post.contains("processors") && post["processors"].is_array()) {
        for (const Json &p : post["processors"])
            parsePostProcessor(p, root);
    } else if (type == "RobertaProcessing" || type == "BertProcessing") {
        prefix.push_back(idOf(post.value("cls", Json())));
        suffix.push_back(idOf(post.value("sep", Json())));
    } else if (type == "TemplateProcessing") {
        const Json single = post.value("single", Json());
        const Json specials = post.value("special_tokens", Json::object());
        if (!single.is_array())
            fail("TemplateProcessing has no \"single\" template.");
        bool afterSequence = false;
        for (const Json &piece : single) {
            if (piece.contains("Sequence")) {
                if (piece["Sequence"].value("id", std::string()) != "A")
                    fail("TemplateProcessing's single template names sequence " + piece["Sequence"].dump()
                         + "; only A exists for one text.");
                afterSequence = true;
            } else if (piece.contains("SpecialToken")) {
                const std::string token = piece["SpecialToken"].value("id", std::string());
                if (!specials.contains(token) || !specials[token].contains("ids") || !specials[token]["ids"].is_array())
                    fail("TemplateProcessing names special token " + inQuotes(token)
                         + ", which its \"special_tokens\" does not list with ids.");
                for (const Json &id : specials[token]["ids"]) {
                    if (!id.is_number_integer())
                        fail("TemplateProcessing special token " + inQuotes(token) + " has id " + id.dump()
                             + "; ids are integers.");
                    (afterSequence ? suffix : prefix).push_back(id.get<std::int32_t>());
                }
            } else {
                fail("TemplateProcessing piece " + piece.dump() + " is neither a Sequence nor a SpecialToken.");
            }
        }
    } else {
        postProcessorRefusal = "post-processor " + inQuotes(type)
            + " is not supported, so encode cannot add special tokens; "
              "AttnScope reads TemplateProcessing, RobertaProcessing, BertProcessing and ByteLevel.";
    }
}

void Tokenizer::Data::parse(const Json &root)
{
    if (!root.is_object())
        fail("the file is not a JSON object (a Hugging Face tokenizer.json).");
    parseModel(root.value("model", Json()));
    parseAddedTokens(root.value("added_tokens", Json()));
    parseNormalizer(root.value("normalizer", Json()));
    if (nfc) { // normalized tokens are looked for as the normalizer writes them
        for (AddedToken &token : added)
            if (token.normalized)
                token.match = model::nfc(token.content);
        std::stable_sort(added.begin(), added.end(),
                         [](const AddedToken &a, const AddedToken &b) { return a.match.size() > b.match.size(); });
    }
    parsePreTokenizer(root.value("pre_tokenizer", Json()), true);
    if (steps.empty() || steps.back().kind != PreTokenizerStep::Kind::ByteLevel)
        fail("the pre-tokenizer has no ByteLevel step; " + std::string(Supported));
    parseDecoder(root.value("decoder", Json()));
    parsePostProcessor(root.value("post_processor", Json()), root);
    for (const std::vector<std::int32_t> *list : {&prefix, &suffix})
        for (const std::int32_t id : *list)
            if (id < 0 || std::size_t(id) >= present.size() || !present[std::size_t(id)])
                fail("the post-processor adds id " + std::to_string(id) + ", which no token has.");
}

// Hugging Face's AddedVocabulary::find_matches: leftmost match first, the longest at that position;
// the search goes on after a match, kept or not (a single_word match inside a word is dropped, and
// no shorter token is looked for inside it). lstrip takes the whitespace before the match (not what
// an earlier match already took), rstrip the whitespace after it.
void Tokenizer::Data::splitAdded(std::vector<Segment> &segments, bool normalizedTokens) const
{
    std::vector<Segment> out;
    for (Segment &segment : segments) {
        if (segment.token >= 0) {
            out.push_back(std::move(segment));
            continue;
        }
        const std::string_view text = segment.text;
        std::size_t taken = 0; // the text before this is in `out`
        for (std::size_t i = 0; i < text.size();) {
            const auto hit = std::find_if(added.begin(), added.end(), [&](const AddedToken &token) {
                return token.normalized == normalizedTokens && text.substr(i).starts_with(token.match);
            });
            if (hit == added.end()) {
                ++i;
                continue;
            }
            std::size_t start = i, stop = i + hit->match.size();
            i = stop;
            if (hit->singleWord) {
                const auto before = lastCharacter(text.substr(0, start));
                const auto after = firstCharacter(text.substr(stop));
                if ((before && isRegexWordCharacter(*before)) || (after && isRegexWordCharacter(*after)))
                    continue;
            }
            if (hit->lstrip)
                start = std::max(start - trailingWhitespace(text.substr(0, start)), taken);
            if (hit->rstrip)
                stop += leadingWhitespace(text.substr(stop));
            if (taken < start)
                out.push_back({std::string(text.substr(taken, start - taken)), -1});
            out.push_back({std::string(), hit->id});
            taken = stop;
        }
        if (taken < text.size())
            out.push_back({std::string(text.substr(taken)), -1});
    }
    segments = std::move(out);
}

void Tokenizer::Data::encodeWord(const std::string &word, std::vector<std::int32_t> &out) const
{
    {
        std::lock_guard lock(cacheMutex);
        const auto it = cache.find(word);
        if (it != cache.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
            return;
        }
    }
    std::vector<std::int32_t> symbols;
    symbols.reserve(word.size());
    bool whole = false;
    if (ignoreMerges) { // Llama 3: a word that is a token is that token, whatever the merges say
        std::string mapped;
        for (const char c : word)
            mapped += byteLevelChars()[static_cast<unsigned char>(c)];
        if (const auto it = ids.find(mapped); it != ids.end()) {
            symbols.push_back(it->second);
            whole = true;
        }
    }
    if (!whole) {
        for (const char c : word)
            symbols.push_back(byteIds[static_cast<unsigned char>(c)]);
        merges.merge(symbols);
    }
    out.insert(out.end(), symbols.begin(), symbols.end());
    std::lock_guard lock(cacheMutex);
    if (cache.size() >= MaxCachedWords)
        cache.clear();
    cache.emplace(word, std::move(symbols));
}

Tokenizer::Tokenizer(std::shared_ptr<const Data> data) : m_data(std::move(data)) {}

Tokenizer Tokenizer::fromJson(std::string_view json, const std::string &name)
{
    auto data = std::make_shared<Data>();
    data->name = name;
    Json root;
    try {
        root = Json::parse(json);
    } catch (const Json::exception &e) { // parse_error; out_of_range for a number beyond a double
        data->fail("the file is not valid JSON (" + std::string(e.what()) + ").");
    }
    try {
        data->parse(root);
    } catch (const Json::exception &e) { // a value of the wrong JSON type somewhere
        data->fail("the file has a value of the wrong type (" + std::string(e.what()) + ").");
    }
    return Tokenizer(std::move(data));
}

Tokenizer Tokenizer::fromFile(const std::filesystem::path &path)
{
    // A pipe or a device would be waited on or read without end: only regular files are read.
    std::error_code ec;
    if (const auto status = std::filesystem::status(path, ec);
        std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw ModelError(path.string() + ": is not a regular file.");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ModelError(path.string() + ": the tokenizer file cannot be opened.");
    std::ostringstream text;
    text << in.rdbuf();
    return fromJson(text.str(), path.string());
}

std::vector<std::int32_t> Tokenizer::encode(std::string_view utf8, bool addSpecialTokens) const
{
    const Data &d = *m_data;
    if (const auto bad = firstInvalidUtf8(utf8)) {
        std::ostringstream hex;
        hex << std::hex << int(static_cast<unsigned char>(utf8[*bad]));
        d.fail("cannot encode text that is not valid UTF-8 (byte 0x" + hex.str() + " at offset " + std::to_string(*bad)
               + ").");
    }
    if (addSpecialTokens && !d.postProcessorRefusal.empty())
        d.fail(d.postProcessorRefusal);
    // Added tokens that match the raw text first, then the normalizer, then the normalized ones.
    std::vector<Segment> segments{{std::string(utf8), -1}};
    d.splitAdded(segments, false);
    if (d.nfc)
        for (Segment &s : segments)
            if (s.token < 0)
                s.text = nfc(s.text);
    d.splitAdded(segments, true);

    std::vector<std::int32_t> out;
    if (addSpecialTokens)
        out = d.prefix;
    std::vector<std::string> words;
    for (const Segment &s : segments) {
        if (s.token >= 0) {
            out.push_back(s.token);
            continue;
        }
        words.clear();
        preTokenize(d.steps, s.text, words);
        for (const std::string &word : words)
            d.encodeWord(word, out);
    }
    if (addSpecialTokens)
        out.insert(out.end(), d.suffix.begin(), d.suffix.end());
    return out;
}

std::string Tokenizer::tokenString(std::int32_t id) const
{
    const Data &d = *m_data;
    if (id < 0 || std::size_t(id) >= d.present.size() || !d.present[std::size_t(id)])
        d.fail("token id " + std::to_string(id) + " is not in the vocabulary (ids lie in [0, "
               + std::to_string(d.present.size()) + "), gaps excluded).");
    return d.tokens[std::size_t(id)];
}

std::string Tokenizer::decode(std::span<const std::int32_t> ids, bool skipSpecial) const
{
    // Hugging Face's ByteLevel decoder: each token's characters back to bytes (a token with a
    // character that stands for no byte, such as an added token, as its UTF-8), then lossy UTF-8.
    std::string bytes;
    for (const std::int32_t id : ids) {
        const std::string token = tokenString(id);
        if (skipSpecial && m_data->special[std::size_t(id)])
            continue;
        const std::optional<std::string> decoded = byteLevelDecode(token);
        bytes += decoded ? *decoded : token;
    }
    return lossyUtf8(bytes);
}

std::string Tokenizer::tokenText(std::int32_t id) const
{
    return decode(std::span<const std::int32_t>(&id, 1));
}

std::int32_t Tokenizer::vocabSize() const
{
    return std::int32_t(m_data->present.size());
}

std::optional<std::int32_t> Tokenizer::tokenId(std::string_view token) const
{
    const auto it = m_data->ids.find(token);
    return it == m_data->ids.end() ? std::nullopt : std::optional<std::int32_t>(it->second);
}

bool Tokenizer::isSpecial(std::int32_t id) const
{
    return id >= 0 && std::size_t(id) < m_data->special.size() && m_data->special[std::size_t(id)];
}

bool Tokenizer::normalizesToNfc() const
{
    return m_data->nfc;
}

const std::string &Tokenizer::name() const
{
    return m_data->name;
}

} // namespace attnscope::model
