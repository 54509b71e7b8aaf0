// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/requestjson.h"

#include "core/params/parameters.h"

#include <QJsonValue>

#include <cmath>
#include <string>
#include <vector>

namespace attnscope::io {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The JSON value of one parameter of the request, or an undefined value when it is not given.
QJsonValue toJson(const core::ParameterInfo &p, const core::ParameterValue &value)
{
    if (const auto *v = std::get_if<std::int64_t>(&value))
        return double(*v);
    if (const auto *v = std::get_if<double>(&value))
        return *v;
    if (const auto *v = std::get_if<std::uint64_t>(&value))
        return QString::number(*v);
    if (const auto *v = std::get_if<bool>(&value)) {
        if (p.id == core::Parameter::Cross)
            return fromView(core::attentionKindId(*v ? core::AttentionKind::Cross : core::AttentionKind::Self));
        return *v;
    }
    if (const auto *v = std::get_if<core::Mechanism>(&value))
        return fromView(core::mechanismId(*v));
    if (const auto *v = std::get_if<core::RopeLayout>(&value))
        return fromView(core::ropeLayoutId(*v));
    if (const auto *v = std::get_if<core::MlaPath>(&value))
        return fromView(core::mlaPathId(*v));
    if (const auto *v = std::get_if<core::InputSource>(&value))
        return fromView(core::inputSourceId(*v));
    if (const auto *v = std::get_if<std::string>(&value))
        return QString::fromStdString(*v);
    return QJsonValue(QJsonValue::Undefined);
}

// One parameter's value read back, or std::nullopt when the JSON value does not fit it.
std::optional<core::ParameterValue> fromJson(const core::ParameterInfo &p, const QJsonValue &v)
{
    using core::ParameterKind;
    switch (p.kind) {
    case ParameterKind::Integer: {
        const double d = v.toDouble(std::nan(""));
        // Integral and well inside the range a double holds exactly.
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9.0e15)
            return std::nullopt;
        return core::ParameterValue(std::int64_t(d));
    }
    case ParameterKind::Real:
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return std::nullopt;
        return core::ParameterValue(v.toDouble());
    case ParameterKind::Seed: {
        bool parsed = false;
        const qulonglong seed = v.toString().toULongLong(&parsed);
        if (!v.isString() || !parsed)
            return std::nullopt;
        return core::ParameterValue(std::uint64_t(seed));
    }
    case ParameterKind::Switch:
        if (p.id == core::Parameter::Cross) {
            if (v.toString() == QLatin1String("cross"))
                return core::ParameterValue(true);
            if (v.toString() == QLatin1String("self"))
                return core::ParameterValue(false);
            return std::nullopt;
        }
        if (!v.isBool())
            return std::nullopt;
        return core::ParameterValue(v.toBool());
    case ParameterKind::Choice: {
        // The identifiers are parsed as on the command line; a non-string is an empty text.
        core::Request probe;
        if (core::setFromText(probe, p.id, v.toString().toStdString()))
            return std::nullopt;
        return core::value(probe, p.id);
    }
    case ParameterKind::Text:
        if (!v.isString())
            return std::nullopt;
        return core::ParameterValue(v.toString().toStdString());
    }
    return std::nullopt;
}

} // namespace

QJsonObject requestToJson(const core::Request &request)
{
    QJsonObject o;
    for (const core::ParameterInfo &p : core::parameters()) {
        // The mechanism, the seed and the switches are always written; the rest when given.
        const QJsonValue v = toJson(p, p.get(request));
        if (!v.isUndefined())
            o.insert(fromView(p.key), v);
    }
    return o;
}

std::optional<core::Request> requestFromJson(const QJsonObject &o)
{
    core::Request r;
    for (const core::ParameterInfo &p : core::parameters()) {
        const QJsonValue v = o.value(fromView(p.key));
        if (v.isUndefined()) {
            if (p.id == core::Parameter::Mechanism)
                return std::nullopt; // required
            continue;
        }
        const auto value = fromJson(p, v);
        if (!value || !p.set(r, *value))
            return std::nullopt;
    }
    return r;
}

std::variant<core::Request, QString> parseRequestSettings(const QStringList &settings)
{
    std::vector<std::string> texts;
    texts.reserve(std::size_t(settings.size()));
    for (const QString &s : settings)
        texts.push_back(s.toStdString());
    auto parsed = core::parseRequestSettings(texts);
    if (const auto *error = std::get_if<std::string>(&parsed))
        return QString::fromStdString(*error);
    return std::get<core::Request>(parsed);
}

} // namespace attnscope::io
