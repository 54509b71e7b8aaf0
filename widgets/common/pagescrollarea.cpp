// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/pagescrollarea.h"

#include <QCoreApplication>
#include <QEvent>

namespace attnscope::widgets {

namespace {

// Holds the page without a layout, so that the scroll area sees no height-for-width: the page
// gets the frame's whole size, which is the viewport's, but never less than its minimum.
class PageFrame final : public QWidget
{
public:
    explicit PageFrame(QWidget *page) : m_page(page) { page->setParent(this); }

    [[nodiscard]] QSize sizeHint() const override { return m_page->sizeHint(); }
    [[nodiscard]] QSize minimumSizeHint() const override
    {
        return m_page->minimumSizeHint().expandedTo(m_page->minimumSize());
    }

protected:
    void resizeEvent(QResizeEvent *) override { m_page->setGeometry(rect()); }

private:
    QWidget *m_page;
};

} // namespace

PageScrollArea::PageScrollArea(QWidget *page, QWidget *parent) : QScrollArea(parent), m_page(page)
{
    setObjectName(page->objectName() + QStringLiteral("Tab"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setWidget(new PageFrame(page));
    page->installEventFilter(this);
}

PageScrollArea::~PageScrollArea() = default;

bool PageScrollArea::shows(const QWidget *tab, const QWidget *page)
{
    const auto *area = dynamic_cast<const PageScrollArea *>(tab);
    return area && area->m_page == page;
}

bool PageScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The page's minimum changed (new texts, a label shown): scroll again as it needs.
    if (watched == m_page && event->type() == QEvent::LayoutRequest) {
        widget()->updateGeometry();
        QCoreApplication::postEvent(this, new QEvent(QEvent::LayoutRequest));
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace attnscope::widgets
