// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/coretext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <iterator>
#include <optional>
#include <vector>

namespace attnscope::widgets {

namespace {

// Every sentence core/backends writes for the window; keep in step with cpubackend.cpp
// (device()), cudabackend.cpp (device and availability) and registry.cpp (built without CUDA).
// Also whole sentences of the other libraries that start with no "name value: " prefix.
const char *const kTemplates[] = {
    // CpuBackend::device(): the CPU's model name, threads, instruction sets.
    QT_TRANSLATE_NOOP("CoreText", "%1, 1 thread, %2"),
    QT_TRANSLATE_NOOP("CoreText", "%1, %2 threads, %3"),
    // CudaBackend's device: name, memory, SMs, compute capability, driver and runtime.
    QT_TRANSLATE_NOOP("CoreText", "%1, %2 GiB, %3 SMs, sm_%4, driver %5, runtime %6"),
    // Why a backend is unavailable.
    QT_TRANSLATE_NOOP("CoreText",
                      "not built with CUDA (configured with ATTNSCOPE_CUDA=OFF, or no CUDA compiler was "
                      "found)"),
    QT_TRANSLATE_NOOP("CoreText", "no CUDA driver (libcuda was not found or reports no version)"),
    QT_TRANSLATE_NOOP("CoreText", "the CUDA driver (%1) is older than the runtime (%2)"),
    QT_TRANSLATE_NOOP("CoreText", "no CUDA device"),
    QT_TRANSLATE_NOOP("CoreText", "no CUDA device (%1)"),
    QT_TRANSLATE_NOOP("CoreText", "CUDA device 0 cannot be queried: %1"),
    QT_TRANSLATE_NOOP("CoreText", "CUDA device 0 cannot be used: %1"),
    // widgets/models/compareset.cpp, which computes off the GUI thread in core's English.
    QT_TRANSLATE_NOOP("CoreText", "Not enough memory to compute this configuration."),
    // core/params/validation.cpp: the memory rule.
    QT_TRANSLATE_NOOP("CoreText",
                      "memory: with --tokens %1 and --d-model %2 the computation would record %3 of tensors, more "
                      "than the %4 limit; reduce --tokens, --source-tokens, --d-model or the head sizes."),
    // core/footprint: a size past 64 bits (%1 is one of the phrases below).
    QT_TRANSLATE_NOOP("CoreText", "%1 does not fit in 64 bits; reduce the sizes, the context or the batch."),
    QT_TRANSLATE_NOOP("CoreText", "%1 does not fit in 64 bits; reduce the context or the batch."),
    QT_TRANSLATE_NOOP("CoreText", "%1 is negative."),
    QT_TRANSLATE_NOOP("CoreText", "the memory left per GPU does not fit in 64 bits."),
};

// The rules of "name value: rule" sentences (core/params/validation.cpp, core/footprint's
// model and plan checks, model/trainedinput.cpp): the name and value before the colon stay as
// core wrote them (the window turns flags into its controls' names), the rule is translated.
const char *const kRules[] = {
    // validation.cpp: what a mechanism does not read.
    QT_TRANSLATE_NOOP("CoreText",
                      "bahdanau attention has no heads; it reads --d-model (embedding width), --hidden and "
                      "--align-dim."),
    QT_TRANSLATE_NOOP("CoreText", "bahdanau attention has no causal mask; the decoder attends to the whole source."),
    QT_TRANSLATE_NOOP("CoreText",
                      "bahdanau attention always attends from decoder to encoder; --cross does not apply."),
    QT_TRANSLATE_NOOP("CoreText", "applies to --mechanism %1 only, not %2."),
    QT_TRANSLATE_NOOP("CoreText", "mla has no separate KV heads; its cache is the latent of rank --latent-rank."),
    QT_TRANSLATE_NOOP("CoreText", "applies to cross attention (--cross) and bahdanau only."),
    QT_TRANSLATE_NOOP("CoreText",
                      "sdpa is single-head attention, so the heads must be 1; use --mechanism mha for several "
                      "heads."),
    QT_TRANSLATE_NOOP("CoreText", "sdpa is single-head attention, so the KV heads must be 1; use --mechanism gqa."),
    QT_TRANSLATE_NOOP("CoreText",
                      "mqa shares one KV head among all query heads, so the KV heads must be 1; use --mechanism "
                      "gqa."),
    QT_TRANSLATE_NOOP("CoreText",
                      "mha has one KV head per query head, so the KV heads must equal the heads (%1); use "
                      "--mechanism gqa."),
    QT_TRANSLATE_NOOP("CoreText",
                      "must be divisible by the heads (%1) to split into equal heads; give --head-dim to choose "
                      "the head width instead."),
    // validation.cpp: the trained input.
    QT_TRANSLATE_NOOP("CoreText", "applies to --input trained only."),
    QT_TRANSLATE_NOOP("CoreText", "sdpa has no trained model; choose mha, gqa, mqa, mla or bahdanau."),
    QT_TRANSLATE_NOOP("CoreText", "the trained model fixes it; leave it out with --input trained."),
    QT_TRANSLATE_NOOP("CoreText", "give some text for the trained model to read."),
    QT_TRANSLATE_NOOP("CoreText", "at most %1 bytes."),
    QT_TRANSLATE_NOOP("CoreText",
                      "the bahdanau translator has one attention, between its encoder and decoder; leave --layer "
                      "out."),
    QT_TRANSLATE_NOOP("CoreText", "layers are numbered from 0."),
    // validation.cpp: the sizes.
    QT_TRANSLATE_NOOP("CoreText", "the model width must be at least %1."),
    QT_TRANSLATE_NOOP("CoreText", "the number of tokens must be at least %1."),
    QT_TRANSLATE_NOOP("CoreText", "the number of source tokens must be at least %1."),
    QT_TRANSLATE_NOOP("CoreText", "the GRU width must be at least %1."),
    QT_TRANSLATE_NOOP("CoreText", "the alignment model width must be at least %1."),
    QT_TRANSLATE_NOOP("CoreText", "the number of heads must be at least %1."),
    QT_TRANSLATE_NOOP("CoreText", "the head width must be at least %1."),
    QT_TRANSLATE_NOOP("CoreText", "the number of KV heads must be at least %1."),
    QT_TRANSLATE_NOOP("CoreText", "the KV latent rank d_c must be at least %1."),
    QT_TRANSLATE_NOOP("CoreText", "the query latent rank d_c' (0 = no query compression) must be at least %1."),
    QT_TRANSLATE_NOOP("CoreText",
                      "must divide the heads (%1) so that every KV head serves an equal group of query heads."),
    QT_TRANSLATE_NOOP("CoreText",
                      "mla is implemented as causal self-attention, as in DeepSeek-V2; --cross does not apply."),
    QT_TRANSLATE_NOOP("CoreText", "a causal mask applies to self-attention only; drop --causal or --cross."),
    QT_TRANSLATE_NOOP("CoreText", "must be even and at least 2: RoPE rotates coordinates in pairs."),
    QT_TRANSLATE_NOOP("CoreText", "must be a finite number greater than 1."),
    QT_TRANSLATE_NOOP("CoreText",
                      "at most %1: one vector of that many numbers alone would record more than the %2 memory "
                      "limit."),
    // core/footprint/model.cpp and footprint.cpp: a model's shape, the request.
    QT_TRANSLATE_NOOP("CoreText", "must be at least %1."),
    QT_TRANSLATE_NOOP("CoreText", "lists that many layers, but the model has %1; give one kind per layer."),
    QT_TRANSLATE_NOOP("CoreText", "a window layer caches at most W tokens, so W must be at least 1."),
    QT_TRANSLATE_NOOP("CoreText", "only a window layer has a window; it must be 0."),
    QT_TRANSLATE_NOOP("CoreText", "cross-attention is counted with the cross-attention layers, not as a layer kind."),
    QT_TRANSLATE_NOOP("CoreText", "a layer that reuses another layer's cache must follow a layer that keeps one."),
    QT_TRANSLATE_NOOP("CoreText", "no layer keeps a KV cache; a decoder needs at least one attention layer."),
    QT_TRANSLATE_NOOP("CoreText",
                      "multi-head attention has one KV head per query head, so it must equal the heads (%1)."),
    QT_TRANSLATE_NOOP("CoreText", "multi-query attention shares one KV head, so it must be 1."),
    QT_TRANSLATE_NOOP("CoreText", "a model's attention is mha, gqa, mqa or mla."),
    // core/footprint/plan.cpp: the memory plan.
    QT_TRANSLATE_NOOP("CoreText", "at least 1 GPU."),
    QT_TRANSLATE_NOOP("CoreText", "a block holds at least 1 token."),
    QT_TRANSLATE_NOOP("CoreText",
                      "the %1 query heads do not split evenly over %2 GPUs; tensor parallelism gives every GPU the "
                      "same number of heads."),
    QT_TRANSLATE_NOOP("CoreText",
                      "data-parallel attention is for MLA models, whose latent every GPU would otherwise hold in "
                      "full; this model's KV heads split over the GPUs."),
    QT_TRANSLATE_NOOP("CoreText", "the %1 KV heads do not split evenly over %2 GPUs."),
    QT_TRANSLATE_NOOP("CoreText", "%1 KV heads cannot be replicated evenly over %2 GPUs; give a multiple of %3."),
    // model/trainedinput.cpp: the text and layer of a trained model.
    QT_TRANSLATE_NOOP("CoreText", "it is %1 tokens; the trained model reads at most %2."),
    QT_TRANSLATE_NOOP("CoreText", "the trained %1 model has layers 0 to %2."),
    QT_TRANSLATE_NOOP("CoreText", "%1 has no trained model; choose mha, gqa, mqa, mla or bahdanau."),
    QT_TRANSLATE_NOOP("CoreText",
                      "%1 has no trained language model to continue a text; choose mha, gqa, mqa or mla."),
    QT_TRANSLATE_NOOP("CoreText", "give at least one token."),
    // model/translator.cpp: the date text of the trained Bahdanau translator, after "--text ...: ".
    QT_TRANSLATE_NOOP("CoreText",
                      "the date text has more than %1 words; the translator reads one date (its dates have 3 to 5 "
                      "words)."),
    QT_TRANSLATE_NOOP("CoreText", "the date text is empty; write a date in words."),
    QT_TRANSLATE_NOOP("CoreText", "the date text is empty; write a date in one of the forms %1."),
    QT_TRANSLATE_NOOP("CoreText",
                      "the date text has the word %1, which the translator does not know (write %2, without a "
                      "leading zero); it reads %3, separated by spaces."),
    QT_TRANSLATE_NOOP("CoreText",
                      "the date text has the word %1, which the translator does not know; it reads %2, separated "
                      "by spaces."),
    QT_TRANSLATE_NOOP("CoreText", "the text is %1 tokens, and the trained model reads at most %2."),
};

// Values core puts into its sentences that are words, not names or numbers: translated where
// a template's placeholder holds exactly one of them (core/footprint's sizes past 64 bits).
const char *const kPhrases[] = {
    QT_TRANSLATE_NOOP("CoreText", "the KV elements per rank"),
    QT_TRANSLATE_NOOP("CoreText", "the KV elements per token"),
    QT_TRANSLATE_NOOP("CoreText", "the KV elements per token and layer"),
    QT_TRANSLATE_NOOP("CoreText", "the KV bytes per token"),
    QT_TRANSLATE_NOOP("CoreText", "the Mamba mixer parameters"),
    QT_TRANSLATE_NOOP("CoreText", "the Mamba mixers"),
    QT_TRANSLATE_NOOP("CoreText", "the Mamba width"),
    QT_TRANSLATE_NOOP("CoreText", "the Mamba x_proj"),
    QT_TRANSLATE_NOOP("CoreText", "the attention parameters"),
    QT_TRANSLATE_NOOP("CoreText", "the attention parameters per layer"),
    QT_TRANSLATE_NOOP("CoreText", "the attention weights"),
    QT_TRANSLATE_NOOP("CoreText", "the cache per GPU"),
    QT_TRANSLATE_NOOP("CoreText", "the cache bytes per GPU"),
    QT_TRANSLATE_NOOP("CoreText", "the cache scales per GPU"),
    QT_TRANSLATE_NOOP("CoreText", "the cross-attention bytes"),
    QT_TRANSLATE_NOOP("CoreText", "the decompressed bytes"),
    QT_TRANSLATE_NOOP("CoreText", "the decompressed cache per token"),
    QT_TRANSLATE_NOOP("CoreText", "the decompressed keys and values per token"),
    QT_TRANSLATE_NOOP("CoreText", "the dense MLPs"),
    QT_TRANSLATE_NOOP("CoreText", "the embeddings"),
    QT_TRANSLATE_NOOP("CoreText", "the largest window"),
    QT_TRANSLATE_NOOP("CoreText", "the layers"),
    QT_TRANSLATE_NOOP("CoreText", "the norms"),
    QT_TRANSLATE_NOOP("CoreText", "the output head"),
    QT_TRANSLATE_NOOP("CoreText", "the paged tokens"),
    QT_TRANSLATE_NOOP("CoreText", "the routed experts"),
    QT_TRANSLATE_NOOP("CoreText", "the routers"),
    QT_TRANSLATE_NOOP("CoreText", "the shared experts"),
    QT_TRANSLATE_NOOP("CoreText", "the weight scales"),
    QT_TRANSLATE_NOOP("CoreText", "the weights"),
    QT_TRANSLATE_NOOP("CoreText", "the weights per GPU"),
    QT_TRANSLATE_NOOP("CoreText", "more than 2^63 bytes"),
    // The words the shipped date translator reads (model/translator.cpp, sourceVocabSummary).
    QT_TRANSLATE_NOOP("CoreText",
                      "weekday names (monday ... sunday), month names (january ... december), day and month numbers "
                      "1-31, years 1950-2049, ',' and '/'"),
};

struct Pattern
{
    const char *source;
    QRegularExpression re;
    std::vector<int> numbers; // the placeholder number of each capture, in order
};

std::vector<Pattern> compile(const char *const *sources, std::size_t count)
{
    std::vector<Pattern> out;
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    for (std::size_t i = 0; i < count; ++i) {
        const QString text = QString::fromUtf8(sources[i]);
        QString re = QStringLiteral("^");
        std::vector<int> numbers;
        qsizetype at = 0;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            re += QRegularExpression::escape(text.mid(at, m.capturedStart() - at));
            re += QStringLiteral("(.+?)");
            numbers.push_back(m.captured(1).toInt());
            at = m.capturedEnd();
        }
        re += QRegularExpression::escape(text.mid(at)) + QLatin1Char('$');
        out.push_back({sources[i], QRegularExpression(re), std::move(numbers)});
    }
    return out;
}

const std::vector<Pattern> &sentences()
{
    static const std::vector<Pattern> all = compile(kTemplates, std::size(kTemplates));
    return all;
}

const std::vector<Pattern> &rules()
{
    static const std::vector<Pattern> all = compile(kRules, std::size(kRules));
    return all;
}

// A value that is one of the phrases, translated; any other value as it is.
QString value(const QString &text)
{
    for (const char *phrase : kPhrases) {
        if (text == QLatin1String(phrase))
            return QCoreApplication::translate("CoreText", phrase);
    }
    return text;
}

// Replaces %1..%9 in one pass (a value holding "%2" stays as it is).
QString fill(const QString &text, const std::vector<QString> &values)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1] >= QLatin1Char('1')
            && text[i + 1] <= QLatin1Char('9')) {
            const int n = text[i + 1].digitValue();
            if (n <= int(values.size())) {
                out += values[std::size_t(n - 1)];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::optional<QString> match(const std::vector<Pattern> &patterns, const QString &english)
{
    for (const Pattern &p : patterns) {
        const QRegularExpressionMatch m = p.re.match(english);
        if (!m.hasMatch())
            continue;
        std::vector<QString> values(9);
        for (std::size_t i = 0; i < p.numbers.size(); ++i)
            values[std::size_t(p.numbers[i] - 1)] = value(m.captured(int(i) + 1));
        return fill(QCoreApplication::translate("CoreText", p.source), values);
    }
    return std::nullopt;
}

// One line: a whole sentence, or "name value: rule" with a known rule (the colon that starts
// the rule is the first one after which the rest is a rule: a quoted value may hold colons).
std::optional<QString> translateLine(const QString &line)
{
    if (auto whole = match(sentences(), line))
        return whole;
    if (auto rule = match(rules(), line))
        return rule;
    for (qsizetype colon = line.indexOf(QLatin1String(": ")); colon > 0;
         colon = line.indexOf(QLatin1String(": "), colon + 1)) {
        if (auto rule = match(rules(), line.mid(colon + 2)))
            return line.left(colon + 2) + *rule;
    }
    return std::nullopt;
}

// Several sentences on one line (core joins a list of refusals with spaces): each translated.
std::optional<QString> translateSentences(const QString &line, int depth = 0)
{
    // Split first: a placeholder would otherwise swallow the sentences after its own.
    if (depth < 16) {
        for (qsizetype end = line.indexOf(QLatin1String(". ")); end > 0;
             end = line.indexOf(QLatin1String(". "), end + 1)) {
            const auto first = translateLine(line.left(end + 1));
            if (!first)
                continue;
            if (auto rest = translateSentences(line.mid(end + 2), depth + 1))
                return *first + QLatin1Char(' ') + *rest;
        }
    }
    return translateLine(line);
}

std::optional<QString> translateAll(const QString &english)
{
    const QStringList lines = english.split(QLatin1Char('\n'));
    QStringList out;
    for (const QString &line : lines) {
        auto translated = translateSentences(line);
        if (!translated)
            return std::nullopt;
        out << *translated;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString translateCoreText(const QString &english)
{
    if (english.isEmpty())
        return english;
    // Lines core could not be matched with stay English; the others are translated.
    QStringList out;
    for (const QString &line : english.split(QLatin1Char('\n')))
        out << translateSentences(line).value_or(line);
    return out.join(QLatin1Char('\n'));
}

bool isKnownCoreText(const QString &english)
{
    return !english.isEmpty() && translateAll(english).has_value();
}

QStringList coreTextTemplates()
{
    QStringList out;
    for (const char *source : kTemplates)
        out << QString::fromUtf8(source);
    for (const char *source : kRules)
        out << QString::fromUtf8(source);
    return out;
}

} // namespace attnscope::widgets
