// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/tradeofftable.h"

#include "io/csv.h"
#include "widgets/common/labels.h"
#include "widgets/common/palette.h"

#include <QLocale>

#include <set>

namespace attnscope::widgets {

namespace {

// The shortest text that reads back as the same double: the files' numbers as they are.
QString exact(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString headText(const model::TeachingHead &h)
{
    return QStringLiteral("L%1H%2 %3").arg(h.layer).arg(h.head).arg(h.score, 0, 'f', 2);
}

} // namespace

double tradeoffValue(const model::TeachingResults &r, TradeoffMetric metric)
{
    switch (metric) {
    case TradeoffMetric::HeldOutLoss: return r.heldOutLoss;
    case TradeoffMetric::Copying: return r.copying;
    case TradeoffMetric::Agreement: return r.agreement;
    case TradeoffMetric::Structured: return r.structured;
    }
    return r.heldOutLoss;
}

QString distinctNumbers(const std::vector<model::TeachingResults> &results, std::int64_t model::TeachingResults::*field,
                        const QLocale &locale)
{
    std::set<std::int64_t> values;
    for (const auto &r : results)
        values.insert(r.*field);
    QStringList texts;
    for (const std::int64_t v : values)
        texts << groupedNumber(v, locale);
    return texts.join(QLatin1Char('/'));
}

bool lowerIsBetter(TradeoffMetric metric)
{
    return metric == TradeoffMetric::HeldOutLoss;
}

QString headsText(const model::TeachingResults &r, int perKind, const QString &separator)
{
    QStringList kinds;
    for (const auto &kind : r.heads) {
        if (kind.heads.empty())
            continue;
        QStringList heads;
        const int shown = perKind > 0 ? std::min<int>(perKind, int(kind.heads.size())) : int(kind.heads.size());
        for (int i = 0; i < shown; ++i)
            heads << headText(kind.heads[std::size_t(i)]);
        QString text = QString::fromStdString(kind.kind) + QStringLiteral(": ") + heads.join(QStringLiteral(", "));
        if (shown < int(kind.heads.size()))
            text += QStringLiteral(" (+%1)").arg(int(kind.heads.size()) - shown);
        kinds << text;
    }
    return kinds.isEmpty() ? QStringLiteral("none") : kinds.join(separator);
}

QStringList tradeoffCsvColumns()
{
    return {QStringLiteral("model"),
            QStringLiteral("mechanism"),
            QStringLiteral("parameters"),
            QStringLiteral("kv_elements_per_token_per_layer"),
            QStringLiteral("layers"),
            QStringLiteral("kv_bytes_per_token_16bit"),
            QStringLiteral("steps"),
            QStringLiteral("training_seconds"),
            QStringLiteral("held_out_loss"),
            QStringLiteral("agreement"),
            QStringLiteral("agreement_with_attractor"),
            QStringLiteral("copying"),
            QStringLiteral("structured"),
            QStringLiteral("brackets"),
            QStringLiteral("counting"),
            QStringLiteral("heads")};
}

QByteArray tradeoffCsv(const std::vector<model::TeachingResults> &results)
{
    QByteArray out = io::csvRow(tradeoffCsvColumns()) + '\n';
    for (const auto &r : results) {
        out += io::csvRow({QString::fromStdString(r.folderName), mechanismAcronym(r.mechanism),
                           QString::number(r.parameters), QString::number(r.kvElementsPerTokenPerLayer),
                           QString::number(r.layers),
                           QString::number(r.kvBytesPerToken(TradeoffTableModel::bytesPerElement())),
                           QString::number(r.steps), exact(r.trainingSeconds), exact(r.heldOutLoss),
                           exact(r.agreement), exact(r.withAttractor), exact(r.copying), exact(r.structured),
                           exact(r.brackets), exact(r.counting), headsText(r)})
               + '\n';
    }
    return out;
}

TradeoffTableModel::TradeoffTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString TradeoffTableModel::loadShipped()
{
    try {
        setResults(model::readAllTeachingResults());
    } catch (const std::exception &e) {
        setResults({});
        return QString::fromUtf8(e.what());
    }
    return {};
}

void TradeoffTableModel::setResults(std::vector<model::TeachingResults> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

void TradeoffTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_results.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TradeoffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int TradeoffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant TradeoffTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const model::TeachingResults &r = m_results[std::size_t(index.row())];
    const QLocale locale;
    const auto fraction = [&](double v) { return locale.toString(v, 'f', 3); };
    const int column = index.column();

    if (role == Qt::UserRole) {
        switch (column) {
        case Model: return QString::fromStdString(r.folderName);
        case Parameters: return qlonglong(r.parameters);
        case KvElementsPerLayer: return qlonglong(r.kvElementsPerTokenPerLayer);
        case KvBytesPerToken: return qlonglong(r.kvBytesPerToken(bytesPerElement()));
        case HeldOutLoss: return r.heldOutLoss;
        case Agreement: return r.agreement;
        case Copying: return r.copying;
        case Structured: return r.structured;
        case Heads: return headsText(r);
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Model: return mechanismAcronym(r.mechanism);
        case Parameters: return groupedNumber(r.parameters, locale);
        case KvElementsPerLayer: return groupedNumber(r.kvElementsPerTokenPerLayer, locale);
        case KvBytesPerToken: return groupedNumber(r.kvBytesPerToken(bytesPerElement()), locale);
        case HeldOutLoss: return fraction(r.heldOutLoss);
        case Agreement: return tr("%1 (%2)").arg(fraction(r.agreement), fraction(r.withAttractor));
        case Copying: return fraction(r.copying);
        case Structured:
            return tr("%1 (%2, %3)").arg(fraction(r.structured), fraction(r.brackets), fraction(r.counting));
        case Heads: return headsText(r, 1, QStringLiteral("\n"));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Heads)
        return headsText(r);
    if (role == Qt::ForegroundRole && column == Model)
        return mechanismColor(r.mechanism);
    if (role == Qt::TextAlignmentRole)
        return column == Model || column == Heads ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TradeoffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Model: return tr("Model");
        case Parameters: return tr("Parameters");
        case KvElementsPerLayer: return tr("KV elements per\ntoken and layer");
        case KvBytesPerToken: return tr("KV bytes per\ntoken (16-bit)");
        case HeldOutLoss: return tr("Held-out\nloss");
        case Agreement: return tr("Agreement\n(with attractor)");
        case Copying: return tr("Copying");
        case Structured: return tr("Structured\n(brackets, counting)");
        case Heads: return tr("Heads found\n(layer, head, score)");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case KvElementsPerLayer:
            return tr("Cached numbers per token in one layer: 2 × KV heads × head size, or for MLA the latent "
                      "rank plus the RoPE key size");
        case KvBytesPerToken: return tr("Cached bytes per token in all layers at 2 bytes per element (16-bit)");
        case HeldOutLoss: return tr("Mean cross-entropy per token on held-out text, in nats; lower is better");
        case Agreement:
            return tr("Share of new sentences whose verb agrees with its subject across a clause or phrase; in "
                      "brackets, only the sentences whose nearest noun has the other number");
        case Copying: return tr("Next-token accuracy in the second copy of a repeated span of words");
        case Structured:
            return tr("Brackets and counting pooled; in brackets, how often the right closing bracket is the "
                      "most probable one, and the next-token accuracy when counting on from the third number");
        case Heads:
            return tr("Heads whose score passes the threshold (previous-token and sink 0.5, induction and "
                      "subject 0.3), best first; layers and heads from 0");
        default: return {};
        }
    }
    return {};
}

} // namespace attnscope::widgets
