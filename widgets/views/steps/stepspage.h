// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/views/page.h"

#include <QWidget>

namespace attnscope::widgets {

class MlaBadge;
class StepPlayer;
class StepView;
class TimelineModel;

// The page "Steps": every step of the computation (StepView) with its player, and for MLA a
// badge above them with the measured difference between the naive and the absorbed path
// (set by the window, which also shows it in the status bar).
class StepsPage : public QWidget, public Page
{
    Q_OBJECT

public:
    StepsPage(TimelineModel *timeline, QWidget *parent = nullptr);

    [[nodiscard]] StepView *stepView() const { return m_stepView; }
    [[nodiscard]] StepPlayer *player() const { return m_player; }
    [[nodiscard]] MlaBadge *badge() const { return m_badge; }

    [[nodiscard]] QWidget *widget() override { return this; }
    void showTrace(const std::shared_ptr<const core::Trace> &trace, const core::Config &config) override;
    [[nodiscard]] QByteArray csv() const override;
    [[nodiscard]] std::shared_ptr<Figure> figure(const FigureOptions &options, QString *why) const override;
    void finishAnimations() override;

private:
    TimelineModel *m_timeline;
    StepView *m_stepView = nullptr;
    StepPlayer *m_player = nullptr;
    MlaBadge *m_badge = nullptr;
};

} // namespace attnscope::widgets
