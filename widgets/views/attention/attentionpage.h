// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/trace.h"
#include "widgets/common/retranslator.h"
#include "widgets/views/page.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace attnscope::widgets {

class HeatmapView;

// The page "Attention": the attention weights of one head as a heatmap (Bahdanau's alignment
// matrix), titled with what the head reads, and under it the sizes, the shapes of the main
// tensors and what the mechanism caches per token.
class AttentionPage : public QWidget, public Page
{
    Q_OBJECT

public:
    explicit AttentionPage(QWidget *parent = nullptr);

    [[nodiscard]] HeatmapView *heatmap() const { return m_heatmap; }

    // Page "attention": the selected head of each trace. selectHead() takes effect with the
    // next showTrace().
    [[nodiscard]] QWidget *widget() override { return this; }
    void showTrace(const std::shared_ptr<const core::Trace> &trace, const core::Config &config) override;
    [[nodiscard]] bool showsHead() const override { return true; }
    void selectHead(int head) override;
    [[nodiscard]] QByteArray csv() const override;
    [[nodiscard]] std::shared_ptr<Figure> figure(const FigureOptions &options, QString *why) const override;

    // Shows head `head` of a trace's weights (clamped to its heads); nothing without weights.
    void showHead(const core::Trace &trace, const core::Config &config, int head);
    // Why there is nothing to show (invalid parameters, a failed computation); forgets the trace.
    void clear(const QString &message);
    // The colour scale: 0 to 1 (the default) or fitted to the weights shown.
    void setFitColors(bool fit);

    // The text under the heatmap for a trace (cleared for nullptr), and the status bar's short
    // forms of its cache size and step count.
    void setInfo(const std::shared_ptr<const core::Trace> &trace, const core::Config &config);
    [[nodiscard]] QString infoText() const;
    [[nodiscard]] QString kvStatusText() const { return m_kvStatus; }
    [[nodiscard]] QString stepsStatusText() const { return m_stepsStatus; }

protected:
    void changeEvent(QEvent *event) override;

private:
    HeatmapView *m_heatmap = nullptr;
    QLabel *m_info = nullptr;
    std::shared_ptr<const core::Trace> m_trace; // the trace shown
    core::Config m_config;
    int m_head = 0;
    QString m_kvStatus;
    QString m_stepsStatus;
    Retranslator m_texts;
};

} // namespace attnscope::widgets
