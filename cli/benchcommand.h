// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bench/workload.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <variant>
#include <vector>

class QTextStream;

namespace attnscope::cli {

// What `attnscope bench` (without --ui) was asked to do: the roofline probe alone
// (--bandwidth), or the probe and then every workload, on every chosen backend.
struct BenchRequest
{
    QString backend = QStringLiteral("cpu"); // "cpu", "cuda" or "all"
    bool bandwidthOnly = false;
    bool json = false;
    int threads = 0; // CPU threads; 0 = every core
    int warmup = 2;
    int repeat = 10;
    std::int64_t probeBytes = std::int64_t(512) << 20;
    QString modelId; // --model, or empty
    QString modelName;
    // One workload per context (several with --sweep); empty with --bandwidth. Each one passed
    // core::checkWorkload().
    std::vector<core::Workload> workloads;
};

struct BenchHelp
{
    QString text;
};

// Parses the arguments of `attnscope bench` (arguments[0] is the program, arguments[1]
// "bench"). Returns the request, the help text, or one sentence naming the flag, the value and
// the rule. Everything a user can get wrong is refused here, before anything is allocated;
// whether the backend is available is decided by runBench().
using BenchParse = std::variant<BenchRequest, BenchHelp, QString>;
[[nodiscard]] BenchParse parseBenchArguments(const QStringList &arguments);

// `attnscope bench`: probes the roofline of each backend, then measures each workload.
// Returns ExitOk, ExitFailure (the backend failed at run time, e.g. out of memory), ExitUsage
// (bad flags or values) or ExitUnavailable (the named backend cannot run here).
int runBench(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace attnscope::cli
