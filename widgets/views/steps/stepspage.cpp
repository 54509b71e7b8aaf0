// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/steps/stepspage.h"

#include "widgets/common/exporter.h"
#include "widgets/common/heatmapview.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/views/steps/mlabadge.h"
#include "widgets/views/steps/stepplayer.h"
#include "widgets/views/steps/stepview.h"

#include <QVBoxLayout>

namespace attnscope::widgets {

StepsPage::StepsPage(TimelineModel *timeline, QWidget *parent) : QWidget(parent), m_timeline(timeline)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_stepView = new StepView(timeline, this);
    m_player = new StepPlayer(timeline, this);
    // MLA only: how far the naive and the absorbed evaluation orders drift apart.
    m_badge = new MlaBadge(QStringLiteral("6px 8px 2px 8px"), this);
    layout->addWidget(m_badge, 0, Qt::AlignLeft);
    layout->addWidget(m_stepView, 1);
    layout->addWidget(m_player);
}

void StepsPage::showTrace(const std::shared_ptr<const core::Trace> &trace, const core::Config &config)
{
    m_timeline->setTrace(trace, config);
}

QByteArray StepsPage::csv() const
{
    const HeatmapView *heatmap = m_stepView->heatmap();
    return heatmap->matrix().size() > 0 ? matrixToCsv(heatmap->matrix(), heatmap->rowLabels(), heatmap->colLabels())
                                        : QByteArray();
}

void StepsPage::finishAnimations()
{
    m_stepView->finishAnimation();
}

} // namespace attnscope::widgets
