// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string_view>

namespace attnscope::model {

// The models AttnScope trained itself (scripts/train-teaching-models, docs/teaching-models.md)
// and ships in resources/models/<folder>/: four decoder language models that differ only in their
// attention, and the Bahdanau date translator.
enum class TeachingModel { Mha, Gqa, Mqa, Mla, Translator };

// Every teaching model, in the order above.
[[nodiscard]] std::span<const TeachingModel> teachingModels();
// The folder's name: mha, gqa, mqa, mla, bahdanau-dates.
[[nodiscard]] std::string_view teachingModelFolder(TeachingModel model);
// The trained model of a mechanism: mha, gqa, mqa, mla and bahdanau have one; sdpa has none.
[[nodiscard]] std::optional<TeachingModel> teachingModelFor(core::Mechanism mechanism);
[[nodiscard]] core::Mechanism teachingModelMechanism(TeachingModel model);

// The folder that holds the teaching models, the first of
//   1. $ATTNSCOPE_MODELS, when set (it must then hold them: no fallback),
//   2. <the executable's folder>/../share/attnscope/models (an installed copy),
//   3. the source tree's resources/models (a build that was not installed),
// that holds mha/config.json. Throws std::runtime_error naming the places it looked when none does.
[[nodiscard]] std::filesystem::path teachingModelsDir();
// teachingModelsDir() / teachingModelFolder(model).
[[nodiscard]] std::filesystem::path teachingModelPath(TeachingModel model);

} // namespace attnscope::model
