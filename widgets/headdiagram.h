// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mechanisms/config.h"

#include <QColor>
#include <QWidget>

class QPainter;
class QVariantAnimation;

namespace attnscope::widgets {

// Which query heads read which cached key/value heads, drawn with QPainter.
//  - MHA, GQA, MQA: n_h query heads in a row, each coloured by the KV head it reads
//    (i / (n_h / n_g)), the n_g KV heads under them with lines to the heads each serves, and
//    the KV cache per token: 2 n_g d_h elements (against MHA's 2 n_h d_h).
//  - MLA: n_h query heads, the cached latent c_KV (d_c) and the shared RoPE key k_R (d_h^R)
//    highlighted, and the up-projections W_UK / W_UV to every head.
//  - SDPA and Bahdanau: a sentence saying the diagram is for multi-head mechanisms.
// A new n_g with the same n_h animates (colours and lines glide over ~300 ms) unless
// setAnimated(false); paint depends on the two configurations and the progress only.
class HeadDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit HeadDiagram(QWidget *parent = nullptr);
    ~HeadDiagram() override;

    void setConfig(const core::Config &config);
    [[nodiscard]] const core::Config &config() const { return m_config; }

    void setAnimated(bool animated);
    [[nodiscard]] bool isAnimated() const { return m_animated; }
    // 1 when no transition is running.
    [[nodiscard]] double animationProgress() const { return m_progress; }

    // What is drawn, for tests (final state, whatever the animation shows now).
    [[nodiscard]] bool isGrouped() const;
    [[nodiscard]] bool isLatent() const;
    [[nodiscard]] int queryHeadCount() const;
    [[nodiscard]] int kvHeadCount() const; // 0 for MLA and single-head mechanisms
    [[nodiscard]] int kvHeadOfQuery(int head) const;
    [[nodiscard]] QColor queryHeadColor(int head) const;
    [[nodiscard]] QColor kvHeadColor(int kvHead) const;
    // The sentence under the diagram.
    [[nodiscard]] QString caption() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintGrouped(QPainter &painter, const QRectF &area);
    void paintLatent(QPainter &painter, const QRectF &area);

    core::Config m_config;
    core::Config m_previous; // the configuration the running transition starts from
    bool m_animated = true;
    double m_progress = 1.0;
    QVariantAnimation *m_animation = nullptr;
};

} // namespace attnscope::widgets
