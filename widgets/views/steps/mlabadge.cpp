// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/steps/mlabadge.h"

#include "widgets/models/pathcheckmodel.h"

#include <QEvent>

namespace attnscope::widgets {

MlaBadge::MlaBadge(const QString &margin, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("mlaBadge"));
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Fixed colours on a fixed background: readable in light and dark themes alike.
    setStyleSheet(QStringLiteral("QLabel { background-color: #d8f0dc; color: #1b4d23; "
                                 "border: 1px solid #8cc798; border-radius: 9px; "
                                 "padding: 1px 8px; margin: %1; }")
                      .arg(margin));
    hide();
    retranslate();
}

void MlaBadge::setMeasuring()
{
    m_shown.reset();
    retranslate();
}

void MlaBadge::setResult(const PathCheckResult &result)
{
    m_shown = Shown{result.maxAbsOutput, result.maxAbsWeights, result.error}; // the model names every failure
    retranslate();
}

void MlaBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void MlaBadge::retranslate()
{
    // The tooltip's first paragraph explains; the second gives the weights' figure.
    QString toolTip = tr("Multi-head latent attention computed twice on the same input and the same weights, "
                         "in two evaluation orders: naive (k_C = c_KV W_UK and v_C = c_KV W_UV materialised) "
                         "and absorbed (W_UK folded into the query, W_UV applied after the weighted sum). "
                         "In exact arithmetic both are equal; in float32 they differ by rounding only. "
                         "The badge shows the largest difference measured between the two outputs.");
    QString text;
    if (!m_shown) {
        text = tr("naive ≡ absorbed: measuring…");
    } else if (!m_shown->error.isEmpty()) {
        text = tr("naive ≡ absorbed: not measured (%1)").arg(m_shown->error);
    } else {
        text = tr("naive ≡ absorbed: max |Δ output| = %1").arg(QString::number(m_shown->maxAbsOutput, 'g', 2));
        toolTip += QStringLiteral("\n\n")
            + tr("Largest difference of the attention weights: %1.")
                  .arg(QString::number(m_shown->maxAbsWeights, 'g', 2));
    }
    setText(text);
    setToolTip(toolTip);
}

} // namespace attnscope::widgets
