// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/rundump.h"

#include "io/dumpio.h"
#include "io/filewriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace attnscope::io {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonValue optionalText(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

void appendTokens(QByteArray &out, const char *key, const std::vector<RunDump::Token> &tokens)
{
    out += ",\n  \"";
    out += key;
    out += "\": [";
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        out += i ? ",\n    " : "\n    ";
        out += compact(QJsonObject{
            {"id", tokens[i].id}, {"token", optionalText(tokens[i].token)}, {"text", optionalText(tokens[i].text)}});
    }
    out += tokens.empty() ? "]" : "\n  ]";
}

} // namespace

QByteArray runDumpToJson(const RunDump &d)
{
    QJsonObject config{{"layers", qint64(d.layers)},
                       {"hidden_size", qint64(d.hiddenSize)},
                       {"heads", qint64(d.heads)},
                       {"kv_heads", qint64(d.kvHeads)},
                       {"head_dim", qint64(d.headDim)},
                       {"vocab_size", qint64(d.vocabSize)},
                       {"max_position_embeddings", qint64(d.maxPositions)},
                       {"kv_dtype", d.kvDtype}};
    config.insert("mla",
                  d.mla ? QJsonValue(QJsonObject{{"q_lora_rank", qint64(d.mla->qLoraRank)},
                                                 {"kv_lora_rank", qint64(d.mla->kvLoraRank)},
                                                 {"qk_nope_head_dim", qint64(d.mla->qkNopeHeadDim)},
                                                 {"qk_rope_head_dim", qint64(d.mla->qkRopeHeadDim)},
                                                 {"v_head_dim", qint64(d.mla->vHeadDim)}})
                        : QJsonValue(QJsonValue::Null));
    qint64 elements = 0;
    for (const RunDump::Layer &l : d.captured)
        elements += l.attention.elementCount() + l.input.elementCount();
    QByteArray out;
    out.reserve(static_cast<qsizetype>(elements * 12 + 4096));
    out += "{\n  \"format\": \"";
    out += kRunDumpFormat;
    out += "\",\n  \"generator\": \"AttnScope " ATTNSCOPE_VERSION "\",\n  ";
    // Scalars and small objects through QJsonDocument (it escapes strings); strip its braces.
    const QByteArray head = compact(QJsonObject{{"folder", d.folder},
                                                {"model_type", d.modelType},
                                                {"config", config},
                                                {"prompt", d.prompt},
                                                {"sampling", d.sampling},
                                                {"generated_text", d.generatedText}});
    out += head.mid(1, head.size() - 2);
    appendTokens(out, "tokens", d.promptTokens);
    appendTokens(out, "generated", d.generated);
    out += ",\n  \"kv_cache\": [";
    for (std::size_t i = 0; i < d.kvCache.size(); ++i) {
        out += i ? ",\n    " : "\n    ";
        out += compact(QJsonObject{{"tokens", qint64(d.kvCache[i].tokens)},
                                   {"bytes", qint64(d.kvCache[i].bytes)},
                                   {"formula_bytes", qint64(d.kvCache[i].formulaBytes)}});
    }
    out += d.kvCache.empty() ? "]" : "\n  ]";
    out += ",\n  \"layers\": [";
    for (std::size_t i = 0; i < d.captured.size(); ++i) {
        out += i ? ",\n    {\"layer\": " : "\n    {\"layer\": ";
        out += QByteArray::number(qint64(d.captured[i].layer));
        out += ",\n     \"attention\": ";
        appendTensorJson(out, d.captured[i].attention);
        out += ",\n     \"input\": ";
        appendTensorJson(out, d.captured[i].input);
        out += "}";
    }
    out += d.captured.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

bool writeRunDump(const QString &fileName, const RunDump &dump, QString *error)
{
    QByteArray json;
    try {
        json = runDumpToJson(dump);
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return writeFileAtomically(fileName, json, error);
}

} // namespace attnscope::io
