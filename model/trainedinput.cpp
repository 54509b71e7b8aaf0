// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/trainedinput.h"

#include "core/mechanisms/compute.h"
#include "model/forward.h"
#include "model/layertrace.h"
#include "model/teaching.h"
#include "model/tokenizer.h"
#include "model/translator.h"

#include <array>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>

namespace attnscope::model {

namespace {

// What the language models were trained to start every document with.
constexpr std::string_view kDocumentStart = "<|endoftext|>";

constexpr std::array<std::string_view, 6> kSentences{
    "the teachers that the boy likes are big .",
    "the dog near the horses is big .",
    "repeat : lamp river seven cloud apple gold | lamp river seven cloud apple gold .",
    "count : 41 42 43 44 45 46 47 .",
    "brackets : ( [ { < > } ] ) .",
    "the girl that the teachers see runs .",
};
constexpr std::array<std::string_view, 5> kDates{
    "tuesday 5 december 2028", "20 july 1969", "march 14 , 2031", "9 / 11 / 1989", "saturday 29 february 2020",
};

struct LanguageModel
{
    explicit LanguageModel(const std::filesystem::path &folder)
        : transformer(folder), tokenizer(Tokenizer::fromFile(folder / "tokenizer.json"))
    {
    }
    TransformerModel transformer;
    Tokenizer tokenizer;
};

// The shipped models, loaded once each and shared by every thread (their methods are const).
std::mutex g_mutex;
std::map<TeachingModel, std::shared_ptr<const LanguageModel>> g_languageModels;
std::shared_ptr<const Translator> g_translator;

std::shared_ptr<const LanguageModel> languageModel(TeachingModel which)
{
    std::lock_guard lock(g_mutex);
    auto &slot = g_languageModels[which];
    if (!slot)
        slot = std::make_shared<const LanguageModel>(teachingModelPath(which));
    return slot;
}

std::shared_ptr<const Translator> translator()
{
    std::lock_guard lock(g_mutex);
    if (!g_translator)
        g_translator = std::make_shared<const Translator>(Translator::load(teachingModelPath(TeachingModel::Translator)));
    return g_translator;
}

TeachingModel modelOf(core::Mechanism mechanism)
{
    const auto which = teachingModelFor(mechanism);
    if (!which)
        throw std::runtime_error("--input trained: " + std::string(core::mechanismId(mechanism))
                                 + " has no trained model; choose mha, gqa, mqa, mla or bahdanau.");
    return *which;
}

// The token ids the language model reads: the document start, then the text.
std::vector<std::int32_t> tokenIds(const LanguageModel &lm, std::string_view text)
{
    std::string document(text);
    if (!document.starts_with(kDocumentStart))
        document.insert(0, kDocumentStart);
    return lm.tokenizer.encode(document, true);
}

// "--layer 7: the trained mha model has layers 0 to 3."
std::string layerRefusal(core::Mechanism mechanism, std::int64_t layer, const ModelConfig &mc)
{
    return "--layer " + std::to_string(layer) + ": the trained " + std::string(core::mechanismId(mechanism))
        + " model has layers 0 to " + std::to_string(mc.layers - 1) + ".";
}

std::string quotedText(std::string_view text)
{
    constexpr std::size_t kShown = 60;
    // Appended piece by piece: GCC 12 warns (-Wrestrict, falsely) about "'" + std::string(...).
    std::string quoted(1, '\'');
    quoted.append(text.substr(0, kShown));
    quoted.append(text.size() > kShown ? "...'" : "'");
    return quoted;
}

} // namespace

std::string continueText(core::Mechanism mechanism, std::string_view text, int tokens)
{
    const auto which = teachingModelFor(mechanism);
    if (!which || *which == TeachingModel::Translator)
        throw std::runtime_error("generate: " + std::string(core::mechanismId(mechanism))
                                 + " has no trained language model to continue a text; choose mha, gqa, mqa or mla.");
    if (tokens < 1)
        throw std::runtime_error("generate: " + std::to_string(tokens) + ": give at least one token.");
    const auto lm = languageModel(*which);
    const auto ids = tokenIds(*lm, text);
    const std::int64_t positions = lm->transformer.config().maxPositionEmbeddings;
    if (std::int64_t(ids.size()) + tokens > positions)
        throw std::runtime_error("generate: " + std::to_string(tokens) + ": the text is "
                                 + std::to_string(ids.size()) + " tokens, and the trained model reads at most "
                                 + std::to_string(positions) + ".");
    const GenerateResult result = lm->transformer.generate(ids, tokens); // greedy
    return std::string(text) + lm->tokenizer.decode(result.tokens);
}

std::optional<std::int64_t> trainedLayerCount(core::Mechanism mechanism)
{
    const auto which = teachingModelFor(mechanism);
    if (!which || *which == TeachingModel::Translator)
        return std::nullopt;
    try {
        return languageModel(*which)->transformer.config().layers;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

std::span<const std::string_view> trainedExamples(core::Mechanism mechanism)
{
    if (mechanism == core::Mechanism::Bahdanau)
        return kDates;
    return kSentences;
}

std::vector<core::ValidationError> validateInput(const core::Request &request, std::int64_t memoryCapBytes)
{
    auto errors = core::validate(request, memoryCapBytes);
    if (!errors.empty() || request.input != core::InputSource::Trained)
        return errors;
    const core::Config c = core::resolve(request);
    try {
        if (request.mechanism == core::Mechanism::Bahdanau) {
            const auto tr = translator(); // a missing or broken model: the input's error below
            try {
                (void)tr->sourceTokens(c.text);
            } catch (const std::exception &e) {
                errors.push_back({"text", quotedText(c.text), "--text " + quotedText(c.text) + ": " + e.what()});
            }
            return errors;
        }
        const auto lm = languageModel(modelOf(request.mechanism));
        const ModelConfig &mc = lm->transformer.config();
        const auto tokens = std::int64_t(tokenIds(*lm, c.text).size());
        if (tokens > mc.maxPositionEmbeddings)
            errors.push_back({"text", quotedText(c.text),
                              "--text " + quotedText(c.text) + ": it is " + std::to_string(tokens)
                                  + " tokens; the trained model reads at most "
                                  + std::to_string(mc.maxPositionEmbeddings) + "."});
        if (request.layer && *request.layer >= mc.layers)
            errors.push_back({"layer", std::to_string(*request.layer), layerRefusal(request.mechanism, *request.layer, mc)});
    } catch (const std::exception &e) {
        errors.push_back({"input", "trained", e.what()});
    }
    return errors;
}

core::Config resolveInput(const core::Request &request)
{
    core::Config c = core::resolve(request);
    if (c.input != core::InputSource::Trained)
        return c;
    core::Config t;
    if (c.mechanism == core::Mechanism::Bahdanau) {
        const auto tr = translator();
        const auto translation = tr->translate(c.text);
        t = tr->config(std::int64_t(translation.source.size()), std::int64_t(translation.output.size()));
        t.layer = 0;
    } else {
        const auto lm = languageModel(modelOf(c.mechanism));
        const ModelConfig &mc = lm->transformer.config();
        const auto tokens = std::int64_t(tokenIds(*lm, c.text).size());
        t = layerConfig(mc, tokens, c.mlaPath);
        t.layer = c.layer < 0 ? mc.layers - 1 : c.layer;
        if (t.layer >= mc.layers)
            throw std::runtime_error(layerRefusal(c.mechanism, t.layer, mc));
    }
    t.input = c.input;
    t.text = c.text;
    t.seed = c.seed;
    t.mlaPath = c.mlaPath;
    return t;
}

std::shared_ptr<const core::Trace> computeInput(const core::Config &config)
{
    if (config.input != core::InputSource::Trained)
        return core::computeShared(config);
    if (config.mechanism == core::Mechanism::Bahdanau) {
        auto translation = translator()->translate(config.text);
        return std::make_shared<const core::Trace>(std::move(translation.trace));
    }
    const auto lm = languageModel(modelOf(config.mechanism));
    const ModelConfig &mc = lm->transformer.config();
    if (config.layer < 0 || config.layer >= mc.layers)
        throw std::runtime_error(layerRefusal(config.mechanism, config.layer, mc));
    const auto ids = tokenIds(*lm, config.text);
    CaptureOptions capture;
    capture.layers = {config.layer};
    capture.inputs = true;
    const ForwardResult result = lm->transformer.forward(ids, capture);
    core::Trace trace = attentionTrace(lm->transformer, config.layer, result.attentionInputs.front(), config.mlaPath);
    std::vector<std::string> labels;
    labels.reserve(ids.size());
    for (const auto id : ids)
        labels.push_back(lm->tokenizer.tokenText(id));
    trace.setTokenLabels(std::move(labels));
    return std::make_shared<const core::Trace>(std::move(trace));
}

} // namespace attnscope::model
