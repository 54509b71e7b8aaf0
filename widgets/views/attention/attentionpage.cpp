// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/attention/attentionpage.h"

#include "core/footprint/kvcache.h"
#include "widgets/common/exporter.h"
#include "widgets/common/heatmapview.h"
#include "widgets/common/labels.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace attnscope::widgets {

using core::Mechanism;

namespace {

QString shapeText(const core::Tensor &t)
{
    QStringList dims;
    for (const auto n : t.shape)
        dims << QString::number(n);
    return dims.join(QStringLiteral("\u00a0×\u00a0")); // never wrapped inside a shape
}

} // namespace

AttentionPage::AttentionPage(QWidget *parent) : QWidget(parent)
{
    m_heatmap = new HeatmapView(this);
    m_heatmap->setDataRange(0.0, 1.0); // weights are probabilities: one colour scale for all
    m_texts.add([this] { m_heatmap->setColorScaleLabel(tr("Weight")); });

    // The heatmap and, under it, what was computed.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heatmap, 1);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("info"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setContentsMargins(12, 4, 12, 8);
    layout->addWidget(m_info);
}

void AttentionPage::showTrace(const std::shared_ptr<const core::Trace> &trace, const core::Config &config)
{
    m_trace = trace;
    m_config = config;
    if (m_trace)
        showHead(*m_trace, m_config, m_head);
}

void AttentionPage::selectHead(int head)
{
    m_head = head;
}

QByteArray AttentionPage::csv() const
{
    return m_heatmap->matrix().size() > 0
        ? matrixToCsv(m_heatmap->matrix(), m_heatmap->rowLabels(), m_heatmap->colLabels())
        : QByteArray();
}

void AttentionPage::clear(const QString &message)
{
    m_trace.reset();
    m_heatmap->clear(message);
}

void AttentionPage::setFitColors(bool fit)
{
    if (fit)
        m_heatmap->setAutoDataRange();
    else
        m_heatmap->setDataRange(0.0, 1.0);
}

QString AttentionPage::infoText() const
{
    return m_info->text();
}

void AttentionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        if (m_trace) // the title is in words
            showHead(*m_trace, m_config, m_head);
    }
    QWidget::changeEvent(event);
}

void AttentionPage::showHead(const core::Trace &trace, const core::Config &config, int requestedHead)
{
    if (!trace.hasTensor("weights"))
        return;
    const core::Config &c = config;
    const core::Tensor &weights = trace.tensor("weights");
    const std::int64_t count = weights.rank() == 3 ? weights.matrixCount() : 1;
    const int head = std::clamp(requestedHead, 0, int(count - 1));
    const core::Matrix matrix = weights.matrix(weights.rank() == 3 ? head : 0);

    if (c.mechanism == Mechanism::Bahdanau) {
        // As in the paper's figure 3: target words down, source words across.
        m_heatmap->setMatrix(matrix, positionLabels(trace.queryLabels(), QStringLiteral("y"), matrix.rows(), 1),
                             positionLabels(trace.keyLabels(), QStringLiteral("x"), matrix.cols(), 1),
                             tr("Alignment weights αᵢⱼ"),
                             tr("Target token yᵢ"), tr("Source token xⱼ"));
        return;
    }
    const bool cross = c.attention == core::AttentionKind::Cross;
    const QStringList rows = positionLabels(trace.queryLabels(), QStringLiteral("t"), matrix.rows());
    const QStringList cols =
        positionLabels(trace.keyLabels(), cross ? QStringLiteral("s") : QStringLiteral("t"), matrix.cols());
    QString title;
    switch (c.mechanism) {
    case Mechanism::Sdpa: title = tr("Attention weights softmax(QKᵀ/√d_k)"); break;
    case Mechanism::Gqa: {
        const std::int64_t group = c.nKvHeads > 0 ? c.nHeads / c.nKvHeads : 1;
        title = tr("Attention weights, head %1 of %2 (KV head %3 of %4)")
                    .arg(head)
                    .arg(c.nHeads)
                    .arg(head / std::max<std::int64_t>(group, 1))
                    .arg(c.nKvHeads);
        break;
    }
    case Mechanism::Mqa:
        title = tr("Attention weights, head %1 of %2 (one shared KV head)").arg(head).arg(c.nHeads);
        break;
    case Mechanism::Mla:
        title = tr("Attention weights, head %1 of %2 (latent KV, causal)").arg(head).arg(c.nHeads);
        break;
    default: title = tr("Attention weights, head %1 of %2").arg(head).arg(c.nHeads); break;
    }
    m_heatmap->setMatrix(matrix, rows, cols, title, tr("Query token i"),
                         cross ? tr("Source token j") : tr("Key token j"));
}

void AttentionPage::setInfo(const std::shared_ptr<const core::Trace> &trace, const core::Config &config)
{
    if (!trace) {
        m_info->clear();
        m_kvStatus.clear();
        m_stepsStatus.clear();
        return;
    }
    const core::Config &c = config;
    const core::Trace &t = *trace;

    QString sizes;
    switch (c.mechanism) {
    case Mechanism::Bahdanau:
        sizes = tr("embedding m = %1, GRU n = %2, alignment n' = %3").arg(c.dModel).arg(c.hidden).arg(c.alignDim);
        break;
    case Mechanism::Sdpa: sizes = tr("d_model = %1, d_k = d_v = %2").arg(c.dModel).arg(c.dHead); break;
    case Mechanism::Mla:
        sizes = tr("d_model = %1, %2 heads × d_h = %3, latent d_c = %4, RoPE d_R = %5")
                    .arg(c.dModel)
                    .arg(c.nHeads)
                    .arg(c.dHead)
                    .arg(c.dLatentKv)
                    .arg(c.dRope);
        break;
    default:
        sizes = tr("d_model = %1, %2 heads × d_h = %3, ").arg(c.dModel).arg(c.nHeads).arg(c.dHead)
            + (c.nKvHeads == 1 ? tr("one shared KV head") : tr("%1 KV heads").arg(c.nKvHeads));
        break;
    }

    QStringList names;
    switch (c.mechanism) {
    case Mechanism::Bahdanau: names = {"X_src", "Y_emb", "annotations", "S", "weights", "context"}; break;
    case Mechanism::Mla: names = {"X", "c_KV", "k_R", "q_C", "q_R", "weights", "output"}; break;
    default: names = {"X", "X_enc", "Q", "K", "V", "weights", "output"}; break;
    }
    QStringList shapes;
    for (const QString &name : std::as_const(names)) {
        const std::string key = name.toStdString();
        if (!t.hasTensor(key))
            continue;
        shapes << QStringLiteral("<code>%1</code>&nbsp;%2").arg(name.toHtmlEscaped(), shapeText(t.tensor(key)));
    }

    QString kv;
    if (c.mechanism == Mechanism::Bahdanau) {
        kv = tr("No KV cache: the decoder re-reads %1 annotation values per source token.")
                 .arg(core::annotationElementsPerSourceToken(c).value_or(0));
        m_kvStatus = (tr("KV cache: none"));
    } else {
        const auto perToken = core::kvCacheElementsPerToken(c);
        core::Config mha = c;
        mha.mechanism = Mechanism::Mha;
        mha.nKvHeads = mha.nHeads;
        const auto mhaPerToken = core::kvCacheElementsPerToken(mha);
        if (c.mechanism == Mechanism::Mla) {
            // The latent is what MLA caches; the decompressed K and V show what that saves.
            const auto latent = perToken;
            kv = tr("KV cache per token and layer: %1 elements (latent d_c + d_R), against %2 for MHA and %3 "
                    "for the decompressed keys and values.")
                     .arg(latent.value_or(0))
                     .arg(mhaPerToken.value_or(0))
                     .arg(core::mlaDecompressedElementsPerToken(c).value_or(0));
            m_kvStatus = (tr("KV cache: %1 elements/token").arg(latent.value_or(0)));
        } else {
            kv = tr("KV cache per token and layer: %1 elements").arg(perToken.value_or(0));
            if (c.mechanism != Mechanism::Sdpa && c.mechanism != Mechanism::Mha && perToken && mhaPerToken
                && *mhaPerToken > 0)
                kv += tr(" (%1% of MHA's %2)")
                          .arg(100.0 * double(*perToken) / double(*mhaPerToken), 0, 'g', 3)
                          .arg(*mhaPerToken);
            kv += QLatin1Char('.');
            m_kvStatus = (tr("KV cache: %1 elements/token").arg(perToken.value_or(0)));
        }
    }
    const QString steps = tr("Recorded steps: %1").arg(t.steps().size());
    m_stepsStatus = steps;

    m_info->setText(QStringLiteral("<b>%1</b> %2<br><b>%3</b> %4<br><b>%5</b> %6 %7")
                        .arg(tr("Sizes:").toHtmlEscaped(), sizes.toHtmlEscaped(), tr("Shapes:").toHtmlEscaped(),
                             shapes.join(QStringLiteral(" · ")), tr("Memory:").toHtmlEscaped(), kv.toHtmlEscaped(),
                             tr("%1 steps and %2 tensors recorded.")
                                 .arg(t.steps().size())
                                 .arg(t.tensorNames().size())
                                 .toHtmlEscaped()));
}

} // namespace attnscope::widgets
