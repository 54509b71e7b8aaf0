// SPDX-License-Identifier: GPL-3.0-or-later
// results.json and config.json of the shipped teaching language models -> TeachingResults.
// The keys are those scripts/train-teaching-models writes (docs/teaching-models.md).
#include "model/teachingresults.h"

#include "core/support/checkedmath.h"
#include "model/jsontext_p.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <stdexcept>

namespace attnscope::model {

namespace {

using Json = nlohmann::json;

// A results.json is a few kB (its head_scores table included); anything this large is not one.
constexpr std::uintmax_t MaxFileBytes = 4u << 20;

// A JSON value as dump() writes it (strings too, with JSON's escapes), shortened, for messages.
std::string valueText(const Json &value)
{
    return detail::jsonText(value, 60);
}

Json readJsonFile(const std::filesystem::path &file, const char *what)
{
    const std::string missing = std::string("a teaching model's folder has ") + what + ".";
    return detail::readJsonObject<std::runtime_error>(
        file, {.missing = missing, .what = what, .maxBytes = MaxFileBytes, .notObject = {}});
}

// The keys of one JSON object of a file, spelled with their path ("structured.brackets") in
// every message.
class Fields
{
public:
    Fields(const Json &object, std::filesystem::path file, std::string prefix = {})
        : m_object(object), m_file(std::move(file)), m_prefix(std::move(prefix))
    {
    }

    [[noreturn]] void fail(const std::string &sentence) const
    {
        throw std::runtime_error(m_file.string() + ": " + sentence);
    }
    [[nodiscard]] std::string name(const std::string &key) const { return m_prefix + key; }
    [[nodiscard]] const std::filesystem::path &file() const { return m_file; }

    const Json &at(const std::string &key, const char *expected) const
    {
        const auto it = m_object.find(key);
        if (it == m_object.end())
            fail(name(key) + " is missing; it must be " + expected + ".");
        return *it;
    }
    [[nodiscard]] bool has(const std::string &key) const { return m_object.contains(key); }

    Fields object(const std::string &key) const
    {
        const Json &v = at(key, "an object");
        if (!v.is_object())
            fail(name(key) + " is " + valueText(v) + "; it must be an object.");
        return Fields(v, m_file, name(key) + ".");
    }
    double number(const std::string &key, const char *rule) const
    {
        const Json &v = at(key, rule);
        if (!v.is_number() || !std::isfinite(v.get<double>()))
            fail(name(key) + " is " + valueText(v) + "; it must be " + rule + ".");
        return v.get<double>();
    }
    double fraction(const std::string &key) const
    {
        constexpr const char *rule = "a number from 0 to 1";
        const double x = number(key, rule);
        if (x < 0.0 || x > 1.0)
            fail(name(key) + " is " + valueText(m_object.at(key)) + "; it must be " + rule + ".");
        return x;
    }
    double positive(const std::string &key) const
    {
        constexpr const char *rule = "a number greater than 0";
        const double x = number(key, rule);
        if (!(x > 0.0))
            fail(name(key) + " is " + valueText(m_object.at(key)) + "; it must be " + rule + ".");
        return x;
    }
    double nonNegative(const std::string &key) const
    {
        constexpr const char *rule = "a number of 0 or more";
        const double x = number(key, rule);
        if (x < 0.0)
            fail(name(key) + " is " + valueText(m_object.at(key)) + "; it must be " + rule + ".");
        return x;
    }
    std::int64_t count(const std::string &key) const
    {
        constexpr const char *rule = "a whole number greater than 0";
        const Json &v = at(key, rule);
        if (!v.is_number_integer() || (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(INT64_MAX))
            || v.get<std::int64_t>() <= 0)
            fail(name(key) + " is " + valueText(v) + "; it must be " + rule + ".");
        return v.get<std::int64_t>();
    }
    std::string string(const std::string &key) const
    {
        const Json &v = at(key, "a string");
        if (!v.is_string())
            fail(name(key) + " is " + valueText(v) + "; it must be a string.");
        return v.get<std::string>();
    }

private:
    const Json &m_object;
    std::filesystem::path m_file;
    std::string m_prefix;
};

// [[layer, head, score], ...], best first.
std::vector<TeachingHead> readHeads(const Fields &heads, const Json &list, const std::string &kind,
                                    std::int64_t layers)
{
    const std::string key = heads.name(kind);
    if (!list.is_array())
        heads.fail(key + " is " + valueText(list) + "; it must be a list of [layer, head, score].");
    std::vector<TeachingHead> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json &e = list[i];
        const std::string at = key + "[" + std::to_string(i) + "]";
        if (!e.is_array() || e.size() != 3 || !e[0].is_number_integer() || !e[1].is_number_integer()
            || !e[2].is_number() || !std::isfinite(e[2].get<double>()))
            heads.fail(at + " is " + valueText(e) + "; it must be [layer, head, score]: two whole numbers and a number.");
        const std::int64_t layer = e[0].get<std::int64_t>();
        const std::int64_t head = e[1].get<std::int64_t>();
        if (layer < 0 || layer >= layers)
            heads.fail(at + " is " + valueText(e) + "; its layer must be from 0 to " + std::to_string(layers - 1)
                       + " (config.json has " + std::to_string(layers) + " layers).");
        if (head < 0 || head > 1'000'000)
            heads.fail(at + " is " + valueText(e) + "; its head must be a whole number of 0 or more.");
        out.push_back({int(layer), int(head), e[2].get<double>()});
    }
    return out;
}

} // namespace

const std::vector<std::string> &teachingHeadKinds()
{
    static const std::vector<std::string> kinds{"previous_token", "sink", "induction", "subject"};
    return kinds;
}

std::int64_t TeachingResults::kvElementsPerToken() const
{
    const auto out = core::checkedMul(kvElementsPerTokenPerLayer, layers);
    if (!out)
        throw std::overflow_error("the KV elements per token do not fit in 64 bits.");
    return *out;
}

std::int64_t TeachingResults::kvBytesPerToken(std::int64_t bytesPerElement) const
{
    const auto out = core::checkedMul(kvElementsPerToken(), bytesPerElement);
    if (!out)
        throw std::overflow_error("the KV bytes per token do not fit in 64 bits.");
    return *out;
}

const std::vector<TeachingHead> &TeachingResults::headsOf(std::string_view kind) const
{
    static const std::vector<TeachingHead> none;
    for (const auto &k : heads)
        if (k.kind == kind)
            return k.heads;
    return none;
}

TeachingResults readTeachingResults(const std::filesystem::path &folder, TeachingModel model)
{
    if (model == TeachingModel::Translator)
        throw std::runtime_error(folder.string()
                                 + ": the Bahdanau translator has no language-model results; choose mha, gqa, mqa or mla.");
    TeachingResults r;
    r.model = model;
    r.mechanism = teachingModelMechanism(model);
    r.folderName = std::string(teachingModelFolder(model));
    r.folder = folder;

    // The layer count first: the heads' layers are checked against it.
    const auto configFile = folder / "config.json";
    const Json config = readJsonFile(configFile, "a config.json");
    r.layers = Fields(config, configFile).count("num_hidden_layers");

    const auto file = folder / "results.json";
    const Json root = readJsonFile(file, "a results.json");
    const Fields f(root, file);
    r.modelType = f.string("model_type");
    r.parameters = f.count("parameters");
    r.kvElementsPerTokenPerLayer = f.count("kv_cache_elements_per_token_per_layer");
    r.steps = f.count("steps");
    r.trainingSeconds = f.nonNegative("training_seconds");
    r.heldOutLoss = f.positive("held_out_loss");

    const Fields agreement = f.object("agreement");
    r.agreement = agreement.fraction("accuracy");
    r.withAttractor = agreement.fraction("with_attractor");
    r.agreementItems = agreement.count("items");
    const Fields copying = f.object("copying");
    r.copying = copying.fraction("accuracy");
    r.copyingItems = copying.count("items");
    const Fields structured = f.object("structured");
    r.structured = structured.fraction("accuracy");
    r.brackets = structured.fraction("brackets");
    r.counting = structured.fraction("counting");

    const Fields heads = f.object("heads");
    const Json &headsJson = root.at("heads");
    for (const std::string &kind : teachingHeadKinds()) {
        TeachingHeadKind k{kind, {}};
        // A kind the file does not list has no head over its threshold.
        if (heads.has(kind))
            k.heads = readHeads(heads, headsJson.at(kind), kind, r.layers);
        r.heads.push_back(std::move(k));
    }
    return r;
}

TeachingResults readTeachingResults(const std::filesystem::path &folder)
{
    const std::string name = folder.filename().empty() ? folder.parent_path().filename().string()
                                                       : folder.filename().string();
    for (const TeachingModel m : teachingModels())
        if (m != TeachingModel::Translator && teachingModelFolder(m) == name)
            return readTeachingResults(folder, m);
    throw std::runtime_error(folder.string()
                             + ": is not one of the teaching language models' folders; its name must be mha, gqa, "
                               "mqa or mla.");
}

std::vector<TeachingResults> readAllTeachingResults(const std::filesystem::path &modelsDir)
{
    std::vector<TeachingResults> all;
    for (const TeachingModel m : teachingModels())
        if (m != TeachingModel::Translator)
            all.push_back(readTeachingResults(modelsDir / teachingModelFolder(m), m));
    return all;
}

std::vector<TeachingResults> readAllTeachingResults()
{
    return readAllTeachingResults(teachingModelsDir());
}

} // namespace attnscope::model
