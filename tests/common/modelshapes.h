// SPDX-License-Identifier: GPL-3.0-or-later
// Model shapes built by hand from the published configurations, shared by the footprint
// tests of every layer. Their figures are computed by hand in each test, never from here.
#pragma once

#include "core/footprint/model.h"

namespace attnscope::test {

// DeepSeek-V2 (arXiv 2405.04434, section 3.1.2): MLA, 60 layers, 128 heads of d_h 128,
// d_h^R 64, d_c 512, d_c' 1536, d_model 5120.
inline core::ModelShape deepSeekV2()
{
    core::ModelShape m;
    m.id = "deepseek-v2";
    m.name = "DeepSeek-V2";
    m.source = "DeepSeek-V2 paper, section 3.1.2";
    m.notes = "Latent of 512 plus a shared RoPE key of 64 per layer.";
    m.mechanism = core::Mechanism::Mla;
    m.layers = 60;
    m.nHeads = 128;
    m.nKvHeads = 128;
    m.dHead = 128;
    m.dValue = 128;
    m.dRope = 64;
    m.dLatentKv = 512;
    m.dLatentQ = 1536;
    m.dModel = 5120;
    return m;
}

// Llama 2 70B: GQA, 80 layers, 64 query heads of 128, 8 KV heads, d_model 8192.
inline core::ModelShape llama2_70b()
{
    core::ModelShape m;
    m.id = "llama-2-70b";
    m.name = "Llama 2 70B";
    m.mechanism = core::Mechanism::Gqa;
    m.dModel = 8192;
    m.layers = 80;
    m.nHeads = 64;
    m.nKvHeads = 8;
    m.dHead = 128;
    return m;
}

// DeepSeek 67B, the dense model DeepSeek-V2 compares itself with: Llama 2 70B's attention
// with 95 layers.
inline core::ModelShape deepSeek67b()
{
    core::ModelShape m = llama2_70b();
    m.id = "deepseek-67b";
    m.name = "DeepSeek 67B";
    m.layers = 95;
    return m;
}

// T5 v1.1 XXL: MHA, 64 heads of 64, 24 decoder layers with cross-attention, 24 encoder layers.
inline core::ModelShape t5Xxl()
{
    core::ModelShape m;
    m.id = "t5-xxl";
    m.name = "T5 XXL";
    m.mechanism = core::Mechanism::Mha;
    m.layers = 24;
    m.crossLayers = 24;
    m.encoderLayers = 24;
    m.nHeads = 64;
    m.nKvHeads = 64;
    m.dHead = 64;
    m.dModel = 4096;
    return m;
}

} // namespace attnscope::test
