// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchoutput.h"

#include "core/bench/harness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <string>
#include <string_view>

namespace attnscope::cli {

namespace {

using core::BenchOp;
using core::Mechanism;
using core::MlaDecodePath;
using core::Workload;

constexpr std::int64_t kMiB = std::int64_t(1) << 20;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// KV heads the timed kernel reads: MLA's absorbed decode reads one latent shared by all heads,
// its naive decode and prefill per-head decompressed keys and values.
std::int64_t kernelKvHeads(const Workload &w)
{
    if (w.mechanism != Mechanism::Mla)
        return w.nKvHeads;
    return w.op == BenchOp::Decode && w.mlaPath == MlaDecodePath::Absorbed ? 1 : w.nHeads;
}

} // namespace

QString formatSeconds(double seconds)
{
    if (!std::isfinite(seconds) || seconds <= 0.0)
        return QStringLiteral("0 s");
    struct Unit
    {
        double scale;
        const char *name;
    };
    static const Unit units[] = {{1e-9, "ns"}, {1e-6, "µs"}, {1e-3, "ms"}, {1.0, "s"}};
    const Unit *u = &units[0];
    for (const Unit &candidate : units)
        if (seconds >= candidate.scale * 0.9995)
            u = &candidate;
    const double v = seconds / u->scale;
    const int decimals = v >= 99.95 ? 0 : v >= 9.995 ? 1 : 2;
    return QString::number(v, 'f', decimals) + QLatin1Char(' ') + QString::fromUtf8(u->name);
}

namespace benchoutput {

QString shapeText(const Workload &w)
{
    QStringList parts;
    parts << (w.nHeads == 1 ? QStringLiteral("1 head") : QStringLiteral("%1 heads").arg(w.nHeads));
    if (w.mechanism == Mechanism::Gqa || w.mechanism == Mechanism::Mqa || w.mechanism == Mechanism::Mha)
        parts << (w.nKvHeads == 1 ? QStringLiteral("1 KV head") : QStringLiteral("%1 KV heads").arg(w.nKvHeads));
    parts << QStringLiteral("d_h %1").arg(w.dHead);
    if (w.mechanism == Mechanism::Mla) {
        parts << QStringLiteral("d_c %1").arg(w.dLatent) << QStringLiteral("d_h^R %1").arg(w.dRope);
        if (w.op == BenchOp::Prefill)
            parts << QStringLiteral("decompressed keys and values");
    }
    parts << QStringLiteral("%1 cache").arg(qs(core::dtypeId(w.dtype)));
    parts << QStringLiteral("batch %1").arg(w.batch);
    return parts.join(QStringLiteral(", "));
}

QJsonObject measurementJson(const core::Measurement &m, const BenchRequest &r, int threads)
{
    const Workload &w = m.workload;
    QJsonObject o{{"backend", qs(m.backend)},
                  {"device", qs(m.device)},
                  {"kernels", qs(m.kernels)},
                  {"mechanism", qs(core::mechanismId(w.mechanism))},
                  {"op", qs(core::benchOpId(w.op))},
                  {"batch", qint64(w.batch)},
                  {"heads", qint64(w.nHeads)},
                  {"kv_heads", qint64(kernelKvHeads(w))},
                  {"head_dim", qint64(w.dHead)},
                  {"context", qint64(w.context)},
                  {"dtype", qs(core::dtypeId(w.dtype))},
                  {"threads", threads},
                  {"warmup", r.warmup},
                  {"repeat", r.repeat},
                  {"median_s", m.seconds.median},
                  {"min_s", m.seconds.min},
                  {"max_s", m.seconds.max},
                  {"mad_s", m.seconds.mad},
                  {"bytes", qint64(m.bytes)},
                  {"flops", qint64(m.flops)},
                  {"gbps", m.gbps},
                  {"gflops", m.gflops},
                  {"bandwidth_gbps", m.bandwidthGbps},
                  {"peak_gflops", m.peakGflops},
                  {"roofline_s", m.rooflineSeconds},
                  {"bandwidth_share", m.bandwidthShare()}};
    if (w.mechanism == Mechanism::Mla) {
        o.insert("latent_rank", qint64(w.dLatent));
        o.insert("rope_dim", qint64(w.dRope));
        if (w.op == BenchOp::Decode)
            o.insert("mla_path",
                     w.mlaPath == MlaDecodePath::Absorbed ? QStringLiteral("absorbed") : QStringLiteral("naive"));
    }
    if (!r.modelId.isEmpty())
        o.insert("model", r.modelId);
    return o;
}

QJsonObject probeJson(const core::Backend &b, const core::Roofline &roof, int threads)
{
    return QJsonObject{{"backend", qs(b.id())},
                       {"device", qs(b.device())},
                       {"kernels", qs(b.kernels())},
                       {"threads", threads},
                       {"probe_bytes", qint64(roof.probeBytes)},
                       {"median_s", roof.readSeconds.median},
                       {"bandwidth_gbps", roof.bandwidthGBps},
                       {"matmul_n", qint64(roof.matmulN)},
                       {"matmul_median_s", roof.matmulSeconds.median},
                       {"peak_gflops", roof.peakGflops}};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString rate(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("inf");
    return QString::number(v, 'f', v >= 99.95 ? 0 : v >= 9.995 ? 1 : 2);
}

QString mib(std::int64_t bytes)
{
    return QStringLiteral("%1 MiB").arg(bytes / kMiB);
}

void printRow(QTextStream &out, const std::vector<Column> &columns, const QStringList &cells)
{
    QString line = QStringLiteral("  ");
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            line += QStringLiteral("  ");
        line += columns[i].left ? cells.value(qsizetype(i)).leftJustified(columns[i].width)
                                : cells.value(qsizetype(i)).rightJustified(columns[i].width);
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    out << line << "\n";
}

} // namespace benchoutput

} // namespace attnscope::cli
