// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/computecontroller.h"

#include "model/trainedinput.h"
#include "widgets/common/coretext.h"
#include "widgets/jobs/latestjob.h"

#include <exception>
#include <new>

namespace attnscope::widgets {

// What a worker hands back: never an exception, which would otherwise cross threads.
struct ComputeController::Result
{
    core::Config config;
    std::shared_ptr<const core::Trace> trace;
    QString error;
};

ComputeController::ComputeController(QObject *parent)
    : QObject(parent), m_runner(new LatestJob<Result>([this](const Result &r) { finish(r); }, this))
{
    qRegisterMetaType<std::shared_ptr<const core::Trace>>();
    qRegisterMetaType<core::Config>();
    connect(m_runner, &LatestJobBase::busyChanged, this, &ComputeController::busyChanged);
}

// The runner (a child) waits for a running computation, which cannot be interrupted; its
// result goes nowhere.
ComputeController::~ComputeController() = default;

bool ComputeController::isBusy() const
{
    return m_runner->isBusy();
}

std::uint64_t ComputeController::generation() const
{
    return m_runner->generation();
}

void ComputeController::compute(const core::Config &config)
{
    m_runner->submit([config](const JobContext &) {
        Result r;
        r.config = config;
        try {
            r.trace = model::computeInput(config);
        } catch (const std::bad_alloc &) {
            r.error = tr("Not enough memory to compute this configuration.");
        } catch (const std::exception &e) {
            r.error = translateCoreText(QString::fromStdString(e.what()));
        } catch (...) {
            r.error = tr("The computation failed for an unknown reason.");
        }
        return r;
    });
}

void ComputeController::cancel()
{
    // The running computation cannot be interrupted; its result will be dropped.
    m_runner->cancel();
}

void ComputeController::finish(const Result &result)
{
    if (result.trace)
        Q_EMIT traceReady(result.trace, result.config);
    else
        Q_EMIT failed(result.error);
}

} // namespace attnscope::widgets
