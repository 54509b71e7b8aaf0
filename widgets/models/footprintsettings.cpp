// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/footprintsettings.h"

#include "widgets/common/coretext.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <exception>
#include <stdexcept>

namespace attnscope::widgets {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Core's sentences start in lower case ("the KV cache of ..."); on their own they start a line.
QString sentence(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

std::int64_t gibBytes(double gib)
{
    if (!(gib > 0.0) || !std::isfinite(gib) || gib >= 8.0e9)
        return 0;
    return std::int64_t(std::floor(gib * double(std::int64_t{1} << 30)));
}

FootprintSettings::FootprintSettings(QObject *parent) : QObject(parent) {}

void FootprintSettings::setPresets(std::vector<core::ModelShape> presets)
{
    std::vector<FootprintEntry> imported;
    for (auto &e : m_entries)
        if (e.model.id.empty() || e.key != qs(e.model.id))
            imported.push_back(std::move(e));
    m_entries.clear();
    for (auto &p : presets) {
        FootprintEntry e;
        e.key = qs(p.id);
        e.label = qs(p.name.empty() ? p.id : p.name);
        e.model = std::move(p);
        m_entries.push_back(std::move(e));
    }
    for (auto &e : imported)
        m_entries.push_back(std::move(e));
    // A compared model or overlay no longer offered is no longer drawn.
    bool dropped = false;
    if (!m_comparedKey.isEmpty() && !entry(m_comparedKey)) {
        m_comparedKey.clear();
        dropped = true;
    }
    const qsizetype overlays = m_overlays.size();
    m_overlays.removeIf([this](const QString &key) { return !entry(key); });
    dropped = dropped || m_overlays.size() != overlays;
    Q_EMIT entriesChanged();
    if (dropped)
        Q_EMIT changed();
}

QString FootprintSettings::addImported(const core::ModelShape &model, const QString &path)
{
    const QString key = QFileInfo(path).absoluteFilePath();
    FootprintEntry entry;
    entry.model = model;
    entry.key = key;
    // Imported configs are named by their file: "llama-3.1-8b/config.json" tells two of them apart.
    const QFileInfo info(key);
    const QString folder = info.absoluteDir().dirName();
    entry.label = folder.isEmpty() ? info.fileName() : folder + QLatin1Char('/') + info.fileName();
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const FootprintEntry &e) { return e.key == key; });
    if (it != m_entries.end())
        *it = entry;
    else
        m_entries.push_back(entry);
    Q_EMIT entriesChanged();
    return key;
}

const FootprintEntry *FootprintSettings::entry(const QString &key) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const FootprintEntry &e) { return e.key == key; });
    return it == m_entries.end() ? nullptr : &*it;
}

void FootprintSettings::setModel(const std::optional<core::ModelShape> &model, const QString &key)
{
    m_model = model;
    m_modelKey = model ? key : QString();
    Q_EMIT changed();
}

void FootprintSettings::setOverlays(const QStringList &keys)
{
    QStringList known;
    for (const QString &k : keys)
        if (entry(k) && !known.contains(k))
            known << k;
    if (known == m_overlays)
        return;
    m_overlays = known;
    Q_EMIT changed();
}

bool FootprintSettings::setCompared(const QString &key)
{
    if (!key.isEmpty() && !entry(key))
        return false;
    if (key != m_comparedKey) {
        m_comparedKey = key;
        Q_EMIT changed();
    }
    return true;
}

const core::ModelShape *FootprintSettings::compared() const
{
    const FootprintEntry *e = m_comparedKey.isEmpty() ? nullptr : entry(m_comparedKey);
    return e ? &e->model : nullptr;
}

void FootprintSettings::setCompareBits(core::KvBits bits)
{
    if (bits.milliBits() == m_compareBits.milliBits())
        return;
    m_compareBits = bits;
    Q_EMIT changed();
}

void FootprintSettings::setKvBits(core::KvBits bits)
{
    if (bits.milliBits() == m_request.bits.milliBits())
        return;
    m_request.bits = bits;
    Q_EMIT changed();
}

void FootprintSettings::setContext(std::int64_t tokens)
{
    tokens = std::max<std::int64_t>(tokens, 1);
    if (tokens == m_request.context)
        return;
    m_request.context = tokens;
    Q_EMIT changed();
}

void FootprintSettings::setBatch(std::int64_t sequences)
{
    sequences = std::max<std::int64_t>(sequences, 1);
    if (sequences == m_request.batch)
        return;
    m_request.batch = sequences;
    Q_EMIT changed();
}

void FootprintSettings::setSourceTokens(std::optional<std::int64_t> tokens)
{
    if (tokens == m_request.sourceTokens)
        return;
    m_request.sourceTokens = tokens;
    Q_EMIT changed();
}

void FootprintSettings::setGpuGib(double gib)
{
    gib = gib > 0.0 && std::isfinite(gib) ? gib : 0.0;
    if (gib == m_gpuGib)
        return;
    m_gpuGib = gib;
    Q_EMIT changed();
}

void FootprintSettings::setGpus(std::int64_t gpus)
{
    gpus = std::max<std::int64_t>(gpus, 1);
    if (gpus == m_gpus)
        return;
    m_gpus = gpus;
    Q_EMIT changed();
}

void FootprintSettings::setReserveGib(double gib)
{
    gib = gib > 0.0 && std::isfinite(gib) ? gib : 0.0;
    if (gib == m_reserveGib)
        return;
    m_reserveGib = gib;
    Q_EMIT changed();
}

void FootprintSettings::setWeightBits(core::KvBits bits)
{
    if (bits.milliBits() == m_weightBits.milliBits())
        return;
    m_weightBits = bits;
    Q_EMIT changed();
}

void FootprintSettings::setBlockSize(std::int64_t tokens)
{
    tokens = std::max<std::int64_t>(tokens, 1);
    if (tokens == m_blockSize)
        return;
    m_blockSize = tokens;
    Q_EMIT changed();
}

void FootprintSettings::setDataParallelAttention(bool on)
{
    if (on == m_dpAttention)
        return;
    m_dpAttention = on;
    Q_EMIT changed();
}

void FootprintSettings::setScaleGroups(std::optional<std::int64_t> weights, std::optional<std::int64_t> cache)
{
    if (weights == m_weightScaleGroup && cache == m_kvScaleGroup)
        return;
    m_weightScaleGroup = weights;
    m_kvScaleGroup = cache;
    Q_EMIT changed();
}

core::PlanRequest FootprintSettings::planRequest() const
{
    core::PlanRequest r;
    r.cache = m_request;
    r.gpus = m_gpus;
    r.gpuBytes = gibBytes(m_gpuGib);
    r.reserveBytes = gibBytes(m_reserveGib);
    r.weightBits = m_weightBits;
    // The command line's defaults (cli/footprintplan.cpp): group-wise scales below 8 bits.
    r.weightScaleGroup = m_weightScaleGroup.value_or(m_weightBits.milliBits() < 8000 ? 128 : 0);
    r.kvScaleGroup = m_kvScaleGroup.value_or(m_request.bits.milliBits() < 8000 ? 64 : 0);
    r.blockSize = m_blockSize;
    r.dataParallelAttention = m_dpAttention;
    return r;
}

core::PlanRequest FootprintSettings::planRequestFor(const core::ModelShape &model) const
{
    core::PlanRequest r = planRequest();
    r.dataParallelAttention = m_dpAttention && model.mechanism == core::Mechanism::Mla;
    return r;
}

void FootprintSettings::setRequest(const core::FootprintRequest &request, const std::optional<core::PlanRequest> &plan)
{
    m_request = request;
    if (plan) {
        m_gpuGib = double(plan->gpuBytes) / double(std::int64_t{1} << 30);
        m_gpus = plan->gpus;
        m_reserveGib = double(plan->reserveBytes) / double(std::int64_t{1} << 30);
        m_weightBits = plan->weightBits;
        m_blockSize = plan->blockSize;
        m_dpAttention = plan->dataParallelAttention;
        m_weightScaleGroup = plan->weightScaleGroup;
        m_kvScaleGroup = plan->kvScaleGroup;
    } else {
        m_gpuGib = 0.0;
    }
    Q_EMIT changed();
}

FootprintFigures FootprintSettings::figures(const core::ModelShape &model, bool compared) const
{
    FootprintFigures f;
    core::FootprintRequest request = m_request;
    if (compared)
        request.bits = m_compareBits;
    if (model.crossLayers == 0)
        request.sourceTokens.reset(); // only encoder-decoder models have source tokens
    try {
        f.footprint = core::computeFootprint(model, request);
    } catch (const core::FootprintOverflow &e) {
        f.error = sentence(translateCoreText(QString::fromUtf8(e.what())));
        return f;
    } catch (const std::exception &e) {
        f.error = tr("This model's shape cannot be used: %1").arg(translateCoreText(QString::fromUtf8(e.what())));
        return f;
    }
    if (!planEnabled())
        return f;
    f.planError = planRefusal(model, compared);
    if (!f.planError.isEmpty())
        return f;
    core::PlanRequest plan = planRequestFor(model);
    plan.cache = request;
    try {
        f.plan = core::planMemory(model, plan);
    } catch (const std::exception &e) {
        f.planError = tr("No memory plan: %1").arg(translateCoreText(QString::fromUtf8(e.what())));
    }
    return f;
}

QString FootprintSettings::planRefusal(const core::ModelShape &model, bool compared) const
{
    if (!planEnabled())
        return {};
    if (model.weights.vocab < 1)
        return tr("No memory plan: %1 gives no vocab_size, so its weights are not known; import the model's "
                  "config.json.")
            .arg(qs(model.name.empty() ? model.id : model.name));
    core::PlanRequest plan = planRequestFor(model);
    if (compared)
        plan.cache.bits = m_compareBits;
    if (model.crossLayers == 0)
        plan.cache.sourceTokens.reset();
    if (const std::string problem = core::validatePlan(model, plan); !problem.empty())
        return tr("No memory plan: %1").arg(translateCoreText(qs(problem)));
    return {};
}

std::vector<FootprintEntry> FootprintSettings::chartModels() const
{
    std::vector<FootprintEntry> models;
    QStringList keys;
    if (m_model) {
        FootprintEntry e;
        e.model = *m_model;
        e.key = m_modelKey;
        const FootprintEntry *known = m_modelKey.isEmpty() ? nullptr : entry(m_modelKey);
        e.label = known ? known->label : qs(m_model->name.empty() ? m_model->id : m_model->name);
        models.push_back(std::move(e));
        keys << m_modelKey;
    }
    QStringList more;
    if (!m_comparedKey.isEmpty())
        more << m_comparedKey;
    more << m_overlays;
    for (const QString &k : std::as_const(more)) {
        if (keys.contains(k))
            continue;
        if (const FootprintEntry *e = entry(k)) {
            models.push_back(*e);
            keys << k;
        }
    }
    return models;
}

} // namespace attnscope::widgets
