// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/trace.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace attnscope::widgets {

template<typename Result>
class LatestJob;

// One naive-against-absorbed measurement of MLA (core::mlaPathDifference()).
struct PathCheckResult
{
    core::Config config;        // what was measured
    double maxAbsOutput = 0.0;  // max |output_naive - output_absorbed|
    double maxAbsWeights = 0.0; // max |weights_naive - weights_absorbed|
    QString error;              // not measured: why; empty when measured

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// How far MLA's two evaluation orders drift apart for a configuration (the MLA badge),
// measured off the UI thread on the one latest-only job runner (widgets/jobs/latestjob.h):
// a newer check() supersedes one still running, whose result is never delivered.
class PathCheckModel : public QObject
{
    Q_OBJECT

public:
    explicit PathCheckModel(QObject *parent = nullptr);
    // Waits for a running measurement.
    ~PathCheckModel() override;

    // Measures `config` (an MLA configuration that core::validateConfig() accepts; any other
    // ends in a result with an error). `computed`, when given, is compute(config)'s trace (the
    // path config.mlaPath names): only the other path is evaluated, half the work.
    void check(const core::Config &config, std::shared_ptr<const core::Trace> computed = {});
    // Drops every result still to come.
    void cancel();

    // A measurement runs or waits.
    [[nodiscard]] bool isBusy() const;
    // The last result delivered (std::nullopt before the first).
    [[nodiscard]] const std::optional<PathCheckResult> &result() const { return m_result; }

Q_SIGNALS:
    // The newest check()'s result (also in result()).
    void resultReady(const attnscope::widgets::PathCheckResult &result);
    void busyChanged(bool busy);

private:
    void finish(const PathCheckResult &result);

    std::optional<PathCheckResult> m_result;
    LatestJob<PathCheckResult> *m_runner = nullptr; // a child
};

} // namespace attnscope::widgets

Q_DECLARE_METATYPE(attnscope::widgets::PathCheckResult)
