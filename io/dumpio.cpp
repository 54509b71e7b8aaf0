// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/dumpio.h"

#include "core/footprint/kvcache.h"
#include "core/params/parameters.h"
#include "core/support/checkedmath.h"
#include "io/configfields.h"
#include "io/filewriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace attnscope::io {

using core::Config;

namespace {

// Largest integer a JSON number (an IEEE double) holds exactly.
constexpr qint64 kMaxExactJsonInteger = (qint64(1) << 53) - 1;

void appendFloat(QByteArray &out, float value)
{
    if (!std::isfinite(value))
        throw std::runtime_error("dump: a tensor holds a non-finite value");
    char buffer[32];
    // Shortest representation that parses back to the same float.
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, static_cast<qsizetype>(result.ptr - buffer));
}

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // Scalars: wrap in an array and strip the brackets.
    QByteArray a = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QJsonObject stepToJson(const core::Step &step)
{
    QJsonArray inputs;
    for (const auto &in : step.inputs)
        inputs.append(QString::fromStdString(in));
    QJsonObject o{
        {"kind", QString::fromUtf8(core::stepKindId(step.kind).data(), qsizetype(core::stepKindId(step.kind).size()))},
        {"output", QString::fromStdString(step.output)},
        {"inputs", inputs}};
    if (step.head >= 0)
        o.insert("head", step.head);
    if (step.row >= 0)
        o.insert("row", qint64(step.row));
    return o;
}

QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// Field readers for configFromJson: each names the field in its error.
bool readInt(const QJsonObject &o, const char *key, std::int64_t &out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble()) {
        *error = QStringLiteral("config.%1: missing or not a number.").arg(QLatin1String(key));
        return false;
    }
    const double d = v.toDouble();
    if (d != std::floor(d) || std::fabs(d) > double(kMaxExactJsonInteger)) {
        *error =
            QStringLiteral("config.%1: %2 is not an integer in the exact JSON range.").arg(QLatin1String(key)).arg(d);
        return false;
    }
    out = static_cast<std::int64_t>(d);
    return true;
}

template<typename Enum>
bool readEnum(const QJsonObject &o, const char *key, std::optional<Enum> (*parse)(std::string_view), Enum &out,
              QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const std::string text = v.toString().toStdString();
    const auto parsed = v.isString() ? parse(text) : std::nullopt;
    if (!parsed) {
        *error = QStringLiteral("config.%1: missing or not a known value.").arg(QLatin1String(key));
        return false;
    }
    out = *parsed;
    return true;
}

std::optional<core::AttentionKind> attentionFromId(std::string_view id)
{
    if (id == "self")
        return core::AttentionKind::Self;
    if (id == "cross")
        return core::AttentionKind::Cross;
    return std::nullopt;
}

} // namespace

QJsonObject configToJson(const Config &c)
{
    // The sizes from the parameter table; the rest by hand (their types differ from a Request's).
    QJsonObject o{
        {"causal", c.causal},
        {"attention", fromView(core::attentionKindId(c.attention))},
        {"seed", qint64(c.seed)},
        {"rope_base", c.ropeBase},
        {"rope_layout", fromView(core::ropeLayoutId(c.ropeLayout))},
        {"mla_path", fromView(core::mlaPathId(c.mlaPath))},
    };
    for (const core::ParameterInfo &p : core::parameters()) {
        if (p.configInteger && p.id != core::Parameter::Layer)
            o.insert(fromView(p.key), qint64(c.*p.configInteger));
    }
    // Trained input only, so that seeded dumps stay as they were.
    if (c.input == core::InputSource::Trained) {
        o.insert("input", fromView(core::inputSourceId(c.input)));
        o.insert("text", QString::fromStdString(c.text));
        o.insert("layer", qint64(c.layer));
    }
    return o;
}

std::optional<Config> configFromJson(const QJsonObject &o, QString *error)
{
    Config c;
    for (const core::ParameterInfo &p : core::parameters()) {
        if (p.configInteger && p.id != core::Parameter::Layer && !readInt(o, p.key.data(), c.*p.configInteger, error))
            return std::nullopt;
    }
    if (o.contains("input")) {
        if (!readEnum(o, "input", &core::inputSourceFromId, c.input, error))
            return std::nullopt;
        if (c.input == core::InputSource::Trained) {
            if (!o.value("text").isString()) {
                *error = QStringLiteral("config.text: missing or not a string (input is trained).");
                return std::nullopt;
            }
            c.text = o.value("text").toString().toStdString();
            if (!readInt(o, "layer", c.layer, error))
                return std::nullopt;
        }
    }
    std::int64_t seed = 0;
    const bool ok = readInt(o, "seed", seed, error) && readEnum(o, "attention", &attentionFromId, c.attention, error)
        && readEnum(o, "rope_layout", &core::ropeLayoutFromId, c.ropeLayout, error)
        && readEnum(o, "mla_path", &core::mlaPathFromId, c.mlaPath, error);
    if (!ok)
        return std::nullopt;
    if (seed < 0) {
        *error = QStringLiteral("config.seed: %1 is negative; seeds are 0 to 2^53 - 1.").arg(seed);
        return std::nullopt;
    }
    c.seed = static_cast<std::uint64_t>(seed);
    if (!o.value("causal").isBool()) {
        *error = QStringLiteral("config.causal: missing or not true/false.");
        return std::nullopt;
    }
    c.causal = o.value("causal").toBool();
    if (!o.value("rope_base").isDouble()) {
        *error = QStringLiteral("config.rope_base: missing or not a number.");
        return std::nullopt;
    }
    c.ropeBase = o.value("rope_base").toDouble();
    return c;
}

void appendTensorJson(QByteArray &out, const core::Tensor &t)
{
    out += "{\"shape\": [";
    for (std::size_t i = 0; i < t.shape.size(); ++i) {
        if (i)
            out += ", ";
        out += QByteArray::number(qint64(t.shape[i]));
    }
    out += "], \"data\": [";
    for (std::size_t i = 0; i < t.data.size(); ++i) {
        if (i)
            out += ", ";
        appendFloat(out, t.data[i]);
    }
    out += "]}";
}

QByteArray dumpToJson(const Config &config, const core::Trace &trace)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(trace.totalElements() * 12 + 4096));
    const QJsonValue mechanism = fromView(core::mechanismId(config.mechanism));
    out += "{\n  \"format\": \"";
    out += kDumpFormat;
    out += "\",\n  \"generator\": ";
    out += compactJson(QStringLiteral("AttnScope " ATTNSCOPE_VERSION));
    out += ",\n  \"mechanism\": ";
    out += compactJson(mechanism);
    out += ",\n  \"config\": ";
    out += compactJson(configToJson(config));
    out += ",\n  \"kv_cache_elements_per_token\": ";
    const auto kv = core::kvCacheElementsPerToken(config);
    out += kv ? QByteArray::number(qint64(*kv)) : QByteArray("null");
    if (config.mechanism == core::Mechanism::Mla) {
        const auto decompressed = core::mlaDecompressedElementsPerToken(config);
        out += ",\n  \"mla_decompressed_elements_per_token\": ";
        out += decompressed ? QByteArray::number(qint64(*decompressed)) : QByteArray("null");
    }
    if (!trace.queryLabels().empty()) {
        // The tokens of a trained input: rows (queries) and columns (keys) of the weights.
        QJsonArray queries, keys;
        for (const auto &label : trace.queryLabels())
            queries.append(QString::fromStdString(label));
        for (const auto &label : trace.keyLabels())
            keys.append(QString::fromStdString(label));
        out += ",\n  \"token_labels\": ";
        out += compactJson(QJsonObject{{"queries", queries}, {"keys", keys}});
    }
    out += ",\n  \"steps\": [";
    bool first = true;
    for (const auto &step : trace.steps()) {
        out += first ? "\n    " : ",\n    ";
        out += compactJson(stepToJson(step));
        first = false;
    }
    out += "\n  ],\n  \"tensors\": {";
    first = true;
    for (const auto &name : trace.tensorNames()) {
        const core::Tensor &t = trace.tensor(name);
        out += first ? "\n    " : ",\n    ";
        first = false;
        out += compactJson(QString::fromStdString(name));
        out += ": ";
        appendTensorJson(out, t);
    }
    out += "\n  }\n}\n";
    return out;
}

bool writeDump(const QString &fileName, const Config &config, const core::Trace &trace, QString *error)
{
    QByteArray json;
    try {
        json = dumpToJson(config, trace);
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return writeFileAtomically(fileName, json, error);
}

std::optional<Dump> parseDump(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value("format").toString() != QLatin1String(kDumpFormat)) {
        *error = QStringLiteral("format: expected \"%1\".").arg(QLatin1String(kDumpFormat));
        return std::nullopt;
    }
    const auto mechanism = core::mechanismFromId(root.value("mechanism").toString().toStdString());
    if (!mechanism) {
        *error = QStringLiteral("mechanism: \"%1\" is not a known mechanism.").arg(root.value("mechanism").toString());
        return std::nullopt;
    }
    auto config = configFromJson(root.value("config").toObject(), error);
    if (!config)
        return std::nullopt;
    config->mechanism = *mechanism;

    Dump dump{*config, {}};
    const QJsonObject tensors = root.value("tensors").toObject();
    for (auto it = tensors.begin(); it != tensors.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        const QJsonArray shape = t.value("shape").toArray();
        const QJsonArray data = t.value("data").toArray();
        core::Tensor tensor;
        std::int64_t count = 1;
        for (const auto &d : shape) {
            const qint64 n = d.toInteger(-1);
            if (n < 0 || !d.isDouble()) {
                *error = QStringLiteral("tensors.%1.shape: not a list of sizes.").arg(oneLine(it.key()));
                return std::nullopt;
            }
            tensor.shape.push_back(n);
            // Checked: a shape of sizes near 2^40 multiplies past 64 bits, and no count above the
            // data's length can match it anyway.
            const std::optional<std::int64_t> next = core::checkedMul(count, n);
            count = next && *next <= data.size() ? *next : -1;
            if (count < 0)
                break;
        }
        if (shape.isEmpty() || count != data.size()) {
            *error = QStringLiteral("tensors.%1: %2 numbers do not fill the shape.").arg(oneLine(it.key())).arg(data.size());
            return std::nullopt;
        }
        tensor.data.reserve(static_cast<std::size_t>(count));
        for (const auto &v : data) {
            if (!v.isDouble()) {
                *error = QStringLiteral("tensors.%1.data: holds a value that is not a number.").arg(it.key());
                return std::nullopt;
            }
            tensor.data.push_back(static_cast<float>(v.toDouble()));
        }
        dump.trace.setTensor(it.key().toStdString(), std::move(tensor));
    }
    return dump;
}

} // namespace attnscope::io
