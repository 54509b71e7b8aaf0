// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/footprint/footprint.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The layer-kind parts of `attnscope footprint`'s output: each kind's share of the cache as
// text rows, JSON and CSV columns, and the sentences of models without a decode cache.
namespace attnscope::cli {

// "full attention", "sliding window of 4,096", "no KV cache (state-space or linear attention)", ...
[[nodiscard]] QString layerKindTitle(const core::CacheShare &share);

// One line that sums a model's layers up by kind, "layers: 6 full attention, 28 window 1,024"
// (empty when the model lists no kinds: every layer is full attention).
[[nodiscard]] QString layerKindsLine(const core::ModelShape &model);

// Rows (what, figure) for the text table: one per share, with its tokens and bytes.
[[nodiscard]] QList<QPair<QString, QString>> shareRows(const core::Footprint &footprint,
                                                       const core::FootprintRequest &request);

// [{"kind": "window", "window": 1024, "layers": 28, "cached_tokens": 1024, ...}, ...]
[[nodiscard]] QJsonArray sharesJson(const core::Footprint &footprint);

// The CSV columns of every layer kind's share, and a footprint's cells in their order.
[[nodiscard]] const QStringList &shareCsvColumns();
[[nodiscard]] QStringList shareCsvCells(const core::Footprint &footprint);

// The sentence printed instead of a figure for an encoder-only model.
[[nodiscard]] QString noDecodeCacheSentence(const core::ModelShape &model);

} // namespace attnscope::cli
