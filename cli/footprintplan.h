// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/plan.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

// The memory plan of `attnscope footprint`: its flags, and its text, JSON and CSV output.
namespace attnscope::cli {

class PlanFlags
{
public:
    PlanFlags();
    void addTo(QCommandLineParser &parser) const;
    // Reads the flags; with --gpu-gib fills *plan (its cache part from `cache`). Returns one
    // sentence naming the flag, the value and the rule, or an empty string.
    [[nodiscard]] QString read(const QCommandLineParser &parser, const core::FootprintRequest &cache,
                               std::optional<core::PlanRequest> *plan) const;
    // "--gpus", ... when given without --gpu-gib (empty when none).
    [[nodiscard]] QString givenWithoutMemory(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_gpus, m_gpuGib, m_reserveGib, m_weightBits, m_weightScaleGroup, m_kvScaleGroup, m_blockSize,
        m_dpAttention;
};

void printPlan(const core::ModelShape &model, const core::MemoryPlan &plan, const core::PlanRequest &request,
               QTextStream &out);
[[nodiscard]] QJsonObject planJson(const core::MemoryPlan &plan, const core::PlanRequest &request);
[[nodiscard]] const QStringList &planCsvColumns();
[[nodiscard]] QStringList planCsvCells(const core::MemoryPlan *plan, const core::PlanRequest *request);

} // namespace attnscope::cli
