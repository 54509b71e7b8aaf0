// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/footprintplan.h"

#include "cli/commandline.h"
#include "cli/footprintcommand.h"
#include "cli/footprintoutput.h"
#include "widgets/common/labels.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace attnscope::cli {

namespace {

using core::Mechanism;

QString grouped(std::int64_t v)
{
    return widgets::groupedNumber(v, QLocale::c());
}

QString bytesText(std::int64_t v)
{
    if (v < 0)
        return QStringLiteral("-%1 B (-%2)").arg(grouped(-v), widgets::binaryBytes(-v, QLocale::c()));
    return QStringLiteral("%1 B (%2)").arg(grouped(v), widgets::binaryBytes(v, QLocale::c()));
}

QString tokensText(std::int64_t v)
{
    return v == core::kUnbounded ? QStringLiteral("any (the cache stops growing at its windows)") : grouped(v);
}

// The scales, named: what they are and whether they are counted.
QString weightScalesText(const core::PlanRequest &r)
{
    if (r.weightBits.milliBits() >= 16000)
        return QStringLiteral("no quantization scales");
    if (r.weightScaleGroup == 0)
        return QStringLiteral("quantization scales not counted (per-channel or per-tensor: a few MiB)");
    return QStringLiteral("one 16-bit scale per group of %1 weights counted").arg(r.weightScaleGroup);
}

QString kvScalesText(const core::PlanRequest &r)
{
    if (r.cache.bits.milliBits() >= 16000)
        return QStringLiteral("no scales");
    if (r.kvScaleGroup == 0)
        return QStringLiteral("one scale per tensor (fp8, not counted)");
    return QStringLiteral("one 16-bit scale per group of %1 elements counted").arg(r.kvScaleGroup);
}

} // namespace

PlanFlags::PlanFlags()
    : m_gpus("gpus", "Memory plan: GPUs, tensor-parallel over every weight and the KV heads. Default 1.", "N"),
      m_gpuGib("gpu-gib", "Memory plan: memory of one GPU in GiB (80, 141 ...); the plan needs it.", "X"),
      m_reserveGib("reserve-gib", "Memory plan: GiB per GPU kept for activations and the runtime. Default 0.", "X"),
      m_weightBits("weight-bits", "Memory plan: bits per weight (16, 8, 4). Default 16.", "B"),
      m_weightScaleGroup("weight-scale-group",
                         "Memory plan: weights per 16-bit scale (0: not counted). Default 128 below 8 bits, else 0.", "N"),
      m_kvScaleGroup("kv-scale-group",
                     "Memory plan: cached elements per 16-bit scale (0: none). Default 64 below 8 bits, else 0.", "N"),
      m_blockSize("block-size", "Memory plan: tokens per block of the paged cache. Default 16.", "N"),
      m_dpAttention("dp-attention", "Memory plan, MLA: data-parallel attention (each GPU caches its own sequences).")
{
}

void PlanFlags::addTo(QCommandLineParser &parser) const
{
    for (const auto *o : {&m_gpus, &m_gpuGib, &m_reserveGib, &m_weightBits, &m_weightScaleGroup, &m_kvScaleGroup,
                          &m_blockSize, &m_dpAttention})
        parser.addOption(*o);
}

QString PlanFlags::givenWithoutMemory(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_gpuGib))
        return {};
    for (const auto *o : {&m_gpus, &m_reserveGib, &m_weightBits, &m_weightScaleGroup, &m_kvScaleGroup, &m_blockSize,
                          &m_dpAttention})
        if (parser.isSet(*o))
            return QStringLiteral("--") + o->names().constFirst();
    return {};
}

QString PlanFlags::read(const QCommandLineParser &parser, const core::FootprintRequest &cache,
                        std::optional<core::PlanRequest> *plan) const
{
    if (const QString flag = givenWithoutMemory(parser); !flag.isEmpty())
        return QStringLiteral("%1 belongs to the memory plan; give the memory of one GPU with --gpu-gib X.").arg(flag);
    if (!parser.isSet(m_gpuGib))
        return {};
    core::PlanRequest r;
    r.cache = cache;
    const auto gib = [&](const QCommandLineOption &o, std::int64_t *bytes, bool zeroAllowed) -> QString {
        const QString text = parser.value(o);
        bool ok = false;
        if (zeroAllowed && text.toDouble(&ok) == 0.0 && ok) {
            *bytes = 0;
            return {};
        }
        const auto parsed = parseGib(text);
        if (!parsed)
            return QStringLiteral("--%1 '%2': not a size in GiB %3 (such as 80 or 0.5).")
                .arg(o.names().constFirst(), text,
                     zeroAllowed ? QStringLiteral("of 0 or more") : QStringLiteral("greater than 0"));
        *bytes = *parsed;
        return {};
    };
    if (const QString e = gib(m_gpuGib, &r.gpuBytes, false); !e.isEmpty())
        return e;
    if (parser.isSet(m_reserveGib))
        if (const QString e = gib(m_reserveGib, &r.reserveBytes, true); !e.isEmpty())
            return e;
    const auto integer = [&](const QCommandLineOption &o, std::int64_t minimum, std::int64_t *value) -> QString {
        if (!parser.isSet(o))
            return {};
        const QString name = o.names().constFirst();
        if (const QString e = parseInteger(name, parser.value(o), value); !e.isEmpty())
            return e;
        if (*value < minimum)
            return QStringLiteral("--%1 %2: must be at least %3.").arg(name).arg(*value).arg(minimum);
        return {};
    };
    if (const QString e = integer(m_gpus, 1, &r.gpus); !e.isEmpty())
        return e;
    if (const QString e = integer(m_blockSize, 1, &r.blockSize); !e.isEmpty())
        return e;
    if (parser.isSet(m_weightBits)) {
        std::string rule;
        const auto bits = core::KvBits::parse(parser.value(m_weightBits).toStdString(), &rule);
        if (!bits)
            return QStringLiteral("--weight-bits '%1': %2").arg(parser.value(m_weightBits), QString::fromStdString(rule));
        r.weightBits = *bits;
    }
    r.weightScaleGroup = r.weightBits.milliBits() < 8000 ? 128 : 0;
    r.kvScaleGroup = r.cache.bits.milliBits() < 8000 ? 64 : 0;
    if (const QString e = integer(m_weightScaleGroup, 0, &r.weightScaleGroup); !e.isEmpty())
        return e;
    if (const QString e = integer(m_kvScaleGroup, 0, &r.kvScaleGroup); !e.isEmpty())
        return e;
    r.dataParallelAttention = parser.isSet(m_dpAttention);
    *plan = r;
    return {};
}

void printPlan(const core::ModelShape &m, const core::MemoryPlan &p, const core::PlanRequest &r, QTextStream &out)
{
    out << "\nMemory plan: " << r.gpus << (r.gpus == 1 ? " GPU" : " GPUs") << " of "
        << widgets::binaryBytes(r.gpuBytes, QLocale::c())
        << (r.gpus > 1 ? ", tensor parallel (every weight matrix and the KV heads split over the GPUs)" : "")
        << "\n";
    const core::ParameterCount &c = p.parameters;
    QList<QPair<QString, QString>> rows;
    QString parts = QStringLiteral("embeddings %1, attention %2").arg(grouped(c.embeddings + c.outputHead), grouped(c.attention));
    if (c.denseMlp > 0)
        parts += QStringLiteral(", MLP %1").arg(grouped(c.denseMlp));
    if (c.moeLayers > 0)
        parts += QStringLiteral(", routed experts %1, shared experts %2, routers %3")
                     .arg(grouped(c.routedExperts), grouped(c.sharedExperts), grouped(c.routers));
    if (c.mixers > 0)
        parts += QStringLiteral(", Mamba mixers %1").arg(grouped(c.mixers));
    parts += QStringLiteral(", norms %1").arg(grouped(c.norms));
    rows.append({QStringLiteral("parameters"),
                  QStringLiteral("%1 (%2%3)")
                      .arg(grouped(c.total), parts,
                           c.active != c.total ? QStringLiteral("; %1 active per token").arg(grouped(c.active))
                                               : QString())});
    if (m.layersOfKind(core::LayerKind::NoCache) > c.mixerLayers)
        rows.append({QString(), QStringLiteral("the mixers of the layers without a KV cache (Mamba, linear "
                                               "attention) are not counted")});
    if (c.visionTowerNotCounted)
        rows.append({QString(), QStringLiteral("the vision tower (vision_config) is not counted")});
    rows.append({QStringLiteral("weights at %1 bits").arg(QString::fromStdString(r.weightBits.text())),
                  QStringLiteral("%1, %2; per GPU %3")
                      .arg(bytesText(p.weightBytes), weightScalesText(r), bytesText(p.weightBytesPerGpu))});
    QString heads;
    if (m.mechanism == Mechanism::Mla)
        heads = r.dataParallelAttention
            ? QStringLiteral("data-parallel attention: each GPU caches the latent of its own %1 of the %2 sequences")
                  .arg(p.sequencesPerRank)
                  .arg(r.cache.batch)
            : QStringLiteral("the MLA latent is on every GPU (each GPU's heads all read it): %1 copies; "
                             "--dp-attention splits the sequences instead")
                  .arg(p.kvReplication);
    else
        heads = p.kvReplication > 1
            ? QStringLiteral("%1 KV head per GPU, each head on %2 GPUs").arg(p.kvHeadsPerRank).arg(p.kvReplication)
            : QStringLiteral("%1 KV heads per GPU").arg(p.kvHeadsPerRank);
    if (m.encoderOnly)
        heads = QStringLiteral("encoder-only: no decode cache");
    rows.append({QStringLiteral("KV cache per GPU"),
                  QStringLiteral("%1 (context %2 x batch %3 at %4 bits, blocks of %5 tokens, %6; %7)")
                      .arg(bytesText(p.cacheBytesPerGpu), grouped(r.cache.context), grouped(r.cache.batch),
                           QString::fromStdString(r.cache.bits.text()))
                      .arg(r.blockSize)
                      .arg(kvScalesText(r), heads)});
    for (const core::CacheShare &s : p.sharesPerGpu)
        rows.append({QStringLiteral("  ") + layerKindTitle(s),
                      QStringLiteral("%1 layers, %2 tokens, %3").arg(s.layers).arg(grouped(s.tokens)).arg(bytesText(s.totalBytes))});
    rows.append({QStringLiteral("reserve per GPU"), bytesText(r.reserveBytes)});
    rows.append({QStringLiteral("left per GPU"),
                  p.leftBytesPerGpu < 0 ? bytesText(p.leftBytesPerGpu) + QStringLiteral(": does not fit")
                                        : bytesText(p.leftBytesPerGpu)});
    // An encoder-only model keeps no cache: any context and batch fit once the weights do.
    const auto answer = [&](std::int64_t v, const QString &none) {
        if (v == 0)
            return none;
        if (m.encoderOnly && v == core::kUnbounded)
            return QStringLiteral("any (an encoder-only model keeps no KV cache)");
        return tokensText(v);
    };
    rows.append({QStringLiteral("largest context at batch %1").arg(grouped(r.cache.batch)),
                  answer(p.maxContext, QStringLiteral("none: not one token fits"))});
    rows.append({QStringLiteral("largest batch at context %1").arg(grouped(r.cache.context)),
                  answer(p.maxBatch, QStringLiteral("none: not one sequence fits"))});
    int width = 0;
    for (const auto &row : rows)
        width = std::max(width, int(row.first.size()));
    for (const auto &row : rows)
        out << "  " << row.first.leftJustified(width + 2) << row.second << "\n";
}

QJsonObject planJson(const core::MemoryPlan &p, const core::PlanRequest &r)
{
    const core::ParameterCount &c = p.parameters;
    QJsonArray shares;
    for (const core::CacheShare &s : p.sharesPerGpu) {
        QJsonObject o{{"kind", QString::fromLatin1(core::layerKindId(s.kind))},
                      {"layers", qint64(s.layers)},
                      {"paged_tokens", qint64(s.tokens)},
                      {"bytes", qint64(s.totalBytes)}};
        if (s.kind == core::LayerKind::Window)
            o.insert("window", qint64(s.window));
        shares.append(o);
    }
    const auto tokens = [](std::int64_t v) { return v == core::kUnbounded ? QJsonValue() : QJsonValue(qint64(v)); };
    return QJsonObject{
        {"gpus", qint64(r.gpus)},
        {"gpu_bytes", qint64(r.gpuBytes)},
        {"reserve_bytes", qint64(r.reserveBytes)},
        {"block_size", qint64(r.blockSize)},
        {"weight_bits", r.weightBits.bits()},
        {"weight_scale_group", qint64(r.weightScaleGroup)},
        {"kv_scale_group", qint64(r.kvScaleGroup)},
        {"data_parallel_attention", r.dataParallelAttention},
        {"parameters",
         QJsonObject{{"total", qint64(c.total)},
                     {"active", qint64(c.active)},
                     {"embeddings", qint64(c.embeddings)},
                     {"output_head", qint64(c.outputHead)},
                     {"attention", qint64(c.attention)},
                     {"dense_mlp", qint64(c.denseMlp)},
                     {"routed_experts", qint64(c.routedExperts)},
                     {"shared_experts", qint64(c.sharedExperts)},
                     {"routers", qint64(c.routers)},
                     {"mixers", qint64(c.mixers)},
                     {"vision_tower_not_counted", c.visionTowerNotCounted}, // a vision_config whose weights are left out
                     {"norms", qint64(c.norms)}}},
        {"weight_bytes", qint64(p.weightBytes)},
        {"weight_scale_bytes", qint64(p.weightScaleBytes)},
        {"weight_bytes_per_gpu", qint64(p.weightBytesPerGpu)},
        {"kv_heads_per_gpu", qint64(p.kvHeadsPerRank)},
        {"kv_replication", qint64(p.kvReplication)},
        {"sequences_per_gpu", qint64(p.sequencesPerRank)},
        {"cache_bytes_per_gpu", qint64(p.cacheBytesPerGpu)},
        {"cache_scale_bytes_per_gpu", qint64(p.cacheScaleBytesPerGpu)},
        {"layer_kind_shares_per_gpu", shares},
        {"left_bytes_per_gpu", qint64(p.leftBytesPerGpu)},
        {"max_context", tokens(p.maxContext)}, // null: any context
        {"max_batch", tokens(p.maxBatch)}};
}

const QStringList &planCsvColumns()
{
    static const QStringList columns{"gpus",          "gpu_bytes",          "weight_bits",          "parameters",
                                     "weight_bytes_per_gpu", "cache_bytes_per_gpu", "reserve_bytes", "left_bytes_per_gpu",
                                     "plan_max_context", "plan_max_batch"};
    return columns;
}

QStringList planCsvCells(const core::MemoryPlan *p, const core::PlanRequest *r)
{
    if (!p || !r)
        return QStringList(planCsvColumns().size(), QString());
    const auto tokens = [](std::int64_t v) { return v == core::kUnbounded ? QStringLiteral("any") : QString::number(v); };
    return {QString::number(r->gpus),
            QString::number(r->gpuBytes),
            QString::fromStdString(r->weightBits.text()),
            QString::number(p->parameters.total),
            QString::number(p->weightBytesPerGpu),
            QString::number(p->cacheBytesPerGpu),
            QString::number(r->reserveBytes),
            QString::number(p->leftBytesPerGpu),
            tokens(p->maxContext),
            tokens(p->maxBatch)};
}

} // namespace attnscope::cli
