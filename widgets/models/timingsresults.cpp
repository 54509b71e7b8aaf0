// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/timingsresults.h"
#include "io/csv.h"
#include "widgets/models/timingsmodel.h"

#include <algorithm>
#include <charconv>

namespace attnscope::widgets {

using core::Mechanism;
using core::Workload;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// The largest divisor of n that is at most target (at least 1).
std::int64_t divisorAtMost(std::int64_t n, std::int64_t target)
{
    for (std::int64_t g = std::clamp<std::int64_t>(target, 1, n); g > 1; --g)
        if (n % g == 0)
            return g;
    return 1;
}

// d_h / 2 rounded up to even: core::resolve()'s default RoPE width.
std::int64_t defaultRope(std::int64_t dHead)
{
    const std::int64_t half = dHead / 2;
    return half % 2 ? half + 1 : half;
}

void appendNumber(QByteArray &out, double value)
{
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, qsizetype(r.ptr - buffer));
}

} // namespace

std::vector<Workload> liveTimingWorkloads(const TimingShape &s, std::int64_t context, std::int64_t prefillTokens,
                                          core::DType dtype)
{
    if (!s.isValid())
        return {};
    Workload w;
    w.mechanism = s.mechanism;
    w.op = core::BenchOp::Decode;
    w.batch = 1;
    w.nHeads = s.nHeads;
    w.nKvHeads = s.nKvHeads;
    w.dHead = s.dHead;
    w.dLatent = s.dLatent;
    w.dRope = s.dRope;
    w.context = context;
    w.dtype = dtype;
    std::vector<Workload> result;
    if (s.mechanism == Mechanism::Mla) {
        w.mlaPath = core::MlaDecodePath::Absorbed;
        result.push_back(w);
        w.mlaPath = core::MlaDecodePath::Naive;
        result.push_back(w);
        w.mlaPath = core::MlaDecodePath::Absorbed;
    } else {
        result.push_back(w);
    }
    w.op = core::BenchOp::Prefill;
    w.context = prefillTokens;
    result.push_back(w);
    return result;
}

std::vector<Workload> sweepTimingWorkloads(const TimingShape &s, std::int64_t context, core::DType dtype)
{
    if (!s.isValid())
        return {};
    const std::int64_t h = s.nHeads;
    Workload w;
    w.op = core::BenchOp::Decode;
    w.batch = 1;
    w.nHeads = h;
    w.dHead = s.dHead;
    w.context = context;
    w.dtype = dtype;
    std::vector<Workload> result;
    w.mechanism = Mechanism::Mha;
    w.nKvHeads = h;
    result.push_back(w);
    w.mechanism = Mechanism::Gqa;
    w.nKvHeads = s.mechanism == Mechanism::Gqa ? s.nKvHeads : divisorAtMost(h, h / 4);
    result.push_back(w);
    w.mechanism = Mechanism::Mqa;
    w.nKvHeads = 1;
    result.push_back(w);
    w.mechanism = Mechanism::Mla;
    w.nKvHeads = h;
    w.dLatent = s.mechanism == Mechanism::Mla ? s.dLatent : 4 * s.dHead;
    w.dRope = s.mechanism == Mechanism::Mla ? s.dRope : defaultRope(s.dHead);
    w.mlaPath = core::MlaDecodePath::Absorbed;
    result.push_back(w);
    w.mlaPath = core::MlaDecodePath::Naive;
    result.push_back(w);
    return result;
}

QByteArray timingsCsv(const std::vector<core::Measurement> &live, const TimingsRunInfo &liveInfo,
                      const std::vector<core::Measurement> &sweep, const TimingsRunInfo &sweepInfo)
{
    // The fields and their order of `attnscope bench --json`, after the run and the title.
    QByteArray out = "run,backend,device,operation,mechanism,op,batch,heads,kv_heads,head_dim,context,dtype,threads,"
                     "warmup,repeat,median_s,min_s,max_s,mad_s,bytes,flops,gbps,gflops,bandwidth_gbps,peak_gflops,"
                     "roofline_s,bandwidth_share,latent_rank,rope_dim,mla_path,model\n";
    const auto field = [&out](const QString &text) {
        out += ',';
        out += io::csvField(text);
    };
    const auto integer = [&out](std::int64_t v) {
        out += ',';
        out += QByteArray::number(qint64(v));
    };
    const auto real = [&out](double v) {
        out += ',';
        appendNumber(out, v);
    };
    const auto rows = [&](const char *run, const std::vector<core::Measurement> &list, const TimingsRunInfo &info) {
        for (const core::Measurement &m : list) {
            const Workload &w = m.workload;
            const bool mla = w.mechanism == Mechanism::Mla;
            const bool absorbed = mla && w.op == core::BenchOp::Decode && w.mlaPath == core::MlaDecodePath::Absorbed;
            out += run;
            field(qs(m.backend));
            field(qs(m.device));
            field(qs(core::workloadTitle(w))); // English: the CSV is read by scripts
            field(QString::fromLatin1(core::mechanismId(w.mechanism).data()));
            field(QString::fromLatin1(core::benchOpId(w.op).data()));
            integer(w.batch);
            integer(w.nHeads);
            // KV heads the kernel reads: MLA absorbed one shared latent, naive and prefill one per head.
            integer(mla ? (absorbed ? 1 : w.nHeads) : w.nKvHeads);
            integer(w.dHead);
            integer(w.context);
            field(QString::fromLatin1(core::dtypeId(w.dtype).data()));
            integer(info.threads);
            integer(info.warmup);
            integer(m.seconds.count);
            for (double v : {m.seconds.median, m.seconds.min, m.seconds.max, m.seconds.mad})
                real(v);
            integer(m.bytes);
            integer(m.flops);
            for (double v : {m.gbps, m.gflops, m.bandwidthGbps, m.peakGflops, m.rooflineSeconds, m.bandwidthShare()})
                real(v);
            if (mla) {
                integer(w.dLatent);
                integer(w.dRope);
            } else {
                out += ",,";
            }
            field(mla && w.op == core::BenchOp::Decode ? QString::fromLatin1(absorbed ? "absorbed" : "naive")
                                                       : QString());
            field(info.model);
            out += '\n';
        }
    };
    rows("live", live, liveInfo);
    rows("sweep", sweep, sweepInfo);
    return out;
}

TimingBound timingBound(const core::Measurement &m)
{
    if (m.bandwidthGbps <= 0 || m.peakGflops <= 0)
        return TimingBound::Unknown;
    // Seconds: bytes / (GB/s * 1e9) against FLOPs / (GFLOP/s * 1e9); the 1e9 cancels.
    const double memory = double(m.bytes) / m.bandwidthGbps;
    const double compute = double(m.flops) / m.peakGflops;
    return compute > memory ? TimingBound::Compute : TimingBound::Memory;
}

bool timingFitsInCache(const core::Measurement &m)
{
    return m.bandwidthGbps > 0 && m.bandwidthShare() > 1.0;
}

// TimingsModel's static workloads and its CSV, written by the functions above --------------

std::vector<Workload> TimingsModel::liveWorkloads(const TimingShape &shape, std::int64_t context, core::DType dtype)
{
    return liveTimingWorkloads(shape, context, prefillTokens(context), dtype);
}

std::vector<Workload> TimingsModel::sweepWorkloads(const TimingShape &shape, std::int64_t context, core::DType dtype)
{
    return sweepTimingWorkloads(shape, context, dtype);
}

QByteArray TimingsModel::csv() const
{
    return timingsCsv(m_liveResults, m_liveInfo, m_sweepResults, m_sweepInfo);
}

} // namespace attnscope::widgets
