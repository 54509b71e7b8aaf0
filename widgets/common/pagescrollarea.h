// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace attnscope::widgets {

// A page of the window's tabs, which scrolls only where the room left to it is smaller than its
// minimum size (issue 15). Without it the tabs are as wide as the widest page's minimum,
// whichever is in front, and docks beside them push the window past the screen.
// QScrollArea's resizable mode is not enough on its own: for a page whose height follows its
// width (wrapped labels) it asks for the preferred height at that width, and would scroll at
// most sizes. Here the page fills the viewport down to its minimum size.
class PageScrollArea : public QScrollArea
{
public:
    explicit PageScrollArea(QWidget *page, QWidget *parent = nullptr);
    ~PageScrollArea() override;

    [[nodiscard]] QWidget *page() const { return m_page; }
    // Whether `tab` is the PageScrollArea of `page`.
    [[nodiscard]] static bool shows(const QWidget *tab, const QWidget *page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page = nullptr;
};

} // namespace attnscope::widgets
