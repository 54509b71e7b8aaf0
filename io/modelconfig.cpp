// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/modelconfig.h"

#include "io/configdefaults.h"
#include "io/configfields.h"
#include "io/layerkinds.h"
#include "io/weightshape.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <utility>

namespace attnscope::io {

using core::Mechanism;
using core::ModelShape;

namespace {

const QString kPresetDir = QStringLiteral(":/attnscope/models");

// The spellings each family uses for one quantity, most common first.
const QStringList kHeadKeys{"num_attention_heads", "n_head", "num_heads"};
const QStringList kKvHeadKeys{"num_key_value_heads", "n_head_kv", "num_kv_heads"};
const QStringList kWidthKeys{"hidden_size", "n_embd", "d_model", "n_embed"};
const QStringList kLayerKeys{"num_hidden_layers", "n_layer", "num_layers"};
const QStringList kHeadDimKeys{"head_dim", "d_kv"};
// Encoder-decoder models: the decoder's self- and cross-attention keep the caches.
const QStringList kDecoderHeadKeys{"decoder_attention_heads"};
const QStringList kDecoderLayerKeys{"num_decoder_layers", "decoder_layers"};
const QStringList kEncoderLayerKeys{"encoder_layers", "num_layers", "num_hidden_layers", "n_layer"};
// Model types whose attention is multi-head by architecture: their configs have no KV-head field.
const QStringList kMultiHeadTypes{"gpt2", "gpt_neox", "gptj",  "opt",    "bloom",   "codegen", "t5", "mt5",
                                  "umt5", "longt5",   "bart",  "mbart",  "marian",  "pegasus", "whisper"};


// The MLA fields of DeepSeek-V2/V3 (and models that copy their attention).
void readMla(const Fields &f, qint64 kvLoraRank, ModelShape &m)
{
    m.mechanism = Mechanism::Mla;
    m.nKvHeads = m.nHeads; // unused by MLA: every head reads the shared latent
    m.dLatentKv = kvLoraRank;
    m.dLatentQ = f.size(QStringLiteral("q_lora_rank"), 0).value_or(0); // null: no query compression
    const auto nope = f.require({QStringLiteral("qk_nope_head_dim")}, 1);
    const auto rope = f.require({QStringLiteral("qk_rope_head_dim")}, 0);
    const auto value = f.require({QStringLiteral("v_head_dim")}, 1);
    if (rope.value % 2 != 0)
        f.fail(rope.key, QCoreApplication::translate("ConfigReader", "%1 must be even (RoPE rotates pairs of dimensions).").arg(rope.value));
    m.dHead = nope.value;
    m.dRope = rope.value;
    m.dValue = value.value;
}

// Multi-query, grouped-query or multi-head attention: the KV heads and the head width.
void readGrouped(const Fields &f, const QString &modelType, const Fields::Found &heads, const Fields::Found &width,
                 ModelShape &m, QStringList &notes)
{
    if (const auto headDim = f.first(kHeadDimKeys, 1)) {
        m.dHead = headDim->value;
    } else if (width.value % heads.value != 0) {
        f.fail(width.key,
               QCoreApplication::translate("ConfigReader", "%1 is not divisible by %2 (%3), and no %4 is given.")
                   .arg(width.value)
                   .arg(f.name(heads.key))
                   .arg(heads.value)
                   .arg(f.name(kHeadDimKeys.first())));
    } else {
        m.dHead = width.value / heads.value;
    }

    // Falcon: the new decoder architecture (40B, 180B) groups its KV heads; the original one
    // (7B) is multi-query. Hugging Face's Falcon and GPTBigCode classes assume multi_query
    // when it is left out, the other families multi-head attention.
    const bool newArchitecture = f.boolean(QStringLiteral("new_decoder_architecture")).value_or(false);
    const bool multiQueryDefault = modelType == QLatin1String("falcon") || modelType == QLatin1String("gpt_bigcode");
    const auto multiQuery = f.boolean(QStringLiteral("multi_query"));
    Fields::Found kv{QString(), heads.value};
    if (newArchitecture) {
        const auto given = f.first(kKvHeadKeys, 1);
        if (!given) {
            QStringList names;
            for (const QString &key : kKvHeadKeys)
                names << f.name(key);
            f.fail(QStringLiteral("num_kv_heads"),
                   QCoreApplication::translate("ConfigReader", "missing; %1 is true, so the KV heads must be given (looked for %2).")
                       .arg(f.name(QStringLiteral("new_decoder_architecture")), listText(names)));
        }
        kv = *given;
    } else if (multiQuery.value_or(multiQueryDefault)) {
        kv.value = 1;
        if (!multiQuery)
            notes << QCoreApplication::translate("ConfigReader", "multi_query is not given; a %1 model is multi-query by default.").arg(modelType);
        if (const auto ignored = f.first(kKvHeadKeys, 1); ignored && ignored->value != 1) {
            notes << QCoreApplication::translate("ConfigReader", "%1 (%2) is ignored: multi_query is true and new_decoder_architecture is not.")
                         .arg(f.name(ignored->key))
                         .arg(ignored->value);
        }
    } else if (const auto given = f.first(kKvHeadKeys, 1)) {
        kv = *given;
    } else if (multiQuery == std::optional<bool>(false)) {
        notes << QCoreApplication::translate("ConfigReader", "multi_query is false and no KV heads are given: one KV head per query head "
                                "(multi-head attention).");
    } else if (kMultiHeadTypes.contains(modelType) || isEncoderOnlyType(modelType)) {
        notes << QCoreApplication::translate("ConfigReader", "A %1 model has one KV head per query head (multi-head attention); its config has "
                                "no KV-head field.")
                     .arg(modelType);
    } else {
        // Never multi-head attention by guess: GQA models that leave the field out would be
        // overstated several times over.
        QStringList names;
        for (const QString &key : kKvHeadKeys)
            names << f.name(key);
        f.fail(kKvHeadKeys.first(),
               QCoreApplication::translate("ConfigReader", "missing (also looked for %1); the default of model_type %2 is not known, so give the "
                              "KV heads rather than have them read as multi-head attention.")
                   .arg(listText(names.mid(1)),
                        modelType.isEmpty() ? QCoreApplication::translate("ConfigReader", "(none given)") : QStringLiteral("'%1'").arg(modelType)));
    }

    if (!kv.key.isEmpty()) {
        if (kv.value > heads.value) {
            f.fail(kv.key,
                   QCoreApplication::translate("ConfigReader", "%1 is more than %2 (%3).").arg(kv.value).arg(f.name(heads.key)).arg(heads.value));
        }
        if (heads.value % kv.value != 0) {
            f.fail(kv.key,
                   QCoreApplication::translate("ConfigReader", "%1 does not divide %2 (%3).").arg(kv.value).arg(f.name(heads.key)).arg(heads.value));
        }
    }
    m.nKvHeads = kv.value;
    if (kv.value == heads.value)
        m.mechanism = Mechanism::Mha;
    else if (kv.value == 1)
        m.mechanism = Mechanism::Mqa;
    else
        m.mechanism = Mechanism::Gqa;
}

ModelShape readHfConfig(const QJsonObject &root, const QString &prefix)
{
    const Fields top(root, prefix);
    // Multimodal models (Gemma 3, Llama 4, Mistral 3, LLaVA) nest their language model.
    const bool nested =
        !top.hasAny(kHeadKeys) && !top.hasAny(kDecoderHeadKeys) && root.value(QStringLiteral("text_config")).isObject();
    const Fields given = nested
        ? Fields(root.value(QStringLiteral("text_config")).toObject(), prefix + QStringLiteral("text_config."))
        : top;

    ModelShape m;
    QStringList notes;
    const QString topType = top.string(QStringLiteral("model_type")).value_or(QString());
    QString modelType = nested ? given.string(QStringLiteral("model_type")).value_or(topType) : topType;
    if (nested && modelType == QLatin1String("gemma3"))
        modelType = QStringLiteral("gemma3_text"); // Gemma3Config's text_config is a Gemma3TextConfig
    // Fields the config leaves to its class's default (docs/footprint.md lists them).
    QStringList defaulted;
    const Fields f(withClassDefaults(given.object(), modelType, given.name(QString()), &defaulted),
                   given.name(QString()));
    for (const QString &d : defaulted)
        m.defaults.push_back(d.toStdString());
    const QString path = top.string(QStringLiteral("_name_or_path")).value_or(QString());
    m.name = (path.isEmpty() ? topType : path).toStdString();
    m.source = "config.json";
    if (nested)
        notes << QCoreApplication::translate("ConfigReader", "Read from text_config (the language model of a multimodal model).");

    static const QStringList t5Types{"t5", "mt5", "umt5", "longt5"};
    const bool encoderDecoder =
        f.boolean(QStringLiteral("is_encoder_decoder")).value_or(false) || t5Types.contains(modelType);

    std::optional<Fields::Found> heads;
    if (encoderDecoder)
        heads = f.first(kDecoderHeadKeys, 1);
    if (!heads)
        heads = f.require(encoderDecoder ? kDecoderHeadKeys + kHeadKeys : kHeadKeys, 1);
    const Fields::Found width = f.require(kWidthKeys, 1);
    m.nHeads = heads->value;
    m.dModel = width.value;

    if (encoderDecoder) {
        const auto encoder = f.first(kEncoderLayerKeys, 1);
        const auto decoder = f.first(kDecoderLayerKeys, 1);
        if (!decoder && !encoder)
            (void)f.require(kDecoderLayerKeys + kEncoderLayerKeys, 1); // throws: names what was looked for
        m.layers = decoder ? decoder->value : encoder->value;
        m.crossLayers = m.layers;
        m.encoderLayers = encoder ? encoder->value : 0;
    } else {
        m.layers = f.require(kLayerKeys, 1).value;
    }

    if (const auto kvLoraRank = f.size(QStringLiteral("kv_lora_rank"), 1))
        readMla(f, *kvLoraRank, m);
    else
        readGrouped(f, modelType, *heads, width, m, notes);
    readLayerKinds(f, modelType, m, notes);
    QStringList weightDefaults;
    readWeights(f, modelType, m, &weightDefaults);
    // Gemma 3, LLaVA: the image encoder's weights are outside the language model's count.
    m.weights.visionTower = m.weights.vocab > 0 && root.value(QStringLiteral("vision_config")).isObject();
    for (const QString &d : weightDefaults)
        m.defaults.push_back(d.toStdString());

    m.notes = notes.join(QLatin1Char(' ')).toStdString();
    return m;
}

std::optional<ModelShape> fromHfConfig(const QJsonObject &config, const QString &prefix, QString *error)
{
    ModelShape m;
    try {
        m = readHfConfig(config, prefix);
    } catch (const FieldError &e) {
        *error = e.message;
        return std::nullopt;
    }
    // The field checks above are stricter and name the config.json fields; this is a backstop
    // for the shape rules the footprint engine relies on.
    core::ModelFieldNames names;
    names.dModel = (prefix + QStringLiteral("hidden_size")).toStdString();
    names.layers = (prefix + QStringLiteral("num_hidden_layers")).toStdString();
    names.nHeads = (prefix + QStringLiteral("num_attention_heads")).toStdString();
    names.nKvHeads = (prefix + QStringLiteral("num_key_value_heads")).toStdString();
    names.dHead =
        (prefix + (m.mechanism == Mechanism::Mla ? QStringLiteral("qk_nope_head_dim") : QStringLiteral("head_dim")))
            .toStdString();
    names.dValue = (prefix + QStringLiteral("v_head_dim")).toStdString();
    names.dLatentKv = (prefix + QStringLiteral("kv_lora_rank")).toStdString();
    names.dLatentQ = (prefix + QStringLiteral("q_lora_rank")).toStdString();
    names.dRope = (prefix + QStringLiteral("qk_rope_head_dim")).toStdString();
    names.crossLayers = (prefix + QStringLiteral("num_decoder_layers")).toStdString();
    names.layerKinds = (prefix + QStringLiteral("layer_types")).toStdString();
    const auto problems = core::validateModel(m, names);
    if (!problems.empty()) {
        *error = QString::fromStdString(problems.front().message);
        return std::nullopt;
    }
    return m;
}

// Preset files name a preset on the command line: keep ids to a safe alphabet.
bool isPresetId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    return pattern.match(id).hasMatch();
}

std::optional<ModelShape> fromPreset(const QJsonObject &root, QString *error)
{
    const Fields f(root, QString());
    ModelShape m;
    QString id, name, source, notes;
    try {
        id = f.string(QStringLiteral("id")).value_or(QString());
        if (!isPresetId(id)) {
            f.fail(QStringLiteral("id"),
                   id.isEmpty() ? QCoreApplication::translate("ConfigReader", "missing or empty.")
                                : QCoreApplication::translate("ConfigReader", "\"%1\" is not a preset id (lower-case letters, "
                                                 "digits, '.', '-' and '_').")
                                      .arg(oneLine(id)));
        }
        name = f.string(QStringLiteral("name")).value_or(QString());
        if (name.trimmed().isEmpty())
            f.fail(QStringLiteral("name"), QCoreApplication::translate("ConfigReader", "missing or empty."));
        source = f.string(QStringLiteral("source")).value_or(QString());
        if (source.trimmed().isEmpty())
            f.fail(QStringLiteral("source"), QCoreApplication::translate("ConfigReader", "missing or empty; say where the numbers come from."));
        notes = f.string(QStringLiteral("notes")).value_or(QString());
        if (!root.value(QStringLiteral("config")).isObject())
            f.fail(QStringLiteral("config"), QCoreApplication::translate("ConfigReader", "missing or not an object."));
    } catch (const FieldError &e) {
        *error = e.message;
        return std::nullopt;
    }
    auto shape = fromHfConfig(root.value(QStringLiteral("config")).toObject(), QStringLiteral("config."), error);
    if (!shape)
        return std::nullopt;
    shape->id = id.toStdString();
    shape->name = name.toStdString();
    shape->source = source.toStdString();
    if (!notes.isEmpty())
        shape->notes = notes.toStdString();
    return shape;
}

QString presetPath(const QString &id)
{
    return kPresetDir + QLatin1Char('/') + id + QStringLiteral(".json");
}

} // namespace

std::optional<ModelShape> modelFromHfConfig(const QJsonObject &config, QString *error)
{
    return fromHfConfig(config, QString(), error);
}

std::optional<ModelShape> parseModelJson(const QByteArray &json, const QString &origin, QString *error)
{
    const QString where = oneLine(origin);
    QByteArray text = json;
    if (text.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte-order mark, as some editors write
        text.remove(0, 3);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("ConfigReader", "%1: not JSON: %2 at offset %3.")
                     .arg(where, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("ConfigReader", "%1: the top level is %2, not an object like a config.json.")
                     .arg(where, doc.isArray() ? QCoreApplication::translate("ConfigReader", "an array") : QCoreApplication::translate("ConfigReader", "not an object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    std::optional<ModelShape> shape;
    QString message;
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        shape = modelFromHfConfig(root, &message);
    } else if (format.isString() && format.toString() == QLatin1String(kModelFormat)) {
        shape = fromPreset(root, &message);
    } else {
        message = QCoreApplication::translate("ConfigReader", "format: %1 is not a known format; expected \"%2\" or a Hugging Face config.json "
                                 "(which has no \"format\").")
                      .arg(jsonText(format), QLatin1String(kModelFormat));
    }
    if (!shape) {
        *error = where + QStringLiteral(": ") + message;
        return std::nullopt;
    }
    return shape;
}

std::optional<ModelShape> readModelFile(const QString &path, QString *error)
{
    const QString where = oneLine(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = QCoreApplication::translate("ConfigReader", "%1: cannot read: it is a directory.").arg(where);
        return std::nullopt;
    }
    // A pipe or a device would be waited on or read without end: only regular files are read.
    if (info.exists() && !info.isFile()) {
        *error = QCoreApplication::translate("ConfigReader",
                                             "%1: cannot read: it is not a regular file (a pipe, a socket or a "
                                             "device).")
                     .arg(where);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ConfigReader", "%1: cannot read: %2.").arg(where, file.errorString());
        return std::nullopt;
    }
    // Read one byte past the limit: devices and pipes report no size up front.
    const QByteArray json = file.read(kMaxModelFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("ConfigReader", "%1: cannot read: %2.").arg(where, file.errorString());
        return std::nullopt;
    }
    if (json.size() > kMaxModelFileBytes) {
        *error = QCoreApplication::translate("ConfigReader", "%1: larger than 16 MiB; a model's config.json is a few KiB.").arg(where);
        return std::nullopt;
    }
    return parseModelJson(json, path, error);
}

QStringList presetIds()
{
    QStringList ids;
    const QStringList files = QDir(kPresetDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        ids << file.chopped(5);
    ids.sort();
    return ids;
}

std::optional<ModelShape> presetModel(const QString &id, QString *error)
{
    if (!presetIds().contains(id)) {
        *error =
            QCoreApplication::translate("ConfigReader", "--model '%1': no such preset; see attnscope footprint --list-models.").arg(oneLine(id));
        return std::nullopt;
    }
    const QString path = presetPath(id);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ConfigReader", "%1: cannot read: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    auto shape = parseModelJson(file.readAll(), path, error);
    if (!shape)
        return std::nullopt;
    if (QString::fromStdString(shape->id) != id) {
        *error =
            QCoreApplication::translate("ConfigReader", "%1: id: \"%2\" does not match the file name.").arg(path, QString::fromStdString(shape->id));
        return std::nullopt;
    }
    return shape;
}

std::vector<ModelShape> presetModels()
{
    std::vector<ModelShape> models;
    for (const QString &id : presetIds()) {
        QString error;
        if (auto shape = presetModel(id, &error))
            models.push_back(std::move(*shape));
        else
            qWarning("%s", qPrintable(error));
    }
    return models;
}

} // namespace attnscope::io
