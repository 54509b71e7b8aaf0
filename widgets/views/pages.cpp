// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/pages.h"

#include "widgets/models/timingsmodel.h"
#include "widgets/views/attention/attentionpage.h"
#include "widgets/views/compare/compareview.h"
#include "widgets/views/footprint/footprintchart.h"
#include "widgets/views/heads/headdiagram.h"
#include "widgets/views/page.h"
#include "widgets/views/steps/stepspage.h"
#include "widgets/views/timings/timingsview.h"
#include "widgets/views/tradeoff/tradeoffpage.h"

#include <QtGlobal>

namespace attnscope::widgets {

// The titles keep the translation context of the window that shows them.
const std::vector<PageInfo> &pageInfos()
{
    static const std::vector<PageInfo> pages{
        {kPageIds[0], QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Steps"),
         QT_TRANSLATE_NOOP("attnscope::app::MainWindow",
                           "Every step of the computation, animated, with its formula and shapes"),
         PagePlacement::Tab,
         [](const PageContext &c, QWidget *parent) -> Page * { return new StepsPage(c.timeline, parent); }},
        {kPageIds[1], QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Attention"),
         QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "The attention weights of one head"), PagePlacement::Tab,
         [](const PageContext &, QWidget *parent) -> Page * { return new AttentionPage(parent); }},
        {kPageIds[2], QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Heads"),
         QT_TRANSLATE_NOOP("attnscope::app::MainWindow",
                           "Which KV head each query head reads, and what the cache holds"),
         PagePlacement::Tab, [](const PageContext &, QWidget *parent) -> Page * { return new HeadDiagram(parent); }},
        {kPageIds[3], QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Compare"),
         QT_TRANSLATE_NOOP("attnscope::app::MainWindow",
                           "MHA, GQA, MQA and MLA side by side on the same input and seed"),
         PagePlacement::Tab, [](const PageContext &, QWidget *parent) -> Page * { return new CompareView(parent); }},
        {kPageIds[4], QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Footprint"),
         QT_TRANSLATE_NOOP("attnscope::app::MainWindow",
                           "KV-cache bytes against context length, and where the cache fills a GPU"),
         PagePlacement::Tab,
         [](const PageContext &c, QWidget *parent) -> Page * {
             auto *chart = new FootprintChart(parent);
             chart->setSettings(c.footprint);
             return chart;
         }},
        {kPageIds[5], QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Quality vs cache"),
         QT_TRANSLATE_NOOP("attnscope::app::MainWindow",
                           "What the four trained teaching models measured against the KV cache each keeps per token"),
         PagePlacement::Tab, [](const PageContext &, QWidget *parent) -> Page * { return new TradeoffPage(parent); }},
        {kPageIds[6], QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "Timings"), "", PagePlacement::Dock,
         [](const PageContext &c, QWidget *parent) -> Page * { return new TimingsView(c.timings, parent); }},
    };
    Q_ASSERT(pages.size() == kPageIds.size());
    return pages;
}

} // namespace attnscope::widgets
