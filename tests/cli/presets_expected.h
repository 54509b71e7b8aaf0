// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every shipped model preset (resources/models/<id>.json) must give, written by hand as
// the DeepSeek-V2 Table 1 formula over the published configuration (docs/models.md):
//   mha 2 n_h d_h l,  gqa 2 n_g d_h l,  mqa 2 d_h l,  mla (d_c + d_h^R) l
// with l the layers that keep a self-attention cache (the decoder's, for T5). For
// encoder-decoder models crossElementsPerSourceToken is the cross-attention cache per source
// token, 2 n_h d_h l_dec; 0 for decoder-only models. Layers that keep no cache (Jamba's Mamba
// layers) are not in l; encoder-only models (BERT) keep none at all (0). totalBytes is the cache
// at context 1000 x batch 3 where a window shorter than 1000 caps it; 0: (elements + cross) x 2 x 3000.

namespace attnscope::test {

struct PresetExpectation
{
    const char *id;
    long long elementsPerToken;            // KV-cache elements per token, all layers
    long long crossElementsPerSourceToken; // encoder-decoder only, else 0
    const char *mechanism;                 // "mha", "gqa", "mqa", "mla"
    long long totalBytes = 0;              // at context 1000, batch 3, 16 bits, when a window caps it
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
    // num_key_value_heads 8, d_h = 4096 / 32 = 128, num_hidden_layers 32 (window 4096 > 1000)
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
    // Llama 3.1: num_key_value_heads 8, d_h 128; 32, 80 and 126 layers
    {"llama-3.1-8b", 2LL * 8 * 128 * 32, 0, "gqa"},
    {"llama-3.1-70b", 2LL * 8 * 128 * 80, 0, "gqa"},
    {"llama-3.1-405b", 2LL * 8 * 128 * 126, 0, "gqa"},
    // Llama 3.2: 8 KV heads, head_dim 64 (1B, 16 layers) and 128 (3B, 28 layers)
    {"llama-3.2-1b", 2LL * 8 * 64 * 16, 0, "gqa"},
    {"llama-3.2-3b", 2LL * 8 * 128 * 28, 0, "gqa"},
    // Qwen2.5: 4 KV heads x 128 x 28 layers; 8 x 128 x 80
    {"qwen2.5-7b", 2LL * 4 * 128 * 28, 0, "gqa"},
    {"qwen2.5-72b", 2LL * 8 * 128 * 80, 0, "gqa"},
    // Qwen3: head_dim 128; 8 KV heads x 36 and x 64 layers; 235B-A22B 4 KV heads x 94 layers
    {"qwen3-8b", 2LL * 8 * 128 * 36, 0, "gqa"},
    {"qwen3-32b", 2LL * 8 * 128 * 64, 0, "gqa"},
    {"qwen3-235b-a22b", 2LL * 4 * 128 * 94, 0, "gqa"},
    // Mistral 7B v0.3 (no window), Mixtral 8x7B (32 layers) and 8x22B (56 layers): 8 KV heads of 128
    {"mistral-7b-v0.3", 2LL * 8 * 128 * 32, 0, "gqa"},
    {"mixtral-8x7b", 2LL * 8 * 128 * 32, 0, "gqa"},
    {"mixtral-8x22b", 2LL * 8 * 128 * 56, 0, "gqa"},
    // Gemma 2: 8 KV heads of 256 x 42 layers; 16 of 128 x 46 (windows of 4096 > 1000)
    {"gemma-2-9b", 2LL * 8 * 256 * 42, 0, "gqa"},
    {"gemma-2-27b", 2LL * 16 * 128 * 46, 0, "gqa"},
    // Gemma 3: 4 KV heads of 256 (defaults) x 34 layers; 16 of 128 x 62 (windows of 1024 > 1000)
    {"gemma-3-4b", 2LL * 4 * 256 * 34, 0, "gqa"},
    {"gemma-3-27b", 2LL * 16 * 128 * 62, 0, "gqa"},
    // gpt-oss: 8 KV heads of 64; half the layers keep 128 tokens, half all 1000
    {"gpt-oss-20b", 2LL * 8 * 64 * 24, 0, "gqa", 2LL * 8 * 64 * 12 * (128 + 1000) * 2 * 3},
    {"gpt-oss-120b", 2LL * 8 * 64 * 36, 0, "gqa", 2LL * 8 * 64 * 18 * (128 + 1000) * 2 * 3},
    // Phi-3-mini: 32 KV heads of 3072 / 32 = 96, 32 layers (window 2047 > 1000)
    {"phi-3-mini", 2LL * 32 * 96 * 32, 0, "mha"},
    // MiniCPM3-4B: kv_lora_rank 256, qk_rope_head_dim 32, 62 layers
    {"minicpm3-4b", (256LL + 32) * 62, 0, "mla"},
    // Jamba v0.1: 4 attention layers of 32 (period 8, offset 4), 8 KV heads of 128
    {"jamba-v0.1", 2LL * 8 * 128 * 4, 0, "gqa"},
    // BERT-base: encoder-only, no decode cache
    {"bert-base", 0, 0, "mha"},
    // T5-base: num_heads 12, d_kv 64, 12 decoder layers (self and cross)
    {"t5-base", 2LL * 12 * 64 * 12, 2LL * 12 * 64 * 12, "mha"},
    // Kimi K2: kv_lora_rank 512, qk_rope_head_dim 64, 61 layers
    {"kimi-k2", (512LL + 64) * 61, 0, "mla"},
};

} // namespace attnscope::test
