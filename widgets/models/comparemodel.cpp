// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/comparemodel.h"

#include "widgets/jobs/latestjob.h"
#include "widgets/common/coretext.h"
#include "widgets/models/compareset.h"

#include <exception>
#include <new>

namespace attnscope::widgets {

// What a worker hands back: never an exception.
struct CompareModel::Result
{
    std::shared_ptr<const CompareSet> set;
    QString error;
};

CompareModel::CompareModel(QObject *parent)
    : QObject(parent), m_runner(new LatestJob<Result>([this](const Result &r) { finish(r); }, this))
{
    connect(m_runner, &LatestJobBase::busyChanged, this, &CompareModel::busyChanged);
}

CompareModel::~CompareModel() = default;

bool CompareModel::isBusy() const
{
    return m_runner->isBusy();
}

void CompareModel::setBaseConfig(const core::Config &base)
{
    m_base = base;
    m_runner->submit([base](const JobContext &job) {
        Result r;
        try {
            r.set = std::make_shared<const CompareSet>(computeCompareSet(base, job.cancelled()));
        } catch (const std::bad_alloc &) {
            r.error = tr("Not enough memory to compare the mechanisms at this size.");
        } catch (const std::exception &e) {
            r.error = translateCoreText(QString::fromStdString(e.what()));
        }
        return r;
    });
}

void CompareModel::cancel()
{
    m_runner->cancel();
}

void CompareModel::finish(const Result &result)
{
    if (!result.set || !result.set->complete) {
        m_error = result.error.isEmpty() ? tr("The comparison failed.") : result.error;
        Q_EMIT failed(m_error);
        return;
    }
    m_error.clear();
    m_set = result.set;
    Q_EMIT setChanged();
}

} // namespace attnscope::widgets
