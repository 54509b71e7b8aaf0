// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every shipped model preset (resources/models/<id>.json) must give, written by hand as
// the DeepSeek-V2 Table 1 formula over the published configuration (docs/models.md):
//   mha 2 n_h d_h l,  gqa 2 n_g d_h l,  mqa 2 d_h l,  mla (d_c + d_h^R) l
// with l the layers that keep a self-attention cache (the decoder's, for T5). For
// encoder-decoder models crossElementsPerSourceToken is the cross-attention cache per source
// token, 2 n_h d_h l_dec; 0 for decoder-only models.

namespace attnscope::test {

struct PresetExpectation
{
    const char *id;
    long long elementsPerToken;            // KV-cache elements per token, all layers
    long long crossElementsPerSourceToken; // encoder-decoder only, else 0
    const char *mechanism;                 // "mha", "gqa", "mqa", "mla"
};

inline constexpr PresetExpectation kPresetExpectations[] = {
    // n_head 12, d_h = n_embd 768 / 12 = 64, n_layer 12
    {"gpt2", 2LL * 12 * 64 * 12, 0, "mha"},
    // num_attention_heads 32 = num_key_value_heads 32, d_h = 4096 / 32 = 128, num_hidden_layers 32
    {"llama-2-7b", 2LL * 32 * 128 * 32, 0, "mha"},
    // num_key_value_heads 8, d_h = 8192 / 64 = 128, num_hidden_layers 80
    {"llama-2-70b", 2LL * 8 * 128 * 80, 0, "gqa"},
    // num_key_value_heads 8, d_h = 4096 / 32 = 128, num_hidden_layers 32
    {"llama-3-8b", 2LL * 8 * 128 * 32, 0, "gqa"},
    // num_key_value_heads 8, d_h = 8192 / 64 = 128, num_hidden_layers 80
    {"llama-3-70b", 2LL * 8 * 128 * 80, 0, "gqa"},
    // num_key_value_heads 8, d_h = 4096 / 32 = 128, num_hidden_layers 32 (sliding window not modelled)
    {"mistral-7b", 2LL * 8 * 128 * 32, 0, "gqa"},
    // multi_query true, new_decoder_architecture false: 1 KV head; d_h = 4544 / 71 = 64; num_hidden_layers 32
    {"falcon-7b", 2LL * 64 * 32, 0, "mqa"},
    // new_decoder_architecture true, num_kv_heads 8, d_h = 8192 / 128 = 64, num_hidden_layers 60
    {"falcon-40b", 2LL * 8 * 64 * 60, 0, "gqa"},
    // num_key_value_heads 1, head_dim 256, num_hidden_layers 18
    {"gemma-2b", 2LL * 256 * 18, 0, "mqa"},
    // num_key_value_heads 4, d_h = 3584 / 28 = 128, num_hidden_layers 28
    {"qwen2-7b", 2LL * 4 * 128 * 28, 0, "gqa"},
    // num_key_value_heads 1 (multi-query), head_dim 256 (not 18432 / 48), num_hidden_layers 118
    {"palm-540b", 2LL * 256 * 118, 0, "mqa"},
    // num_heads 64, d_kv 64, num_decoder_layers 24 (self and cross); the encoder keeps no cache
    {"t5.1.1-xxl", 2LL * 64 * 64 * 24, 2LL * 64 * 64 * 24, "mha"},
    // num_key_value_heads 8, d_h = 8192 / 64 = 128, num_hidden_layers 95
    {"deepseek-67b", 2LL * 8 * 128 * 95, 0, "gqa"},
    // kv_lora_rank 512, qk_rope_head_dim 64, num_hidden_layers 27 (q_lora_rank null)
    {"deepseek-v2-lite", (512LL + 64) * 27, 0, "mla"},
    // kv_lora_rank 512, qk_rope_head_dim 64, num_hidden_layers 60 (q_lora_rank 1536)
    {"deepseek-v2", (512LL + 64) * 60, 0, "mla"},
    // kv_lora_rank 512, qk_rope_head_dim 64, num_hidden_layers 61 (q_lora_rank 1536; MTP module not counted)
    {"deepseek-v3", (512LL + 64) * 61, 0, "mla"},
};

} // namespace attnscope::test
