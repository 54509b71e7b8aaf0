// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

#include <array>
#include <vector>

namespace attnscope::widgets {

class Page;
struct PageContext;

// Where the window puts a page: a tab of the central area, or a dock beside it.
enum class PagePlacement { Tab, Dock };

// One page of the window, by the id that `attnscope export --view`, `--screenshot --view` and
// a lesson's `view:` line use. Title and tool tip are untranslated (QT_TRANSLATE_NOOP, in the
// window's translation context); the window translates them. create() makes the page's widget
// as a child of `parent`, which owns it.
// The ids of the pages, in the order of the tabs (docks last), spelled once: pageInfos() has one
// entry for each, in this order.
inline constexpr std::array<const char *, 7> kPageIds{"steps",     "attention", "heads",  "compare",
                                                      "footprint", "tradeoff",  "timings"};

struct PageInfo
{
    const char *id;
    const char *title;
    const char *toolTip;
    PagePlacement placement;
    Page *(*create)(const PageContext &context, QWidget *parent);
};

// The pages, in the order of the tabs (docks last). Adding a page: a folder under
// widgets/views/ with a widget that implements widgets::Page, and its one line in pages.cpp.
[[nodiscard]] const std::vector<PageInfo> &pageInfos();
// Their ids, in that order (pageids.cpp, which needs only Qt Core: the lesson reader checks a
// lesson's `view:` against them, and the fuzz build links it without the widgets).
[[nodiscard]] QStringList pageIds();

} // namespace attnscope::widgets
