// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/pathcheckmodel.h"

#include "core/mechanisms/pathcheck.h"
#include "widgets/common/coretext.h"
#include "model/trainedinput.h"
#include "widgets/jobs/latestjob.h"

#include <exception>
#include <memory>
#include <new>

namespace attnscope::widgets {

namespace {

// A trained MLA model's layer along both paths: its own weights and input, not the seeded ones
// core::mlaPathDifference() draws.
core::PathDifference trainedPathDifference(const core::Config &config, const core::Trace *computed)
{
    core::Config other = config;
    other.mlaPath = config.mlaPath == core::MlaPath::Naive ? core::MlaPath::Absorbed : core::MlaPath::Naive;
    const auto first = computed ? std::shared_ptr<const core::Trace>() : model::computeInput(config);
    return core::traceDifference(computed ? *computed : *first, *model::computeInput(other));
}

} // namespace

PathCheckModel::PathCheckModel(QObject *parent)
    : QObject(parent), m_runner(new LatestJob<PathCheckResult>([this](const PathCheckResult &r) { finish(r); }, this))
{
    qRegisterMetaType<PathCheckResult>();
    connect(m_runner, &LatestJobBase::busyChanged, this, &PathCheckModel::busyChanged);
}

PathCheckModel::~PathCheckModel() = default;

bool PathCheckModel::isBusy() const
{
    return m_runner->isBusy();
}

void PathCheckModel::check(const core::Config &config, std::shared_ptr<const core::Trace> computed)
{
    m_runner->submit([config, computed = std::move(computed)](const JobContext &) {
        PathCheckResult r;
        r.config = config;
        try {
            const core::PathDifference d = config.input == core::InputSource::Trained
                ? trainedPathDifference(config, computed.get())
                : computed ? core::mlaPathDifference(config, *computed)
                           : core::mlaPathDifference(config);
            r.maxAbsOutput = d.maxAbsOutput;
            r.maxAbsWeights = d.maxAbsWeights;
        } catch (const std::bad_alloc &) {
            r.error = tr("not enough memory");
        } catch (const std::exception &e) {
            r.error = translateCoreText(QString::fromUtf8(e.what()));
            if (r.error.isEmpty())
                r.error = tr("no result");
        }
        return r;
    });
}

void PathCheckModel::cancel()
{
    m_runner->cancel();
}

void PathCheckModel::finish(const PathCheckResult &result)
{
    m_result = result;
    Q_EMIT resultReady(result);
}

} // namespace attnscope::widgets
