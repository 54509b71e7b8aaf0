// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/teaching.h"

#include <array>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

namespace attnscope::model {

namespace {

constexpr std::array kAll{TeachingModel::Mha, TeachingModel::Gqa, TeachingModel::Mqa, TeachingModel::Mla,
                          TeachingModel::Translator};

bool holdsModels(const std::filesystem::path &dir)
{
    std::error_code ec;
    return std::filesystem::is_regular_file(dir / "mha" / "config.json", ec);
}

// The running executable's folder (Linux: /proc/self/exe), or empty.
std::filesystem::path executableDir()
{
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}

} // namespace

std::span<const TeachingModel> teachingModels()
{
    return kAll;
}

std::string_view teachingModelFolder(TeachingModel model)
{
    switch (model) {
    case TeachingModel::Mha: return "mha";
    case TeachingModel::Gqa: return "gqa";
    case TeachingModel::Mqa: return "mqa";
    case TeachingModel::Mla: return "mla";
    case TeachingModel::Translator: return "bahdanau-dates";
    }
    return "mha";
}

std::optional<TeachingModel> teachingModelFor(core::Mechanism mechanism)
{
    switch (mechanism) {
    case core::Mechanism::Mha: return TeachingModel::Mha;
    case core::Mechanism::Gqa: return TeachingModel::Gqa;
    case core::Mechanism::Mqa: return TeachingModel::Mqa;
    case core::Mechanism::Mla: return TeachingModel::Mla;
    case core::Mechanism::Bahdanau: return TeachingModel::Translator;
    case core::Mechanism::Sdpa: return std::nullopt;
    }
    return std::nullopt;
}

core::Mechanism teachingModelMechanism(TeachingModel model)
{
    switch (model) {
    case TeachingModel::Mha: return core::Mechanism::Mha;
    case TeachingModel::Gqa: return core::Mechanism::Gqa;
    case TeachingModel::Mqa: return core::Mechanism::Mqa;
    case TeachingModel::Mla: return core::Mechanism::Mla;
    case TeachingModel::Translator: return core::Mechanism::Bahdanau;
    }
    return core::Mechanism::Mha;
}

std::filesystem::path teachingModelsDir()
{
    if (const char *env = std::getenv("ATTNSCOPE_MODELS"); env && *env) {
        const std::filesystem::path dir(env);
        if (!holdsModels(dir))
            throw std::runtime_error("ATTNSCOPE_MODELS '" + dir.string()
                                     + "': no trained teaching models there (mha/config.json is missing).");
        return dir;
    }
    std::vector<std::filesystem::path> tried;
    if (const auto exe = executableDir(); !exe.empty())
        tried.push_back((exe / ".." / "share" / "attnscope" / "models").lexically_normal());
#ifdef ATTNSCOPE_SOURCE_MODELS
    tried.emplace_back(ATTNSCOPE_SOURCE_MODELS);
#endif
    for (const auto &dir : tried)
        if (holdsModels(dir))
            return dir;
    std::string places;
    for (const auto &dir : tried)
        places += (places.empty() ? "" : ", ") + dir.string();
    throw std::runtime_error("The trained teaching models were not found (looked in " + places
                             + "); set ATTNSCOPE_MODELS to the folder that holds mha/, gqa/, mqa/, mla/ "
                               "and bahdanau-dates/.");
}

std::filesystem::path teachingModelPath(TeachingModel model)
{
    return teachingModelsDir() / std::string(teachingModelFolder(model));
}

} // namespace attnscope::model
