// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a tokenizer.json, as model::Tokenizer::fromFile parses it after reading the
// file; a tokenizer that loads then encodes and decodes a short text, as `attnscope run` does.
#include "model/safetensors.h"
#include "model/tokenizer.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using attnscope::model::ModelError;
    using attnscope::model::Tokenizer;
    try {
        const Tokenizer tokenizer =
            Tokenizer::fromJson(std::string_view(reinterpret_cast<const char *>(data), size), "tokenizer.json");
        for (const bool special : {false, true}) {
            const auto ids = tokenizer.encode("Hello, world! 12345  caf\xc3\xa9 <|endoftext|>\n\tx", special);
            (void)tokenizer.decode(ids, special);
            for (const std::int32_t id : ids)
                (void)tokenizer.tokenText(id);
        }
    } catch (const ModelError &) {
        // A refusal: what the reader promises for a bad file. Any other exception is a finding.
    }
    return 0;
}
