// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace attnscope::widgets {

// Where the window puts a page: a tab of the central area, or a dock beside it.
enum class PagePlacement { Tab, Dock };

// One page of the window, by the id that `attnscope export --view`, `--screenshot --view` and
// a lesson's `view:` line use. Title and tool tip are untranslated (QT_TRANSLATE_NOOP); the
// window translates them.
struct PageInfo
{
    const char *id;
    const char *title;
    const char *toolTip;
    PagePlacement placement;
};

// The pages, in the order of the tabs (docks last). Adding a page: a folder under
// widgets/views/ for its widgets, one line here (pages.cpp), and the window's one line that
// makes the page (app/pages.cpp).
[[nodiscard]] const std::vector<PageInfo> &pageInfos();
// Their ids, in that order.
[[nodiscard]] QStringList pageIds();

} // namespace attnscope::widgets
