// SPDX-License-Identifier: GPL-3.0-or-later
// readModelConfig on the shapes of real published configs (one per family), the expected
// tensors of one layer, checkWeights on a tiny folder, and every refusal's sentence.
#include "model/architecture.h"
#include "model/weightstore.h"
#include "safetensorswriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace attnscope;
using namespace attnscope::model;
using namespace attnscope::model::test;

namespace {

using Shape = std::vector<std::int64_t>;

// GPT-2 small (openai-community/gpt2).
const QByteArray kGpt2 =
    R"({"model_type": "gpt2", "activation_function": "gelu_new", "architectures": ["GPT2LMHeadModel"],
  "layer_norm_epsilon": 1e-05, "n_ctx": 1024, "n_embd": 768, "n_head": 12, "n_inner": null, "n_layer": 12,
  "n_positions": 1024, "vocab_size": 50257})";
// HuggingFaceTB/SmolLM2-135M.
const QByteArray kSmolLm2 = R"({"model_type": "llama", "architectures": ["LlamaForCausalLM"], "attention_bias": false,
  "hidden_act": "silu", "hidden_size": 576, "intermediate_size": 1536, "max_position_embeddings": 8192,
  "mlp_bias": false, "num_attention_heads": 9, "num_hidden_layers": 30, "num_key_value_heads": 3,
  "rms_norm_eps": 1e-05, "rope_scaling": null, "rope_theta": 100000, "tie_word_embeddings": true,
  "torch_dtype": "bfloat16", "vocab_size": 49152})";
// Qwen/Qwen2.5-0.5B.
const QByteArray kQwen25 = R"({"model_type": "qwen2", "architectures": ["Qwen2ForCausalLM"], "hidden_act": "silu",
  "hidden_size": 896, "intermediate_size": 4864, "max_position_embeddings": 32768, "max_window_layers": 24,
  "num_attention_heads": 14, "num_hidden_layers": 24, "num_key_value_heads": 2, "rms_norm_eps": 1e-06,
  "rope_theta": 1000000.0, "sliding_window": 32768, "tie_word_embeddings": true, "use_sliding_window": false,
  "vocab_size": 151936})";
// Qwen/Qwen3-0.6B.
const QByteArray kQwen3 = R"({"model_type": "qwen3", "architectures": ["Qwen3ForCausalLM"], "attention_bias": false,
  "head_dim": 128, "hidden_act": "silu", "hidden_size": 1024, "intermediate_size": 3072,
  "max_position_embeddings": 40960, "num_attention_heads": 16, "num_hidden_layers": 28, "num_key_value_heads": 8,
  "rms_norm_eps": 1e-06, "rope_scaling": null, "rope_theta": 1000000, "tie_word_embeddings": true,
  "vocab_size": 151936})";
// bigcode/tiny_starcoder_py.
const QByteArray kTinyStarcoder = R"({"model_type": "gpt_bigcode", "activation_function": "gelu_pytorch_tanh",
  "layer_norm_epsilon": 1e-05, "multi_query": true, "n_embd": 768, "n_head": 12, "n_inner": 3072, "n_layer": 20,
  "n_positions": 8192, "vocab_size": 49152})";
// deepseek-ai/DeepSeek-V2-Lite (auto_map included, as published).
const QByteArray kDeepSeekV2Lite = R"({"model_type": "deepseek_v2", "attention_bias": false,
  "auto_map": {"AutoConfig": "configuration_deepseek.DeepseekV2Config"}, "first_k_dense_replace": 1,
  "hidden_act": "silu", "hidden_size": 2048, "intermediate_size": 10944, "kv_lora_rank": 512,
  "max_position_embeddings": 163840, "moe_intermediate_size": 1408, "moe_layer_freq": 1, "n_group": 1,
  "n_routed_experts": 64, "n_shared_experts": 2, "norm_topk_prob": false, "num_attention_heads": 16,
  "num_experts_per_tok": 6, "num_hidden_layers": 27, "num_key_value_heads": 16, "q_lora_rank": null,
  "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-06,
  "rope_scaling": {"beta_fast": 32, "beta_slow": 1, "factor": 40, "mscale": 0.707, "mscale_all_dim": 0.707,
                   "original_max_position_embeddings": 4096, "type": "yarn"},
  "rope_theta": 10000, "routed_scaling_factor": 1.0, "scoring_func": "softmax", "tie_word_embeddings": false,
  "topk_group": 1, "topk_method": "greedy", "v_head_dim": 128, "vocab_size": 102400})";
// deepseek-ai/DeepSeek-V3 without its quantization_config (fp8), which is refused below.
const QByteArray kDeepSeekV3 = R"({"model_type": "deepseek_v3", "attention_bias": false, "first_k_dense_replace": 3,
  "hidden_act": "silu", "hidden_size": 7168, "intermediate_size": 18432, "kv_lora_rank": 512,
  "max_position_embeddings": 163840, "moe_intermediate_size": 2048, "moe_layer_freq": 1, "n_group": 8,
  "n_routed_experts": 256, "n_shared_experts": 1, "norm_topk_prob": true, "num_attention_heads": 128,
  "num_experts_per_tok": 8, "num_hidden_layers": 61, "num_key_value_heads": 128, "num_nextn_predict_layers": 1,
  "q_lora_rank": 1536, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-06,
  "rope_scaling": {"beta_fast": 32, "beta_slow": 1, "factor": 40, "mscale": 1.0, "mscale_all_dim": 1.0,
                   "original_max_position_embeddings": 4096, "type": "yarn"},
  "rope_theta": 10000, "routed_scaling_factor": 2.5, "scoring_func": "sigmoid", "tie_word_embeddings": false,
  "topk_group": 4, "topk_method": "noaux_tc", "v_head_dim": 128, "vocab_size": 129280})";

// The expected tensors whose names start with prefix, in order.
std::vector<ExpectedTensor> tensorsUnder(const ModelConfig &c, const std::string &prefix)
{
    std::vector<ExpectedTensor> out;
    for (const ExpectedTensor &t : expectedTensors(c))
        if (t.name.starts_with(prefix))
            out.push_back(t);
    return out;
}

std::int64_t parameters(const ModelConfig &c)
{
    std::int64_t n = 0;
    for (const ExpectedTensor &t : expectedTensors(c)) {
        std::int64_t e = 1;
        for (const std::int64_t d : t.shape)
            e *= d;
        n += e;
    }
    return n;
}

} // namespace

class TestArchitecture : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString configPath() const { return m_dir->filePath("config.json"); }
    ModelConfig parse(const QByteArray &json)
    {
        writeFile(configPath(), json);
        return readModelConfig(m_dir->path().toStdString());
    }
    // Patches one field of a JSON text (a textual replace; the field must appear once).
    static QByteArray with(QByteArray json, const QByteArray &from, const QByteArray &to)
    {
        if (json.count(from) != 1)
            qFatal("with(): '%s' is not in the JSON once", from.constData());
        return json.replace(from, to);
    }
    void checkTensors(const std::vector<ExpectedTensor> &got, const std::vector<ExpectedTensor> &want)
    {
        QCOMPARE(got.size(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i) {
            QCOMPARE(QString::fromStdString(got[i].name), QString::fromStdString(want[i].name));
            QCOMPARE(shapeText(got[i].shape), shapeText(want[i].shape));
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void gpt2()
    {
        const ModelConfig c = parse(kGpt2);
        QCOMPARE(c.modelType, std::string("gpt2"));
        QCOMPARE(c.family, Family::Gpt2);
        QCOMPARE(c.vocabSize, 50257);
        QCOMPARE(c.hiddenSize, 768);
        QCOMPARE(c.layers, 12);
        QCOMPARE(c.heads, 12);
        QCOMPARE(c.kvHeads, 12);
        QCOMPARE(c.headDim, 64);
        QCOMPARE(c.intermediateSize, 3072); // n_inner null: 4 * n_embd
        QCOMPARE(c.maxPositionEmbeddings, 1024);
        QCOMPARE(c.normEps, 1e-5);
        QCOMPARE(c.activation, std::string("gelu_new"));
        QVERIFY(!c.usesRope);
        QVERIFY(c.tieWordEmbeddings);
        QVERIFY(!c.mla && !c.moe);
        checkTensors(tensorsUnder(c, "transformer.h.0."),
                     {{"transformer.h.0.ln_1.weight", {768}},
                      {"transformer.h.0.ln_1.bias", {768}},
                      {"transformer.h.0.attn.c_attn.weight", {768, 2304}}, // Conv1D: [in, out]
                      {"transformer.h.0.attn.c_attn.bias", {2304}},
                      {"transformer.h.0.attn.c_proj.weight", {768, 768}},
                      {"transformer.h.0.attn.c_proj.bias", {768}},
                      {"transformer.h.0.ln_2.weight", {768}},
                      {"transformer.h.0.ln_2.bias", {768}},
                      {"transformer.h.0.mlp.c_fc.weight", {768, 3072}},
                      {"transformer.h.0.mlp.c_fc.bias", {3072}},
                      {"transformer.h.0.mlp.c_proj.weight", {3072, 768}},
                      {"transformer.h.0.mlp.c_proj.bias", {768}}});
        const auto all = expectedTensors(c);
        QCOMPARE(all.front().name, std::string("transformer.wte.weight"));
        QCOMPARE(all[1].shape, (Shape{1024, 768}));
        QCOMPARE(all.back().name, std::string("transformer.ln_f.bias")); // tied: no lm_head
        QCOMPARE(parameters(c), 124439808);                              // GPT2LMHeadModel's count
        const core::ModelShape s = modelShapeOf(c);
        QCOMPARE(s.mechanism, core::Mechanism::Mha);
        QCOMPARE(s.nKvHeads, 12);
        QCOMPARE(s.dHead, 64);
    }

    void smolLm2()
    {
        const ModelConfig c = parse(kSmolLm2);
        QCOMPARE(c.family, Family::Llama);
        QCOMPARE(c.vocabSize, 49152);
        QCOMPARE(c.hiddenSize, 576);
        QCOMPARE(c.layers, 30);
        QCOMPARE(c.heads, 9);
        QCOMPARE(c.kvHeads, 3);
        QCOMPARE(c.headDim, 64);
        QCOMPARE(c.intermediateSize, 1536);
        QCOMPARE(c.maxPositionEmbeddings, 8192);
        QCOMPARE(c.normEps, 1e-5);
        QVERIFY(c.usesRope);
        QCOMPARE(c.ropeTheta, 100000.0);
        QCOMPARE(c.ropeScaling.type, RopeScaling::None);
        QVERIFY(c.tieWordEmbeddings);
        QVERIFY(!c.qkvBias && !c.outputBias && !c.mlpBias && !c.qkNorm);
        checkTensors(tensorsUnder(c, "model.layers.0."),
                     {{"model.layers.0.input_layernorm.weight", {576}},
                      {"model.layers.0.self_attn.q_proj.weight", {576, 576}},
                      {"model.layers.0.self_attn.k_proj.weight", {192, 576}},
                      {"model.layers.0.self_attn.v_proj.weight", {192, 576}},
                      {"model.layers.0.self_attn.o_proj.weight", {576, 576}},
                      {"model.layers.0.mlp.gate_proj.weight", {1536, 576}},
                      {"model.layers.0.mlp.up_proj.weight", {1536, 576}},
                      {"model.layers.0.mlp.down_proj.weight", {576, 1536}},
                      {"model.layers.0.post_attention_layernorm.weight", {576}}});
        QCOMPARE(expectedTensors(c).back().name, std::string("model.norm.weight"));
        QCOMPARE(parameters(c), 134515008); // SmolLM2-135M's published count
        QCOMPARE(modelShapeOf(c).mechanism, core::Mechanism::Gqa);
    }

    void qwen25()
    {
        const ModelConfig c = parse(kQwen25);
        QCOMPARE(c.modelType, std::string("qwen2"));
        QCOMPARE(c.family, Family::Llama);
        QCOMPARE(c.heads, 14);
        QCOMPARE(c.kvHeads, 2);
        QCOMPARE(c.headDim, 64);
        QCOMPARE(c.ropeTheta, 1000000.0);
        QCOMPARE(c.normEps, 1e-6);
        QCOMPARE(c.maxPositionEmbeddings, 32768);
        QVERIFY(c.tieWordEmbeddings);
        QVERIFY(c.qkvBias);
        QVERIFY(!c.outputBias);
        checkTensors(tensorsUnder(c, "model.layers.0.self_attn."),
                     {{"model.layers.0.self_attn.q_proj.weight", {896, 896}},
                      {"model.layers.0.self_attn.q_proj.bias", {896}},
                      {"model.layers.0.self_attn.k_proj.weight", {128, 896}},
                      {"model.layers.0.self_attn.k_proj.bias", {128}},
                      {"model.layers.0.self_attn.v_proj.weight", {128, 896}},
                      {"model.layers.0.self_attn.v_proj.bias", {128}},
                      {"model.layers.0.self_attn.o_proj.weight", {896, 896}}});
        QCOMPARE(parameters(c), 494032768); // Qwen2.5-0.5B's published count
    }

    void qwen3()
    {
        const ModelConfig c = parse(kQwen3);
        QCOMPARE(c.heads, 16);
        QCOMPARE(c.kvHeads, 8);
        QCOMPARE(c.headDim, 128); // given: not hidden / heads (64)
        QVERIFY(c.qkNorm);
        QVERIFY(!c.qkvBias);
        QCOMPARE(c.maxPositionEmbeddings, 40960);
        checkTensors(tensorsUnder(c, "model.layers.0.self_attn."),
                     {{"model.layers.0.self_attn.q_proj.weight", {2048, 1024}},
                      {"model.layers.0.self_attn.k_proj.weight", {1024, 1024}},
                      {"model.layers.0.self_attn.v_proj.weight", {1024, 1024}},
                      {"model.layers.0.self_attn.o_proj.weight", {1024, 2048}},
                      {"model.layers.0.self_attn.q_norm.weight", {128}},
                      {"model.layers.0.self_attn.k_norm.weight", {128}}});
        // Without head_dim, Qwen3Config's default (128) applies.
        QCOMPARE(parse(with(kQwen3, R"("head_dim": 128,)", "")).headDim, 128);
    }

    void slidingWindows()
    {
        // Without windows every layer attends to everything.
        QCOMPARE(parse(kSmolLm2).layerWindows, std::vector<std::int64_t>(30, 0));
        QCOMPARE(parse(kQwen25).layerWindows, std::vector<std::int64_t>(24, 0)); // use_sliding_window false
        // Qwen2: use_sliding_window applies the window from max_window_layers on.
        const QByteArray qwen = with(with(kQwen25, R"("use_sliding_window": false)", R"("use_sliding_window": true)"),
                                     R"("max_window_layers": 24,)", R"("max_window_layers": 20,)");
        std::vector<std::int64_t> want(24, 0);
        std::fill(want.begin() + 20, want.end(), 32768);
        QCOMPARE(parse(qwen).layerWindows, want);
        // Mistral: sliding_window on every layer.
        const QByteArray mistral = with(with(kSmolLm2, R"("model_type": "llama")", R"("model_type": "mistral")"),
                                        R"("rope_scaling": null)", R"("rope_scaling": null, "sliding_window": 4096)");
        QCOMPARE(parse(mistral).layerWindows, std::vector<std::int64_t>(30, 4096));
        // An explicit layer_types list wins.
        QByteArray types = R"("layer_types": [)";
        for (int i = 0; i < 30; ++i)
            types += QByteArray(i ? ", " : "") + (i % 2 ? R"("full_attention")" : R"("sliding_attention")");
        const ModelConfig t = parse(with(mistral, R"("sliding_window": 4096)", R"("sliding_window": 512, )" + types + "]"));
        QCOMPARE(t.layerWindows[0], 512);
        QCOMPARE(t.layerWindows[1], 0);
        QCOMPARE(t.layerWindows[29], 0);
        // MistralConfig's argument defaults apply to keys the file leaves out (4096, 8 KV heads);
        // a null is transformers' None: no window, and as many KV heads as heads.
        const QByteArray bare = with(with(with(kSmolLm2, R"("model_type": "llama")", R"("model_type": "mistral")"),
                                          R"("num_attention_heads": 9)", R"("num_attention_heads": 32)"),
                                     R"("num_key_value_heads": 3,)", "");
        const ModelConfig absent = parse(bare);
        QCOMPARE(absent.layerWindows, std::vector<std::int64_t>(30, 4096));
        QCOMPARE(absent.kvHeads, std::int64_t(8));
        const ModelConfig nulls = parse(with(bare, R"("rope_scaling": null)",
                                             R"("rope_scaling": null, "sliding_window": null, "num_key_value_heads": null)"));
        QCOMPARE(nulls.layerWindows, std::vector<std::int64_t>(30, 0));
        QCOMPARE(nulls.kvHeads, std::int64_t(32));
        // The default must still divide the heads, and the sentence says where 8 came from.
        try {
            (void)parse(with(bare, R"("num_attention_heads": 32)", R"("num_attention_heads": 12)"));
            QFAIL("8 KV heads for 12 heads was accepted");
        } catch (const ModelError &e) {
            QVERIFY2(QString(e.what()).contains("MistralConfig's default"), e.what());
        }
    }

    void tinyStarcoder()
    {
        const ModelConfig c = parse(kTinyStarcoder);
        QCOMPARE(c.family, Family::GptBigCode);
        QCOMPARE(c.heads, 12);
        QCOMPARE(c.kvHeads, 1);
        QCOMPARE(c.headDim, 64);
        QCOMPARE(c.intermediateSize, 3072);
        QCOMPARE(c.maxPositionEmbeddings, 8192);
        QCOMPARE(c.activation, std::string("gelu_pytorch_tanh"));
        QVERIFY(c.tieWordEmbeddings);
        checkTensors(tensorsUnder(c, "transformer.h.0.attn."),
                     {{"transformer.h.0.attn.c_attn.weight", {896, 768}}, // nn.Linear: [hidden + 2 d_h, hidden]
                      {"transformer.h.0.attn.c_attn.bias", {896}},
                      {"transformer.h.0.attn.c_proj.weight", {768, 768}},
                      {"transformer.h.0.attn.c_proj.bias", {768}}});
        QCOMPARE(tensorsUnder(c, "transformer.h.0.mlp.c_fc.weight").front().shape, (Shape{3072, 768}));
        QCOMPARE(modelShapeOf(c).mechanism, core::Mechanism::Mqa);
        // multi_query false: multi-head, c_attn [3 hidden, hidden].
        const ModelConfig mha = parse(with(kTinyStarcoder, R"("multi_query": true)", R"("multi_query": false)"));
        QCOMPARE(mha.kvHeads, 12);
        QCOMPARE(tensorsUnder(mha, "transformer.h.0.attn.c_attn.weight").front().shape, (Shape{2304, 768}));
    }

    void deepSeekV2Lite()
    {
        const ModelConfig c = parse(kDeepSeekV2Lite);
        QCOMPARE(c.family, Family::DeepSeek);
        QCOMPARE(c.heads, 16);
        QCOMPARE(c.kvHeads, 16);
        QCOMPARE(c.headDim, 192);
        QCOMPARE(c.layers, 27);
        QVERIFY(c.mla);
        QCOMPARE(c.mla->qLoraRank, 0);
        QCOMPARE(c.mla->kvLoraRank, 512);
        QCOMPARE(c.mla->qkNopeHeadDim, 128);
        QCOMPARE(c.mla->qkRopeHeadDim, 64);
        QCOMPARE(c.mla->vHeadDim, 128);
        QVERIFY(c.moe);
        QCOMPARE(c.moe->routedExperts, 64);
        QCOMPARE(c.moe->sharedExperts, 2);
        QCOMPARE(c.moe->expertsPerToken, 6);
        QCOMPARE(c.moe->intermediateSize, 1408);
        QCOMPARE(c.moe->firstDenseLayers, 1);
        QCOMPARE(c.moe->layerFreq, 1);
        QCOMPARE(c.moe->scoringFunc, std::string("softmax"));
        QCOMPARE(c.moe->topkMethod, std::string("greedy"));
        QCOMPARE(c.moe->nGroup, 1);
        QCOMPARE(c.moe->topkGroup, 1);
        QVERIFY(!c.moe->normTopkProb);
        QCOMPARE(c.moe->routedScalingFactor, 1.0);
        QCOMPARE(c.ropeScaling.type, RopeScaling::Yarn);
        QCOMPARE(c.ropeScaling.factor, 40.0);
        QCOMPARE(c.ropeScaling.originalMaxPositionEmbeddings, 4096);
        QCOMPARE(c.ropeScaling.betaFast, 32.0);
        QCOMPARE(c.ropeScaling.betaSlow, 1.0);
        QCOMPARE(c.ropeScaling.mscale, 0.707);
        QCOMPARE(c.ropeScaling.mscaleAllDim, 0.707);
        QVERIFY(!c.isMoeLayer(0));
        QVERIFY(c.isMoeLayer(1));
        checkTensors(tensorsUnder(c, "model.layers.0."),
                     {{"model.layers.0.input_layernorm.weight", {2048}},
                      {"model.layers.0.self_attn.q_proj.weight", {3072, 2048}},
                      {"model.layers.0.self_attn.kv_a_proj_with_mqa.weight", {576, 2048}},
                      {"model.layers.0.self_attn.kv_a_layernorm.weight", {512}},
                      {"model.layers.0.self_attn.kv_b_proj.weight", {4096, 512}},
                      {"model.layers.0.self_attn.o_proj.weight", {2048, 2048}},
                      {"model.layers.0.mlp.gate_proj.weight", {10944, 2048}},
                      {"model.layers.0.mlp.up_proj.weight", {10944, 2048}},
                      {"model.layers.0.mlp.down_proj.weight", {2048, 10944}},
                      {"model.layers.0.post_attention_layernorm.weight", {2048}}});
        const auto moe = tensorsUnder(c, "model.layers.1.mlp.");
        QCOMPARE(moe.size(), std::size_t(1 + 64 * 3 + 3));
        checkTensors({moe[0], moe[1], moe[3], moe[193], moe[195]},
                     {{"model.layers.1.mlp.gate.weight", {64, 2048}},
                      {"model.layers.1.mlp.experts.0.gate_proj.weight", {1408, 2048}},
                      {"model.layers.1.mlp.experts.0.down_proj.weight", {2048, 1408}},
                      {"model.layers.1.mlp.shared_experts.gate_proj.weight", {2816, 2048}},
                      {"model.layers.1.mlp.shared_experts.down_proj.weight", {2048, 2816}}});
        QCOMPARE(expectedTensors(c).back().name, std::string("lm_head.weight"));
        QCOMPARE(parameters(c), 15706484224); // "15.7B total parameters"
        const core::ModelShape s = modelShapeOf(c);
        QCOMPARE(s.mechanism, core::Mechanism::Mla);
        QCOMPARE(s.dHead, 128);
        QCOMPARE(s.dRope, 64);
        QCOMPARE(s.dValue, 128);
        QCOMPARE(s.dLatentKv, 512);
        QCOMPARE(s.dLatentQ, 0);
    }

    void deepSeekV3()
    {
        const ModelConfig c = parse(kDeepSeekV3);
        QCOMPARE(c.modelType, std::string("deepseek_v3"));
        QCOMPARE(c.heads, 128);
        QCOMPARE(c.mla->qLoraRank, 1536);
        QCOMPARE(c.moe->routedExperts, 256);
        QCOMPARE(c.moe->sharedExperts, 1);
        QCOMPARE(c.moe->expertsPerToken, 8);
        QCOMPARE(c.moe->scoringFunc, std::string("sigmoid"));
        QCOMPARE(c.moe->topkMethod, std::string("noaux_tc"));
        QCOMPARE(c.moe->nGroup, 8);
        QCOMPARE(c.moe->topkGroup, 4);
        QVERIFY(c.moe->normTopkProb);
        QCOMPARE(c.moe->routedScalingFactor, 2.5);
        QVERIFY(!c.isMoeLayer(2));
        QVERIFY(c.isMoeLayer(3));
        checkTensors(tensorsUnder(c, "model.layers.3.self_attn."),
                     {{"model.layers.3.self_attn.q_a_proj.weight", {1536, 7168}},
                      {"model.layers.3.self_attn.q_a_layernorm.weight", {1536}},
                      {"model.layers.3.self_attn.q_b_proj.weight", {24576, 1536}},
                      {"model.layers.3.self_attn.kv_a_proj_with_mqa.weight", {576, 7168}},
                      {"model.layers.3.self_attn.kv_a_layernorm.weight", {512}},
                      {"model.layers.3.self_attn.kv_b_proj.weight", {32768, 512}},
                      {"model.layers.3.self_attn.o_proj.weight", {7168, 16384}}});
        const auto gate = tensorsUnder(c, "model.layers.3.mlp.gate.");
        checkTensors(gate,
                     {{"model.layers.3.mlp.gate.weight", {256, 7168}},
                      {"model.layers.3.mlp.gate.e_score_correction_bias", {256}}});
        // The defaults of a deepseek_v3 config without the MoE method fields.
        const ModelConfig d =
            parse(with(with(kDeepSeekV3, R"("scoring_func": "sigmoid",)", ""), R"("topk_method": "noaux_tc",)", ""));
        QCOMPARE(d.moe->scoringFunc, std::string("sigmoid"));
        QCOMPARE(d.moe->topkMethod, std::string("noaux_tc"));
    }

    void llama3RopeScaling()
    {
        const ModelConfig c = parse(with(kSmolLm2, R"("rope_scaling": null)",
                                         R"("rope_scaling": {"factor": 32.0, "high_freq_factor": 4.0,
            "low_freq_factor": 1.0, "original_max_position_embeddings": 8192, "rope_type": "llama3"})"));
        QCOMPARE(c.ropeScaling.type, RopeScaling::Llama3);
        QCOMPARE(c.ropeScaling.factor, 32.0);
        QCOMPARE(c.ropeScaling.lowFreqFactor, 1.0);
        QCOMPARE(c.ropeScaling.highFreqFactor, 4.0);
        QCOMPARE(c.ropeScaling.originalMaxPositionEmbeddings, 8192);
    }

    void checkWeightsOfTinyFolder()
    {
        // A tiny llama: vocab 4, hidden 4, 1 layer, 2 heads, 1 KV head (head 2), MLP 2, tied.
        writeFile(configPath(), R"({"model_type": "llama", "vocab_size": 4, "hidden_size": 4, "num_hidden_layers": 1,
            "num_attention_heads": 2, "num_key_value_heads": 1, "intermediate_size": 2,
            "max_position_embeddings": 16, "tie_word_embeddings": true})");
        const ModelConfig c = readModelConfig(m_dir->path().toStdString());
        std::vector<Entry> entries;
        for (const ExpectedTensor &t : expectedTensors(c)) {
            std::int64_t n = 1;
            for (const std::int64_t d : t.shape)
                n *= d;
            entries.push_back({t.name, "BF16", t.shape, QByteArray(int(n * 2), '\0')});
        }
        QCOMPARE(entries.size(), std::size_t(1 + 9 + 1));
        writeFile(m_dir->filePath("model.safetensors"), safetensorsBytes(entries));
        QCOMPARE(checkWeights(c, WeightStore(m_dir->path().toStdString())),
                 16 + 4 + 16 + 8 + 8 + 16 + 3 * 8 + 4 + 4); // embed, norm, q, k, v, o, MLP, norm, final norm

        // The k_proj stored transposed: WeightStore::require's sentence.
        entries[3].shape = {4, 2};
        writeFile(m_dir->filePath("model.safetensors"), safetensorsBytes(entries));
        try {
            (void)checkWeights(c, WeightStore(m_dir->path().toStdString()));
            QFAIL("accepted a transposed k_proj");
        } catch (const ModelError &e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     m_dir->path()
                         + ": tensor 'model.layers.0.self_attn.k_proj.weight' has shape "
                           "[4, 2]; expected [2, 4].");
        }
    }

    void gpt2WithoutPrefix()
    {
        // openai-community/gpt2's file spells "h.0.attn.c_attn.weight", without "transformer.",
        // and holds the attn.bias masks too (ignored).
        writeFile(configPath(), R"({"model_type": "gpt2", "vocab_size": 4, "n_embd": 4, "n_layer": 1, "n_head": 2,
            "n_positions": 8})");
        const ModelConfig c = readModelConfig(m_dir->path().toStdString());
        std::vector<Entry> entries;
        std::int64_t total = 0;
        for (const ExpectedTensor &t : expectedTensors(c)) {
            std::int64_t n = 1;
            for (const std::int64_t d : t.shape)
                n *= d;
            total += n;
            entries.push_back(
                {t.name.substr(std::string("transformer.").size()), "F16", t.shape, QByteArray(int(n * 2), '\0')});
        }
        entries.push_back({"h.0.attn.bias", "F32", {1, 1, 8, 8}, QByteArray(64 * 4, '\0')});
        writeFile(m_dir->filePath("model.safetensors"), safetensorsBytes(entries));
        QCOMPARE(checkWeights(c, WeightStore(m_dir->path().toStdString())), total);
        QCOMPARE(total, 16 + 32 + 8 + (16 * 3 + 12) + (16 + 4) + 8 + (64 + 16) + (64 + 4) + 8);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // FILE: the config.json's path
        QTest::newRow("not JSON") << QByteArray("{\"model_type\": ")
                                  << "FILE: is not valid JSON (parse error at line 1, column 16: syntax error while "
                                     "parsing value - unexpected end of input; "
                                     "expected '[', '{', or a literal).";
        QTest::newRow("not an object") << QByteArray("[1]")
                                       << R"(FILE: is not a JSON object; a config.json is {"model_type": ..., ...}.)";
        const QString supported =
            R"("gpt2", "llama", "mistral", "qwen2", "qwen3", "gpt_bigcode", "deepseek_v2" and "deepseek_v3")";
        QTest::newRow("no model_type") << QByteArray("{}")
                                       << R"(FILE: "model_type" is missing; AttnScope reads )" + supported + " models.";
        QTest::newRow("unknown type") << with(kSmolLm2, R"("llama")", R"("mamba")")
                                      << R"(FILE: model_type "mamba" is not supported; AttnScope reads )" + supported
                + " models.";
        QTest::newRow("auto_map") << with(kSmolLm2, R"("model_type": "llama",)",
                                          R"("model_type": "deepseek", "auto_map": {"AutoConfig": "x.Y"},)")
                                  << R"(FILE: "auto_map" names custom Python code for model_type "deepseek", which )"
                                     R"(AttnScope cannot run; it reads )"
                + supported + " models.";
        QTest::newRow("quantized") << with(kDeepSeekV3, R"("attention_bias": false,)",
                                           R"("quantization_config": {"quant_method": "fp8"},)")
                                   << R"(FILE: "quantization_config" is present: the weights are quantized, and )"
                                      "AttnScope reads only F32, F16 and BF16 weights.";
        QTest::newRow("dynamic rope") << with(kSmolLm2, R"("rope_scaling": null)",
                                              R"("rope_scaling": {"type": "dynamic", "factor": 2.0})")
                                      << R"(FILE: "rope_scaling.type" is "dynamic", a RoPE scaling AttnScope does not )"
                                         R"(support; supported are none, "llama3" and "yarn".)";
        QTest::newRow("longrope")
            << with(kSmolLm2, R"("rope_scaling": null)", R"("rope_scaling": {"rope_type": "longrope"})")
            << R"(FILE: "rope_scaling.rope_type" is "longrope", a RoPE scaling AttnScope does not )"
               R"(support; supported are none, "llama3" and "yarn".)";
        QTest::newRow("missing size") << with(kSmolLm2, R"("hidden_size": 576,)", "")
                                      << R"(FILE: "hidden_size" is missing; a llama model needs it (a whole number of )"
                                         "at least 1).";
        QTest::newRow("zero layers") << with(kQwen25, R"("num_hidden_layers": 24)", R"("num_hidden_layers": 0)")
                                     << R"(FILE: "num_hidden_layers" is 0; it must be at least 1.)";
        QTest::newRow("negative heads") << with(kGpt2, R"("n_head": 12)", R"("n_head": -12)")
                                        << R"(FILE: "n_head" is -12; it must be at least 1.)";
        QTest::newRow("fraction") << with(kSmolLm2, R"("intermediate_size": 1536)", R"("intermediate_size": 1536.5)")
                                  << R"(FILE: "intermediate_size" is 1536.5, which is not a whole number that fits in )"
                                     "64 bits.";
        QTest::newRow("kv heads") << with(kSmolLm2, R"("num_key_value_heads": 3)", R"("num_key_value_heads": 4)")
                                  << R"(FILE: "num_key_value_heads" is 4, which does not divide "num_attention_heads" )"
                                     "(9).";
        QTest::newRow("hidden by heads")
            << with(kSmolLm2, R"("hidden_size": 576)", R"("hidden_size": 577)")
            << R"(FILE: "hidden_size" is 577, which is not divisible by "num_attention_heads" (9), and no "head_dim" )"
               "is given.";
        QTest::newRow("gpt2 width") << with(kGpt2, R"("n_embd": 768)", R"("n_embd": 770)")
                                    << R"(FILE: "n_embd" is 770, which is not divisible by "n_head" (12).)";
        QTest::newRow("mla size") << with(kDeepSeekV2Lite, R"("kv_lora_rank": 512,)", "")
                                  << R"(FILE: "kv_lora_rank" is missing; a deepseek_v2 model needs it (a whole number )"
                                     "of at least 1).";
        QTest::newRow("scoring") << with(kDeepSeekV2Lite, R"("softmax")", R"("relu")")
                                 << R"(FILE: "scoring_func" is "relu"; AttnScope supports "softmax" and "sigmoid".)";
        QTest::newRow("groups") << with(kDeepSeekV3, R"("n_group": 8)", R"("n_group": 7)")
                                << R"(FILE: "n_group" is 7; topk_method "noaux_tc" needs a group count that divides )"
                                   R"("n_routed_experts" (256).)";
        QTest::newRow("layer type") << with(with(kSmolLm2, R"("num_hidden_layers": 30)", R"("num_hidden_layers": 1)"),
                                            R"("rope_scaling": null)", R"("rope_scaling": null, "layer_types": ["mamba"])")
                                    << R"(FILE: "layer_types" entry 0 is "mamba"; AttnScope runs "full_attention" and )"
                                       R"("sliding_attention" layers.)";
        QTest::newRow("layer types count")
            << with(kSmolLm2, R"("rope_scaling": null)", R"("rope_scaling": null, "layer_types": ["full_attention"])")
            << R"(FILE: "layer_types" must list one type per layer (30 layers).)";
        QTest::newRow("window missing")
            << with(with(kSmolLm2, R"("num_hidden_layers": 30)", R"("num_hidden_layers": 1)"), R"("rope_scaling": null)",
                    R"("rope_scaling": null, "layer_types": ["sliding_attention"])")
            << R"(FILE: "layer_types" has sliding_attention layers but "sliding_window" is not given.)";
        QTest::newRow("llama3 incomplete")
            << with(kSmolLm2, R"("rope_scaling": null)", R"("rope_scaling": {"rope_type": "llama3", "factor": 8})")
            << R"(FILE: "rope_scaling.low_freq_factor" is missing; rope scaling "llama3" needs factor, )"
               "low_freq_factor, high_freq_factor and original_max_position_embeddings.";
    }
    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        expected.replace(QStringLiteral("FILE"), configPath());
        try {
            (void)parse(json);
            QFAIL(qPrintable("accepted; expected: " + expected));
        } catch (const ModelError &e) {
            QCOMPARE(QString::fromUtf8(e.what()), expected);
        }
    }

    void missingFile()
    {
        try {
            (void)readModelConfig(m_dir->path().toStdString());
            QFAIL("accepted a folder without config.json");
        } catch (const ModelError &e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     configPath() + ": no such file; a Hugging Face model folder has a config.json.");
        }
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
