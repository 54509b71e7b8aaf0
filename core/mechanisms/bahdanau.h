// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mechanisms/gru.h"
#include "core/trace/trace.h"

namespace attnscope::core {

// Additive attention in the RNN encoder-decoder of Bahdanau, Cho and Bengio (2014).
//
// Encoder: a bidirectional GRU over the source embeddings X_src [T_src, m] gives the
// annotations h_j = [h_fwd_j ; h_bwd_j] : [T_src, 2n].
// Decoder: s_0 = tanh(h_bwd_1 W_s) (the paper's initial state), then for i = 1..T_tgt
//   e_ij    = v_a . tanh(s_{i-1} W_a + h_j U_a)      alignment model, W_a [n, n'], U_a [2n, n']
//   alpha_i = softmax_j(e_i)
//   c_i     = sum_j alpha_ij h_j                     context [1, 2n]
//   s_i     = GRU_dec(s_{i-1}, [y_{i-1} ; c_i])      y_{i-1}: row i-1 of Y_emb [T_tgt, m]
// (the paper's f(s_{i-1}, y_{i-1}, c_i); its W and C matrices stacked as one input weight).
struct BahdanauWeights
{
    GruWeights encoderForward;  // input m
    GruWeights encoderBackward; // input m
    GruWeights decoder;         // input m + 2n
    Matrix ws;                  // [n, n]
    Matrix wa;                  // [n, n']
    Matrix ua;                  // [2n, n']
    RowVector va;               // [n']
};

struct BahdanauResult
{
    Matrix forwardStates;  // [T_src, n]
    Matrix backwardStates; // [T_src, n]
    Matrix annotations;    // [T_src, 2n]
    Matrix previousStates; // S_prev: row i is s_{i-1}, [T_tgt, n]
    Matrix states;         // row i is s_i, [T_tgt, n]
    Matrix scores;         // e: [T_tgt, T_src]
    Matrix weights;        // alpha: [T_tgt, T_src]
    Matrix context;        // c: [T_tgt, 2n]
};

// sourceEmbeddings: X_src [T_src, m]; targetEmbeddings: Y_emb [T_tgt, m].
[[nodiscard]] BahdanauResult bahdanauAttention(const BahdanauWeights &w, const Matrix &sourceEmbeddings,
                                               const Matrix &targetEmbeddings);

// The alignment model alone, for one decoder state: s [1, n], annotations [T_src, 2n] -> e [1, T_src].
[[nodiscard]] RowVector additiveScores(const BahdanauWeights &w, const RowVector &s, const Matrix &annotations);

// Runs bahdanauAttention(w, sourceEmbeddings, targetEmbeddings) and records it as the trace every
// Bahdanau view reads, for seeded configurations (compute.cpp) and the trained date translator
// (model/translator.cpp) alike, so both have one set of tensor names and steps:
//   tensors: X_src, gru_fwd.*, gru_bwd.*, gru_dec.* (W_z U_z W_r U_r W_h U_h), W_s, W_a, U_a, v_a
//            [1, n'], h_fwd, h_bwd, annotations, Y_emb, S_prev, S, scores, weights, context
//   steps:   Input X_src, GruForward h_fwd, GruBackward h_bwd, Annotations, Input Y_emb,
//            DecoderInit (row 0 of S_prev), then per decoder step i: AlignmentScores, Softmax,
//            WeightedSum and DecoderState, each filling row i of its output.
// Y_emb holds y_0 .. y_{T-1}, the decoder's inputs (teacher forcing).
[[nodiscard]] Trace bahdanauTrace(const BahdanauWeights &w, const Matrix &sourceEmbeddings,
                                  const Matrix &targetEmbeddings);

} // namespace attnscope::core
