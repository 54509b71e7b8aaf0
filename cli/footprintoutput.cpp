// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/footprintoutput.h"

#include "widgets/common/labels.h"

#include <QLocale>


namespace attnscope::cli {

namespace {

using core::CacheShare;
using core::LayerKind;

QString grouped(std::int64_t v)
{
    return widgets::groupedNumber(v, QLocale::c());
}

QString layers(std::int64_t n)
{
    return n == 1 ? QStringLiteral("1 layer") : QStringLiteral("%1 layers").arg(grouped(n));
}

} // namespace

QString layerKindTitle(const CacheShare &s)
{
    switch (s.kind) {
    case LayerKind::Full: return QStringLiteral("full attention");
    case LayerKind::Window: return QStringLiteral("window of %1 tokens").arg(grouped(s.window));
    case LayerKind::NoCache: return QStringLiteral("no KV cache (state-space or linear attention)");
    case LayerKind::Shared: return QStringLiteral("reuse an earlier layer's cache");
    case LayerKind::Cross: return QStringLiteral("cross-attention (per source token)");
    }
    return {};
}

QString layerKindsLine(const core::ModelShape &m)
{
    if (m.layerKinds.empty())
        return {};
    const core::LayerKindCounts c = core::countLayerKinds(m);
    QStringList parts;
    if (c.full > 0)
        parts << QStringLiteral("%1 full attention").arg(c.full);
    for (const auto &[w, n] : c.windows)
        parts << QStringLiteral("%1 window %2").arg(n).arg(grouped(w));
    if (c.shared > 0)
        parts << QStringLiteral("%1 reusing an earlier layer's cache").arg(c.shared);
    if (c.none > 0)
        parts << QStringLiteral("%1 without a KV cache").arg(c.none);
    return QStringLiteral("layers: %1").arg(parts.join(QStringLiteral(", ")));
}

QList<QPair<QString, QString>> shareRows(const core::Footprint &f, const core::FootprintRequest &r)
{
    QList<QPair<QString, QString>> rows;
    for (const CacheShare &s : f.shares) {
        const QString what = QStringLiteral("%1, %2").arg(layerKindTitle(s), layers(s.layers));
        QString figure;
        switch (s.kind) {
        case LayerKind::NoCache:
        case LayerKind::Shared: figure = QStringLiteral("0 B"); break;
        case LayerKind::Full:
        case LayerKind::Window:
        case LayerKind::Cross: {
            const QString tokens = s.kind == LayerKind::Full ? QStringLiteral("context")
                : s.kind == LayerKind::Cross                 ? QStringLiteral("source tokens")
                                                             : QStringLiteral("min(context, W)");
            figure = QStringLiteral("%1 elements x %2 %3 x batch %4 = %5 B (%6)")
                         .arg(grouped(s.elementsPerToken), tokens, grouped(s.tokens), grouped(r.batch),
                              grouped(s.totalBytes), widgets::binaryBytes(s.totalBytes, QLocale::c()));
            break;
        }
        }
        rows.append({what, figure});
    }
    return rows;
}

QJsonArray sharesJson(const core::Footprint &f)
{
    QJsonArray a;
    for (const CacheShare &s : f.shares) {
        QJsonObject o{{"kind", QString::fromLatin1(core::layerKindId(s.kind))},
                      {"layers", qint64(s.layers)},
                      {"cached_tokens", qint64(s.tokens)},
                      {"elements_per_token", qint64(s.elementsPerToken)},
                      {"total_elements", qint64(s.totalElements)},
                      {"total_bytes", qint64(s.totalBytes)}};
        if (s.kind == LayerKind::Window)
            o.insert("window", qint64(s.window));
        a.append(o);
    }
    return a;
}

const QStringList &shareCsvColumns()
{
    static const QStringList columns{"decode_cache",    "full_layers",   "full_bytes",   "window_layers",
                                     "windows",         "window_bytes",  "shared_layers", "no_cache_layers",
                                     "cross_layers",    "source_tokens", "cross_bytes"};
    return columns;
}

QStringList shareCsvCells(const core::Footprint &f)
{
    std::int64_t full = 0, fullBytes = 0, window = 0, windowBytes = 0, shared = 0, none = 0, cross = 0,
                 crossBytes = 0;
    QStringList windows;
    for (const CacheShare &s : f.shares) {
        switch (s.kind) {
        case LayerKind::Full:
            full = s.layers;
            fullBytes = s.totalBytes;
            break;
        case LayerKind::Window:
            window += s.layers;
            windowBytes += s.totalBytes;
            windows << QString::number(s.window);
            break;
        case LayerKind::Shared: shared = s.layers; break;
        case LayerKind::NoCache: none = s.layers; break;
        case LayerKind::Cross:
            cross = s.layers;
            crossBytes = s.totalBytes;
            break;
        }
    }
    return {f.decodeCache ? QStringLiteral("true") : QStringLiteral("false"),
            QString::number(full),
            QString::number(fullBytes),
            QString::number(window),
            windows.join(QLatin1Char(';')),
            QString::number(windowBytes),
            QString::number(shared),
            QString::number(none),
            QString::number(cross),
            cross > 0 ? QString::number(f.sourceTokens) : QString(),
            QString::number(crossBytes)};
}

QString noDecodeCacheSentence(const core::ModelShape &m)
{
    return QStringLiteral("%1 is an encoder-only model: it reads its whole input at once and generates no tokens, "
                          "so it keeps no KV cache between steps and there is no cache figure to give.")
        .arg(QString::fromStdString(m.name));
}

} // namespace attnscope::cli
