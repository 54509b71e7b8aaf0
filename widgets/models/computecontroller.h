// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/trace.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace attnscope::widgets {

template<typename Result>
class LatestJob;

// Runs model::computeInput() (core::computeShared() for seeded input) off the UI thread, on the one latest-only job runner
// (widgets/jobs/latestjob.h). At most one computation runs at a time (each may record up to
// the validation's memory cap); a request made meanwhile waits, and a newer request replaces a
// waiting one. A result that is no longer the newest request's is dropped and never delivered,
// so views only ever show what the user last asked for.
class ComputeController : public QObject
{
    Q_OBJECT

public:
    explicit ComputeController(QObject *parent = nullptr);
    ~ComputeController() override;

    // Computes a configuration that core::validate() accepted; one it rejects ends in failed().
    void compute(const core::Config &config);
    // Drops every result still to come (e.g. when the parameters became invalid).
    void cancel();

    // Whether a computation is running or waiting.
    [[nodiscard]] bool isBusy() const;
    // Number of the newest request (increases with every compute() and cancel()).
    [[nodiscard]] std::uint64_t generation() const;

Q_SIGNALS:
    void traceReady(std::shared_ptr<const attnscope::core::Trace> trace, const attnscope::core::Config &config);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    struct Result;
    void finish(const Result &result);

    LatestJob<Result> *m_runner = nullptr; // a child
};

} // namespace attnscope::widgets

Q_DECLARE_METATYPE(std::shared_ptr<const attnscope::core::Trace>)
Q_DECLARE_METATYPE(attnscope::core::Config)
