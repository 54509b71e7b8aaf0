// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"

#include <QObject>
#include <QString>

#include <memory>

namespace attnscope::widgets {

struct CompareSet;
template<typename Result>
class LatestJob;

// MHA, GQA, MQA and MLA computed on one base shape (computeCompareSet(), see compareset.h),
// off the UI thread on the one latest-only job runner (widgets/jobs/latestjob.h): a newer base
// supersedes one still being computed, which stops between mechanisms and whose result is never
// delivered. The compare view observes this model.
class CompareModel : public QObject
{
    Q_OBJECT

public:
    explicit CompareModel(QObject *parent = nullptr);
    // Waits for a running computation (at most one mechanism).
    ~CompareModel() override;

    // Computes the four for `base`; its mechanism, causal flag and attention kind are not used.
    void setBaseConfig(const core::Config &base);
    [[nodiscard]] core::Config baseConfig() const { return m_base; }
    // Drops every result still to come.
    void cancel();

    // Whether a computation is running or waiting.
    [[nodiscard]] bool isBusy() const;
    // The last complete result (nullptr before the first).
    [[nodiscard]] std::shared_ptr<const CompareSet> compareSet() const { return m_set; }
    // Why the last computation failed; empty after a success.
    [[nodiscard]] QString errorText() const { return m_error; }

Q_SIGNALS:
    // compareSet() holds the newest base's result.
    void setChanged();
    // The newest base could not be compared; compareSet() keeps the previous result.
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    struct Result;
    void finish(const Result &result);

    core::Config m_base;
    std::shared_ptr<const CompareSet> m_set;
    QString m_error;
    LatestJob<Result> *m_runner = nullptr; // a child
};

} // namespace attnscope::widgets
