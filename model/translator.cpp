// SPDX-License-Identifier: GPL-3.0-or-later
// The Bahdanau date translator: config.json and model.safetensors -> core::BahdanauWeights, the
// source text -> words, greedy decoding with core's GRU and alignment model, and the trace.
#include "model/translator.h"

#include "core/mechanisms/gru.h"
#include "core/mechanisms/softmax.h"
#include "model/jsontext_p.h"
#include "model/safetensors.h"
#include "model/weightstore.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <stdexcept>
#include <utility>

namespace attnscope::model {

namespace {

using Json = nlohmann::json;

constexpr std::uintmax_t MaxConfigBytes = 16u << 20; // the shipped one has 3 kB
constexpr std::int64_t MaxSize = 4096;               // m, n, n': far beyond a teaching model
constexpr std::int64_t MaxTargetLength = 1024;
constexpr std::size_t MaxVocab = 1u << 20;

// Texts from the user or a file and values in messages are shortened to 40 characters.
std::string quotedText(std::string_view text)
{
    return detail::quotedText(text, 40);
}
std::string valueText(const Json &value)
{
    return detail::valueText(value, 40);
}

// "a, b and c"
std::string listText(const std::vector<std::string> &items, std::string_view last = " and ")
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += (i + 1 == items.size()) ? std::string(last) : ", ";
        out += items[i];
    }
    return out;
}

// "key", quoted as in the file. (Built by append: gcc 12 warns, wrongly, on "\"" + std::string.)
std::string fieldName(std::string_view key)
{
    std::string out = "\"";
    out.append(key).append("\"");
    return out;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A one-character word that is not a letter or digit (',' and '/'): written against a number
// in ordinary text ("20, 1969", "9/11"), so the tokenizer splits it off.
bool isPunctuationWord(std::string_view w)
{
    return w.size() == 1 && std::ispunct(static_cast<unsigned char>(w[0])) != 0;
}

Json readConfig(const std::filesystem::path &folder)
{
    const std::string missing = "a translator's folder holds config.json (model_type \""
        + std::string(Translator::ModelType) + "\") and model.safetensors.";
    return detail::readJsonObject<ModelError>(folder / "config.json",
                                              {.missing = missing,
                                               .what = "a config.json",
                                               .maxBytes = MaxConfigBytes,
                                               .parseReason = false,
                                               .notObject = "; a config.json is {\"model_type\": ..., ...}"});
}

// The fields of config.json, each refusal naming the file, the field, its value and the rule.
class Fields
{
public:
    Fields(const Json &object, std::filesystem::path file) : m_object(object), m_file(std::move(file)) {}

    [[noreturn]] void fail(const std::string &rest) const { throw ModelError(m_file.string() + ": " + rest); }

    const Json *find(std::string_view key) const
    {
        const auto it = m_object.find(key);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }

    std::int64_t size(std::string_view key, std::int64_t maximum) const
    {
        const Json *v = find(key);
        if (v == nullptr)
            fail(fieldName(key) + " is missing; the translator needs it (a whole number from 1 to "
                 + std::to_string(maximum) + ").");
        if (!v->is_number_integer() || v->get<std::int64_t>() < 1 || v->get<std::int64_t>() > maximum
            || (v->is_number_unsigned() && v->get<std::uint64_t>() > std::uint64_t(maximum)))
            fail(fieldName(key) + " is " + valueText(*v) + "; it must be a whole number from 1 to "
                 + std::to_string(maximum) + ".");
        return v->get<std::int64_t>();
    }

    std::string string(std::string_view key, bool required) const
    {
        const Json *v = find(key);
        if (v == nullptr && required)
            fail(fieldName(key) + " is missing; the translator needs it (a string).");
        if (v != nullptr && !v->is_string())
            fail(fieldName(key) + " is " + valueText(*v) + "; it must be a string.");
        return v == nullptr ? std::string() : v->get<std::string>();
    }

    // A list of distinct, non-empty strings; source words also lower case and without spaces,
    // since the text is lower-cased and split at spaces before a word is looked up.
    std::vector<std::string> words(std::string_view key, bool sourceWords) const
    {
        const Json *v = find(key);
        if (v == nullptr || !v->is_array() || v->empty() || v->size() > MaxVocab)
            fail(fieldName(key) + " is " + (v == nullptr ? std::string("missing") : valueText(*v))
                 + "; it must be a list of 1 to " + std::to_string(MaxVocab) + " words, a token's id its index.");
        std::vector<std::string> out;
        std::set<std::string, std::less<>> seen;
        for (std::size_t i = 0; i < v->size(); ++i) {
            const Json &w = (*v)[i];
            const std::string at = fieldName(key) + "[" + std::to_string(i) + "] is " + valueText(w);
            if (!w.is_string() || w.get<std::string>().empty())
                fail(at + "; every entry must be a non-empty string.");
            const std::string word = w.get<std::string>();
            if (sourceWords && std::any_of(word.begin(), word.end(), [](char c) {
                    return isAsciiSpace(c) || (c >= 'A' && c <= 'Z');
                }))
                fail(at
                     + "; source words must be lower case without spaces, as the text is lower-cased and split "
                       "at spaces before its words are looked up.");
            if (!seen.insert(word).second)
                fail(at + ", a word listed twice; every word must have one id.");
            out.push_back(word);
        }
        return out;
    }

private:
    const Json &m_object;
    std::filesystem::path m_file;
};

// The tensor's rows (dimension `dim`) must match a vocabulary: a clearer refusal than a shape.
void requireVocabSize(const WeightStore &store, std::string_view name, std::size_t dim, std::size_t vocab,
                      std::string_view vocabName, std::string_view what)
{
    const TensorInfo *t = store.find(name);
    if (t == nullptr || t->shape.size() <= dim || t->shape[dim] == std::int64_t(vocab))
        return; // missing or of another rank: require() says so
    throw ModelError((store.folder() / WeightStore::SingleFileName).string() + ": tensor '" + std::string(name)
                     + "' has " + std::to_string(t->shape[dim]) + " " + std::string(what) + ", but config.json's "
                     + std::string(vocabName) + " has " + std::to_string(vocab)
                     + " tokens; there must be one per token.");
}

core::GruWeights gruWeights(const WeightStore &store, const std::string &prefix, std::int64_t in, std::int64_t n)
{
    return core::GruWeights{store.requireMatrix(prefix + ".wz", {in, n}), store.requireMatrix(prefix + ".uz", {n, n}),
                            store.requireMatrix(prefix + ".wr", {in, n}), store.requireMatrix(prefix + ".ur", {n, n}),
                            store.requireMatrix(prefix + ".wh", {in, n}), store.requireMatrix(prefix + ".uh", {n, n})};
}

// The rows of `table` at `ids`: [ids.size(), table.cols()].
core::Matrix gatherRows(const core::Matrix &table, const std::vector<std::int64_t> &ids)
{
    core::Matrix out(std::int64_t(ids.size()), table.cols());
    for (std::size_t i = 0; i < ids.size(); ++i)
        out.row(std::int64_t(i)) = table.row(ids[i]);
    return out;
}

// The English names scripts/teaching/dates.py writes (WEEKDAYS, MONTHS).
constexpr std::array<std::string_view, 7> weekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                      "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 12> months = {"january",   "february", "march",    "april",
                                                     "may",       "june",     "july",     "august",
                                                     "september", "october",  "november", "december"};

template<std::size_t N>
bool isOneOf(const std::array<std::string_view, N> &names, std::string_view word)
{
    return std::find(names.begin(), names.end(), word) != names.end();
}

// Whether a word can fill a slot of a source format as dates.py writes them: "weekday", "day"
// (1-31), "month" (a name, or 1-12 in "day / month / year"), "year" (four digits); any other
// slot is the word itself (",", "/").
bool fitsSlot(std::string_view slot, std::string_view word)
{
    const int number = isDigits(word) && word.size() <= 4 ? std::stoi(std::string(word)) : -1;
    if (slot == "weekday")
        return isOneOf(weekdays, word);
    if (slot == "day")
        return number >= 1 && number <= 31;
    if (slot == "month")
        return isOneOf(months, word) || (number >= 1 && number <= 12);
    if (slot == "year")
        return word.size() == 4 && number >= 0;
    return slot == word;
}

// What the source vocabulary holds, for the refusal of an unknown word: the weekday and month
// names when all are there, runs of numbers as ranges, the punctuation words, any other word.
std::string acceptedWords(const std::vector<std::string> &vocab)
{
    const std::set<std::string_view> words(vocab.begin(), vocab.end());
    const auto all = [&words](const auto &names) {
        return std::all_of(names.begin(), names.end(), [&words](std::string_view n) { return words.count(n) > 0; });
    };
    const bool hasWeekdays = all(weekdays), hasMonths = all(months);
    std::vector<std::string> parts, punctuation, others;
    if (hasWeekdays)
        parts.push_back("weekday names (monday ... sunday)");
    if (hasMonths)
        parts.push_back("month names (january ... december)");
    std::vector<long long> numbers;
    for (const std::string &w : vocab) {
        const bool named = (hasWeekdays && isOneOf(weekdays, w)) || (hasMonths && isOneOf(months, w));
        if (isDigits(w) && w.size() <= 9 && (w.size() == 1 || w[0] != '0'))
            numbers.push_back(std::stoll(w));
        else if (isPunctuationWord(w))
            punctuation.push_back("'" + w + "'");
        else if (!named && others.size() < 8)
            others.push_back(quotedText(w));
    }
    std::sort(numbers.begin(), numbers.end());
    for (std::size_t i = 0; i < numbers.size();) {
        std::size_t j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        std::string range = std::to_string(numbers[i]);
        if (j > i)
            range.append("-").append(std::to_string(numbers[j]));
        if (numbers[j] <= 31)
            parts.push_back("day and month numbers " + range);
        else if (numbers[i] >= 1000 && numbers[j] <= 9999)
            parts.push_back("years " + range);
        else
            parts.push_back("numbers " + range);
        i = j + 1;
    }
    parts.insert(parts.end(), punctuation.begin(), punctuation.end());
    parts.insert(parts.end(), others.begin(), others.end());
    return listText(parts);
}

} // namespace

Translator Translator::load(const std::filesystem::path &folder)
{
    const Json json = readConfig(folder);
    const Fields f(json, folder / "config.json");
    const std::string type = f.string("model_type", true);
    if (type != ModelType)
        f.fail("model_type is " + quotedText(type) + "; a translator's config.json has model_type \""
               + std::string(ModelType) + "\".");

    Translator t;
    t.m_folder = folder;
    t.m_task = f.string("task", false);
    const std::int64_t m = f.size("m", MaxSize);
    const std::int64_t n = f.size("n", MaxSize);
    const std::int64_t nPrime = f.size("n_prime", MaxSize);
    t.m_maxTargetLength = f.size("max_target_length", MaxTargetLength);
    t.m_sourceVocab = f.words("source_vocab", true);
    t.m_targetVocab = f.words("target_vocab", false);
    const auto targetId = [&](std::string_view key) {
        const std::string token = f.string(key, true);
        const auto it = std::find(t.m_targetVocab.begin(), t.m_targetVocab.end(), token);
        if (it == t.m_targetVocab.end())
            f.fail(fieldName(key) + " is " + quotedText(token)
                   + ", which is not in \"target_vocab\"; it must be one of its tokens.");
        return std::int64_t(it - t.m_targetVocab.begin());
    };
    t.m_startId = targetId("start_token");
    t.m_endId = targetId("end_token");
    if (const Json *formats = f.find("source_formats")) {
        if (!formats->is_array()
            || !std::all_of(formats->begin(), formats->end(), [](const Json &x) { return x.is_string(); }))
            f.fail("\"source_formats\" is " + valueText(*formats) + "; it must be a list of strings.");
        for (const Json &x : *formats)
            t.m_sourceFormats.push_back(x.get<std::string>());
    }
    for (std::size_t i = 0; i < t.m_sourceVocab.size(); ++i)
        t.m_sourceIds.emplace(t.m_sourceVocab[i], std::int64_t(i));

    const WeightStore store(folder);
    const std::size_t vSrc = t.m_sourceVocab.size(), vTgt = t.m_targetVocab.size();
    requireVocabSize(store, "source_embedding", 0, vSrc, "source_vocab", "rows");
    requireVocabSize(store, "target_embedding", 0, vTgt, "target_vocab", "rows");
    requireVocabSize(store, "output.weight", 1, vTgt, "target_vocab", "columns");
    requireVocabSize(store, "output.bias", 0, vTgt, "target_vocab", "entries");
    t.m_sourceEmbedding = store.requireMatrix("source_embedding", {std::int64_t(vSrc), m});
    t.m_targetEmbedding = store.requireMatrix("target_embedding", {std::int64_t(vTgt), m});
    t.m_weights.encoderForward = gruWeights(store, "encoder_forward", m, n);
    t.m_weights.encoderBackward = gruWeights(store, "encoder_backward", m, n);
    t.m_weights.decoder = gruWeights(store, "decoder", m + 2 * n, n);
    t.m_weights.ws = store.requireMatrix("ws", {n, n});
    t.m_weights.wa = store.requireMatrix("wa", {n, nPrime});
    t.m_weights.ua = store.requireMatrix("ua", {2 * n, nPrime});
    t.m_weights.va = store.requireMatrix("va", {nPrime}).row(0); // [1, n'] as readMatrix gives a vector
    t.m_outputWeight = store.requireMatrix("output.weight", {n + 2 * n + m, std::int64_t(vTgt)});
    t.m_outputBias = store.requireMatrix("output.bias", {std::int64_t(vTgt)}).row(0);
    return t;
}

bool Translator::isTranslatorFolder(const std::filesystem::path &folder)
{
    try {
        const Json json = readConfig(folder);
        const auto it = json.find("model_type");
        return it != json.end() && it->is_string() && it->get<std::string>() == ModelType;
    } catch (const std::exception &) {
        return false;
    }
}

std::vector<std::string> Translator::sourceTokens(std::string_view text) const
{
    std::vector<std::string> words;
    std::string current;
    const auto flush = [&] {
        if (!current.empty())
            words.push_back(std::move(current));
        current.clear();
        if (std::int64_t(words.size()) > MaxSourceTokens)
            throw ModelError("the date text has more than " + std::to_string(MaxSourceTokens)
                             + " words; the translator reads one date (its dates have 3 to 5 words).");
    };
    for (const char c : text) {
        if (isAsciiSpace(c)) {
            flush();
        } else if (const std::string_view one(&c, 1); isPunctuationWord(one) && m_sourceIds.count(one) > 0) {
            flush();
            current = std::string(one);
            flush();
        } else {
            // ASCII only: the vocabulary is English, and a byte of UTF-8 must stay as it is.
            current += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        }
    }
    flush();
    if (words.empty()) {
        std::vector<std::string> forms;
        for (const std::string &form : m_sourceFormats)
            forms.push_back(quotedText(form));
        throw ModelError(forms.empty() ? std::string("the date text is empty; write a date in words.")
                                       : "the date text is empty; write a date in one of the forms "
                                 + listText(forms, " or ") + ".");
    }
    for (const std::string &w : words) {
        if (m_sourceIds.count(w) > 0)
            continue;
        std::string hint;
        if (isDigits(w)) {
            const std::string stripped = w.substr(std::min(w.find_first_not_of('0'), w.size() - 1));
            if (m_sourceIds.count(stripped) > 0)
                hint = " (write " + quotedText(stripped) + ", without a leading zero)";
        }
        throw ModelError("the date text has the word " + quotedText(w) + ", which the translator does not know" + hint
                         + "; it reads " + sourceVocabSummary() + ", separated by spaces.");
    }
    return words;
}

Translator::Translation Translator::translate(std::string_view text) const
{
    Translation r;
    r.source = sourceTokens(text);
    for (const std::string &w : r.source)
        r.sourceIds.push_back(m_sourceIds.find(w)->second);
    r.format = sourceFormat(r.source);
    const std::int64_t tSrc = std::int64_t(r.source.size());
    const std::int64_t n = hiddenSize();
    const core::BahdanauWeights &w = m_weights;

    // Encoder: annotations h_j = [fwd_j ; bwd_j] [T_src, 2n].
    const core::Matrix xSrc = gatherRows(m_sourceEmbedding, r.sourceIds); // [T_src, m]
    const core::Matrix bwd = core::gruSequence(w.encoderBackward, xSrc, true);
    core::Matrix annotations(tSrc, 2 * n);
    annotations << core::gruSequence(w.encoderForward, xSrc, false), bwd;

    // Greedy decoding, each step the documented math (bahdanauAttention's loop, but with y_{i-1}
    // the previous step's choice rather than a given row).
    std::vector<core::RowVector> logitRows, weightRows;
    core::RowVector s = (bwd.row(0) * w.ws).array().tanh().matrix(); // s_0 [1, n]
    core::RowVector y = m_targetEmbedding.row(m_startId);            // y_0 [1, m]
    for (std::int64_t i = 0; i < m_maxTargetLength; ++i) {
        const core::Matrix scores = core::additiveScores(w, s, annotations); // e_i [1, T_src]
        const core::Matrix alpha = core::softmaxRows(scores);                // [1, T_src]
        const core::RowVector c = alpha * annotations;                       // [1, 2n]
        core::RowVector input(y.cols() + 2 * n);
        input << y, c;
        s = core::gruStep(w.decoder, input, s);
        core::RowVector features(m_outputWeight.rows()); // [s_i ; c_i ; y_{i-1}]
        features << s, c, y;
        const core::RowVector logits = features * m_outputWeight + m_outputBias; // [1, V_tgt]
        Eigen::Index best = 0;
        logits.maxCoeff(&best); // the first maximum, as torch.argmax
        logitRows.push_back(logits);
        weightRows.push_back(alpha);
        r.outputIds.push_back(std::int64_t(best));
        r.output.push_back(m_targetVocab[std::size_t(best)]);
        if (best == m_endId)
            break;
        r.text += m_targetVocab[std::size_t(best)];
        y = m_targetEmbedding.row(best);
    }
    const std::int64_t tTgt = std::int64_t(r.outputIds.size());
    r.logits.resize(tTgt, std::int64_t(m_targetVocab.size()));
    r.weights.resize(tTgt, tSrc);
    for (std::int64_t i = 0; i < tTgt; ++i) {
        r.logits.row(i) = logitRows[std::size_t(i)];
        r.weights.row(i) = weightRows[std::size_t(i)];
    }

    // The trace: core's Bahdanau path, teacher-forced on what was emitted (y_0 = <s>, then every
    // output but the last), which recomputes exactly the decode's states and weights.
    std::vector<std::int64_t> inputIds{m_startId};
    inputIds.insert(inputIds.end(), r.outputIds.begin(), r.outputIds.end() - 1);
    r.trace = core::bahdanauTrace(w, xSrc, gatherRows(m_targetEmbedding, inputIds));
    r.trace.setTokenLabels(r.output, r.source);
    if (!r.trace.tensor("weights").matrix().isApprox(r.weights, 1e-5f))
        throw std::logic_error("Translator::translate: the trace's weights differ from the greedy decode's");
    return r;
}

core::Config Translator::config(std::int64_t sourceTokens, std::int64_t targetTokens) const
{
    core::Config c;
    c.mechanism = core::Mechanism::Bahdanau;
    c.dModel = embeddingSize();
    c.hidden = hiddenSize();
    c.alignDim = alignSize();
    c.tokens = targetTokens;
    c.sourceTokens = sourceTokens;
    return c;
}

std::string Translator::sourceFormat(const std::vector<std::string> &words) const
{
    for (const std::string &format : m_sourceFormats) {
        std::vector<std::string> slots;
        std::string slot;
        for (const char c : format + ' ') {
            if (!isAsciiSpace(c))
                slot += c;
            else if (!slot.empty())
                slots.push_back(std::exchange(slot, {}));
        }
        if (slots.size() == words.size() && std::equal(slots.begin(), slots.end(), words.begin(), fitsSlot))
            return format;
    }
    return {};
}

std::string Translator::sourceVocabSummary() const
{
    return acceptedWords(m_sourceVocab);
}

std::int64_t Translator::parameterCount() const
{
    std::int64_t total = m_sourceEmbedding.size() + m_targetEmbedding.size() + m_outputWeight.size()
        + m_outputBias.size() + m_weights.ws.size() + m_weights.wa.size() + m_weights.ua.size() + m_weights.va.size();
    for (const core::GruWeights *g : {&m_weights.encoderForward, &m_weights.encoderBackward, &m_weights.decoder})
        total += g->wz.size() + g->uz.size() + g->wr.size() + g->ur.size() + g->wh.size() + g->uh.size();
    return total;
}

} // namespace attnscope::model
