// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a whole .safetensors file (8-byte header length, JSON header, data), as
// model::SafetensorsFile validates it once the file is mapped (model::parseSafetensors); the
// tensors it accepts are then widened to fp32, as the forward pass reads them.
#include "model/safetensors.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace attnscope::model;
    try {
        const SafetensorsContents contents =
            parseSafetensors("model.safetensors", std::span(reinterpret_cast<const std::byte *>(data), size));
        std::vector<float> out;
        for (const TensorInfo &t : contents.tensors) {
            if (t.elementCount > (1 << 20))
                continue; // the bytes exist (checked), but widening a large tensor only costs time
            out.resize(std::size_t(t.elementCount));
            readF32(t, out.data());
        }
    } catch (const ModelError &) {
        // A refusal: what the reader promises for a bad file. Any other exception is a finding.
    }
    return 0;
}
