// SPDX-License-Identifier: GPL-3.0-or-later
// The memory plan: parameter counts, tensor-parallel splitting, paged rounding, scales and the
// budget answers, each against figures computed by hand.
#include "core/footprint/plan.h"
#include "testhelpers.h"

using namespace attnscope::core;

namespace {

// Llama 2 7B (meta-llama/Llama-2-7b-hf config.json): 32 layers, d_model 4096, 32 heads of 128,
// intermediate 11008 (SwiGLU), vocab 32000, untied.
ModelShape llama2_7b()
{
    ModelShape m;
    m.mechanism = Mechanism::Mha;
    m.dModel = 4096;
    m.layers = 32;
    m.nHeads = 32;
    m.nKvHeads = 32;
    m.dHead = 128;
    m.weights.vocab = 32000;
    m.weights.intermediate = 11008;
    return m;
}

// Mixtral 8x7B (mistralai/Mixtral-8x7B-v0.1 config.json): Llama 2 7B's shape with 8 KV heads and
// 8 experts of 14336, 2 per token.
ModelShape mixtral()
{
    ModelShape m = llama2_7b();
    m.mechanism = Mechanism::Gqa;
    m.nKvHeads = 8;
    m.weights.intermediate = 14336;
    m.weights.experts = 8;
    m.weights.activeExperts = 2;
    return m;
}

// One layer, one head of width 1 (2 cache elements per token), d_model 1, vocab 100: 207
// parameters (100 + 100 embeddings and head, 4 attention, 3 norms).
ModelShape tiny()
{
    ModelShape m;
    m.mechanism = Mechanism::Mha;
    m.dModel = 1;
    m.layers = 1;
    m.nHeads = 1;
    m.nKvHeads = 1;
    m.dHead = 1;
    m.weights.vocab = 100;
    return m;
}

PlanRequest plan(std::int64_t context, std::int64_t batch, std::int64_t gpus)
{
    PlanRequest r;
    r.cache.context = context;
    r.cache.batch = batch;
    r.gpus = gpus;
    r.gpuBytes = std::int64_t(80) << 30;
    r.blockSize = 1;
    return r;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT
private slots:
    // The published 6,738,415,616 parameters of Llama 2 7B.
    void llamaParameters()
    {
        const ParameterCount p = countParameters(llama2_7b());
        QCOMPARE(p.embeddings, 32000LL * 4096);
        QCOMPARE(p.outputHead, 32000LL * 4096);
        QCOMPARE(p.attention, 4LL * 4096 * 4096 * 32);
        QCOMPARE(p.denseMlp, 3LL * 4096 * 11008 * 32);
        QCOMPARE(p.norms, 65LL * 4096);
        QCOMPARE(p.total, 6738415616LL);
        QCOMPARE(p.active, p.total);
        ModelShape tied = llama2_7b();
        tied.weights.tiedEmbeddings = true; // the head is the embedding table: counted once
        QCOMPARE(countParameters(tied).total, 6738415616LL - 32000LL * 4096);
    }
    // Mixtral 8x7B: 46,702,792,704 parameters, 12,879,925,248 active per token.
    void moeParameters()
    {
        const ParameterCount p = countParameters(mixtral());
        QCOMPARE(p.moeLayers, 32);
        QCOMPARE(p.routedExperts, 32LL * 8 * 3 * 4096 * 14336);
        QCOMPARE(p.routers, 32LL * 4096 * 8);
        QCOMPARE(p.denseMlp, 0);
        QCOMPARE(p.total, 46702792704LL);
        QCOMPARE(p.active, 12879925248LL);
        // DeepSeek-style: the first layer dense, one shared expert per MoE layer.
        ModelShape m = mixtral();
        m.weights.denseLayers = 1;
        m.weights.sharedExperts = 1;
        m.weights.expertIntermediate = 1024;
        const ParameterCount q = countParameters(m);
        QCOMPARE(q.moeLayers, 31);
        QCOMPARE(q.denseMlp, 3LL * 4096 * 14336);
        QCOMPARE(q.sharedExperts, 31LL * 3 * 4096 * 1024);
        // Jamba: experts in every other layer from layer 1 (period 2, offset 1): 16 of 32.
        m = mixtral();
        m.weights.expertPeriod = 2;
        m.weights.expertOffset = 1;
        QCOMPARE(countParameters(m).moeLayers, 16);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)countParameters([] {
            ModelShape s = tiny();
            s.weights.vocab = 0;
            return s;
        }()));
    }
    // Mamba mixers of the layers without a KV cache (Jamba): d 64, expand 2 (E 128), d_state 16,
    // d_conv 4, dt_rank 4: in_proj 64 x 256, conv1d 128 x 4 + 128, x_proj 128 x (4 + 32),
    // dt_proj 4 x 128 + 128, A_log 128 x 16, D 128, out_proj 128 x 64 = 32,640 per layer.
    void mambaMixers()
    {
        ModelShape m = tiny();
        m.layers = 4;
        m.layerKinds.assign(std::size_t(m.layers), LayerSpec{LayerKind::NoCache, 0});
        m.layerKinds[0] = LayerSpec{};
        const std::int64_t noCache = m.layers - 1;
        QCOMPARE(countParameters(m).mixers, 0); // no Mamba fields: not counted
        m.dModel = 64;
        m.weights.mambaExpand = 2;
        m.weights.mambaDState = 16;
        m.weights.mambaDConv = 4;
        m.weights.mambaDtRank = 4;
        const std::int64_t perLayer = 64 * 256 + 128 * 4 + 128 + 128 * 36 + 4 * 128 + 128 + 128 * 16 + 128 + 128 * 64;
        QCOMPARE(perLayer, 32640);
        ParameterCount p = countParameters(m);
        QCOMPARE(p.mixerLayers, noCache);
        QCOMPARE(p.mixers, noCache * perLayer);
        QCOMPARE(p.total - p.mixers, countParameters([&] {
                     ModelShape s = m;
                     s.weights.mambaExpand = 0;
                     return s;
                 }()).total);
        m.weights.mambaProjBias = true; // in_proj's 2E and out_proj's d biases
        m.weights.mambaConvBias = false;
        QCOMPARE(countParameters(m).mixers, noCache * (perLayer + 256 + 64 - 128));
        m.weights.mambaDtRank = 0; // "auto": ceil(64 / 16) = 4
        QCOMPARE(countParameters(m).mixers, noCache * (perLayer + 256 + 64 - 128));
    }
    // Tensor parallelism: 8 KV heads over 2 GPUs are 4 each; over 16 GPUs each GPU holds one,
    // every head on 2 GPUs. 2 x 128 elements per head, 32 layers, 4096 tokens, 16 bits.
    void tensorParallelKvHeads()
    {
        MemoryPlan p = planMemory(mixtral(), plan(4096, 1, 2));
        QCOMPARE(p.kvHeadsPerRank, 4);
        QCOMPARE(p.kvReplication, 1);
        QCOMPARE(p.cacheBytesPerGpu, 4LL * 256 * 32 * 4096 * 2);
        QCOMPARE(p.weightBytesPerGpu, 46702792704LL * 2 / 2);
        p = planMemory(mixtral(), plan(4096, 1, 32));
        QCOMPARE(p.kvHeadsPerRank, 1);
        QCOMPARE(p.kvReplication, 4);
        QCOMPARE(p.cacheBytesPerGpu, 1LL * 256 * 32 * 4096 * 2);
        QCOMPARE(validatePlan(mixtral(), plan(1, 1, 3)),
                 std::string("--gpus 3: the 32 query heads do not split evenly over 3 GPUs; tensor parallelism gives "
                             "every GPU the same number of heads."));
        ModelShape twelve = mixtral();
        twelve.nHeads = 48;
        twelve.nKvHeads = 12;
        QCOMPARE(validatePlan(twelve, plan(1, 1, 8)), std::string("--gpus 8: the 12 KV heads do not split evenly "
                                                                    "over 8 GPUs."));
        twelve.nKvHeads = 6;
        QCOMPARE(validatePlan(twelve, plan(1, 1, 16)),
                 std::string("--gpus 16: 6 KV heads cannot be replicated evenly over 16 GPUs; give a multiple of 6."));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)planMemory(twelve, plan(1, 1, 16)));
    }
    // MLA's latent is on every GPU; with data-parallel attention each GPU holds its sequences.
    void mlaLatentIsReplicated()
    {
        ModelShape v2; // DeepSeek-V2: 60 layers, 128 heads, d_c 512 + d_h^R 64
        v2.mechanism = Mechanism::Mla;
        v2.dModel = 5120;
        v2.layers = 60;
        v2.nHeads = 128;
        v2.nKvHeads = 128;
        v2.dHead = 128;
        v2.dRope = 64;
        v2.dLatentKv = 512;
        v2.dLatentQ = 1536;
        v2.weights.vocab = 102400;
        PlanRequest r = plan(4096, 8, 8);
        MemoryPlan p = planMemory(v2, r);
        QCOMPARE(p.kvReplication, 8);
        QCOMPARE(p.sequencesPerRank, 8);
        QCOMPARE(p.cacheBytesPerGpu, 576LL * 60 * 4096 * 8 * 2);
        const std::int64_t weights = p.weightBytes;
        QCOMPARE(p.weightBytesPerGpu, weights / 8);
        r.dataParallelAttention = true;
        p = planMemory(v2, r);
        // The attention weights are whole on every GPU, the rest split 8 ways.
        const std::int64_t attention = p.parameters.attention * 2;
        QCOMPARE(p.weightBytesPerGpu, (weights - attention + 7) / 8 + attention);
        QCOMPARE(p.kvReplication, 1);
        QCOMPARE(p.sequencesPerRank, 1);
        QCOMPARE(p.cacheBytesPerGpu, 576LL * 60 * 4096 * 1 * 2);
        r.cache.batch = 9; // ceil(9 / 8) = 2 sequences on the busiest GPU
        QCOMPARE(planMemory(v2, r).cacheBytesPerGpu, 576LL * 60 * 4096 * 2 * 2);
        QVERIFY(validatePlan(mixtral(), [] {
                    PlanRequest q = plan(1, 1, 1);
                    q.dataParallelAttention = true;
                    return q;
                }()).starts_with("--dp-attention: "));
    }
    // Paged allocation rounds each sequence up to whole blocks, windows too.
    void pagedRounding()
    {
        ModelShape m = tiny(); // 2 elements, 4 bytes per token
        m.layers = 2;
        m.layerKinds = {{LayerKind::Window, 100}, {LayerKind::Full, 0}};
        PlanRequest r = plan(1000, 3, 1);
        r.blockSize = 16;
        const MemoryPlan p = planMemory(m, r);
        // Full: 1000 -> 1008 tokens; window: 100 -> 112; 3 sequences, 4 bytes per token.
        QCOMPARE(p.sharesPerGpu.size(), std::size_t(2));
        QCOMPARE(p.sharesPerGpu[0].tokens, 1008);
        QCOMPARE(p.sharesPerGpu[1].tokens, 112);
        QCOMPARE(p.cacheBytesPerGpu, (1008 + 112) * 4 * 3);
        // The cache alone, as a chart samples it, is the plan's.
        const GpuCache c = cachePerGpu(m, r);
        QCOMPARE(c.bytes, (1008 + 112) * 4 * 3);
        QCOMPARE(c.scaleBytes, 0);
        QCOMPARE(c.shares.size(), std::size_t(2));
        QCOMPARE(c.shares[0].tokens, 1008);
        QCOMPARE(c.shares[1].totalBytes, 112 * 4 * 3);
    }
    // Group-wise scales: one 16-bit scale per 64 cached elements, per 128 weights.
    void scales()
    {
        PlanRequest r = plan(4096, 1, 2);
        r.cache.bits = KvBits::fromMilliBits(4000);
        r.kvScaleGroup = 64;
        r.weightBits = KvBits::fromMilliBits(4000);
        r.weightScaleGroup = 128;
        const MemoryPlan p = planMemory(mixtral(), r);
        // 4 KV heads x 256 = 1024 elements per token and layer on a GPU: 512 bytes and 16 scales.
        QCOMPARE(p.cacheScaleBytesPerGpu, 16LL * 2 * 32 * 4096);
        QCOMPARE(p.cacheBytesPerGpu, (512LL + 32) * 32 * 4096);
        QCOMPARE(p.weightScaleBytes, (46702792704LL / 128) * 2);
        QCOMPARE(p.weightBytes, 46702792704LL / 2 + (46702792704LL / 128) * 2);
    }
    // The answers, on the tiny model: 207 parameters = 414 bytes at 16 bits.
    void budgets()
    {
        PlanRequest r = plan(100, 1, 1);
        r.gpuBytes = 1000;
        r.reserveBytes = 100;
        MemoryPlan p = planMemory(tiny(), r);
        QCOMPARE(p.weightBytes, 414);
        QCOMPARE(p.cacheBytesPerGpu, 400);
        QCOMPARE(p.leftBytesPerGpu, 1000 - 100 - 414 - 400);
        QCOMPARE(p.maxContext, 121); // 4 x 121 = 484 <= 486
        QCOMPARE(p.maxBatch, 1);     // 2 x 400 > 486
        r.blockSize = 16;            // 121 tokens take 128: 512 > 486; 112 take 448
        QCOMPARE(planMemory(tiny(), r).maxContext, 112);
        r.reserveBytes = 600; // the weights do not fit beside the reserve
        p = planMemory(tiny(), r);
        QCOMPARE(p.maxContext, 0);
        QCOMPARE(p.maxBatch, 0);
        QVERIFY(p.leftBytesPerGpu < 0);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
