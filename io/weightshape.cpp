// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/weightshape.h"

#include <QCoreApplication>

namespace attnscope::io {

namespace {

// MLPs of two matrices (up, down) rather than three (gate, up, down).
const QStringList kUngatedTypes{"gpt2",       "gpt_bigcode", "gpt_neox", "gptj",      "opt",   "bloom",
                                "falcon",     "bert",        "roberta",  "xlm-roberta", "distilbert", "albert",
                                "electra",    "deberta",     "deberta-v2", "camembert", "bart", "mbart",
                                "marian",     "pegasus",     "whisper",  "phi",       "RefinedWeb", "RefinedWebModel"};
constexpr char kJambaClass[] = "JambaConfig (transformers, models/jamba/configuration_jamba.py)";
// Learned position embeddings, of n_positions or max_position_embeddings rows.
const QStringList kLearnedPositionTypes{"gpt2", "gpt_bigcode", "bert", "roberta", "opt"};
// Configuration classes whose tie_word_embeddings defaults to false (PretrainedConfig's is true).
const QStringList kUntiedByDefault{"llama",    "mistral",     "mixtral",     "qwen2",   "qwen2_moe", "qwen3",
                                   "qwen3_moe", "deepseek_v2", "deepseek_v3", "phi3",    "jamba",     "gpt_oss"};

// Jamba's Mamba mixers (mamba_* fields). JambaConfig's defaults fill what a jamba config leaves
// out; other model types without the fields have no mixer weights AttnScope knows.
template<typename Note>
void readMamba(const Fields &f, const QString &modelType, core::ModelShape &m, const Note &note)
{
    const bool jamba = modelType == QLatin1String("jamba");
    if (!jamba && !f.has(QStringLiteral("mamba_expand")))
        return;
    core::WeightShape &w = m.weights;
    const auto whole = [&](const char *key, qint64 minimum, qint64 fallback) {
        const QString k = QLatin1String(key);
        if (const auto v = f.size(k, minimum))
            return *v;
        note(QStringLiteral("%1 = %2 (%3)").arg(f.name(k)).arg(fallback).arg(QLatin1String(kJambaClass)));
        return fallback;
    };
    const auto flag = [&](const char *key, bool fallback) {
        const QString k = QLatin1String(key);
        if (const auto v = f.boolean(k))
            return *v;
        note(QStringLiteral("%1 = %2 (%3)")
                 .arg(f.name(k), fallback ? QStringLiteral("true") : QStringLiteral("false"),
                      QLatin1String(kJambaClass)));
        return fallback;
    };
    w.mambaExpand = whole("mamba_expand", 1, 2);
    w.mambaDState = whole("mamba_d_state", 1, 16);
    w.mambaDConv = whole("mamba_d_conv", 1, 4);
    // mamba_dt_rank: a number, or "auto" for ceil(d_model / 16) (0 here).
    const QJsonValue rank = f.object().value(QStringLiteral("mamba_dt_rank"));
    if (rank.isString() && rank.toString() == QLatin1String("auto"))
        w.mambaDtRank = 0;
    else
        w.mambaDtRank = whole("mamba_dt_rank", 1, (m.dModel + 15) / 16);
    w.mambaConvBias = flag("mamba_conv_bias", true);
    w.mambaProjBias = flag("mamba_proj_bias", false);
}

} // namespace

void readWeights(const Fields &f, const QString &modelType, core::ModelShape &m, QStringList *defaulted)
{
    core::WeightShape &w = m.weights;
    const auto vocab = f.first({QStringLiteral("vocab_size"), QStringLiteral("n_vocab")}, 1);
    if (!vocab)
        return; // the weights are not known; the memory plan says so
    w.vocab = vocab->value;
    const auto note = [&](const QString &text) {
        if (defaulted)
            *defaulted << text;
    };
    if (const auto tied = f.boolean(QStringLiteral("tie_word_embeddings"))) {
        w.tiedEmbeddings = *tied;
    } else {
        w.tiedEmbeddings = !kUntiedByDefault.contains(modelType);
        note(QStringLiteral("%1 = %2 (%3)")
                 .arg(f.name(QStringLiteral("tie_word_embeddings")),
                      w.tiedEmbeddings ? QStringLiteral("true") : QStringLiteral("false"),
                      w.tiedEmbeddings ? QCoreApplication::translate("ConfigReader", "PretrainedConfig's default")
                                       : QCoreApplication::translate("ConfigReader", "the default of the %1 configuration class").arg(modelType)));
    }
    if (kLearnedPositionTypes.contains(modelType))
        w.positions = f.first({QStringLiteral("n_positions"), QStringLiteral("max_position_embeddings")}, 1)
                          .value_or(Fields::Found{}).value;
    // T5: "relu" (T5Config's and LongT5Config's default, the original T5) or "gated-gelu" (T5.1.1,
    // and MT5Config's and UMT5Config's default).
    QString ffp = f.string(QStringLiteral("feed_forward_proj")).value_or(QString());
    if (ffp.isEmpty() && (modelType == QLatin1String("t5") || modelType == QLatin1String("longt5"))) {
        ffp = QStringLiteral("relu");
        note(QCoreApplication::translate("ConfigReader", "%1 = relu (the default of the %2 configuration class)")
                 .arg(f.name(QStringLiteral("feed_forward_proj")), modelType));
    }
    w.gatedMlp = !kUngatedTypes.contains(modelType) && !(ffp.size() > 0 && !ffp.startsWith(QLatin1String("gated")));
    const auto width = f.first({QStringLiteral("intermediate_size"), QStringLiteral("n_inner"), QStringLiteral("d_ff"),
                                QStringLiteral("ffn_dim"), QStringLiteral("ffn_hidden_size"),
                                QStringLiteral("decoder_ffn_dim")},
                               1);
    if (width) {
        w.intermediate = width->value;
    } else if (!w.gatedMlp) {
        // GPT-2, GPT-BigCode and Falcon leave it out (n_inner null): four times the width.
        w.intermediate = 4 * m.dModel;
        note(QCoreApplication::translate("ConfigReader", "%1 = 4 x %2 = %3 (the class's default)")
                 .arg(f.name(QStringLiteral("n_inner")))
                 .arg(m.dModel)
                 .arg(w.intermediate));
    }
    readMamba(f, modelType, m, note);
    w.experts = f.first({QStringLiteral("num_local_experts"), QStringLiteral("n_routed_experts"),
                         QStringLiteral("num_experts")},
                        0)
                    .value_or(Fields::Found{})
                    .value;
    if (w.experts <= 1) {
        w.experts = 0; // Jamba-tiny-dev's num_experts 1: every MLP dense
        return;
    }
    w.expertIntermediate = f.size(QStringLiteral("moe_intermediate_size"), 1).value_or(0);
    w.sharedExperts = f.size(QStringLiteral("n_shared_experts"), 0).value_or(0);
    if (const auto shared = f.size(QStringLiteral("shared_expert_intermediate_size"), 1)) {
        w.sharedExperts = 1; // Qwen2-MoE: one shared expert of its own width
        w.sharedIntermediate = *shared;
    }
    w.activeExperts = f.first({QStringLiteral("num_experts_per_tok"), QStringLiteral("experts_per_token")}, 1)
                          .value_or(Fields::Found{})
                          .value;
    if (w.activeExperts > w.experts)
        f.fail(QStringLiteral("num_experts_per_tok"),
               QCoreApplication::translate("ConfigReader", "%1 is more than the %2 experts.").arg(w.activeExperts).arg(w.experts));
    w.denseLayers = f.size(QStringLiteral("first_k_dense_replace"), 0).value_or(0);
    w.expertPeriod = f.size(QStringLiteral("expert_layer_period"), 1).value_or(1);
    w.expertOffset = f.size(QStringLiteral("expert_layer_offset"), 0).value_or(0);
    if (w.expertOffset >= w.expertPeriod)
        f.fail(QStringLiteral("expert_layer_offset"),
               QCoreApplication::translate("ConfigReader", "%1 must be less than expert_layer_period (%2).").arg(w.expertOffset).arg(w.expertPeriod));
}

} // namespace attnscope::io
