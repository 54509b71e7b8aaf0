// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/steps/stepexplainer.h"

#include "core/trace/trace.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <vector>

namespace attnscope::widgets {

using core::Mechanism;
using core::StepKind;

namespace {

// The equations of the GRU of Bahdanau et al. (2014), appendix A (biases omitted, as there),
// in the row-vector convention; x is the input, h the previous state.
QString gruEquationsHtml()
{
    return StepExplainer::tr("z = σ(x W<sub>z</sub> + h U<sub>z</sub>)<br>"
                             "r = σ(x W<sub>r</sub> + h U<sub>r</sub>)<br>"
                             "h̃ = tanh(x W<sub>h</sub> + (r ⊙ h) U<sub>h</sub>)<br>"
                             "h′ = (1 − z) ⊙ h + z ⊙ h̃");
}

// What a step's numbers are, read from the trace's tensors (never from a config that might
// not match the trace).
struct Context
{
    const core::Trace &trace;
    const core::Step &step;
    Mechanism mechanism;
    const core::Config *config;

    [[nodiscard]] bool has(const char *name) const { return trace.hasTensor(name); }
    [[nodiscard]] std::int64_t dim(const std::string &name, int axis) const
    {
        if (!trace.hasTensor(name))
            return 0;
        const core::Tensor &t = trace.tensor(name);
        if (axis < 0)
            axis += t.rank();
        return axis >= 0 && axis < t.rank() ? t.shape[static_cast<std::size_t>(axis)] : 0;
    }

    [[nodiscard]] int head() const { return step.head; }
    [[nodiscard]] bool perHead() const { return step.head >= 0; }
    // Query heads: the leading dimension of the per-head scores (1 for sdpa).
    [[nodiscard]] std::int64_t heads() const
    {
        if (has("scores") && trace.tensor("scores").rank() == 3)
            return dim("scores", 0);
        return 1;
    }
    [[nodiscard]] std::int64_t tokens() const { return dim("X", 0); }
    [[nodiscard]] std::int64_t keyTokens() const { return cross() ? dim("X_enc", 0) : tokens(); }
    [[nodiscard]] std::int64_t dModel() const { return dim("X", 1); }
    [[nodiscard]] std::int64_t dHead() const
    {
        const std::int64_t width = mechanism == Mechanism::Mla ? dim("q_C", 1) : dim("Q", 1);
        return width / std::max<std::int64_t>(heads(), 1);
    }
    [[nodiscard]] std::int64_t kvHeads() const
    {
        if (mechanism == Mechanism::Mla)
            return heads();
        return dHead() > 0 ? std::max<std::int64_t>(dim("K", 1) / dHead(), 1) : 1;
    }
    [[nodiscard]] std::int64_t groupSize() const { return std::max<std::int64_t>(heads() / kvHeads(), 1); }
    // The KV head query head h reads: h / (n_h / n_kv).
    [[nodiscard]] std::int64_t kvHeadOf(std::int64_t h) const { return h / groupSize(); }
    [[nodiscard]] bool causal() const { return has("mask"); }
    [[nodiscard]] bool cross() const { return has("X_enc"); }
    [[nodiscard]] bool absorbed() const { return has("q_lat"); }
    [[nodiscard]] bool queryLatent() const { return has("c_Q"); }
    [[nodiscard]] std::int64_t dRope() const { return dim("k_R", 1); }
    [[nodiscard]] std::int64_t dLatent() const { return dim("c_KV", 1); }
    [[nodiscard]] std::int64_t dLatentQ() const { return dim("c_Q", 1); }

    // Bahdanau.
    [[nodiscard]] std::int64_t sourceTokens() const { return dim("X_src", 0); }
    [[nodiscard]] std::int64_t targetTokens() const { return dim("Y_emb", 0); }
    [[nodiscard]] std::int64_t embedding() const { return dim("X_src", 1); }
    [[nodiscard]] std::int64_t hidden() const { return dim("h_fwd", 1); }
    [[nodiscard]] std::int64_t alignDim() const { return dim("U_a", 1); }
    // Target position i, counted from 1 as in the paper (row i - 1 of the decoder tensors).
    [[nodiscard]] std::int64_t position() const { return step.row + 1; }
};

QString columns(std::int64_t block, std::int64_t width)
{
    return StepExplainer::tr("columns %1–%2").arg(block * width).arg((block + 1) * width - 1);
}

// "head 2" as a formula subscript, or nothing for single-head sdpa.
QString headSub(const Context &c)
{
    return c.perHead() ? QStringLiteral("<sub>%1</sub>").arg(c.head()) : QString();
}

// Unicode subscript digits for plain text: 12 -> "₁₂".
QString sub(std::int64_t value)
{
    static const char16_t digits[] = u"₀₁₂₃₄₅₆₇₈₉";
    QString s = QString::number(value);
    for (QChar &ch : s) {
        if (ch.isDigit())
            ch = QChar(digits[ch.digitValue()]);
        else if (ch == QLatin1Char('-'))
            ch = QChar(0x208B);
    }
    return s;
}

QString headsSentence(const Context &c)
{
    return StepExplainer::tr("%1 heads of d_h = %2, head h in columns [h·d_h, (h+1)·d_h).")
        .arg(c.heads())
        .arg(c.dHead());
}

// ---- Explanations, one function per group of step kinds -------------------------------------

StepText explainInput(const Context &c)
{
    StepText t;
    const std::string &name = c.step.output;
    const std::int64_t rows = c.dim(name, 0);
    const std::int64_t width = c.dim(name, 1);
    if (name == "X_src") {
        t.title = StepExplainer::tr("Source sentence");
        t.description = StepExplainer::tr("The encoder reads the source sentence x₁ … x%1: %2 words, each an embedding "
                                          "of m = %3 numbers (seeded random values standing in for learned word "
                                          "embeddings).")
                            .arg(sub(rows))
                            .arg(rows)
                            .arg(width);
        t.formulaHtml = StepExplainer::tr("X<sub>src</sub> = [x<sub>1</sub> ; … ; x<sub>%1</sub>], "
                                          "x<sub>j</sub> ∈ ℝ<sup>%2</sup>")
                            .arg(rows)
                            .arg(width);
    } else if (name == "Y_emb") {
        t.title = StepExplainer::tr("Target word embeddings");
        t.description = StepExplainer::tr("At target position i the decoder reads the previous target word yᵢ₋₁: row k "
                                          "holds yₖ, and y₀ stands for the start of the sentence. %1 rows of m = %2 "
                                          "numbers (seeded random values).")
                            .arg(rows)
                            .arg(width);
        t.formulaHtml = StepExplainer::tr("Y<sub>emb</sub> = [y<sub>0</sub> ; … ; y<sub>%1</sub>], "
                                          "y<sub>k</sub> ∈ ℝ<sup>%2</sup>")
                            .arg(rows - 1)
                            .arg(width);
    } else if (name == "X_enc") {
        t.title = StepExplainer::tr("Encoder sequence X_enc");
        t.description =
            StepExplainer::tr("Cross attention: keys and values come from a second sequence, as the decoder "
                              "of Vaswani et al. (2017) reads the encoder's output: %1 source tokens of "
                              "d_model = %2 numbers.")
                .arg(rows)
                .arg(width);
        t.formulaHtml = StepExplainer::tr("X<sub>enc</sub> = [s<sub>0</sub> ; … ; s<sub>%1</sub>], "
                                          "s<sub>j</sub> ∈ ℝ<sup>%2</sup>")
                            .arg(rows - 1)
                            .arg(width);
    } else {
        t.title = StepExplainer::tr("Input tokens X");
        t.description = StepExplainer::tr("The input sequence enters as a matrix, one row per token: %1 tokens of "
                                          "d_model = %2 numbers each (seeded random values standing in for token "
                                          "embeddings).")
                            .arg(rows)
                            .arg(width);
        t.formulaHtml = StepExplainer::tr("X = [x<sub>0</sub> ; … ; x<sub>%1</sub>], x<sub>t</sub> ∈ ℝ<sup>%2</sup>")
                            .arg(rows - 1)
                            .arg(width);
    }
    return t;
}

StepText explainEncoder(const Context &c)
{
    StepText t;
    const std::int64_t tx = c.sourceTokens();
    switch (c.step.kind) {
    case StepKind::GruForward:
        t.title = StepExplainer::tr("Forward encoder GRU");
        t.description = StepExplainer::tr("A gated recurrent unit reads the source from x₁ to x%1; its state at word "
                                          "j (n = %2 numbers) summarises the words up to xⱼ.")
                            .arg(sub(tx))
                            .arg(c.hidden());
        t.formulaHtml = StepExplainer::tr("h<sub>fwd,j</sub> = GRU<sub>fwd</sub>(h<sub>fwd,j−1</sub>, x<sub>j</sub>), "
                                          "j&nbsp;=&nbsp;1&nbsp;…&nbsp;%1, h<sub>fwd,0</sub> = 0")
                            .arg(tx)
            + QStringLiteral("<br>") + gruEquationsHtml();
        break;
    case StepKind::GruBackward:
        t.title = StepExplainer::tr("Backward encoder GRU");
        t.description = StepExplainer::tr("A second GRU reads the source in reverse, from x%1 back to x₁; its state at "
                                          "word j (n = %2 numbers) summarises the words from xⱼ to the end.")
                            .arg(sub(tx))
                            .arg(c.hidden());
        t.formulaHtml = StepExplainer::tr("h<sub>bwd,j</sub> = GRU<sub>bwd</sub>(h<sub>bwd,j+1</sub>, x<sub>j</sub>), "
                                          "j&nbsp;=&nbsp;%1&nbsp;…&nbsp;1, h<sub>bwd,%2</sub> = 0")
                            .arg(tx)
                            .arg(tx + 1)
            + QStringLiteral("<br>") + gruEquationsHtml();
        break;
    case StepKind::Annotations:
        t.title = StepExplainer::tr("Annotations hⱼ");
        t.description = StepExplainer::tr("Each source word's annotation joins both directions, so it summarises the "
                                          "whole sentence with a focus on the words around xⱼ. These %1 vectors of "
                                          "2n = %2 numbers are what the decoder attends to.")
                            .arg(tx)
                            .arg(2 * c.hidden());
        t.formulaHtml =
            StepExplainer::tr("h<sub>j</sub> = [h<sub>fwd,j</sub> ; h<sub>bwd,j</sub>], j&nbsp;=&nbsp;1&nbsp;…&nbsp;%1")
                .arg(tx);
        break;
    case StepKind::DecoderInit:
        t.title = StepExplainer::tr("Initial decoder state s₀");
        t.description = StepExplainer::tr("As in the paper, the decoder starts from the backward encoder's state at "
                                          "the first source word, which has read the whole sentence.");
        t.formulaHtml = StepExplainer::tr("s<sub>0</sub> = tanh(h<sub>bwd,1</sub> W<sub>s</sub>)");
        break;
    default: break;
    }
    return t;
}

StepText explainDecoder(const Context &c)
{
    StepText t;
    const std::int64_t i = c.position();
    const std::int64_t ty = c.targetTokens();
    const std::int64_t tx = c.sourceTokens();
    switch (c.step.kind) {
    case StepKind::AlignmentScores:
        t.title = StepExplainer::tr("Alignment scores, target position %1 of %2").arg(i).arg(ty);
        t.description = StepExplainer::tr("The alignment model, a small feed-forward network trained with the rest "
                                          "(n′ = %1 hidden units), scores how well each source annotation hⱼ matches "
                                          "the decoder state s%2 that precedes target word y%3.")
                            .arg(c.alignDim())
                            .arg(sub(i - 1), sub(i));
        t.formulaHtml = StepExplainer::tr("e<sub>%1,j</sub> = tanh(s<sub>%2</sub> W<sub>a</sub> + h<sub>j</sub> "
                                          "U<sub>a</sub>) v<sub>a</sub><sup>T</sup>, j&nbsp;=&nbsp;1&nbsp;…&nbsp;%3<br>"
                                          "(the paper's v<sub>a</sub><sup>T</sup> tanh(W<sub>a</sub> s<sub>i−1</sub> "
                                          "+ U<sub>a</sub> h<sub>j</sub>), with row vectors)")
                            .arg(i)
                            .arg(i - 1)
                            .arg(tx);
        break;
    case StepKind::Softmax:
        t.title = StepExplainer::tr("Alignment weights, target position %1 of %2").arg(i).arg(ty);
        t.description = StepExplainer::tr("A softmax over the %1 source words turns the scores into weights that sum "
                                          "to 1: α%2ⱼ is the probability that target word y%2 is aligned to, or "
                                          "translated from, source word xⱼ.")
                            .arg(tx)
                            .arg(sub(i));
        t.formulaHtml = StepExplainer::tr("α<sub>%1,j</sub> = exp(e<sub>%1,j</sub>) / ∑<sub>k=1…%2</sub> "
                                          "exp(e<sub>%1,k</sub>)")
                            .arg(i)
                            .arg(tx);
        break;
    case StepKind::WeightedSum:
        t.title = StepExplainer::tr("Context vector, target position %1 of %2").arg(i).arg(ty);
        t.description = StepExplainer::tr("The context vector c%1 is the expected annotation under these weights: the "
                                          "decoder reads the source through it, focused where α%1ⱼ is large, instead "
                                          "of through one fixed-length vector.")
                            .arg(sub(i));
        t.formulaHtml =
            StepExplainer::tr("c<sub>%1</sub> = ∑<sub>j=1…%2</sub> α<sub>%1,j</sub> h<sub>j</sub>").arg(i).arg(tx);
        break;
    case StepKind::DecoderState:
        t.title = StepExplainer::tr("Decoder state, target position %1 of %2").arg(i).arg(ty);
        t.description = StepExplainer::tr("The decoder GRU takes the previous target word y%1 and the new context c%2; "
                                          "its state s%2 predicts target word y%2 and queries the next alignment.")
                            .arg(sub(i - 1), sub(i));
        t.formulaHtml = StepExplainer::tr("s<sub>%2</sub> = GRU<sub>dec</sub>(s<sub>%1</sub>, [y<sub>%1</sub> ; "
                                          "c<sub>%2</sub>])<br>(the paper's f(s<sub>i−1</sub>, y<sub>i−1</sub>, "
                                          "c<sub>i</sub>); its GRU, with x = [y<sub>%1</sub> ; c<sub>%2</sub>] "
                                          "and h = s<sub>%1</sub>:)")
                            .arg(i - 1)
                            .arg(i)
            + QStringLiteral("<br>") + gruEquationsHtml();
        break;
    default: break;
    }
    return t;
}

StepText explainProjection(const Context &c)
{
    StepText t;
    const bool mla = c.mechanism == Mechanism::Mla;
    const QString kvInput = c.cross() ? QStringLiteral("X<sub>enc</sub>") : QStringLiteral("X");
    switch (c.step.kind) {
    case StepKind::ProjectQuery:
        if (mla) {
            t.title = StepExplainer::tr("Content queries q_C");
            t.description =
                StepExplainer::tr("The content (position-free) part of every head's query: %1").arg(headsSentence(c));
            t.formulaHtml = c.queryLatent()
                ? StepExplainer::tr("q<sub>C</sub> = c<sub>Q</sub> W<sub>UQ</sub> (up-projection of the query latent)")
                : StepExplainer::tr("q<sub>C</sub> = X W<sub>Q</sub>");
        } else {
            t.title = StepExplainer::tr("Query projection Q");
            t.description = c.mechanism == Mechanism::Sdpa
                ? StepExplainer::tr("Each token's query, what it looks for: one head of d_k = %1.").arg(c.dHead())
                : StepExplainer::tr("Each token's queries, what it looks for: %1").arg(headsSentence(c));
            t.formulaHtml = StepExplainer::tr("Q = X W<sub>Q</sub>");
        }
        break;
    case StepKind::ProjectKey:
    case StepKind::ProjectValue: {
        const bool key = c.step.kind == StepKind::ProjectKey;
        t.title = key ? StepExplainer::tr("Key projection K") : StepExplainer::tr("Value projection V");
        const QString what = key ? StepExplainer::tr("Each token's key, what it offers to be matched against:")
                                 : StepExplainer::tr("Each token's value, what it passes on when attended to:");
        switch (c.mechanism) {
        case Mechanism::Sdpa:
            t.description = StepExplainer::tr("%1 one head of width %2.").arg(what).arg(c.dHead());
            break;
        case Mechanism::Mqa:
            t.description = StepExplainer::tr("%1 a single head of d_h = %2 shared by all %3 query heads (multi-query "
                                              "attention, Shazeer 2019), so the KV cache is %3 times smaller than "
                                              "multi-head attention's.")
                                .arg(what)
                                .arg(c.dHead())
                                .arg(c.heads());
            break;
        case Mechanism::Gqa:
            t.description = StepExplainer::tr("%1 %2 KV heads of d_h = %3, each shared by a group of %4 query heads "
                                              "(grouped-query attention, Ainslie et al. 2023), so the KV cache is %4 "
                                              "times smaller than multi-head attention's.")
                                .arg(what)
                                .arg(c.kvHeads())
                                .arg(c.dHead())
                                .arg(c.groupSize());
            break;
        default:
            t.description = StepExplainer::tr("%1 one head per query head (multi-head attention, Vaswani et al. 2017), "
                                              "%2")
                                .arg(what, headsSentence(c));
            break;
        }
        t.formulaHtml = key ? StepExplainer::tr("K = %1 W<sub>K</sub>").arg(kvInput)
                            : StepExplainer::tr("V = %1 W<sub>V</sub>").arg(kvInput);
        break;
    }
    default: break;
    }
    return t;
}

// RoPE's rotation, as a second formula line.
QString ropeHtml(const Context &c)
{
    const QString base = c.config ? QString::number(c.config->ropeBase) : QStringLiteral("base");
    if (c.config && c.config->ropeLayout == core::RopeLayout::Half)
        return StepExplainer::tr("RoPE turns each pair (j, j + d/2) of position t by t·θ<sub>j</sub>, "
                                 "θ<sub>j</sub> = %1<sup>−2j/d</sup>, d = %2 (half layout)")
            .arg(base)
            .arg(c.dRope());
    if (c.config)
        return StepExplainer::tr("RoPE turns each pair (2j, 2j+1) of position t by t·θ<sub>j</sub>, "
                                 "θ<sub>j</sub> = %1<sup>−2j/d</sup>, d = %2 (interleaved layout)")
            .arg(base)
            .arg(c.dRope());
    return StepExplainer::tr("RoPE turns each pair of coordinates of position t by t·θ<sub>j</sub>, "
                             "θ<sub>j</sub> = %1<sup>−2j/d</sup>, d = %2")
        .arg(base)
        .arg(c.dRope());
}

StepText explainLatent(const Context &c)
{
    StepText t;
    const std::int64_t nh = c.heads();
    const std::int64_t dh = c.dHead();
    const std::int64_t dr = c.dRope();
    const std::int64_t dcl = c.dLatent();
    const QString ropeInput = c.queryLatent() ? QStringLiteral("c<sub>Q</sub>") : QStringLiteral("X");
    switch (c.step.kind) {
    case StepKind::DownProjectQuery:
        t.title = StepExplainer::tr("Query latent c_Q (down-projection)");
        t.description = StepExplainer::tr("Queries are compressed too, to d_c′ = %1 numbers per token. This does not "
                                          "shrink the KV cache; DeepSeek-V2 does it to save activation memory in "
                                          "training.")
                            .arg(c.dLatentQ());
        t.formulaHtml = StepExplainer::tr("c<sub>Q</sub> = X W<sub>DQ</sub>");
        break;
    case StepKind::DownProjectKv:
        t.title = StepExplainer::tr("KV latent c_KV (down-projection)");
        t.description = StepExplainer::tr("Keys and values are compressed jointly into one latent of d_c = %1 numbers "
                                          "per token. With k_R it is all that MLA caches: d_c + d_h^R = %2 numbers "
                                          "per token and layer, against 2·n_h·d_h = %3 for multi-head attention.")
                            .arg(dcl)
                            .arg(dcl + dr)
                            .arg(2 * nh * dh);
        t.formulaHtml = StepExplainer::tr("c<sub>KV</sub> = X W<sub>DKV</sub>");
        break;
    case StepKind::UpProjectKey:
        t.title = StepExplainer::tr("Keys k_C from the latent (up-projection)");
        t.description = StepExplainer::tr("Naive path: the content keys of all %1 heads are rebuilt from the cached "
                                          "latent, %2 numbers per token.")
                            .arg(nh)
                            .arg(nh * dh);
        t.formulaHtml = StepExplainer::tr("k<sub>C</sub> = c<sub>KV</sub> W<sub>UK</sub>");
        break;
    case StepKind::UpProjectValue:
        t.title = StepExplainer::tr("Values v_C from the latent (up-projection)");
        t.description = StepExplainer::tr("Naive path: the values of all %1 heads are rebuilt from the same latent, "
                                          "%2 numbers per token.")
                            .arg(nh)
                            .arg(nh * dh);
        t.formulaHtml = StepExplainer::tr("v<sub>C</sub> = c<sub>KV</sub> W<sub>UV</sub>");
        break;
    case StepKind::RopeQuery:
        t.title = StepExplainer::tr("RoPE queries q_R");
        t.description = StepExplainer::tr("Position enters through a separate, decoupled part of each query "
                                          "(d_h^R = %1 per head): RoPE on the keys k_C would sit between the query "
                                          "and W_UK and stop W_UK from being absorbed.")
                            .arg(dr);
        t.formulaHtml = StepExplainer::tr("q<sub>R</sub> = RoPE(%1 W<sub>QR</sub>), per head").arg(ropeInput)
            + QStringLiteral("<br>") + ropeHtml(c);
        break;
    case StepKind::RopeKey:
        t.title = StepExplainer::tr("Shared RoPE key k_R");
        t.description = StepExplainer::tr("One positional key of d_h^R = %1 numbers per token, shared by all %2 heads "
                                          "and cached next to c_KV.")
                            .arg(dr)
                            .arg(nh);
        t.formulaHtml =
            StepExplainer::tr("k<sub>R</sub> = RoPE(X W<sub>KR</sub>)") + QStringLiteral("<br>") + ropeHtml(c);
        break;
    case StepKind::AbsorbKey:
        t.title = StepExplainer::tr("Absorbed query of head %1").arg(c.head());
        t.description = StepExplainer::tr("Absorbed path: since q·k_Cᵀ = q·(c_KV W_UK)ᵀ = (q W_UKᵀ)·c_KVᵀ, the key "
                                          "up-projection moves into the query, and the head attends to the cached "
                                          "latent (d_c = %1) directly.")
                            .arg(dcl);
        t.formulaHtml = StepExplainer::tr("q<sub>lat,%1</sub> = q<sub>C,%1</sub> W<sub>UK,%1</sub><sup>T</sup><br>"
                                          "(W<sub>UK,%1</sub>: %2 of W<sub>UK</sub>)")
                            .arg(c.head())
                            .arg(columns(c.head(), dh));
        break;
    case StepKind::AbsorbValue:
        t.title = StepExplainer::tr("Value up-projection of head %1").arg(c.head());
        t.description = StepExplainer::tr("Absorbed path: the head's output returns from the latent to d_h = %1 "
                                          "numbers after the weighted sum. At inference W_UV can be folded into W_O "
                                          "as well.")
                            .arg(dh);
        t.formulaHtml = StepExplainer::tr("o<sub>%1</sub> = o<sub>lat,%1</sub> W<sub>UV,%1</sub><br>"
                                          "(W<sub>UV,%1</sub>: %2 of W<sub>UV</sub>)")
                            .arg(c.head())
                            .arg(columns(c.head(), dh));
        break;
    default: break;
    }
    return t;
}

QString scaleHtml(const Context &c)
{
    if (c.mechanism == Mechanism::Mla)
        return QStringLiteral("√(%1\u00A0+\u00A0%2)").arg(c.dHead()).arg(c.dRope());
    return QStringLiteral("√%1").arg(c.dHead());
}

StepText explainScores(const Context &c)
{
    StepText t;
    const int h = c.head();
    const QString hs = headSub(c);
    t.title = c.perHead() ? StepExplainer::tr("Scores of head %1").arg(h) : StepExplainer::tr("Scores");
    const QString before = c.causal() ? StepExplainer::tr(" The mask comes next.") : QString();
    switch (c.mechanism) {
    case Mechanism::Mla:
        t.description = StepExplainer::tr("Every query is compared with every key in two parts, content and position "
                                          "(the position part uses the one shared key k_R); the sum is scaled by "
                                          "1/√(d_h + d_h^R).")
            + before;
        t.formulaHtml = (c.absorbed() ? StepExplainer::tr("S%1 = (q<sub>lat,%2</sub> c<sub>KV</sub><sup>T</sup> + "
                                                          "q<sub>R,%2</sub> k<sub>R</sub><sup>T</sup>) / %3")
                                      : StepExplainer::tr("S%1 = (q<sub>C,%2</sub> k<sub>C,%2</sub><sup>T</sup> + "
                                                          "q<sub>R,%2</sub> k<sub>R</sub><sup>T</sup>) / %3"))
                            .arg(hs)
                            .arg(h)
                            .arg(scaleHtml(c));
        break;
    case Mechanism::Gqa:
    case Mechanism::Mqa: {
        const std::int64_t g = c.kvHeadOf(h);
        t.title = StepExplainer::tr("Scores of head %1 (KV head %2)").arg(h).arg(g);
        t.description = StepExplainer::tr("Query head %1 reads KV head ⌊%1 / (n_h / n_kv)⌋ = ⌊%1 / (%2 / %3)⌋ = %4, "
                                          "shared with the other heads of its group. Each query is compared with "
                                          "every key, scaled by 1/√d_h.")
                            .arg(h)
                            .arg(c.heads())
                            .arg(c.kvHeads())
                            .arg(g)
            + before;
        t.formulaHtml = StepExplainer::tr("S%1 = Q%1 K<sub>%2</sub><sup>T</sup> / %3").arg(hs).arg(g).arg(scaleHtml(c));
        break;
    }
    case Mechanism::Sdpa:
        t.description = StepExplainer::tr("Each query is compared with every key by a dot product; dividing by √d_k "
                                          "keeps large products from pushing the softmax into regions of tiny "
                                          "gradients (Vaswani et al. 2017).")
            + before;
        t.formulaHtml =
            StepExplainer::tr("S = Q K<sup>T</sup> / √d<sub>k</sub> = Q K<sup>T</sup> / %1").arg(scaleHtml(c));
        break;
    default:
        t.description = StepExplainer::tr("Head %1 compares each query with every key through its own projections, "
                                          "scaled by 1/√d_h so that the softmax does not saturate.")
                            .arg(h)
            + before;
        t.formulaHtml = StepExplainer::tr("S%1 = Q%1 K%1<sup>T</sup> / %2").arg(hs, scaleHtml(c));
        break;
    }
    return t;
}

StepText explainMask(const Context &c)
{
    StepText t;
    t.title = c.perHead() ? StepExplainer::tr("Causal mask, head %1").arg(c.head()) : StepExplainer::tr("Causal mask");
    t.description = StepExplainer::tr("Token i may not attend to the later tokens j > i: they are not known yet when "
                                      "generating. Their scores become −∞, so they get exactly zero weight; the "
                                      "picture shows the mask (1 = kept, 0 = removed).");
    t.formulaHtml = StepExplainer::tr("S<sub>ij</sub> ← −∞ for j > i");
    return t;
}

StepText explainSoftmax(const Context &c)
{
    StepText t;
    const QString hs = headSub(c);
    t.title = c.perHead() ? StepExplainer::tr("Attention weights of head %1").arg(c.head())
                          : StepExplainer::tr("Attention weights (softmax)");
    t.description = StepExplainer::tr("Each row becomes a probability distribution: how much token i attends to token "
                                      "j. Subtracting the row maximum first changes nothing but avoids overflow.");
    if (c.causal())
        t.description += StepExplainer::tr(" Masked entries get exactly zero weight.");
    t.formulaHtml = StepExplainer::tr("A%1 = softmax(S%1), row by row:<br>A<sub>ij</sub> = exp(S<sub>ij</sub> − "
                                      "m<sub>i</sub>) / ∑<sub>k</sub> exp(S<sub>ik</sub> − m<sub>i</sub>), "
                                      "m<sub>i</sub> = max<sub>k</sub> S<sub>ik</sub>")
                        .arg(hs);
    return t;
}

StepText explainWeightedSum(const Context &c)
{
    StepText t;
    const int h = c.head();
    const QString hs = headSub(c);
    switch (c.mechanism) {
    case Mechanism::Sdpa:
        t.title = StepExplainer::tr("Weighted sum of values");
        t.description = StepExplainer::tr("Each token's output is the average of the values, weighted by its "
                                          "attention weights.");
        t.formulaHtml = StepExplainer::tr("O = A V");
        break;
    case Mechanism::Mla:
        if (c.absorbed()) {
            t.title = StepExplainer::tr("Latent output of head %1").arg(h);
            t.description = StepExplainer::tr("Absorbed path: the weights average the cached latents c_KV directly "
                                              "(d_c = %1 numbers); the value up-projection comes after.")
                                .arg(c.dLatent());
            t.formulaHtml = StepExplainer::tr("o<sub>lat,%1</sub> = A%2 c<sub>KV</sub>").arg(h).arg(hs);
        } else {
            t.title = StepExplainer::tr("Output of head %1").arg(h);
            t.description = StepExplainer::tr("Each token's output for this head is the average of the head's values "
                                              "v_C, weighted by its attention weights.");
            t.formulaHtml = StepExplainer::tr("o<sub>%1</sub> = A%2 v<sub>C,%1</sub>").arg(h).arg(hs);
        }
        break;
    default: {
        const std::int64_t g = c.kvHeadOf(h);
        t.title = StepExplainer::tr("Output of head %1").arg(h);
        t.description = c.mechanism == Mechanism::Mha
            ? StepExplainer::tr("Each token's output for this head is the average of the head's values, weighted by "
                                "its attention weights.")
            : StepExplainer::tr("Each token's output for this head is the average of the values of KV head %1, "
                                "weighted by its attention weights.")
                  .arg(g);
        t.formulaHtml = StepExplainer::tr("O%1 = A%1 V<sub>%2</sub>").arg(hs).arg(g);
        break;
    }
    }
    return t;
}

StepText explainOutput(const Context &c)
{
    StepText t;
    const QString o = c.mechanism == Mechanism::Mla ? QStringLiteral("o") : QStringLiteral("O");
    const QString concat = StepExplainer::tr("Concat(%1<sub>0</sub>, …, %1<sub>%2</sub>)").arg(o).arg(c.heads() - 1);
    if (c.step.kind == StepKind::ConcatHeads) {
        t.title = StepExplainer::tr("Concatenate the heads");
        t.description = StepExplainer::tr("The %1 head outputs of d_h = %2 numbers are laid side by side, head h in "
                                          "columns [h·d_h, (h+1)·d_h).")
                            .arg(c.heads())
                            .arg(c.dHead());
        t.formulaHtml = StepExplainer::tr("O = %1").arg(concat);
    } else {
        t.title = StepExplainer::tr("Output projection");
        t.description = StepExplainer::tr("W_O mixes the heads' results back into d_model = %1 numbers per token: the "
                                          "layer's output.")
                            .arg(c.dModel());
        t.formulaHtml = StepExplainer::tr("output = %1 W<sub>O</sub>").arg(concat);
    }
    return t;
}

// ---- Shapes ----------------------------------------------------------------------------------

// What part of a tensor the step reads or writes, when not all of it.
QString partNote(const Context &c, const std::string &name, bool output)
{
    const core::Tensor &tensor = c.trace.tensor(name);
    if (c.step.row >= 0) {
        const std::int64_t r = c.step.row;
        if (output)
            return StepExplainer::tr("fills row %1 of %2").arg(r + 1).arg(tensor.rank() >= 1 ? tensor.shape[0] : 0);
        if (name == "S_prev")
            return StepExplainer::tr("reads s<sub>%1</sub>").arg(r);
        if (name == "Y_emb")
            return StepExplainer::tr("reads y<sub>%1</sub>").arg(r);
        if (name == "context")
            return StepExplainer::tr("reads c<sub>%1</sub>").arg(r + 1);
        if (name == "scores" || name == "weights")
            return StepExplainer::tr("reads row %1").arg(r + 1);
        return QString();
    }
    if (!c.perHead())
        return QString();
    const int h = c.head();
    if (tensor.rank() == 3)
        return StepExplainer::tr("head %1: [%2 × %3]").arg(h).arg(tensor.shape[1]).arg(tensor.shape[2]);
    const std::int64_t dh = c.dHead();
    if (name == "Q" || name == "q_C" || name == "k_C" || name == "v_C" || name == "W_UK" || name == "W_UV")
        return StepExplainer::tr("head %1: %2").arg(h).arg(columns(h, dh));
    if (name == "q_R")
        return StepExplainer::tr("head %1: %2").arg(h).arg(columns(h, c.dRope()));
    if (name == "K" || name == "V") {
        const std::int64_t g = c.kvHeadOf(h);
        return StepExplainer::tr("KV head %1: %2").arg(g).arg(columns(g, dh));
    }
    if (name == "c_KV" || name == "k_R" || name == "mask")
        return StepExplainer::tr("shared by all heads");
    return QString();
}

QString shapesHtml(const Context &c)
{
    auto line = [&](const std::string &name, bool output) {
        QString s = StepExplainer::tr("%1 %2").arg(tensorNameHtml(name), shapeText(c.trace.tensor(name)));
        const QString note = partNote(c, name, output);
        if (!note.isEmpty())
            s += StepExplainer::tr(", %1").arg(note);
        return s;
    };

    QStringList inputs;
    // The six weights of a GRU in one line: "gru_fwd: W_z, W_r, W_h [32 × 16]; U_z, U_r, U_h [16 × 16]".
    std::map<std::string, std::vector<std::string>> gru;
    std::vector<std::string> gruOrder;
    for (const std::string &name : c.step.inputs) {
        const auto dot = name.find('.');
        if (dot != std::string::npos) {
            const std::string prefix = name.substr(0, dot);
            if (!gru.count(prefix))
                gruOrder.push_back(prefix);
            gru[prefix].push_back(name);
            continue;
        }
        inputs << line(name, false);
    }
    for (const std::string &prefix : gruOrder) {
        const auto &names = gru[prefix];
        std::map<QString, QStringList> byShape; // W_* and U_* have different shapes
        std::vector<QString> shapeOrder;
        for (const std::string &name : names) {
            const QString shape = shapeText(c.trace.tensor(name));
            if (!byShape.count(shape))
                shapeOrder.push_back(shape);
            byShape[shape] << tensorNameHtml(name.substr(prefix.size() + 1));
        }
        QStringList parts;
        for (const QString &shape : shapeOrder)
            parts << StepExplainer::tr("%1 %2").arg(byShape[shape].join(QStringLiteral(", ")), shape);
        inputs << StepExplainer::tr("%1 weights: %2")
                      .arg(QString::fromStdString(prefix).toHtmlEscaped(), parts.join(QStringLiteral("; ")));
    }

    QString html = QStringLiteral("<b>%1</b> %2").arg(StepExplainer::tr("Output:"), line(c.step.output, true));
    if (!inputs.isEmpty())
        html += QStringLiteral("<br><b>%1</b><br>%2")
                    .arg(StepExplainer::tr("Inputs:"), inputs.join(QStringLiteral("<br>")));
    return html;
}

} // namespace

QString shapeText(const core::Tensor &tensor)
{
    QStringList dims;
    for (const std::int64_t d : tensor.shape)
        dims << QString::number(d);
    // No-break spaces: a shape never wraps inside its brackets.
    return QStringLiteral("[%1]").arg(dims.join(QStringLiteral("\u00A0×\u00A0")));
}

QString tensorNameHtml(const std::string &name)
{
    const QString q = QString::fromStdString(name).toHtmlEscaped();
    const auto dot = q.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0)
        return q.left(dot + 1) + tensorNameHtml(q.mid(dot + 1).toStdString());
    // One-letter symbols take their subscript ("W_UK", "q_lat", "S_prev"); words stay words
    // ("head_outputs").
    const auto underscore = q.indexOf(QLatin1Char('_'));
    if (underscore == 1 && q.size() > 2)
        return QStringLiteral("%1<sub>%2</sub>").arg(q.left(1), q.mid(2));
    return q;
}

StepText explainStep(const core::Trace &trace, const core::Step &step, core::Mechanism mechanism,
                     const core::Config *config)
{
    const Context c{trace, step, mechanism, config};
    StepText t;
    switch (step.kind) {
    case StepKind::Input: t = explainInput(c); break;
    case StepKind::GruForward:
    case StepKind::GruBackward:
    case StepKind::Annotations:
    case StepKind::DecoderInit: t = explainEncoder(c); break;
    case StepKind::DecoderState:
    case StepKind::AlignmentScores: t = explainDecoder(c); break;
    case StepKind::ProjectQuery:
    case StepKind::ProjectKey:
    case StepKind::ProjectValue: t = explainProjection(c); break;
    case StepKind::DownProjectKv:
    case StepKind::DownProjectQuery:
    case StepKind::UpProjectKey:
    case StepKind::UpProjectValue:
    case StepKind::RopeQuery:
    case StepKind::RopeKey:
    case StepKind::AbsorbKey:
    case StepKind::AbsorbValue: t = explainLatent(c); break;
    case StepKind::Scores: t = explainScores(c); break;
    case StepKind::Mask: t = explainMask(c); break;
    case StepKind::Softmax:
        t = mechanism == Mechanism::Bahdanau && step.row >= 0 ? explainDecoder(c) : explainSoftmax(c);
        break;
    case StepKind::WeightedSum:
        t = mechanism == Mechanism::Bahdanau && step.row >= 0 ? explainDecoder(c) : explainWeightedSum(c);
        break;
    case StepKind::ConcatHeads:
    case StepKind::OutputProjection: t = explainOutput(c); break;
    }
    if (trace.hasTensor(step.output))
        t.shapesHtml = shapesHtml(c);
    return t;
}

} // namespace attnscope::widgets
