// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/runtranslator.h"

#include "cli/commandline.h"
#include "model/safetensors.h"
#include "model/translator.h"
#include "widgets/common/labels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <filesystem>
#include <optional>

namespace attnscope::cli {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonArray stringArray(const std::vector<std::string> &items)
{
    QJsonArray a;
    for (const std::string &s : items)
        a.append(qs(s));
    return a;
}

std::filesystem::path pathOf(const QString &folder)
{
    return std::filesystem::path(folder.toStdString());
}

// The model, or nothing after one sentence on err.
std::optional<model::Translator> load(const QString &folder, QTextStream &err)
{
    try {
        return model::Translator::load(pathOf(folder));
    } catch (const model::ModelError &e) {
        err << "attnscope run: " << QString::fromUtf8(e.what()) << "\n";
        return std::nullopt;
    }
}

// "weekday day month year; day month year; ..."
QString formatsText(const model::Translator &t)
{
    QStringList formats;
    for (const std::string &s : t.sourceFormats())
        formats << qs(s);
    return formats.join(QStringLiteral("; "));
}

// The alignment as a table: one row per output token, one column per source word, each column
// as wide as its word (at least 4, for "0.00"), numbers right-aligned under the words.
void printAlignment(const model::Translator::Translation &r, QTextStream &out)
{
    int labelWidth = 0;
    for (const std::string &t : r.output)
        labelWidth = std::max(labelWidth, int(qs(t).size()));
    QStringList header{QString(labelWidth, QLatin1Char(' '))};
    std::vector<int> widths;
    for (const std::string &w : r.source) {
        widths.push_back(std::max(4, int(qs(w).size())));
        header << qs(w).rightJustified(widths.back());
    }
    out << header.join(QStringLiteral("  ")) << "\n";
    for (std::size_t i = 0; i < r.output.size(); ++i) {
        QStringList row{qs(r.output[i]).leftJustified(labelWidth)};
        for (std::size_t j = 0; j < r.source.size(); ++j)
            row << QString::number(double(r.weights(std::int64_t(i), std::int64_t(j))), 'f', 2)
                       .rightJustified(widths[j]);
        out << row.join(QStringLiteral("  ")) << "\n";
    }
}

} // namespace

bool isTranslatorFolder(const QString &folder)
{
    return model::Translator::isTranslatorFolder(pathOf(folder));
}

int runTranslator(const QString &folder, const QString &text, bool json, QTextStream &out, QTextStream &err)
{
    const std::optional<model::Translator> translator = load(folder, err);
    if (!translator)
        return ExitFailure;
    model::Translator::Translation r;
    try {
        r = translator->translate(text.toStdString());
    } catch (const model::ModelError &e) {
        err << "attnscope run: --prompt: " << QString::fromUtf8(e.what()) << "\n";
        return ExitUsage;
    }
    if (json) {
        QJsonArray weights; // [output tokens, source words]
        for (std::int64_t i = 0; i < r.weights.rows(); ++i) {
            QJsonArray row;
            for (std::int64_t j = 0; j < r.weights.cols(); ++j)
                row.append(double(r.weights(i, j)));
            weights.append(row);
        }
        const QJsonObject o{{"folder", folder},
                            {"model_type", qs(std::string(model::Translator::ModelType))},
                            {"source", stringArray(r.source)},
                            {"output", stringArray(r.output)},
                            {"text", qs(r.text)},
                            {"format", r.format.empty() ? QJsonValue() : QJsonValue(qs(r.format))},
                            {"weights", weights}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QStringList words;
    for (const std::string &w : r.source)
        words << QLatin1Char('[') + qs(w) + QLatin1Char(']');
    out << "Model folder: " << folder << "\n";
    out << "Source words (" << r.source.size() << "): " << words.join(QLatin1Char(' ')) << "\n";
    out << "Source format: "
        << (r.format.empty() ? QStringLiteral("none of the model's (%1); it learned only those, so the translation "
                                              "may be wrong")
                                   .arg(formatsText(*translator))
                             : qs(r.format))
        << "\n";
    out << "Translation: " << qs(r.text) << "\n";
    if (r.output.back() != translator->endToken())
        out << "(no " << qs(translator->endToken()) << " within " << translator->maxTargetLength()
            << " characters, the model's limit)\n";
    out << "Alignment (rows: output characters, columns: source words; each row sums to 1):\n";
    printAlignment(r, out);
    return ExitOk;
}

int inspectTranslator(const QString &folder, bool json, QTextStream &out, QTextStream &err)
{
    const std::optional<model::Translator> translator = load(folder, err);
    if (!translator)
        return ExitFailure;
    const model::Translator &t = *translator;
    if (json) {
        const QJsonObject o{{"folder", folder},
                            {"model_type", qs(std::string(model::Translator::ModelType))},
                            {"task", qs(t.task())},
                            {"m", qint64(t.embeddingSize())},
                            {"n", qint64(t.hiddenSize())},
                            {"n_prime", qint64(t.alignSize())},
                            {"parameters", qint64(t.parameterCount())},
                            {"source_vocab", stringArray(t.sourceVocab())},
                            {"target_vocab", stringArray(t.targetVocab())},
                            {"start_token", qs(t.startToken())},
                            {"end_token", qs(t.endToken())},
                            {"source_formats", stringArray(t.sourceFormats())},
                            {"max_target_length", qint64(t.maxTargetLength())}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QStringList targets;
    for (const std::string &s : t.targetVocab())
        targets << qs(s);
    out << "Model folder: " << folder << "\n";
    out << "Model type: " << model::Translator::ModelType.data()
        << " (RNN encoder-decoder with additive attention, Bahdanau et al. 2014)\n";
    if (!t.task().empty())
        out << "Task: " << qs(t.task()) << "\n";
    out << "Sizes: embeddings m " << t.embeddingSize() << ", GRU states n " << t.hiddenSize() << ", alignment n' "
        << t.alignSize() << " (annotations 2n = " << 2 * t.hiddenSize() << ")\n";
    out << "Parameters: " << widgets::groupedNumber(t.parameterCount(), QLocale::c())
        << " (counted from the weights)\n";
    out << "Source vocabulary: " << t.sourceVocab().size() << " words: " << qs(t.sourceVocabSummary()) << "\n";
    out << "Target vocabulary: " << t.targetVocab().size() << " tokens: " << targets.join(QLatin1Char(' '))
        << " (start " << qs(t.startToken()) << ", end " << qs(t.endToken()) << ")\n";
    if (!t.sourceFormats().empty())
        out << "Source formats: " << formatsText(t) << "\n";
    out << "Output limit: " << t.maxTargetLength() << " characters (max_target_length)\n";
    out << "AttnScope will: translate a date with core's GRU and additive attention, greedily, and show its "
           "alignment (attnscope run --model DIR --prompt TEXT).\n";
    return ExitOk;
}

} // namespace attnscope::cli
