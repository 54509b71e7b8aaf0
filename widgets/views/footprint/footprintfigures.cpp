// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/footprint/footprintfigures.h"

#include "widgets/common/labels.h"
#include "widgets/views/footprint/footprintview.h"

#include <QStringList>


namespace attnscope::widgets {

using core::Mechanism;
using core::ModelShape;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Core writes products as "2 x 8 x 128"; on screen the multiplication sign reads better.
QString times(QString s)
{
    return s.replace(QStringLiteral(" x "), QStringLiteral(" × "));
}

// Elements per token and layer spelled with the model's numbers, as the command line does:
// "2 × 8 × 128" or "512 + 64".
QString perLayerNumbers(const ModelShape &m)
{
    ModelShape one = m;
    one.layers = 1;
    one.layerKinds.clear();
    one.alternativeLayerKinds.clear();
    QString f = qs(core::formulaNumbers(one));
    if (f.endsWith(QLatin1String(" x 1")))
        f.chop(4);
    if (m.mechanism == Mechanism::Mla && f.startsWith(QLatin1Char('(')) && f.endsWith(QLatin1Char(')')))
        f = f.mid(1, f.size() - 2);
    return times(f);
}

QString perLayerFormula(Mechanism m)
{
    if (m == Mechanism::Mla)
        return QStringLiteral("d_c + d_h^R");
    QString f = qs(core::formulaSymbols(m));
    if (f.endsWith(QLatin1String(" l")))
        f.chop(2);
    return f;
}

QString mechanismLabel(Mechanism m)
{
    switch (m) {
    case Mechanism::Mha: return FootprintView::tr("multi-head attention (MHA)");
    case Mechanism::Gqa: return FootprintView::tr("grouped-query attention (GQA)");
    case Mechanism::Mqa: return FootprintView::tr("multi-query attention (MQA)");
    case Mechanism::Mla: return FootprintView::tr("multi-head latent attention (MLA)");
    case Mechanism::Sdpa: return FootprintView::tr("scaled dot-product attention");
    case Mechanism::Bahdanau: return FootprintView::tr("Bahdanau attention");
    }
    return {};
}

QString shortName(const ModelShape &s)
{
    return qs(!s.name.empty() ? s.name : !s.id.empty() ? s.id : std::string("?"));
}

class Rows
{
public:
    explicit Rows(const QLocale &locale) : m_locale(locale) {}

    void section(const QString &title) { m_rows.push_back({QString(), title, QString()}); }
    void add(const QString &key, const QString &label, const QString &value) { m_rows.push_back({key, label, value}); }
    [[nodiscard]] QString number(std::int64_t v) const { return groupedNumber(v, m_locale); }
    [[nodiscard]] QString bytes(std::int64_t b) const
    {
        if (b < 1024)
            return FootprintView::tr("%1 B").arg(number(b));
        return FootprintView::tr("%1 B (%2)").arg(number(b), binaryBytes(b, m_locale));
    }
    [[nodiscard]] const QLocale &locale() const { return m_locale; }
    std::vector<FigureRow> take() { return std::move(m_rows); }

private:
    QLocale m_locale;
    std::vector<FigureRow> m_rows;
};

QString shapeLine(const ModelShape &m)
{
    QStringList parts;
    parts << (m.crossLayers > 0 || m.encoderLayers > 0
                  ? FootprintView::tr("%1 decoder layers, %2 encoder layers").arg(m.layers).arg(m.encoderLayers)
                  : FootprintView::tr("%1 layers").arg(m.layers))
          << FootprintView::tr("d_model %1").arg(m.dModel) << FootprintView::tr("%1 heads").arg(m.nHeads);
    if (m.mechanism == Mechanism::Gqa)
        parts << FootprintView::tr("%1 KV heads").arg(m.nKvHeads);
    parts << FootprintView::tr("d_h %1").arg(m.dHead);
    if (m.valueDim() != m.dHead)
        parts << FootprintView::tr("d_v %1").arg(m.valueDim());
    if (m.mechanism == Mechanism::Mla)
        parts << FootprintView::tr("d_h^R %1").arg(m.dRope) << FootprintView::tr("d_c %1").arg(m.dLatentKv)
              << (m.dLatentQ > 0 ? FootprintView::tr("d_c' %1").arg(m.dLatentQ)
                                 : FootprintView::tr("no query compression"));
    if (m.crossLayers > 0)
        parts << FootprintView::tr("cross-attention in %1 decoder layers").arg(m.crossLayers);
    return parts.join(FootprintView::tr(", "));
}

// "21 full attention, 21 window of 4,096 tokens": the layers by kind; empty when all are full.
QString layerKinds(const ModelShape &m, const Rows &r)
{
    if (m.layerKinds.empty())
        return {};
    const core::LayerKindCounts c = core::countLayerKinds(m);
    QStringList parts;
    if (c.full > 0)
        parts << FootprintView::tr("%n layer(s) with full attention", nullptr, int(c.full));
    for (const auto &[w, n] : c.windows)
        parts << FootprintView::tr("%n layer(s) with a window of %1 tokens", nullptr, int(n)).arg(r.number(w));
    if (c.shared > 0)
        parts << FootprintView::tr("%n layer(s) reusing an earlier layer's cache", nullptr, int(c.shared));
    if (c.none > 0)
        parts << FootprintView::tr("%n layer(s) without a KV cache (state-space or linear attention)", nullptr,
                                   int(c.none));
    return parts.join(FootprintView::tr(", "));
}

// One layer kind's part of a cache: "86,016 elements × 4,096 tokens × batch 8 = ... B".
void shareRows(Rows &rows, const std::vector<core::CacheShare> &shares, const core::FootprintRequest &request,
               const QString &keyPrefix)
{
    for (const core::CacheShare &s : shares) {
        QString what;
        QString key;
        switch (s.kind) {
        case core::LayerKind::Full:
            what = FootprintView::tr("full attention, %n layer(s)", nullptr, int(s.layers));
            key = QStringLiteral("full");
            break;
        case core::LayerKind::Window:
            what = FootprintView::tr("window of %1 tokens, %n layer(s)", nullptr, int(s.layers)).arg(rows.number(s.window));
            key = QStringLiteral("window%1").arg(s.window);
            break;
        case core::LayerKind::Cross:
            what = FootprintView::tr("cross-attention, %n layer(s)", nullptr, int(s.layers));
            key = QStringLiteral("cross");
            break;
        case core::LayerKind::NoCache:
        case core::LayerKind::Shared: continue; // no bytes: the layers row says which they are
        }
        if (s.elementsPerToken > 0 && request.batch > 0)
            rows.add(keyPrefix + key, what,
                     FootprintView::tr("%1 elements × %2 tokens × batch %3 = %4")
                         .arg(rows.number(s.elementsPerToken), rows.number(s.tokens), rows.number(request.batch),
                              rows.bytes(s.totalBytes)));
        else
            rows.add(keyPrefix + key, what, rows.bytes(s.totalBytes));
    }
}

void planRows(Rows &rows, const ModelShape &m, const FootprintSettings &settings, const FootprintFigures &ours)
{
    if (!settings.planEnabled())
        return;
    const core::PlanRequest r = settings.planRequestFor(m);
    rows.section(FootprintView::tr("Memory plan: %n GPU(s) of %1 GiB", nullptr, int(r.gpus))
                     .arg(rows.locale().toString(settings.gpuGib(), 'g', 6)));
    if (!ours.plan) {
        rows.add(QStringLiteral("planError"), FootprintView::tr("plan"), ours.planError);
        return;
    }
    const core::MemoryPlan &p = *ours.plan;
    const core::ParameterCount &c = p.parameters;
    QString parameters = rows.number(c.total);
    if (c.active != c.total)
        parameters = FootprintView::tr("%1, %2 active per token").arg(parameters, rows.number(c.active));
    rows.add(QStringLiteral("planParameters"), FootprintView::tr("parameters"), parameters);
    rows.add(QStringLiteral("planWeights"),
             FootprintView::tr("weights at %1 bits, per GPU").arg(qs(r.weightBits.text())),
             r.weightScaleGroup > 0
                 ? FootprintView::tr("%1, with one 16-bit scale per %2 weights").arg(rows.bytes(p.weightBytesPerGpu))
                       .arg(rows.number(r.weightScaleGroup))
                 : FootprintView::tr("%1, quantization scales not counted").arg(rows.bytes(p.weightBytesPerGpu)));
    QString heads;
    if (m.mechanism == Mechanism::Mla)
        heads = r.dataParallelAttention
                    ? FootprintView::tr("data-parallel attention: each GPU caches the latent of its own %1 sequences")
                          .arg(rows.number(p.sequencesPerRank))
                    : FootprintView::tr("the latent is not split by heads: every GPU holds all of it (data-parallel "
                                        "attention splits the sequences instead)");
    else if (p.kvReplication > 1)
        heads = FootprintView::tr("%n KV head(s) per GPU, each replicated on %1 GPUs", nullptr, int(p.kvHeadsPerRank))
                    .arg(rows.number(p.kvReplication));
    else
        heads = FootprintView::tr("%n KV head(s) per GPU", nullptr, int(p.kvHeadsPerRank));
    rows.add(QStringLiteral("planCache"), FootprintView::tr("KV cache per GPU, blocks of %1 tokens").arg(r.blockSize),
             FootprintView::tr("%1; %2").arg(rows.bytes(p.cacheBytesPerGpu), heads));
    if (p.cacheScaleBytesPerGpu > 0)
        rows.add(QStringLiteral("planCacheScales"), FootprintView::tr("of which KV scales"),
                 FootprintView::tr("%1, one 16-bit scale per %2 elements")
                     .arg(rows.bytes(p.cacheScaleBytesPerGpu), rows.number(r.kvScaleGroup)));
    if (r.reserveBytes > 0)
        rows.add(QStringLiteral("planReserve"), FootprintView::tr("reserve per GPU"), rows.bytes(r.reserveBytes));
    rows.add(QStringLiteral("planLeft"), FootprintView::tr("left per GPU"),
             p.leftBytesPerGpu >= 0 ? rows.bytes(p.leftBytesPerGpu)
                                    : FootprintView::tr("%1 short: it does not fit").arg(rows.bytes(-p.leftBytesPerGpu)));
    const QString context = p.maxContext == core::kUnbounded ? FootprintView::tr("any (the cache stops growing)")
                            : p.maxContext > 0                ? rows.number(p.maxContext)
                                                              : FootprintView::tr("none: not one token fits");
    rows.add(QStringLiteral("planMaxContext"),
             FootprintView::tr("largest context at batch %1").arg(rows.number(r.cache.batch)), context);
    rows.add(QStringLiteral("planMaxBatch"),
             FootprintView::tr("largest batch at context %1").arg(rows.number(r.cache.context)),
             p.maxBatch > 0 ? rows.number(p.maxBatch) : FootprintView::tr("none: not one sequence fits"));
}

} // namespace

QString footprintModelTitle(const ModelShape &m)
{
    if (m.id.empty())
        return m.name.empty() ? FootprintView::tr("unnamed model") : qs(m.name);
    if (m.name.empty())
        return qs(m.id);
    return FootprintView::tr("%1 (%2)").arg(qs(m.name), qs(m.id));
}

std::vector<FigureRow> footprintRows(const FootprintSettings &settings, const FootprintFigures &ours,
                                     const FootprintFigures *theirs, const QLocale &locale)
{
    Rows rows(locale);
    if (!settings.model())
        return rows.take();
    const ModelShape &m = *settings.model();
    rows.section(FootprintView::tr("Model"));
    rows.add(QStringLiteral("model"), FootprintView::tr("model"), footprintModelTitle(m));
    rows.add(QStringLiteral("mechanism"), FootprintView::tr("mechanism"), mechanismLabel(m.mechanism));
    rows.add(QStringLiteral("shape"), FootprintView::tr("shape"), shapeLine(m));
    if (const QString kinds = layerKinds(m, rows); !kinds.isEmpty())
        rows.add(QStringLiteral("layers"), FootprintView::tr("layers"), kinds);
    if (!m.defaults.empty()) {
        QStringList defaults;
        for (const std::string &d : m.defaults)
            defaults << qs(d);
        rows.add(QStringLiteral("defaulted"), FootprintView::tr("defaulted (not in the config)"),
                 defaults.join(QLatin1Char('\n')));
    }

    const core::FootprintRequest &r = settings.request();
    if (ours.footprint && !ours.footprint->decodeCache) {
        rows.section(FootprintView::tr("KV cache"));
        rows.add(QStringLiteral("noCache"), FootprintView::tr("decode cache"),
                 FootprintView::tr("none: an encoder-only model reads its whole input at once and generates no "
                                   "tokens, so it keeps no KV cache between steps"));
    } else if (ours.footprint) {
        const core::Footprint &f = *ours.footprint;
        rows.section(FootprintView::tr("KV cache"));
        rows.add(QStringLiteral("perTokenPerLayer"), FootprintView::tr("per token and layer"),
                 FootprintView::tr("%1 = %2 = %3 elements")
                     .arg(perLayerFormula(m.mechanism), perLayerNumbers(m), rows.number(f.elementsPerTokenPerLayer)));
        rows.add(QStringLiteral("perToken"),
                 m.isUniform() ? FootprintView::tr("per token, all layers")
                               : FootprintView::tr("per token, the %1 layers with a cache").arg(f.cachingLayers),
                 FootprintView::tr("%1 = %2 = %3 elements")
                     .arg(qs(core::formulaSymbols(m.mechanism)), times(qs(core::formulaNumbers(m))),
                          rows.number(f.elementsPerToken)));
        // "\u00a0" ends its literal: lupdate reads \u00a0b as one escape.
        rows.add(QStringLiteral("bytesPerToken"),
                 FootprintView::tr("bytes per token at %1\u00a0"
                                   "bits")
                     .arg(qs(r.bits.text())),
                 rows.bytes(f.bytesPerToken));
        if (!m.isUniform() || m.crossLayers > 0)
            shareRows(rows, f.shares, r, QStringLiteral("share."));
        rows.add(QStringLiteral("total"),
                 FootprintView::tr("context %1 ×\u00a0"
                                   "batch\u00a0%2")
                     .arg(rows.number(r.context), rows.number(r.batch)),
                 rows.bytes(f.totalBytes));
        if (!m.alternativeLayerKinds.empty()) {
            ModelShape other = m;
            other.layerKinds = m.alternativeLayerKinds;
            other.alternativeLayerKinds.clear();
            const FootprintFigures alt = settings.figures(other);
            if (alt.footprint)
                rows.add(QStringLiteral("alternative"), FootprintView::tr("the other reading"),
                         FootprintView::tr("%1: %2").arg(rows.bytes(alt.footprint->totalBytes), qs(m.alternativeNote)));
        }
        if (m.mechanism == Mechanism::Mla) {
            rows.add(QStringLiteral("decompressed"), FootprintView::tr("decompressed K and V instead"),
                     FootprintView::tr("n_h (d_h + d_h^R) + n_h d_v = %1 elements per token and layer, %2 per token (%3×)")
                         .arg(rows.number(f.decompressedElementsPerTokenPerLayer),
                              rows.number(f.decompressedElementsPerToken),
                              rows.locale().toString(double(f.decompressedElementsPerToken) / double(f.elementsPerToken),
                                                     'f', 1)));
            rows.add(QStringLiteral("gqaGroups"), FootprintView::tr("equivalent GQA groups"),
                     FootprintView::tr("(d_c + d_h^R) / (2 d_h) = %1 / %2 = %3")
                         .arg(rows.number(f.elementsPerTokenPerLayer), rows.number(2 * m.dHead),
                              rows.locale().toString(f.equivalentGqaGroups, 'g', 4)));
        }
        if (m.crossLayers > 0)
            rows.add(QStringLiteral("crossPerSourceToken"), FootprintView::tr("cross-attention, per source token"),
                     FootprintView::tr("2 n_h d_h l_dec = %1 elements, %2 B (in the total, with %3 source tokens)")
                         .arg(rows.number(f.crossElementsPerSourceToken), rows.number(f.crossBytesPerSourceToken),
                              rows.number(f.sourceTokens)));
        rows.add(QStringLiteral("parameters"), FootprintView::tr("attention projection parameters"),
                 FootprintView::tr("%1 per layer, %2 in all")
                     .arg(rows.number(f.attentionParametersPerLayer), rows.number(f.attentionParameters)));
        planRows(rows, m, settings, ours);
    }

    const ModelShape *c = settings.compared();
    if (ours.footprint && ours.footprint->decodeCache && theirs && theirs->footprint && c) {
        const core::Footprint &f = *theirs->footprint;
        const core::Footprint &o = *ours.footprint;
        rows.section(FootprintView::tr("Compared with"));
        rows.add(QStringLiteral("compareModel"), FootprintView::tr("model"),
                 FootprintView::tr("%1, %2, at %3 bits")
                     .arg(footprintModelTitle(*c), mechanismLabel(c->mechanism), qs(settings.compareBits().text())));
        rows.add(QStringLiteral("comparePerToken"), FootprintView::tr("per token, all layers"),
                 FootprintView::tr("%1 = %2 = %3 elements, %4 B")
                     .arg(qs(core::formulaSymbols(c->mechanism)), times(qs(core::formulaNumbers(*c))),
                          rows.number(f.elementsPerToken), rows.number(f.bytesPerToken)));
        rows.add(QStringLiteral("compareTotal"),
                 FootprintView::tr("context %1 ×\u00a0"
                                   "batch\u00a0%2")
                     .arg(rows.number(r.context), rows.number(r.batch)),
                 rows.bytes(f.totalBytes));
        // The command line's definition, core::reductionPercent (`footprint --model A --compare B`
        // prints 100 x (1 - A / B)), said from the smaller cache's side so that the percentage is
        // the one `--compare` gives with the smaller model first; the direction is in words.
        const std::int64_t a = o.totalBytes;
        const std::int64_t b = f.totalBytes;
        const QLocale &l = rows.locale();
        QString text;
        if (a == b)
            text = FootprintView::tr("%1's cache is the same size as %2's (%3 bytes)")
                       .arg(shortName(m), shortName(*c), rows.number(a));
        else if (a < b)
            text = FootprintView::tr("%1's cache is %2% smaller than %3's: 100 × (1 − %4 / %5 bytes)")
                       .arg(shortName(m), l.toString(core::reductionPercent(a, b), 'f', 1), shortName(*c),
                            rows.number(a), rows.number(b));
        else
            text = FootprintView::tr("%1's cache is %2% larger than %3's; %3's is %4% smaller: 100 × (1 − %5 / %6 bytes)")
                       .arg(shortName(m),
                            l.toString(b > 0 ? 100.0 * (static_cast<double>(a) / static_cast<double>(b) - 1.0) : 0.0,
                                       'f', 1),
                            shortName(*c), l.toString(core::reductionPercent(b, a), 'f', 1), rows.number(b),
                            rows.number(a));
        rows.add(QStringLiteral("reduction"), FootprintView::tr("comparison"), text);
    }

    // Where the shape comes from: often a paragraph, so after the figures, which a narrow
    // dock should show without scrolling.
    if (!m.source.empty() || !m.notes.empty()) {
        rows.section(FootprintView::tr("Source"));
        if (!m.source.empty())
            rows.add(QStringLiteral("source"), FootprintView::tr("source"), qs(m.source));
        if (!m.notes.empty())
            rows.add(QStringLiteral("notes"), FootprintView::tr("note"), qs(m.notes));
    }
    return rows.take();
}

} // namespace attnscope::widgets
