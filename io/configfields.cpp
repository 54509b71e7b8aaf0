// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/configfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace attnscope::io {

// Replaces control characters so that a message stays on one line.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char('?');
    }
    return text;
}

// A JSON value as it reads in the file, shortened, for messages: "4096.5", "\"32\"", true.
QString jsonText(const QJsonValue &value)
{
    if (value.isDouble() && value.toVariant().typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    // Wrapped in an array, so that scalars serialise too; the brackets are stripped.
    const QByteArray a = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = oneLine(QString::fromUtf8(a.mid(1, a.size() - 2)));
    if (text.size() > 40)
        text = text.left(37) + QStringLiteral("...");
    return text;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return QCoreApplication::translate("ConfigReader", "a boolean");
    case QJsonValue::String: return QCoreApplication::translate("ConfigReader", "a string");
    case QJsonValue::Array: return QCoreApplication::translate("ConfigReader", "an array");
    case QJsonValue::Object: return QCoreApplication::translate("ConfigReader", "an object");
    case QJsonValue::Double: return QCoreApplication::translate("ConfigReader", "a number");
    default: return QStringLiteral("null");
    }
}

// "a", "a and b", "a, b and c"
QString listText(const QStringList &items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + items.last();
}

} // namespace attnscope::io
