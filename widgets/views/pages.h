// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

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
// Their ids, in that order.
[[nodiscard]] QStringList pageIds();

} // namespace attnscope::widgets
