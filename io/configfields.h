// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the fields of a config.json (internal to io/: modelconfig.cpp, layerkinds.cpp and
// configdefaults.cpp share it). Every failure is one sentence that names the field as the file
// spells it ("text_config.num_key_value_heads"), its value and the rule.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>
#include <utility>

namespace attnscope::io {

// Largest integer a JSON number (an IEEE double) holds exactly: larger sizes are refused
// rather than rounded.
inline constexpr qint64 kMaxExactJsonInteger = (qint64(1) << 53) - 1;

// Replaces control characters so that a message stays on one line.
[[nodiscard]] QString oneLine(QString text);
// A JSON value as it reads in the file, shortened, for messages: "4096.5", "\"32\"", true.
[[nodiscard]] QString jsonText(const QJsonValue &value);
[[nodiscard]] QString typeName(const QJsonValue &value); // "a string", "an array", ...
// "a", "a and b", "a, b and c"
[[nodiscard]] QString listText(const QStringList &items);

// Thrown while a config.json is read; modelFromHfConfig turns it into the error sentence.
struct FieldError
{
    QString message;
};

// One object of a config.json, with the path that prefixes its field names in messages
// ("", "config." in a preset, "text_config." for a multimodal model's language model).
class Fields
{
public:
    Fields(QJsonObject object, QString prefix) : m_object(std::move(object)), m_prefix(std::move(prefix)) {}

    [[nodiscard]] QString name(const QString &key) const { return m_prefix + key; }
    [[nodiscard]] const QJsonObject &object() const { return m_object; }

    // Present and not null (Hugging Face writes None as null: "not given").
    [[nodiscard]] bool has(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        return !v.isUndefined() && !v.isNull();
    }
    [[nodiscard]] bool hasAny(const QStringList &keys) const
    {
        for (const QString &key : keys) {
            if (has(key))
                return true;
        }
        return false;
    }

    [[noreturn]] void fail(const QString &key, const QString &rule) const
    {
        throw FieldError{name(key) + QStringLiteral(": ") + rule};
    }

    // A whole number in the exact JSON range, at least `minimum`; std::nullopt when absent.
    [[nodiscard]] std::optional<qint64> size(const QString &key, qint64 minimum) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble())
            fail(key, QCoreApplication::translate("ConfigReader", "%1 is %2; expected a whole number.").arg(jsonText(v), typeName(v)));
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d))
            fail(key, QCoreApplication::translate("ConfigReader", "%1 is not a whole number.").arg(jsonText(v)));
        if (std::fabs(d) > double(kMaxExactJsonInteger))
            fail(key,
                 QCoreApplication::translate("ConfigReader", "%1 is too large; sizes are at most 2^53 - 1 (%2).")
                     .arg(jsonText(v))
                     .arg(kMaxExactJsonInteger));
        const auto n = static_cast<qint64>(d);
        if (n < minimum) {
            fail(key,
                 minimum > 0 ? QCoreApplication::translate("ConfigReader", "%1 must be at least %2.").arg(n).arg(minimum)
                             : QCoreApplication::translate("ConfigReader", "%1 must not be negative.").arg(n));
        }
        return n;
    }

    [[nodiscard]] std::optional<bool> boolean(const QString &key) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isBool())
            fail(key, QCoreApplication::translate("ConfigReader", "%1 is %2; expected true or false.").arg(jsonText(v), typeName(v)));
        return v.toBool();
    }

    [[nodiscard]] std::optional<QString> string(const QString &key) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            fail(key, QCoreApplication::translate("ConfigReader", "%1 is %2; expected a string.").arg(jsonText(v), typeName(v)));
        return v.toString();
    }

    // The first of several spellings that is given; the others, when also given, must agree.
    struct Found
    {
        QString key;
        qint64 value = 0;
    };
    [[nodiscard]] std::optional<Found> first(const QStringList &keys, qint64 minimum) const
    {
        std::optional<Found> found;
        for (const QString &key : keys) {
            const auto value = size(key, minimum);
            if (!value)
                continue;
            if (!found) {
                found = Found{key, *value};
            } else if (*value != found->value) {
                fail(key,
                     QCoreApplication::translate("ConfigReader", "%1 disagrees with %2 (%3).").arg(*value).arg(name(found->key)).arg(found->value));
            }
        }
        return found;
    }
    [[nodiscard]] Found require(const QStringList &keys, qint64 minimum) const
    {
        if (auto found = first(keys, minimum))
            return *found;
        QStringList names;
        for (const QString &key : keys)
            names << name(key);
        if (names.size() == 1)
            fail(keys.first(), QCoreApplication::translate("ConfigReader", "missing."));
        fail(keys.first(), QCoreApplication::translate("ConfigReader", "missing (also looked for %1).").arg(listText(names.mid(1))));
    }

private:
    QJsonObject m_object;
    QString m_prefix;
};

} // namespace attnscope::io
