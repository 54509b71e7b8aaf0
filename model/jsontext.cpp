// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/jsontext_p.h"

#include <fstream>
#include <iterator>
#include <system_error>

namespace attnscope::model::detail {

std::string quotedText(std::string_view text, std::size_t limit)
{
    std::string out = "\"";
    for (const char c : text.substr(0, limit))
        out += (static_cast<unsigned char>(c) < 0x20) ? '?' : c;
    if (text.size() > limit)
        out += "...";
    return out + "\"";
}

std::string jsonText(const Json &value, std::size_t limit)
{
    std::string text = value.dump();
    if (text.size() > limit)
        text = text.substr(0, limit - 3) + "...";
    return text;
}

std::string valueText(const Json &value, std::size_t limit)
{
    if (value.is_string())
        return quotedText(value.get<std::string>(), limit);
    return jsonText(value, limit);
}

std::optional<Json> tryReadJsonObject(const std::filesystem::path &file, const JsonFileRules &rules, std::string &error)
{
    const auto fail = [&](const std::string &rest) {
        error = file.string() + ": " + rest;
        return std::nullopt;
    };
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (!std::filesystem::exists(status))
        return fail("no such file; " + std::string(rules.missing));
    if (!std::filesystem::is_regular_file(status))
        return fail("is not a file.");
    const auto bytes = std::filesystem::file_size(file, ec);
    if (ec)
        return fail("cannot read it: " + ec.message() + ".");
    if (bytes > rules.maxBytes)
        return fail("the file has " + std::to_string(bytes) + " bytes, more than " + std::string(rules.what)
                    + " can have (" + std::to_string(rules.maxBytes >> 20) + " MiB).");
    std::ifstream in(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
        return fail("cannot read it.");
    Json json;
    if (!rules.parseReason) {
        // Without exceptions: anything nlohmann refuses (a parse error, a number that overflows)
        // is just "not valid JSON".
        json = Json::parse(text, nullptr, false);
        if (json.is_discarded())
            return fail("is not valid JSON.");
    } else {
        try {
            json = Json::parse(text);
        } catch (const nlohmann::json::exception &e) {
            // A parse error, or a number beyond a double (1e999: out_of_range.406).
            std::string reason = e.what();
            if (const auto pos = reason.find("] "); reason.starts_with("[json.exception") && pos != std::string::npos)
                reason.erase(0, pos + 2);
            return fail("is not valid JSON (" + reason + ").");
        }
    }
    if (!json.is_object())
        return fail("is not a JSON object" + std::string(rules.notObject) + ".");
    return json;
}

} // namespace attnscope::model::detail
