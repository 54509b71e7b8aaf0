// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/stage.h"

#include <QEventLoop>
#include <QTimer>

namespace attnscope::lessons {

bool waitForStage(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

} // namespace attnscope::lessons
