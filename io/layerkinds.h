// SPDX-License-Identifier: GPL-3.0-or-later
// Which kind each layer of a config.json is (internal to io/; see docs/footprint.md, "Reading
// layer kinds from config.json").
#pragma once

#include "core/footprint/model.h"
#include "io/configfields.h"

#include <QString>
#include <QStringList>

namespace attnscope::io {

// Fills m.layerKinds (left empty when every layer is full attention), m.encoderOnly and, where a
// runtime may or may not honour a declared window, m.alternativeLayerKinds and
// m.alternativeNote, from: layer_types; attn_layer_period and attn_layer_offset; sliding_window
// with sliding_window_pattern, use_sliding_window and max_window_layers; num_kv_shared_layers;
// and the encoder-only model types. m.layers must be read already. Throws FieldError.
void readLayerKinds(const Fields &f, const QString &modelType, core::ModelShape &m, QStringList &notes);

// Encoder-only model types (BERT and its descendants): no decode cache.
[[nodiscard]] bool isEncoderOnlyType(const QString &modelType);

} // namespace attnscope::io
