// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a model.safetensors.index.json, as model::WeightStore validates it after
// reading the file (model::parseShardIndex), before it looks for the shards it names.
#include "model/safetensors.h"
#include "model/weightstore.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace attnscope::model;
    try {
        (void)parseShardIndex("model.safetensors.index.json",
                              std::string_view(reinterpret_cast<const char *>(data), size));
    } catch (const ModelError &) {
        // A refusal: what the reader promises for a bad file. Any other exception is a finding.
    }
    return 0;
}
