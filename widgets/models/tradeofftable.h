// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/teachingresults.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <vector>

namespace attnscope::widgets {

// The measured quality of the four shipped teaching language models against their KV cache
// (model/teachingresults.h): one row per model, MHA, GQA, MQA, MLA, as the "Quality vs cache"
// page shows them and `attnscope tradeoff` prints them.

// What the page can plot against the cache, and the table's columns of it.
enum class TradeoffMetric { HeldOutLoss, Copying, Agreement, Structured };

// The value of a metric for one model.
[[nodiscard]] double tradeoffValue(const model::TeachingResults &results, TradeoffMetric metric);
// True when a lower value is better (the held-out loss).
[[nodiscard]] bool lowerIsBetter(TradeoffMetric metric);

// "induction: L2H2 1.00, L2H3 1.00; subject: L3H2 0.70": every kind that has heads, in
// model::teachingHeadKinds() order, at most `perKind` heads of a kind (then "and N more"; 0: all).
// "none" when no head passed its threshold. Untranslated kind names, as results.json spells them;
// the kinds joined by `separator`.
[[nodiscard]] QString headsText(const model::TeachingResults &results, int perKind = 0,
                                const QString &separator = QStringLiteral("; "));

// The values of an integer field over the models, each once, smallest first, grouped in `locale`
// and joined by '/': "4", or "4/6" when the models differ.
[[nodiscard]] QString distinctNumbers(const std::vector<model::TeachingResults> &results,
                                      std::int64_t model::TeachingResults::*field, const QLocale &locale = QLocale());

// The CSV of `attnscope tradeoff --csv` and of the page's export: a header row of fixed English
// keys, then one row per model; numbers as the files give them (shortest round-trip form), the
// heads as headsText() writes them (scores to two decimals; `attnscope tradeoff --json` has them all).
[[nodiscard]] QByteArray tradeoffCsv(const std::vector<model::TeachingResults> &results);
// The CSV's header keys, in order.
[[nodiscard]] QStringList tradeoffCsvColumns();

// The table of the page: one row per model, translated headers, numbers in the user's locale.
// The layers and training steps, the same for the four models, are left to the sentence under
// it (and to the CSV), so that the table fits beside the window's panel.
// Display texts ("1.000 (1.000)": agreement with, in brackets, the attractor sentences' share;
// "0.930 (0.918, 0.962)": structured, brackets, counting; the best head of each kind, one
// kind a line); Qt::UserRole gives the raw number of a cell (the first of a pair), Qt::ToolTipRole
// the full list of heads and what a column means.
class TradeoffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Model,
        Parameters,
        KvElementsPerLayer,
        KvBytesPerToken,
        HeldOutLoss,
        Agreement,
        Copying,
        Structured,
        Heads,
        ColumnCount
    };

    explicit TradeoffTableModel(QObject *parent = nullptr);

    // Reads the shipped models (model::readAllTeachingResults()); returns "" or the one sentence
    // that says why they could not be read, and then holds none.
    QString loadShipped();
    void setResults(std::vector<model::TeachingResults> results);
    [[nodiscard]] const std::vector<model::TeachingResults> &results() const { return m_results; }
    // The bytes per cached element of the KvBytesPerToken column (2: 16-bit).
    [[nodiscard]] static constexpr int bytesPerElement() { return 2; }
    // Headers and texts again in the current language.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<model::TeachingResults> m_results;
};

} // namespace attnscope::widgets
