// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/pages.h"

#include <QtGlobal>

namespace attnscope::widgets {

// The titles keep the translation context of the window that shows them.
const std::vector<PageInfo> &pageInfos()
{
    static const std::vector<PageInfo> pages{
        {"steps", QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Steps"),
         QT_TRANSLATE_NOOP("attnscope::app::MainWindow",
                           "Every step of the computation, animated, with its formula and shapes"),
         PagePlacement::Tab},
        {"attention", QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Attention"),
         QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "The attention weights of one head"), PagePlacement::Tab},
        {"heads", QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Heads"),
         QT_TRANSLATE_NOOP("attnscope::app::MainWindow",
                           "Which KV head each query head reads, and what the cache holds"),
         PagePlacement::Tab},
        {"compare", QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Compare"),
         QT_TRANSLATE_NOOP("attnscope::app::MainWindow",
                           "MHA, GQA, MQA and MLA side by side on the same input and seed"),
         PagePlacement::Tab},
        {"footprint", QT_TRANSLATE_NOOP("attnscope::app::MainWindow", "&Footprint"),
         QT_TRANSLATE_NOOP("attnscope::app::MainWindow",
                           "KV-cache bytes against context length, and where the cache fills a GPU"),
         PagePlacement::Tab},
        // The timings panel is a dock (its title and tool tip are the dock's own).
        {"timings", "", "", PagePlacement::Dock},
    };
    return pages;
}

QStringList pageIds()
{
    QStringList ids;
    for (const PageInfo &page : pageInfos())
        ids << QString::fromLatin1(page.id);
    return ids;
}

} // namespace attnscope::widgets
