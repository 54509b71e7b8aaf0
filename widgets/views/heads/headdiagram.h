// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "widgets/views/page.h"

#include <QColor>
#include <QStringList>
#include <QWidget>

class QPainter;
class QToolButton;
class QVariantAnimation;

namespace attnscope::widgets {

// Which query heads read which cached key/value heads, drawn with QPainter.
//  - MHA, GQA, MQA: n_h query heads in a row, each coloured by the KV head it reads
//    (i / (n_h / n_g)), the n_g KV heads under them with lines to the heads each serves, and
//    the KV cache per token: 2 n_g d_h elements (against MHA's 2 n_h d_h).
//  - MLA: n_h query heads, the cached latent c_KV (d_c) and the shared RoPE key k_R (d_h^R)
//    highlighted; on the naive path the up-projections W_UK / W_UV to every head, on the absorbed
//    path each query folded with W_UK^T reading c_KV directly and W_UV W_O folded into the output.
//  - SDPA and Bahdanau: a sentence saying the diagram is for multi-head mechanisms.
// A new n_g with the same n_h animates (colours and lines glide over ~300 ms) unless
// setAnimated(false); paint depends on the two configurations and the progress only.
//
// The broadcast (playBroadcast(), the "Broadcast" button, and after a new n_g when visible):
// each KV head g in turn (an equal share of the progress each) sends its K and V along the
// lines to the query heads of its group, outlined while the others dim; for MLA the latent
// c_KV and the RoPE key k_R pulse to every head. Paint depends on (config, progress) only.
class HeadDiagram : public QWidget, public Page
{
    Q_OBJECT

public:
    explicit HeadDiagram(QWidget *parent = nullptr);
    ~HeadDiagram() override;

    void setConfig(const core::Config &config);

    // Page "heads": follows the configuration of each trace.
    [[nodiscard]] QWidget *widget() override { return this; }
    void showTrace(const std::shared_ptr<const core::Trace> &trace, const core::Config &config) override;
    void finishAnimations() override;
    [[nodiscard]] std::shared_ptr<Figure> figure(const FigureOptions &options, QString *why) const override;
    [[nodiscard]] const core::Config &config() const { return m_config; }

    void setAnimated(bool animated);
    [[nodiscard]] bool isAnimated() const { return m_animated; }
    // 1 when no transition is running.
    [[nodiscard]] double animationProgress() const { return m_progress; }

    // What is drawn, for tests (final state, whatever the animation shows now).
    [[nodiscard]] bool isGrouped() const;
    [[nodiscard]] bool isLatent() const;
    // MLA on the absorbed path: W_UK folded into the query, W_UV into the output.
    [[nodiscard]] bool isAbsorbed() const;
    // The parts drawn, by name: "queries" and "kvHeads" (grouped); for MLA "queries", "latent",
    // "ropeKey" and, naive, "upProjections" (W_UK, W_UV to every head) or, absorbed,
    // "absorbedQueries" (q W_UK^T per head) and "foldedOutput" (W_UV W_O). Empty otherwise.
    [[nodiscard]] QStringList drawnElements() const;
    [[nodiscard]] int queryHeadCount() const;
    [[nodiscard]] int kvHeadCount() const; // 0 for MLA and single-head mechanisms
    [[nodiscard]] int kvHeadOfQuery(int head) const;
    [[nodiscard]] QColor queryHeadColor(int head) const;
    [[nodiscard]] QColor kvHeadColor(int kvHead) const;
    // The sentence under the diagram.
    [[nodiscard]] QString caption() const;

    // The broadcast animation. Progress in [0, 1]; 1 (the end, nothing highlighted) when idle.
    [[nodiscard]] bool canBroadcast() const;   // grouped (n_g divides n_h) or MLA
    [[nodiscard]] bool isBroadcasting() const; // progress < 1 on a diagram that can broadcast
    [[nodiscard]] double broadcastProgress() const { return m_broadcastProgress; }
    // The KV head sending now: floor(p n_g), clamped; -1 when not broadcasting or for MLA.
    [[nodiscard]] int broadcastKvHead() const;
    // Whether query head i (or, for MLA, the cached latent) is outlined at the current progress.
    [[nodiscard]] bool isQueryHeadHighlighted(int head) const;
    [[nodiscard]] bool isLatentHighlighted() const;
    // The line under the diagram naming the group being served; empty when not broadcasting.
    [[nodiscard]] QString broadcastCaption() const;
    // Total duration: 600 ms per KV head (at most 4 s), 1.2 s for MLA.
    [[nodiscard]] int broadcastDurationMs() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

public Q_SLOTS:
    // Runs the broadcast from the start; without animations it jumps to the end.
    void playBroadcast();
    // Stops a running broadcast and shows the given progress (clamped to [0, 1]).
    void setBroadcastProgress(double progress);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // QEvent::LanguageChange: the button's text; the drawing translates as it paints.
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void paintGrouped(QPainter &painter, const QRectF &area);
    void paintLatent(QPainter &painter, const QRectF &area);
    void placeButton();
    void startBroadcastAnimation();
    [[nodiscard]] double headerHeight(double rowLabel) const;
    [[nodiscard]] double labelWidth(const QRectF &area) const;

    core::Config m_config;
    core::Config m_previous; // the configuration the running transition starts from
    bool m_animated = true;
    double m_progress = 1.0;
    QVariantAnimation *m_animation = nullptr;
    double m_broadcastProgress = 1.0;
    bool m_broadcastPending = false; // start the broadcast when the n_g transition ends
    QVariantAnimation *m_broadcast = nullptr;
    QToolButton *m_button = nullptr;
};

} // namespace attnscope::widgets
