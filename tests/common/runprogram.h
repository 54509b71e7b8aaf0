// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a program as a user would, for the end-to-end tests of the command line: without a
// display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM removed), collecting the exit code and
// both output streams.

#include "tests/common/timelimits.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace attnscope::testing {

struct Run
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

inline Run runProgram(const QString &program, const QStringList &arguments, int timeoutMs = scaledMs(120000),
                      const QString &workingDirectory = QString())
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.setProgram(program);
    p.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace attnscope::testing
