// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace attnscope::io {

// core::Request <-> JSON object (the window's saved parameters), one key per row of
// core::parameters(). Only the values given are written; sizes are JSON numbers, the seed a
// decimal string (64 bits do not fit a double), causal a boolean, the cross switch
// "attention": "self" or "cross", the choices their identifiers.
[[nodiscard]] QJsonObject requestToJson(const core::Request &request);

// std::nullopt when the mechanism is missing or anything present is of the wrong type or out of
// range: a saved value is taken whole or not at all.
[[nodiscard]] std::optional<core::Request> requestFromJson(const QJsonObject &object);

// core::parseRequestSettings() for Qt callers (a lesson's `set:` lines).
[[nodiscard]] std::variant<core::Request, QString> parseRequestSettings(const QStringList &settings);

} // namespace attnscope::io
