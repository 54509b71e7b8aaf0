// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "model/teaching.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace attnscope::model {

// One head that scripts/train-teaching-models found over its threshold: [layer, head, score] in
// results.json, layers and heads from 0.
struct TeachingHead
{
    int layer = 0;
    int head = 0;
    double score = 0.0;
};

// The heads of one kind in results.json's "heads" object, best first.
struct TeachingHeadKind
{
    std::string kind; // "previous_token", "sink", "induction" or "subject"
    std::vector<TeachingHead> heads;
};

// What scripts/train-teaching-models measured on one of the four language models
// (docs/teaching-models.md, "What is measured"): read from its folder's results.json, the layer
// count from its config.json. Nothing here is a constant of AttnScope: it is what the files say.
struct TeachingResults
{
    TeachingModel model = TeachingModel::Mha;
    core::Mechanism mechanism = core::Mechanism::Mha;
    std::string folderName;       // "mha", "gqa", "mqa", "mla"
    std::filesystem::path folder; // the model's folder
    std::string modelType;        // results.json's model_type: "llama", "deepseek_v2"

    std::int64_t parameters = 0;
    // Cached elements per token and layer: 2 n_kv_heads d_h for MHA/GQA/MQA, d_c + d_h^R for MLA.
    std::int64_t kvElementsPerTokenPerLayer = 0;
    std::int64_t layers = 0; // config.json's num_hidden_layers
    std::int64_t steps = 0;
    double trainingSeconds = 0.0;

    double heldOutLoss = 0.0; // nats per token; lower is better
    double agreement = 0.0;   // accuracies in [0, 1]
    double withAttractor = 0.0;
    std::int64_t agreementItems = 0;
    double copying = 0.0;
    std::int64_t copyingItems = 0;
    double structured = 0.0;
    double brackets = 0.0;
    double counting = 0.0;

    // previous_token, sink, induction, subject: in that order, each best first.
    std::vector<TeachingHeadKind> heads;

    // Cached elements per token for the whole model (every layer).
    [[nodiscard]] std::int64_t kvElementsPerToken() const;
    // Cached bytes per token for the whole model at `bytesPerElement` (2 for fp16/bf16, 4 for
    // fp32): elements x layers x bytes. Throws std::overflow_error if it does not fit in 64 bits.
    [[nodiscard]] std::int64_t kvBytesPerToken(std::int64_t bytesPerElement) const;
    // The heads of one kind (empty when none is listed).
    [[nodiscard]] const std::vector<TeachingHead> &headsOf(std::string_view kind) const;
};

// The kinds of heads results.json lists, in the order TeachingResults::heads keeps them.
[[nodiscard]] const std::vector<std::string> &teachingHeadKinds();

// Reads <folder>/results.json and <folder>/config.json of one language model. `model` says which
// of the four it is (its mechanism and name). Throws std::runtime_error with one sentence that
// names the file, the key, the value and the rule ("…/gqa/results.json: copying.accuracy is -0.5;
// it must be a number from 0 to 1.").
[[nodiscard]] TeachingResults readTeachingResults(const std::filesystem::path &folder, TeachingModel model);
// The same for the folder's own name: mha, gqa, mqa or mla (anything else is refused).
[[nodiscard]] TeachingResults readTeachingResults(const std::filesystem::path &folder);
// The four language models under teachingModelsDir(), MHA, GQA, MQA, MLA; throws what
// teachingModelsDir() or readTeachingResults() throws.
[[nodiscard]] std::vector<TeachingResults> readAllTeachingResults();
// The same under another folder that holds mha/, gqa/, mqa/ and mla/.
[[nodiscard]] std::vector<TeachingResults> readAllTeachingResults(const std::filesystem::path &modelsDir);

} // namespace attnscope::model
