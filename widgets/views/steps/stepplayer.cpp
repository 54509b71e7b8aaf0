// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/steps/stepplayer.h"

#include "core/trace/trace.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/views/steps/stepexplainer.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace attnscope::widgets {

namespace {

QString keyName(Qt::Key key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

} // namespace

StepPlayer::StepPlayer(QWidget *parent) : StepPlayer(nullptr, parent) {}

StepPlayer::StepPlayer(TimelineModel *model, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    layout->addLayout(row);

    auto makeButton = [this, row] {
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        row->addWidget(button);
        return button;
    };
    m_first = makeButton();
    m_back = makeButton();
    m_play = makeButton(); // its icon, name and tooltip follow the state: updateState()
    m_forward = makeButton();
    m_last = makeButton();
    loadIcons();

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setMinimumWidth(120);
    row->addSpacing(6);
    row->addWidget(m_slider, 1);
    row->addSpacing(6);
    m_eachHead = new QToolButton(this);
    m_eachHead->setObjectName(QStringLiteral("eachHead"));
    m_eachHead->setCheckable(true);
    m_eachHead->setAutoRaise(true);
    m_eachHead->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // never clipped: the slider gives way
    row->addWidget(m_eachHead);

    auto *speedLabel = new QLabel(this);
    m_speed = new QComboBox(this);
    speedLabel->setBuddy(m_speed);
    for (const double factor : kSpeedFactors)
        m_speed->addItem(QString(), factor * TimelineModel::kDefaultSpeed);
    row->addWidget(speedLabel);
    row->addWidget(m_speed);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_texts.add([this, speedLabel] {
        const auto name = [](QToolButton *button, const QString &text, const QString &toolTip) {
            button->setAccessibleName(text);
            button->setToolTip(toolTip);
        };
        name(m_first, tr("First step"), tr("First step (%1)").arg(keyName(Qt::Key_Home)));
        name(m_back, tr("Step back"), tr("Step back (%1)").arg(keyName(Qt::Key_Left)));
        name(m_forward, tr("Step forward"), tr("Step forward (%1)").arg(keyName(Qt::Key_Right)));
        name(m_last, tr("Last step"), tr("Last step (%1)").arg(keyName(Qt::Key_End)));
        m_slider->setToolTip(tr("Scrub through all steps of the computation"));
        m_slider->setAccessibleName(tr("Step"));
        speedLabel->setText(tr("&Speed:"));
        for (int i = 0; i < m_speed->count(); ++i) {
            const double factor = kSpeedFactors[i];
            m_speed->setItemText(i, tr("%1× (%2 steps/s)").arg(factor).arg(factor * TimelineModel::kDefaultSpeed));
        }
        m_speed->setToolTip(tr("Playback speed: 1× plays %1 steps per second").arg(TimelineModel::kDefaultSpeed));
        m_status->setToolTip(tr("The step shown and what it computes"));
        m_eachHead->setText(tr("&Each head"));
        m_eachHead->setToolTip(tr("Play the steps that repeat for every head one head at a time, instead of all "
                                  "heads side by side"));
    });

    connect(m_first, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->toFirst();
    });
    connect(m_back, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->stepBack();
    });
    connect(m_play, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->togglePlay();
    });
    connect(m_forward, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->stepForward();
    });
    connect(m_last, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->toLast();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_model)
            m_model->setCurrentStep(value);
    });
    connect(m_eachHead, &QToolButton::toggled, this, [this](bool each) {
        if (m_model)
            m_model->setHeadsFolded(!each);
    });
    connect(m_speed, &QComboBox::activated, this, [this](int index) {
        if (m_model)
            m_model->setSpeed(m_speed->itemData(index).toDouble());
    });

    // The window's keys. Parented to the player, so they go with it, but active in its whole
    // window (Qt::WindowShortcut).
    const std::pair<Qt::Key, std::function<void(TimelineModel *)>> keys[] = {
        {Qt::Key_Space, &TimelineModel::togglePlay},
        {Qt::Key_Left, &TimelineModel::stepBack},
        {Qt::Key_Right, &TimelineModel::stepForward},
        {Qt::Key_Home, &TimelineModel::toFirst},
        {Qt::Key_End, &TimelineModel::toLast}};
    for (const auto &[key, action] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WindowShortcut);
        shortcut->setAutoRepeat(key != Qt::Key_Space);
        connect(shortcut, &QShortcut::activated, this, [this, action = action] {
            if (m_model)
                action(m_model);
        });
    }

    setModel(model);
}

StepPlayer::~StepPlayer() = default;

void StepPlayer::setModel(TimelineModel *model)
{
    if (m_model != model) {
        if (m_model)
            m_model->disconnect(this);
        m_model = model;
        if (m_model) {
            connect(m_model, &TimelineModel::traceChanged, this, &StepPlayer::updateState);
            connect(m_model, &TimelineModel::currentStepChanged, this, &StepPlayer::updateState);
            connect(m_model, &TimelineModel::playingChanged, this, &StepPlayer::updateState);
            connect(m_model, &TimelineModel::speedChanged, this, &StepPlayer::updateSpeed);
        }
    }
    updateState();
    updateSpeed();
}

void StepPlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        updateState(); // the play button and the status line
    } else if (event->type() == QEvent::StyleChange) {
        loadIcons();
        updateState();
    }
    QWidget::changeEvent(event);
}

void StepPlayer::loadIcons()
{
    m_first->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_last->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_playIcon = style()->standardIcon(QStyle::SP_MediaPlay);
    m_pauseIcon = style()->standardIcon(QStyle::SP_MediaPause);
    m_play->setIcon(QIcon()); // updateState() sets the one for the state
}

QString StepPlayer::statusText() const
{
    return m_status->text();
}

void StepPlayer::updateState()
{
    const int count = m_model ? m_model->stepCount() : 0;
    const int current = m_model ? m_model->currentStep() : -1;
    const bool playing = m_model && m_model->isPlaying();
    const bool any = count > 0;

    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, std::max(count - 1, 0));
        m_slider->setPageStep(std::max(count / 10, 1));
        m_slider->setValue(std::max(current, 0));
    }
    m_slider->setEnabled(any);
    m_first->setEnabled(any && current > 0);
    m_back->setEnabled(any && current > 0);
    m_forward->setEnabled(any && current < count - 1);
    m_last->setEnabled(any && current < count - 1);
    m_play->setEnabled(any);
    m_eachHead->setVisible(m_model && m_model->hasFoldableSteps());
    {
        const QSignalBlocker blocker(m_eachHead);
        m_eachHead->setChecked(m_model && !m_model->headsFolded());
    }
    // The same two icons every time: each new QIcon would add its scaled pixmaps to Qt's
    // QPixmapCache under a new key, and a recompute updates the state (issue 17: the window grew
    // by about 0.45 KB per recompute).
    if (const QIcon &icon = playing ? m_pauseIcon : m_playIcon; m_play->icon().cacheKey() != icon.cacheKey())
        m_play->setIcon(icon);
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(playing ? tr("Pause (%1)").arg(keyName(Qt::Key_Space))
                               : tr("Play the steps one after another (%1)").arg(keyName(Qt::Key_Space)));

    const core::Step *step = m_model ? m_model->step() : nullptr;
    if (!step) {
        m_status->setText(tr("No steps yet."));
        return;
    }
    const StepText text = explainStep(*m_model->trace(), *step, m_model->mechanism(), &m_model->config());
    const int heads = m_model->foldedHeads();
    m_status->setText(
        tr("Step %1 of %2: %3")
            .arg(current + 1)
            .arg(count)
            .arg(heads > 1 ? tr("%1, all %2 heads side by side").arg(text.title).arg(heads) : text.title));
}

void StepPlayer::updateSpeed()
{
    const double speed = m_model ? m_model->speed() : TimelineModel::kDefaultSpeed;
    // The offered speed nearest to the model's (which may have been set elsewhere).
    int best = 0;
    for (int i = 1; i < m_speed->count(); ++i) {
        if (std::abs(m_speed->itemData(i).toDouble() - speed) < std::abs(m_speed->itemData(best).toDouble() - speed))
            best = i;
    }
    const QSignalBlocker blocker(m_speed);
    m_speed->setCurrentIndex(best);
}

} // namespace attnscope::widgets
