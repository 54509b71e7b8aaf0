// SPDX-License-Identifier: GPL-3.0-or-later
// config.json -> ModelConfig. The names and defaults follow transformers' configuration_<type>.py
// files; model/README.md lists every default applied here and where it comes from.
#include "model/architecture.h"

#include "model/jsontext_p.h"
#include "model/safetensors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace attnscope::model {

namespace {

using Json = nlohmann::json;

// MistralConfig's defaults for keys a config.json leaves out (configuration_mistral.py).
constexpr std::int64_t kMistralKvHeads = 8;
constexpr std::int64_t kMistralWindow = 4096;

// A config.json is a few kB; anything this large is not one.
constexpr std::uintmax_t MaxConfigBytes = 16u << 20;

// Texts and values in messages are shortened to 60 characters.
std::string quotedText(std::string_view text)
{
    return detail::quotedText(text, 60);
}
std::string valueText(const Json &value)
{
    return detail::valueText(value, 60);
}

std::string listText(const std::vector<std::string> &items)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += (i + 1 == items.size()) ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::string numberText(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

// The fields of one JSON object of config.json, with the file for every refusal. `prefix` names
// a nested object in messages ("rope_scaling.").
class Fields
{
public:
    Fields(const Json &object, std::filesystem::path file, std::string prefix = {})
        : m_object(object), m_file(std::move(file)), m_prefix(std::move(prefix))
    {}

    [[noreturn]] void fail(const std::string &rest) const { throw ModelError(m_file.string() + ": " + rest); }
    [[nodiscard]] std::string name(std::string_view key) const { return "\"" + m_prefix + std::string(key) + "\""; }

    // Present and not null (transformers writes None as null: "not given").
    [[nodiscard]] bool has(std::string_view key) const
    {
        const auto it = m_object.find(key);
        return it != m_object.end() && !it->is_null();
    }
    [[nodiscard]] const Json &at(std::string_view key) const { return *m_object.find(key); }
    // Not in the file at all (a null is there: transformers' None).
    [[nodiscard]] bool absent(std::string_view key) const { return m_object.find(key) == m_object.end(); }

    // A whole number >= minimum; std::nullopt when absent or null.
    [[nodiscard]] std::optional<std::int64_t> optionalSize(std::string_view key, std::int64_t minimum) const
    {
        if (!has(key))
            return std::nullopt;
        const Json &v = at(key);
        std::optional<std::int64_t> n;
        if (v.is_number_unsigned()) {
            if (v.get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<std::int64_t>::max()))
                n = std::int64_t(v.get<std::uint64_t>());
        } else if (v.is_number_integer()) {
            n = v.get<std::int64_t>();
        } else if (v.is_number_float()) {
            const double d = v.get<double>();
            if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
                n = std::int64_t(d);
        }
        if (!n)
            fail(name(key) + " is " + valueText(v) + ", which is not a whole number that fits in 64 bits.");
        if (*n < minimum)
            fail(name(key) + " is " + std::to_string(*n) + "; it must be at least " + std::to_string(minimum) + ".");
        return n;
    }
    // A required size (at least `minimum`, 1 unless told).
    [[nodiscard]] std::int64_t size(std::string_view key, std::string_view modelType, std::int64_t minimum = 1) const
    {
        if (auto n = optionalSize(key, minimum))
            return *n;
        fail(name(key) + " is missing; a " + std::string(modelType) + " model needs it (a whole number of at least "
             + std::to_string(minimum) + ").");
    }
    [[nodiscard]] double number(std::string_view key, double fallback) const
    {
        if (!has(key))
            return fallback;
        const Json &v = at(key);
        if (!v.is_number() || !std::isfinite(v.get<double>()))
            fail(name(key) + " is " + valueText(v) + "; it must be a number.");
        return v.get<double>();
    }
    [[nodiscard]] double positiveNumber(std::string_view key, double fallback) const
    {
        const double v = number(key, fallback);
        if (!(v > 0.0))
            fail(name(key) + " is " + numberText(v) + "; it must be greater than 0.");
        return v;
    }
    [[nodiscard]] bool boolean(std::string_view key, bool fallback) const
    {
        if (!has(key))
            return fallback;
        if (!at(key).is_boolean())
            fail(name(key) + " is " + valueText(at(key)) + "; it must be true or false.");
        return at(key).get<bool>();
    }
    [[nodiscard]] std::optional<std::string> optionalString(std::string_view key) const
    {
        if (!has(key))
            return std::nullopt;
        if (!at(key).is_string())
            fail(name(key) + " is " + valueText(at(key)) + "; it must be a string.");
        return at(key).get<std::string>();
    }
    // A string among `allowed`, or `fallback` when absent.
    [[nodiscard]] std::string choice(std::string_view key, const std::vector<std::string> &allowed,
                                     const std::string &fallback) const
    {
        const std::string value = optionalString(key).value_or(fallback);
        for (const std::string &a : allowed)
            if (a == value)
                return value;
        std::vector<std::string> names;
        for (const std::string &a : allowed)
            names.push_back(quotedText(a));
        fail(name(key) + " is " + quotedText(value) + "; AttnScope supports " + listText(names) + ".");
    }

private:
    const Json &m_object;
    std::filesystem::path m_file;
    std::string m_prefix;
};

Json readJson(const std::filesystem::path &file)
{
    return detail::readJsonObject<ModelError>(file,
                                              {.missing = "a Hugging Face model folder has a config.json.",
                                               .what = "a config.json",
                                               .maxBytes = MaxConfigBytes,
                                               .notObject = "; a config.json is {\"model_type\": ..., ...}"});
}

std::optional<Family> familyOf(std::string_view type)
{
    if (type == "gpt2")
        return Family::Gpt2;
    if (type == "llama" || type == "mistral" || type == "qwen2" || type == "qwen3")
        return Family::Llama;
    if (type == "gpt_bigcode")
        return Family::GptBigCode;
    if (type == "deepseek_v2" || type == "deepseek_v3")
        return Family::DeepSeek;
    return std::nullopt;
}

std::string supportedText()
{
    std::vector<std::string> names;
    for (const std::string &t : supportedModelTypes())
        names.push_back(quotedText(t));
    return listText(names);
}

// rope_theta and rope_scaling (older configs) or rope_parameters (transformers 5).
void readRope(const Fields &f, const Json &root, ModelConfig &c)
{
    c.usesRope = true;
    const char *key = f.has("rope_scaling") ? "rope_scaling" : (f.has("rope_parameters") ? "rope_parameters" : nullptr);
    c.ropeTheta = f.positiveNumber("rope_theta", 10000.0);
    if (!key)
        return;
    const Json &scaling = root.at(key);
    if (!scaling.is_object())
        f.fail(f.name(key) + " is " + valueText(scaling) + "; it must be an object or null.");
    const Fields s(scaling, c.file, std::string(key) + ".");
    if (std::string(key) == "rope_parameters")
        c.ropeTheta = s.positiveNumber("rope_theta", c.ropeTheta);
    const std::string typeKey = s.has("rope_type") ? "rope_type" : "type";
    const std::string type = s.optionalString(typeKey).value_or("default");
    RopeScalingConfig &r = c.ropeScaling;
    if (type == "default") {
        r.type = RopeScaling::None;
    } else if (type == "llama3") {
        // transformers' _validate_llama3_parameters requires all four.
        r.type = RopeScaling::Llama3;
        for (const char *k : {"factor", "low_freq_factor", "high_freq_factor"})
            if (!s.has(k))
                f.fail(s.name(k)
                       + " is missing; rope scaling \"llama3\" needs factor, low_freq_factor, "
                         "high_freq_factor and original_max_position_embeddings.");
        r.factor = s.positiveNumber("factor", 1.0);
        r.lowFreqFactor = s.positiveNumber("low_freq_factor", 1.0);
        r.highFreqFactor = s.positiveNumber("high_freq_factor", 1.0);
        r.originalMaxPositionEmbeddings = s.size("original_max_position_embeddings", "llama3 rope scaling");
        if (r.highFreqFactor <= r.lowFreqFactor)
            f.fail(s.name("high_freq_factor") + " is " + numberText(r.highFreqFactor) + "; it must be greater than "
                   + s.name("low_freq_factor") + " (" + numberText(r.lowFreqFactor) + ").");
    } else if (type == "yarn") {
        // DeepSeek's yarn (modeling_deepseek.py's DeepseekV2YarnRotaryEmbedding defaults).
        r.type = RopeScaling::Yarn;
        if (!s.has("factor"))
            f.fail(s.name("factor") + " is missing; rope scaling \"yarn\" needs it.");
        r.factor = s.positiveNumber("factor", 1.0);
        r.originalMaxPositionEmbeddings =
            s.optionalSize("original_max_position_embeddings", 1).value_or(c.maxPositionEmbeddings);
        r.betaFast = s.positiveNumber("beta_fast", 32.0);
        r.betaSlow = s.positiveNumber("beta_slow", 1.0);
        r.mscale = s.number("mscale", 1.0);
        r.mscaleAllDim = s.number("mscale_all_dim", 0.0);
    } else {
        f.fail(s.name(typeKey) + " is " + quotedText(type)
               + ", a RoPE scaling AttnScope does not support; supported are none, \"llama3\" and \"yarn\".");
    }
}

void readGrouped(const Fields &f, ModelConfig &c, std::optional<std::int64_t> defaultHeadDim)
{
    // MistralConfig's argument defaults to 8 when the key is absent (null: the heads, for
    // backward compatibility); the other families default to the heads either way.
    const bool mistralDefault = c.modelType == "mistral" && f.absent("num_key_value_heads");
    c.kvHeads = mistralDefault ? kMistralKvHeads : f.optionalSize("num_key_value_heads", 1).value_or(c.heads);
    if (c.heads % c.kvHeads != 0)
        f.fail(f.name("num_key_value_heads") + " is " + std::to_string(c.kvHeads)
               + (mistralDefault ? " (MistralConfig's default when the key is absent)" : "") + ", which does not divide "
               + f.name("num_attention_heads") + " (" + std::to_string(c.heads) + ").");
    if (auto hd = f.optionalSize("head_dim", 1)) {
        c.headDim = *hd;
    } else if (defaultHeadDim) {
        c.headDim = *defaultHeadDim;
    } else if (c.hiddenSize % c.heads != 0) {
        f.fail(f.name("hidden_size") + " is " + std::to_string(c.hiddenSize) + ", which is not divisible by "
               + f.name("num_attention_heads") + " (" + std::to_string(c.heads) + "), and no \"head_dim\" is given.");
    } else {
        c.headDim = c.hiddenSize / c.heads;
    }
}

// ModelConfig::layerWindows: MistralConfig applies sliding_window to every layer; Qwen2Config and
// Qwen3Config only with use_sliding_window, to the layers from max_window_layers (default 28) on;
// an explicit layer_types list ("full_attention", "sliding_attention") overrides both.
void readWindows(const Fields &f, ModelConfig &c)
{
    const std::string &t = c.modelType;
    c.layerWindows.assign(static_cast<std::size_t>(c.layers), 0);
    // MistralConfig's sliding_window defaults to 4096 when the key is absent (null: no window).
    const std::optional<std::int64_t> window = t == "mistral" && f.absent("sliding_window")
        ? std::optional<std::int64_t>(kMistralWindow)
        : f.optionalSize("sliding_window", 1);
    if (f.has("layer_types")) {
        const Json &types = f.at("layer_types");
        if (!types.is_array() || std::ssize(types) != c.layers)
            f.fail(f.name("layer_types") + " must list one type per layer (" + std::to_string(c.layers) + " layers).");
        for (std::int64_t i = 0; i < c.layers; ++i) {
            const Json &type = types[static_cast<std::size_t>(i)];
            const std::string kind = type.is_string() ? type.get<std::string>() : valueText(type);
            if (kind == "sliding_attention") {
                if (!window)
                    f.fail(f.name("layer_types") + " has sliding_attention layers but " + f.name("sliding_window")
                           + " is not given.");
                c.layerWindows[static_cast<std::size_t>(i)] = *window;
            } else if (kind != "full_attention") {
                f.fail(f.name("layer_types") + " entry " + std::to_string(i) + " is " + quotedText(kind)
                       + "; AttnScope runs \"full_attention\" and \"sliding_attention\" layers.");
            }
        }
        return;
    }
    if (!window)
        return;
    if (t == "mistral") {
        std::fill(c.layerWindows.begin(), c.layerWindows.end(), *window);
    } else if ((t == "qwen2" || t == "qwen3") && f.boolean("use_sliding_window", false)) {
        const std::int64_t from = f.optionalSize("max_window_layers", 0).value_or(28);
        for (std::int64_t i = from; i < c.layers; ++i)
            c.layerWindows[static_cast<std::size_t>(i)] = *window;
    }
}

void readLlama(const Fields &f, const Json &root, ModelConfig &c)
{
    const std::string &t = c.modelType;
    c.vocabSize = f.size("vocab_size", t);
    c.hiddenSize = f.size("hidden_size", t);
    c.layers = f.size("num_hidden_layers", t);
    c.heads = f.size("num_attention_heads", t);
    c.intermediateSize = f.size("intermediate_size", t);
    c.maxPositionEmbeddings = f.size("max_position_embeddings", t);
    // Qwen3Config defaults head_dim to 128; the others derive it from hidden_size.
    readGrouped(f, c, t == "qwen3" ? std::optional<std::int64_t>(128) : std::nullopt);
    c.normEps = f.positiveNumber("rms_norm_eps", 1e-6);
    c.activation = f.optionalString("hidden_act").value_or("silu");
    c.tieWordEmbeddings = f.boolean("tie_word_embeddings", false);
    const bool attentionBias = f.boolean("attention_bias", false);
    // Qwen2's q/k/v projections always have biases, its o_proj never (modeling_qwen2.py).
    c.qkvBias = t == "qwen2" ? true : attentionBias;
    c.outputBias = t == "qwen2" ? false : attentionBias;
    c.mlpBias = f.boolean("mlp_bias", false);
    c.qkNorm = t == "qwen3";
    readRope(f, root, c);
    readWindows(f, c);
}

void readGpt(const Fields &f, ModelConfig &c)
{
    const std::string &t = c.modelType;
    c.vocabSize = f.size("vocab_size", t);
    c.hiddenSize = f.size("n_embd", t);
    c.layers = f.size("n_layer", t);
    c.heads = f.size("n_head", t);
    c.maxPositionEmbeddings = f.size("n_positions", t);
    // n_inner: None means 4 * n_embd (GPT2MLP, GPTBigCodeMLP).
    c.intermediateSize = f.optionalSize("n_inner", 1).value_or(4 * c.hiddenSize);
    if (c.hiddenSize % c.heads != 0)
        f.fail(f.name("n_embd") + " is " + std::to_string(c.hiddenSize) + ", which is not divisible by "
               + f.name("n_head") + " (" + std::to_string(c.heads) + ").");
    c.headDim = c.hiddenSize / c.heads;
    c.normEps = f.positiveNumber("layer_norm_epsilon", 1e-5);
    c.tieWordEmbeddings = f.boolean("tie_word_embeddings", true); // PretrainedConfig's default
    c.qkvBias = c.outputBias = c.mlpBias = true;
    if (c.family == Family::Gpt2) {
        c.activation = f.optionalString("activation_function").value_or("gelu_new");
        c.kvHeads = c.heads;
    } else {
        c.activation = f.optionalString("activation_function").value_or("gelu_pytorch_tanh");
        c.kvHeads = f.boolean("multi_query", true) ? 1 : c.heads;
    }
}

void readDeepSeek(const Fields &f, const Json &root, ModelConfig &c)
{
    const std::string &t = c.modelType;
    const bool v3 = t == "deepseek_v3";
    c.vocabSize = f.size("vocab_size", t);
    c.hiddenSize = f.size("hidden_size", t);
    c.layers = f.size("num_hidden_layers", t);
    c.heads = f.size("num_attention_heads", t);
    c.kvHeads = c.heads; // MLA: every head reads the shared latent
    c.intermediateSize = f.size("intermediate_size", t);
    c.maxPositionEmbeddings = f.size("max_position_embeddings", t);
    c.normEps = f.positiveNumber("rms_norm_eps", 1e-6);
    c.activation = f.optionalString("hidden_act").value_or("silu");
    c.tieWordEmbeddings = f.boolean("tie_word_embeddings", false);
    c.qkvBias = c.outputBias = f.boolean("attention_bias", false);

    MlaConfig m;
    m.qLoraRank = f.optionalSize("q_lora_rank", 1).value_or(0); // null: queries are not compressed
    m.kvLoraRank = f.size("kv_lora_rank", t);
    m.qkNopeHeadDim = f.size("qk_nope_head_dim", t);
    m.qkRopeHeadDim = f.size("qk_rope_head_dim", t);
    m.vHeadDim = f.size("v_head_dim", t);
    if (m.qkRopeHeadDim % 2 != 0)
        f.fail(f.name("qk_rope_head_dim") + " is " + std::to_string(m.qkRopeHeadDim)
               + "; it must be even (RoPE rotates pairs of dimensions).");
    c.headDim = m.qkNopeHeadDim + m.qkRopeHeadDim;
    c.mla = m;

    MoeConfig e;
    e.routedExperts = f.optionalSize("n_routed_experts", 1).value_or(0); // null: dense layers only
    if (e.routedExperts > 0) {
        e.expertsPerToken = f.size("num_experts_per_tok", t);
        e.intermediateSize = f.size("moe_intermediate_size", t);
        e.sharedExperts = f.optionalSize("n_shared_experts", 0).value_or(0);
        e.firstDenseLayers = f.optionalSize("first_k_dense_replace", 0).value_or(0);
        e.layerFreq = f.optionalSize("moe_layer_freq", 1).value_or(1);
        e.scoringFunc = f.choice("scoring_func", {"softmax", "sigmoid"}, v3 ? "sigmoid" : "softmax");
        e.topkMethod =
            f.choice("topk_method", {"greedy", "group_limited_greedy", "noaux_tc"}, v3 ? "noaux_tc" : "greedy");
        e.nGroup = f.optionalSize("n_group", 1).value_or(0);
        e.topkGroup = f.optionalSize("topk_group", 1).value_or(0);
        e.normTopkProb = f.boolean("norm_topk_prob", v3);
        e.routedScalingFactor = f.positiveNumber("routed_scaling_factor", v3 ? 2.5 : 1.0);
        if (e.expertsPerToken > e.routedExperts)
            f.fail(f.name("num_experts_per_tok") + " is " + std::to_string(e.expertsPerToken) + ", more than "
                   + f.name("n_routed_experts") + " (" + std::to_string(e.routedExperts) + ").");
        if (e.topkMethod != "greedy") {
            if (e.nGroup == 0 || e.routedExperts % e.nGroup != 0)
                f.fail(f.name("n_group") + " is " + (e.nGroup ? std::to_string(e.nGroup) : std::string("missing"))
                       + "; topk_method " + quotedText(e.topkMethod) + " needs a group count that divides "
                       + f.name("n_routed_experts") + " (" + std::to_string(e.routedExperts) + ").");
            if (e.topkGroup == 0 || e.topkGroup > e.nGroup)
                f.fail(f.name("topk_group") + " is " + (e.topkGroup ? std::to_string(e.topkGroup) : "missing")
                       + "; it must be between 1 and " + f.name("n_group") + " (" + std::to_string(e.nGroup) + ").");
        }
        c.moe = e;
    }
    readRope(f, root, c);
}

} // namespace

std::string_view familyName(Family family)
{
    switch (family) {
    case Family::Gpt2: return "GPT-2";
    case Family::Llama: return "Llama";
    case Family::GptBigCode: return "GPTBigCode";
    case Family::DeepSeek: return "DeepSeek";
    }
    return "?";
}

std::string_view ropeScalingName(RopeScaling scaling)
{
    switch (scaling) {
    case RopeScaling::None: return "none";
    case RopeScaling::Llama3: return "llama3";
    case RopeScaling::Yarn: return "yarn";
    }
    return "?";
}

const std::vector<std::string> &supportedModelTypes()
{
    static const std::vector<std::string> types{"gpt2",  "llama",       "mistral",     "qwen2",
                                                "qwen3", "gpt_bigcode", "deepseek_v2", "deepseek_v3"};
    return types;
}

bool ModelConfig::isMoeLayer(std::int64_t layer) const
{
    return moe && moe->routedExperts > 0 && layer >= moe->firstDenseLayers && layer % moe->layerFreq == 0;
}

ModelConfig readModelConfig(const std::filesystem::path &folder)
{
    ModelConfig c;
    c.file = folder / "config.json";
    const Json root = readJson(c.file);
    const Fields f(root, c.file);

    const auto type = f.optionalString("model_type");
    if (!type)
        f.fail("\"model_type\" is missing; AttnScope reads " + supportedText() + " models.");
    const auto family = familyOf(*type);
    // transformers loads a type it knows with its own classes even when auto_map names custom
    // code (DeepSeek's published folders do); an unknown type with auto_map needs that code.
    if (!family && root.contains("auto_map"))
        f.fail("\"auto_map\" names custom Python code for model_type " + quotedText(*type)
               + ", which AttnScope cannot run; it reads " + supportedText() + " models.");
    if (!family)
        f.fail("model_type " + quotedText(*type) + " is not supported; AttnScope reads " + supportedText()
               + " models.");
    if (f.has("quantization_config"))
        f.fail("\"quantization_config\" is present: the weights are quantized, and AttnScope reads only F32, F16 and "
               "BF16 weights.");
    c.modelType = *type;
    c.family = *family;
    switch (c.family) {
    case Family::Llama: readLlama(f, root, c); break;
    case Family::Gpt2:
    case Family::GptBigCode: readGpt(f, c); break;
    case Family::DeepSeek: readDeepSeek(f, root, c); break;
    }
    if (c.layerWindows.empty())
        c.layerWindows.assign(static_cast<std::size_t>(c.layers), 0); // full attention everywhere
    return c;
}

core::ModelShape modelShapeOf(const ModelConfig &config)
{
    core::ModelShape m;
    m.id = config.modelType;
    m.name = config.modelType;
    m.source = config.file.string();
    m.dModel = config.hiddenSize;
    m.layers = config.layers;
    m.nHeads = config.heads;
    m.nKvHeads = config.kvHeads;
    if (config.mla) {
        m.mechanism = core::Mechanism::Mla;
        m.dHead = config.mla->qkNopeHeadDim;
        m.dRope = config.mla->qkRopeHeadDim;
        m.dValue = config.mla->vHeadDim;
        m.dLatentKv = config.mla->kvLoraRank;
        m.dLatentQ = config.mla->qLoraRank;
    } else {
        m.dHead = config.headDim;
        m.mechanism = config.kvHeads == config.heads
            ? core::Mechanism::Mha
            : (config.kvHeads == 1 ? core::Mechanism::Mqa : core::Mechanism::Gqa);
    }
    // The same layer kinds as io's reading of the config (io/layerkinds.cpp): windowed layers
    // cache at most their window.
    if (std::any_of(config.layerWindows.begin(), config.layerWindows.end(), [](std::int64_t w) { return w > 0; })) {
        for (std::int64_t w : config.layerWindows)
            m.layerKinds.push_back(w > 0 ? core::LayerSpec{core::LayerKind::Window, w} : core::LayerSpec{});
    }
    return m;
}

} // namespace attnscope::model
