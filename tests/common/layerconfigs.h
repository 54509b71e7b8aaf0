// SPDX-License-Identifier: GPL-3.0-or-later
// config.json files of models whose layers are not all alike, written by hand after the published
// configs named above each one (only the fields the footprint reads, with their published
// values). Shared by tests/io and tests/cli.
#pragma once

namespace attnscope::testing::layerconfigs {

// Gemma 2 9B: Hugging Face google/gemma-2-9b, config.json (attention fields). Every other layer
// has a 4096-token window (Gemma2Config: layer i is sliding when i is even).
inline constexpr char kGemma2_9b[] = R"({
  "architectures": [
    "Gemma2ForCausalLM"
  ],
  "model_type": "gemma2",
  "hidden_size": 3584,
  "intermediate_size": 14336,
  "num_attention_heads": 16,
  "num_key_value_heads": 8,
  "head_dim": 256,
  "num_hidden_layers": 42,
  "sliding_window": 4096,
  "vocab_size": 256000
})";

// Gemma 3 4B as published: Hugging Face google/gemma-3-4b-it, config.json. Its text_config gives
// no head counts, head width or window pattern: Gemma3TextConfig's defaults (8, 4, 256, 6) apply.
inline constexpr char kGemma3_4bPublished[] = R"({
  "architectures": [
    "Gemma3ForConditionalGeneration"
  ],
  "model_type": "gemma3",
  "text_config": {
    "hidden_size": 2560,
    "intermediate_size": 10240,
    "model_type": "gemma3_text",
    "num_hidden_layers": 34,
    "rope_scaling": {
      "factor": 8.0,
      "rope_type": "linear"
    },
    "sliding_window": 1024
  },
  "vision_config": {
    "hidden_size": 1152,
    "model_type": "siglip_vision_model",
    "num_attention_heads": 16,
    "num_hidden_layers": 27
  }
})";

// gpt-oss-20b: Hugging Face openai/gpt-oss-20b, config.json (attention fields): 24 layers
// alternating a 128-token window and full attention, listed in layer_types.
inline constexpr char kGptOss20b[] = R"({
  "architectures": [
    "GptOssForCausalLM"
  ],
  "model_type": "gpt_oss",
  "hidden_size": 2880,
  "num_attention_heads": 64,
  "num_key_value_heads": 8,
  "head_dim": 64,
  "num_hidden_layers": 24,
  "sliding_window": 128,
  "layer_types": [
    "sliding_attention",
    "full_attention",
    "sliding_attention",
    "full_attention",
    "sliding_attention",
    "full_attention",
    "sliding_attention",
    "full_attention",
    "sliding_attention",
    "full_attention",
    "sliding_attention",
    "full_attention",
    "sliding_attention",
    "full_attention",
    "sliding_attention",
    "full_attention",
    "sliding_attention",
    "full_attention",
    "sliding_attention",
    "full_attention",
    "sliding_attention",
    "full_attention",
    "sliding_attention",
    "full_attention"
  ],
  "num_local_experts": 32,
  "experts_per_token": 4,
  "intermediate_size": 2880,
  "vocab_size": 201088
})";

// Jamba v0.1: Hugging Face ai21labs/Jamba-v0.1, config.json (attention fields): one attention
// layer in eight (attn_layer_period 8, attn_layer_offset 4), the others Mamba.
inline constexpr char kJambaV01[] = R"({
  "architectures": [
    "JambaForCausalLM"
  ],
  "model_type": "jamba",
  "hidden_size": 4096,
  "num_attention_heads": 32,
  "num_key_value_heads": 8,
  "num_hidden_layers": 32,
  "attn_layer_period": 8,
  "attn_layer_offset": 4,
  "sliding_window": null,
  "num_experts": 16,
  "num_experts_per_tok": 2,
  "expert_layer_period": 2,
  "expert_layer_offset": 1
})";

// Gemma 3n E2B: Hugging Face google/gemma-3n-E2B, config.json (text_config, attention fields):
// four 512-token windows then a full layer, and the last 10 layers reuse earlier caches.
inline constexpr char kGemma3nE2b[] = R"({
  "architectures": [
    "Gemma3nForConditionalGeneration"
  ],
  "model_type": "gemma3n",
  "text_config": {
    "model_type": "gemma3n_text",
    "hidden_size": 2048,
    "num_attention_heads": 8,
    "num_key_value_heads": 2,
    "head_dim": 256,
    "num_hidden_layers": 30,
    "sliding_window": 512,
    "layer_types": [
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "full_attention",
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "full_attention",
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "full_attention",
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "full_attention",
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "full_attention",
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "sliding_attention",
      "full_attention"
    ],
    "num_kv_shared_layers": 10
  }
})";

// MiniCPM3-4B: Hugging Face openbmb/MiniCPM3-4B, config.json (attention fields): MLA without a
// v_head_dim, which MiniCPM3Config derives as hidden_size / num_attention_heads = 64.
inline constexpr char kMiniCpm3_4b[] = R"({
  "architectures": [
    "MiniCPM3ForCausalLM"
  ],
  "model_type": "minicpm3",
  "hidden_size": 2560,
  "num_attention_heads": 40,
  "num_key_value_heads": 40,
  "num_hidden_layers": 62,
  "kv_lora_rank": 256,
  "q_lora_rank": 768,
  "qk_nope_head_dim": 64,
  "qk_rope_head_dim": 32,
  "intermediate_size": 6400,
  "vocab_size": 73448
})";

// Phi-3-mini-4k: Hugging Face microsoft/Phi-3-mini-4k-instruct, config.json (attention fields):
// a window of 2047 declared for every layer.
inline constexpr char kPhi3Mini4k[] = R"({
  "architectures": [
    "Phi3ForCausalLM"
  ],
  "model_type": "phi3",
  "hidden_size": 3072,
  "num_attention_heads": 32,
  "num_key_value_heads": 32,
  "num_hidden_layers": 32,
  "sliding_window": 2047,
  "intermediate_size": 8192,
  "vocab_size": 32064
})";

// BERT-base: Hugging Face google-bert/bert-base-uncased, config.json: encoder-only.
inline constexpr char kBertBase[] = R"({
  "architectures": [
    "BertForMaskedLM"
  ],
  "model_type": "bert",
  "hidden_size": 768,
  "num_attention_heads": 12,
  "num_hidden_layers": 12,
  "intermediate_size": 3072,
  "vocab_size": 30522
})";

} // namespace attnscope::testing::layerconfigs
