// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the model library: included by model/*.cpp files only, never by a public header, so
// the nlohmann types here stay out of the public headers (model/CMakeLists.txt links JSON
// privately). The message helpers that config.json, results.json and the translator's config
// share: values quoted and shortened for refusals, and a JSON file read with a size limit.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace attnscope::model::detail {

using Json = nlohmann::json;

// A text from the user or a file for a message: its first `limit` characters in double quotes,
// control characters as '?', "..." inside the quotes when it was longer.
[[nodiscard]] std::string quotedText(std::string_view text, std::size_t limit);
// A JSON value as dump() writes it, shortened to `limit` characters (the last three "...").
[[nodiscard]] std::string jsonText(const Json &value, std::size_t limit);
// A JSON value as it reads in the file: a string by quotedText, anything else by jsonText.
[[nodiscard]] std::string valueText(const Json &value, std::size_t limit);

// How one kind of JSON file is named in the refusals of readJsonObject, each of which starts
// with "FILE: ".
struct JsonFileRules
{
    std::string_view missing;    // after "no such file; ": "a Hugging Face model folder has a config.json."
    std::string_view what;       // "a config.json", in "more than a config.json can have (16 MiB)."
    std::uintmax_t maxBytes = 0; // a whole number of MiB
    bool parseReason = true;     // "is not valid JSON (nlohmann's reason)." rather than "is not valid JSON."
    std::string_view notObject;  // after "is not a JSON object": "" or "; a config.json is ..."
};

// FILE as a JSON object, or std::nullopt with the sentence why not in `error`.
[[nodiscard]] std::optional<Json> tryReadJsonObject(const std::filesystem::path &file, const JsonFileRules &rules,
                                                    std::string &error);

// FILE as a JSON object; throws Error (ModelError, std::runtime_error) with the sentence why not.
template<class Error>
[[nodiscard]] Json readJsonObject(const std::filesystem::path &file, const JsonFileRules &rules)
{
    std::string error;
    if (auto json = tryReadJsonObject(file, rules, error))
        return std::move(*json);
    throw Error(error);
}

} // namespace attnscope::model::detail
