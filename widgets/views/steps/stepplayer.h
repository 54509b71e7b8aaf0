// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/common/retranslator.h"

#include <QIcon>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace attnscope::widgets {

class TimelineModel;

// Play controls of a TimelineModel: first / back / play-pause / forward / last, a scrubber
// over all steps, "Step k of n: <title>" and the playback speed.
//
// Keyboard: Space plays or pauses, Left / Right step, Home / End jump to the first / last
// step. The shortcuts are the player's, in the Qt::WindowShortcut context: they work
// anywhere in the player's window while the player is visible, except where the focused
// widget wants the key itself (typing in a line edit or a spin box).
class StepPlayer : public QWidget
{
    Q_OBJECT

public:
    // The speeds the combo box offers, in steps per second: 0.5×, 1×, 2× and 4× the
    // model's default speed.
    static constexpr double kSpeedFactors[] = {0.5, 1.0, 2.0, 4.0};

    explicit StepPlayer(QWidget *parent = nullptr);
    explicit StepPlayer(TimelineModel *model, QWidget *parent = nullptr);
    ~StepPlayer() override;

    void setModel(TimelineModel *model);
    [[nodiscard]] TimelineModel *model() const { return m_model; }

    // The parts, for tests and for the window's layout.
    [[nodiscard]] QSlider *scrubber() const { return m_slider; }
    [[nodiscard]] QToolButton *playButton() const { return m_play; }
    [[nodiscard]] QComboBox *speedBox() const { return m_speed; }
    // Checked: the steps repeated for every head are played one head at a time.
    [[nodiscard]] QToolButton *eachHeadButton() const { return m_eachHead; }
    [[nodiscard]] QString statusText() const;

protected:
    // QEvent::LanguageChange: names, tooltips, speeds and the status line in the new language.
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void updateSpeed();
    // The buttons' icons from the current style.
    void loadIcons();

    QPointer<TimelineModel> m_model;
    QToolButton *m_first = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_play = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_last = nullptr;
    QToolButton *m_eachHead = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_speed = nullptr;
    QIcon m_playIcon;
    QIcon m_pauseIcon;
    Retranslator m_texts;
};

} // namespace attnscope::widgets
