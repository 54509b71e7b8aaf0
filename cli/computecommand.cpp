// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/computecommand.h"

#include "cli/commandline.h"
#include "core/footprint/kvcache.h"
#include "core/mechanisms/compute.h"
#include "core/params/validation.h"
#include "io/dumpio.h"
#include "model/teaching.h"
#include "model/trainedinput.h"
#include "widgets/common/labels.h"

#include <QTextStream>

#include <algorithm>

namespace attnscope::cli {

namespace {

constexpr std::int64_t kShownRows = 8;

QString shapeText(const core::Tensor &t)
{
    QStringList dims;
    for (auto d : t.shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString cacheFormula(const core::Config &c)
{
    using core::Mechanism;
    const auto n = [](std::int64_t v) { return QString::number(v); };
    switch (c.mechanism) {
    case Mechanism::Bahdanau:
        return QStringLiteral("no KV cache; the decoder re-reads the annotations, 2n = %1 elements per source token")
            .arg(2 * c.hidden);
    case Mechanism::Sdpa: return QStringLiteral("2 d_k = 2 x %1").arg(n(c.dHead));
    case Mechanism::Mha: return QStringLiteral("2 n_h d_h = 2 x %1 x %2").arg(n(c.nHeads), n(c.dHead));
    case Mechanism::Gqa: return QStringLiteral("2 n_g d_h = 2 x %1 x %2").arg(n(c.nKvHeads), n(c.dHead));
    case Mechanism::Mqa: return QStringLiteral("2 d_h = 2 x %1").arg(n(c.dHead));
    case Mechanism::Mla: return QStringLiteral("d_c + d_h^R = %1 + %2").arg(n(c.dLatentKv), n(c.dRope));
    }
    return {};
}

} // namespace

void printComputeSummary(const core::Config &c, const core::Trace &trace, QTextStream &out)
{
    out << "AttnScope compute: " << widgets::mechanismTitle(c.mechanism);
    if (c.input == core::InputSource::Trained) {
        const auto which = model::teachingModelFor(c.mechanism);
        out << ", trained model " << (which ? QString::fromUtf8(model::teachingModelFolder(*which).data()) : QString())
            << (c.mechanism == core::Mechanism::Bahdanau ? QString() : QStringLiteral(", layer %1").arg(c.layer))
            << "\n  text: " << QString::fromStdString(c.text) << "\n";
    } else {
        out << ", seed " << c.seed << "\n";
    }
    if (c.mechanism == core::Mechanism::Bahdanau) {
        out << "  embedding m = " << c.dModel << ", GRU width n = " << c.hidden
            << ", alignment width n' = " << c.alignDim << ", source tokens " << c.sourceTokens << ", target tokens "
            << c.tokens << "\n";
    } else {
        out << "  d_model " << c.dModel << ", heads " << c.nHeads;
        if (c.mechanism != core::Mechanism::Mla)
            out << ", KV heads " << c.nKvHeads;
        out << ", d_head " << c.dHead << ", tokens " << c.tokens;
        if (c.attention == core::AttentionKind::Cross)
            out << ", source tokens " << c.sourceTokens << " (cross attention)";
        else
            out << (c.causal ? " (causal self-attention)" : " (self-attention)");
        out << "\n";
        if (c.mechanism == core::Mechanism::Mla)
            out << "  d_c " << c.dLatentKv << ", d_c' " << c.dLatentQ
                << (c.dLatentQ == 0 ? " (no query compression)" : "") << ", d_h^R " << c.dRope << ", RoPE "
                << QString::fromUtf8(core::ropeLayoutId(c.ropeLayout).data()) << " base " << c.ropeBase << ", "
                << QString::fromUtf8(core::mlaPathId(c.mlaPath).data()) << " path\n";
    }

    out << "\nTensors:\n";
    int width = 0;
    for (const auto &name : trace.tensorNames())
        width = std::max(width, int(name.size()));
    for (const auto &name : trace.tensorNames())
        out << "  " << QString::fromStdString(name).leftJustified(width + 2) << shapeText(trace.tensor(name)) << "\n";
    out << "Steps recorded: " << trace.steps().size() << "\n";

    const auto kv = core::kvCacheElementsPerToken(c);
    out << "\nKV cache per token per layer: ";
    if (c.mechanism == core::Mechanism::Bahdanau)
        out << cacheFormula(c) << "\n";
    else if (kv)
        out << cacheFormula(c) << " = " << *kv << " elements (" << *kv * 2 << " bytes at 16 bits)\n";
    if (c.mechanism == core::Mechanism::Mla) {
        // The cache is the latent and the shared RoPE key on both paths; say what it saves.
        out << "  (caching decompressed keys and values instead would take n_h (2 d_h + d_h^R) = " << c.nHeads
            << " x (2 x " << c.dHead << " + " << c.dRope
            << ") = " << core::mlaDecompressedElementsPerToken(c).value_or(-1) << " elements)\n";
    }

    const core::Tensor &weights = trace.tensor("weights");
    const core::Matrix w = weights.matrix(0);
    const bool bahdanau = c.mechanism == core::Mechanism::Bahdanau;
    const bool sourceKeys = bahdanau || c.attention == core::AttentionKind::Cross;
    out << "\nAttention weights" << (weights.rank() == 3 ? ", head 0" : "")
        << " (rows: " << (bahdanau ? "target positions y" : "queries t")
        << ", columns: " << (sourceKeys ? "source positions " : "keys ")
        << (bahdanau         ? "x"
                : sourceKeys ? "s"
                             : "t");
    const std::int64_t rows = std::min<std::int64_t>(w.rows(), kShownRows);
    const std::int64_t cols = std::min<std::int64_t>(w.cols(), kShownRows);
    if (rows < w.rows() || cols < w.cols())
        out << "; first " << rows << " x " << cols << " of " << w.rows() << " x " << w.cols();
    out << "):\n";
    // The tokens of a trained input, else numbered positions (y1.., x1.. as the views do for Bahdanau).
    const QStringList rowLabels =
        widgets::positionLabels(trace.queryLabels(), QLatin1String(bahdanau ? "y" : "t"), w.rows());
    const QStringList colLabels = widgets::positionLabels(
        trace.keyLabels(), QLatin1String(bahdanau ? "x" : sourceKeys ? "s" : "t"), w.cols());
    int labelWidth = 4;
    for (std::int64_t i = 0; i < rows; ++i)
        labelWidth = std::max(labelWidth, int(rowLabels.at(i).size()) + 1);
    // Columns as wide as their labels (up to 14 characters; longer ones end in an ellipsis).
    constexpr int kMaxColumn = 14;
    int columnWidth = 8;
    for (std::int64_t j = 0; j < cols; ++j)
        columnWidth = std::max(columnWidth, std::min(kMaxColumn, int(colLabels.at(j).size()) + 1));
    const auto column = [&](const QString &label) {
        return label.size() < columnWidth ? label : label.left(columnWidth - 2) + QChar(0x2026);
    };
    out << QString(2 + labelWidth, QLatin1Char(' '));
    for (std::int64_t j = 0; j < cols; ++j)
        out << column(colLabels.at(j)).rightJustified(columnWidth);
    out << "\n";
    for (std::int64_t i = 0; i < rows; ++i) {
        out << "  " << rowLabels.at(i).leftJustified(labelWidth);
        for (std::int64_t j = 0; j < cols; ++j)
            out << QString::number(w(i, j), 'f', 4).rightJustified(columnWidth);
        out << "\n";
    }
}

int runCompute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ComputeParse parsed = parseComputeArguments(arguments);
    if (const auto *message = std::get_if<QString>(&parsed)) {
        err << "attnscope compute: " << *message << "\n";
        return ExitUsage;
    }
    if (const auto *help = std::get_if<HelpRequested>(&parsed)) {
        out << help->text;
        return ExitOk;
    }
    const auto &options = std::get<ComputeOptions>(parsed);
    const auto errors = model::validateInput(options.request);
    if (!errors.empty()) {
        for (const auto &e : errors)
            err << "attnscope compute: " << QString::fromStdString(e.message) << "\n";
        return ExitUsage;
    }
    core::Config config;
    std::shared_ptr<const core::Trace> computed;
    try {
        config = model::resolveInput(options.request);
        computed = model::computeInput(config);
    } catch (const std::exception &e) {
        err << "attnscope compute: " << e.what() << "\n";
        return ExitFailure;
    }
    const core::Trace &trace = *computed;
    printComputeSummary(config, trace, out);
    if (!options.dumpFile.isEmpty()) {
        QString error;
        if (!io::writeDump(options.dumpFile, config, trace, &error)) {
            err << "attnscope compute: --dump " << options.dumpFile << ": " << error << "\n";
            return ExitFailure;
        }
        out << "\nWrote " << trace.tensorNames().size() << " tensors to " << options.dumpFile << "\n";
    }
    return ExitOk;
}

} // namespace attnscope::cli
