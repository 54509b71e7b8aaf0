// SPDX-License-Identifier: GPL-3.0-or-later
// pageIds() on its own, on Qt Core only: the lesson reader (lessons/lesson.cpp) checks `view:`
// against it, and the fuzz build (tests/fuzz) links it without the rest of the widgets.
#include "widgets/views/pages.h"

namespace attnscope::widgets {

QStringList pageIds()
{
    QStringList ids;
    for (const char *id : kPageIds)
        ids << QString::fromLatin1(id);
    return ids;
}

} // namespace attnscope::widgets
