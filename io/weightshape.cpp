// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/weightshape.h"

namespace attnscope::io {

namespace {

// MLPs of two matrices (up, down) rather than three (gate, up, down).
const QStringList kUngatedTypes{"gpt2",       "gpt_bigcode", "gpt_neox", "gptj",      "opt",   "bloom",
                                "falcon",     "bert",        "roberta",  "xlm-roberta", "distilbert", "albert",
                                "electra",    "deberta",     "deberta-v2", "camembert", "bart", "mbart",
                                "marian",     "pegasus",     "whisper",  "phi",       "RefinedWeb", "RefinedWebModel"};
// Learned position embeddings, of n_positions or max_position_embeddings rows.
const QStringList kLearnedPositionTypes{"gpt2", "gpt_bigcode", "bert", "roberta", "opt"};
// Configuration classes whose tie_word_embeddings defaults to false (PretrainedConfig's is true).
const QStringList kUntiedByDefault{"llama",    "mistral",     "mixtral",     "qwen2",   "qwen2_moe", "qwen3",
                                   "qwen3_moe", "deepseek_v2", "deepseek_v3", "phi3",    "jamba",     "gpt_oss"};

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
                      w.tiedEmbeddings ? QStringLiteral("PretrainedConfig's default")
                                       : QStringLiteral("the default of the %1 configuration class").arg(modelType)));
    }
    if (kLearnedPositionTypes.contains(modelType))
        w.positions = f.first({QStringLiteral("n_positions"), QStringLiteral("max_position_embeddings")}, 1)
                          .value_or(Fields::Found{}).value;
    const QString ffp = f.string(QStringLiteral("feed_forward_proj")).value_or(QString()); // T5: "gated-gelu"
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
        note(QStringLiteral("%1 = 4 x %2 = %3 (the class's default)")
                 .arg(f.name(QStringLiteral("n_inner")))
                 .arg(m.dModel)
                 .arg(w.intermediate));
    }
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
               QStringLiteral("%1 is more than the %2 experts.").arg(w.activeExperts).arg(w.experts));
    w.denseLayers = f.size(QStringLiteral("first_k_dense_replace"), 0).value_or(0);
    w.expertPeriod = f.size(QStringLiteral("expert_layer_period"), 1).value_or(1);
    w.expertOffset = f.size(QStringLiteral("expert_layer_offset"), 0).value_or(0);
    if (w.expertOffset >= w.expertPeriod)
        f.fail(QStringLiteral("expert_layer_offset"),
               QStringLiteral("%1 must be less than expert_layer_period (%2).").arg(w.expertOffset).arg(w.expertPeriod));
}

} // namespace attnscope::io
