# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent numpy reference for AttnScope dumps (`attnscope compute --dump FILE`).

This module re-derives, in float64, every tensor that AttnScope computes from the inputs
and weights stored in a dump, straight from the papers' formulas:

  * Bahdanau, Cho, Bengio (2014), "Neural Machine Translation by Jointly Learning to Align
    and Translate", appendix A (GRU without biases) and the alignment model of section 3.1 /
    appendix A.2: e_ij = v_a . tanh(s_{i-1} W_a + h_j U_a), s_0 = tanh(h_bwd_1 W_s).
  * Vaswani et al. (2017): scaled dot-product and multi-head attention.
  * Shazeer (2019): multi-query attention; Ainslie et al. (2023): grouped-query attention.
  * DeepSeek-V2 (2024), section 2.1 and appendix C: multi-head latent attention with
    decoupled RoPE, both the naive and the weight-absorbed evaluation.
  * Su et al., RoFormer: rotary position embedding.

It deliberately shares no code with the C++ core; it only relies on the dump format:

  {"format": "attnscope-dump/1", "mechanism": ..., "config": {...},
   "tensors": {NAME: {"shape": [...], "data": [... row-major ...]}}, ...}

Tolerance
---------
The C++ computes in float32; this reference computes in float64 from the float32 inputs
and weights of the dump. An element passes when

    |dump - reference| <= tol * max(1, |reference|)

i.e. the tolerance is absolute for values of magnitude up to 1 (probabilities, tanh
outputs, typical activations) and relative beyond (large scores or outputs, where float32
rounding grows with the value). The default tol is 1e-4: float32 has ~6e-8 relative
precision, so 1e-4 leaves room for accumulation over long dot products and recurrences
while catching any formula error (a wrong scale, transpose, head mapping or RoPE pair
layout changes values by far more). The reported max_abs_diff is the plain maximum
absolute difference. Exact checks (tolerance 0) are used for the causal mask tensor and
for masked attention weights, which must be exactly 0.0.
"""

from __future__ import annotations

import json
import math
import sys

import numpy as np

FORMAT = "attnscope-dump/1"
MECHANISMS = ("bahdanau", "sdpa", "mha", "gqa", "mqa", "mla")
DEFAULT_TOLERANCE = 1e-4


class DumpError(Exception):
    """The file is not a valid attnscope dump (exit status 2 of check-dump)."""


# --------------------------------------------------------------------------------------
# Loading


def _require(cond, msg):
    if not cond:
        raise DumpError(msg)


def load_dump(path):
    """Parses and structurally validates a dump. Returns (mechanism, config, tensors)
    where tensors maps names to float64 numpy arrays of their declared shape."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise DumpError(f"cannot read: {e.strerror}") from None
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DumpError(f"not JSON: {e}") from None
    _require(isinstance(doc, dict), "top level is not a JSON object")
    _require("format" in doc, 'no "format" key')
    _require(doc["format"] == FORMAT, f'"format" is {doc["format"]!r}, expected {FORMAT!r}')
    mech = doc.get("mechanism")
    _require(mech in MECHANISMS, f'"mechanism" is {mech!r}, expected one of {", ".join(MECHANISMS)}')
    config = doc.get("config")
    _require(isinstance(config, dict), 'no "config" object')
    tensors_doc = doc.get("tensors")
    _require(isinstance(tensors_doc, dict), 'no "tensors" object')
    tensors = {}
    for name, t in tensors_doc.items():
        _require(isinstance(t, dict), f"tensor {name}: not an object")
        shape, data = t.get("shape"), t.get("data")
        _require(isinstance(shape, list) and all(isinstance(d, int) and not isinstance(d, bool) and d >= 0
                                                 for d in shape),
                 f"tensor {name}: \"shape\" is not a list of non-negative integers")
        _require(isinstance(data, list), f'tensor {name}: "data" is not a list')
        n = math.prod(shape)
        _require(len(data) == n, f"tensor {name}: shape {shape} needs {n} values, data has {len(data)}")
        _require(all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in data),
                 f"tensor {name}: data holds non-numbers")
        tensors[name] = np.asarray(data, dtype=np.float64).reshape(shape)
    return mech, config, tensors


def _cfg(config, key, kind):
    _require(key in config, f'config has no "{key}"')
    v = config[key]
    if kind is int:
        _require(isinstance(v, int) and not isinstance(v, bool), f'config "{key}" is not an integer: {v!r}')
    elif kind is bool:
        _require(isinstance(v, bool), f'config "{key}" is not a boolean: {v!r}')
    elif kind is float:
        _require(isinstance(v, (int, float)) and not isinstance(v, bool), f'config "{key}" is not a number: {v!r}')
        v = float(v)
    elif isinstance(kind, tuple):
        _require(v in kind, f'config "{key}" is {v!r}, expected one of {kind}')
    return v


# --------------------------------------------------------------------------------------
# The formulas, float64


def softmax_rows(scores, allowed=None):
    """Softmax over the last axis, subtracting the row max; entries where allowed is False
    get exactly 0 weight."""
    s = np.array(scores, dtype=np.float64)
    if allowed is not None:
        s = np.where(allowed, s, -np.inf)
    m = np.max(s, axis=-1, keepdims=True)
    e = np.exp(s - m)
    if allowed is not None:
        e = np.where(allowed, e, 0.0)
    return e / np.sum(e, axis=-1, keepdims=True)


def causal_allowed(tq, tk):
    """allowed[i, j]: query i may attend to key j (j <= i)."""
    return np.arange(tk)[None, :] <= np.arange(tq)[:, None]


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def rope(x, base, layout):
    """RoFormer rotation of the rows of x [T, d] (row p at position p):
    theta_j = base^(-2j/d), pair j rotated by angle p*theta_j,
    (a, b) -> (a cos - b sin, a sin + b cos).
    interleaved: pair j = coordinates (2j, 2j+1); half: pair j = (j, j + d/2)."""
    t, d = x.shape
    assert d % 2 == 0
    half = d // 2
    theta = base ** (-2.0 * np.arange(half) / d)
    ang = np.arange(t, dtype=np.float64)[:, None] * theta[None, :]
    cos, sin = np.cos(ang), np.sin(ang)
    if layout == "interleaved":
        ia, ib = np.arange(0, d, 2), np.arange(1, d, 2)
    else:
        ia, ib = np.arange(half), np.arange(half, d)
    a, b = x[:, ia], x[:, ib]
    out = np.empty_like(x)
    out[:, ia] = a * cos - b * sin
    out[:, ib] = a * sin + b * cos
    return out


def rope_heads(x, n_heads, d_rope, base, layout):
    """RoPE applied independently to each head's d_rope-wide column block of x."""
    return np.concatenate([rope(x[:, h * d_rope:(h + 1) * d_rope], base, layout) for h in range(n_heads)],
                          axis=1)


def head_block(m, i, width):
    return m[:, i * width:(i + 1) * width]


def gru_step(w, x, h):
    """Bahdanau et al. appendix A, no biases, row-vector convention."""
    z = sigmoid(x @ w["W_z"] + h @ w["U_z"])
    r = sigmoid(x @ w["W_r"] + h @ w["U_r"])
    h_tilde = np.tanh(x @ w["W_h"] + (r * h) @ w["U_h"])
    return (1.0 - z) * h + z * h_tilde


def gru_sequence(w, xs, backward):
    n = w["U_z"].shape[0]
    h = np.zeros(n)
    out = np.zeros((xs.shape[0], n))
    order = range(xs.shape[0] - 1, -1, -1) if backward else range(xs.shape[0])
    for t in order:
        h = gru_step(w, xs[t], h)
        out[t] = h
    return out


# --------------------------------------------------------------------------------------
# Checking


class Report:
    """Collects one result per checked item: (name, max_abs_diff, ok, detail)."""

    def __init__(self, tol):
        self.tol = tol
        self.items = []

    def add(self, name, diff, ok, detail=""):
        self.items.append((name, diff, bool(ok), detail))

    def compare(self, name, got, ref, exact=False):
        """Element-wise comparison under the tolerance rule of the module docstring."""
        if got.shape != ref.shape:
            self.add(name, float("nan"), False, f"shape {list(got.shape)}, expected {list(ref.shape)}")
            return
        if got.size == 0:
            self.add(name, 0.0, True)
            return
        diff = np.abs(got - ref)
        if not np.all(np.isfinite(got)):
            self.add(name, float("nan"), False, "non-finite values in the dump")
            return
        maxdiff = float(np.max(diff))
        if exact:
            ok = maxdiff == 0.0
        else:
            ok = bool(np.all(diff <= self.tol * np.maximum(1.0, np.abs(ref))))
        detail = ""
        if not ok:
            idx = np.unravel_index(int(np.argmax(diff)), diff.shape)
            detail = (f"worst at index {list(map(int, idx))}: dump {got[idx]!r}, reference {ref[idx]!r}"
                      f" (max |ref| {float(np.max(np.abs(ref))):.4g})")
        self.add(name, maxdiff, ok, detail)

    def masked_zero(self, name, weights, allowed):
        """Masked attention weights must be exactly 0.0."""
        allowed = np.broadcast_to(allowed, weights.shape)
        masked = weights[~allowed]
        m = float(np.max(np.abs(masked))) if masked.size else 0.0
        self.add(name, m, m == 0.0, "" if m == 0.0 else "masked weights are not exactly 0.0")


class _Shapes:
    """Collects mismatches between config sizes and tensor shapes."""

    def __init__(self, tensors):
        self.tensors = tensors
        self.errors = []

    def expect(self, name, shape, alt=None):
        got = list(self.tensors[name].shape)
        if got != list(shape) and (alt is None or got != list(alt)):
            self.errors.append(f"{name} has shape {got}, config implies {list(shape)}")
            return False
        return True

    def fact(self, cond, msg):
        if not cond:
            self.errors.append(msg)


def _need(tensors, names):
    missing = [n for n in names if n not in tensors]
    _require(not missing, "missing tensor(s): " + ", ".join(missing))


def _attention_check(rep, tensors, scores, weights_ref, allowed, scores_name="scores"):
    rep.compare(scores_name, tensors["scores"], scores)
    rep.compare("weights", tensors["weights"], weights_ref)
    if allowed is not None:
        rep.masked_zero("weights[masked]", tensors["weights"], allowed)


def _mask_check(rep, tensors, causal, tq, tk, need_mask):
    allowed = causal_allowed(tq, tk) if causal else None
    if causal:
        if need_mask:
            got = tensors["mask"]
            ref = allowed.astype(np.float64)
            if got.ndim == 3:  # tolerate a per-head stack
                ref = np.broadcast_to(ref, got.shape)
            rep.compare("mask", got, ref, exact=True)
    elif "mask" in tensors:
        rep.add("mask", float("nan"), False, "a mask tensor in a non-causal dump")
    return allowed


def check_sdpa(rep, config, t):
    causal = _cfg(config, "causal", bool)
    attention = _cfg(config, "attention", ("self", "cross"))
    cross = attention == "cross"
    d_model, tq, d_k = _cfg(config, "d_model", int), _cfg(config, "tokens", int), _cfg(config, "d_head", int)
    tk = _cfg(config, "source_tokens", int) if cross else tq
    _need(t, ["X", "W_Q", "W_K", "W_V", "Q", "K", "V", "scores", "weights", "output"]
          + (["X_enc"] if cross else []) + (["mask"] if causal else []))
    sh = _Shapes(t)
    sh.fact(not (causal and cross), "causal cross-attention is not defined")
    for key in ("n_heads", "n_kv_heads"):
        if key in config:
            sh.fact(config[key] == 1, f"sdpa has one head but config {key} is {config[key]!r}")
    sh.expect("X", [tq, d_model])
    if cross:
        sh.expect("X_enc", [tk, d_model])
    for w in ("W_Q", "W_K", "W_V"):
        sh.expect(w, [d_model, d_k])
    if not _shape_report(rep, sh):
        return
    x = t["X"]
    xkv = t["X_enc"] if cross else x
    q, k, v = x @ t["W_Q"], xkv @ t["W_K"], xkv @ t["W_V"]
    scores = q @ k.T / math.sqrt(d_k)
    allowed = _mask_check(rep, t, causal, tq, tk, True)
    weights = softmax_rows(scores, allowed)
    rep.compare("Q", t["Q"], q)
    rep.compare("K", t["K"], k)
    rep.compare("V", t["V"], v)
    _attention_check(rep, t, scores, weights, allowed)
    rep.compare("output", t["output"], weights @ v)


def check_grouped(rep, mech, config, t):
    causal = _cfg(config, "causal", bool)
    cross = _cfg(config, "attention", ("self", "cross")) == "cross"
    d_model, tq = _cfg(config, "d_model", int), _cfg(config, "tokens", int)
    n_h, n_g, d_h = _cfg(config, "n_heads", int), _cfg(config, "n_kv_heads", int), _cfg(config, "d_head", int)
    tk = _cfg(config, "source_tokens", int) if cross else tq
    _need(t, ["X", "W_Q", "W_K", "W_V", "W_O", "Q", "K", "V", "scores", "weights", "head_outputs",
              "heads_out", "output"] + (["X_enc"] if cross else []) + (["mask"] if causal else []))
    sh = _Shapes(t)
    sh.fact(not (causal and cross), "causal cross-attention is not defined")
    sh.fact(n_h >= 1 and n_g >= 1 and n_h % n_g == 0, f"n_heads {n_h} is not a multiple of n_kv_heads {n_g}")
    if mech == "mha":
        sh.fact(n_g == n_h, f"mha needs n_kv_heads == n_heads, config has {n_g} and {n_h}")
    if mech == "mqa":
        sh.fact(n_g == 1, f"mqa needs n_kv_heads == 1, config has {n_g}")
    sh.expect("X", [tq, d_model])
    if cross:
        sh.expect("X_enc", [tk, d_model])
    sh.expect("W_Q", [d_model, n_h * d_h])
    sh.expect("W_K", [d_model, n_g * d_h])
    sh.expect("W_V", [d_model, n_g * d_h])
    sh.expect("W_O", [n_h * d_h, d_model])
    if not _shape_report(rep, sh):
        return
    x = t["X"]
    xkv = t["X_enc"] if cross else x
    q, k, v = x @ t["W_Q"], xkv @ t["W_K"], xkv @ t["W_V"]
    group = n_h // n_g
    allowed = _mask_check(rep, t, causal, tq, tk, True)
    scores = np.stack([head_block(q, i, d_h) @ head_block(k, i // group, d_h).T / math.sqrt(d_h)
                       for i in range(n_h)])
    weights = softmax_rows(scores, allowed)
    head_outputs = np.stack([weights[i] @ head_block(v, i // group, d_h) for i in range(n_h)])
    heads_out = np.concatenate(list(head_outputs), axis=1)
    rep.compare("Q", t["Q"], q)
    rep.compare("K", t["K"], k)
    rep.compare("V", t["V"], v)
    _attention_check(rep, t, scores, weights, allowed)
    rep.compare("head_outputs", t["head_outputs"], head_outputs)
    rep.compare("heads_out", t["heads_out"], heads_out)
    rep.compare("output", t["output"], heads_out @ t["W_O"])


def mla_reference(t, n_h, d_h, d_r, d_cq, base, layout, path):
    """All MLA tensors for one path, from the dump's X and weights."""
    x = t["X"]
    r = {}
    if d_cq > 0:
        r["c_Q"] = x @ t["W_DQ"]
        r["q_C"] = r["c_Q"] @ t["W_UQ"]
        q_r_in = r["c_Q"] @ t["W_QR"]
    else:
        r["q_C"] = x @ t["W_Q"]
        q_r_in = x @ t["W_QR"]
    r["q_R"] = rope_heads(q_r_in, n_h, d_r, base, layout)
    r["c_KV"] = x @ t["W_DKV"]
    r["k_R"] = rope(x @ t["W_KR"], base, layout)
    T = x.shape[0]
    allowed = causal_allowed(T, T)
    scale = 1.0 / math.sqrt(d_h + d_r)
    scores, outs, q_lat, o_lat = [], [], [], []
    if path == "naive":
        r["k_C"] = r["c_KV"] @ t["W_UK"]
        r["v_C"] = r["c_KV"] @ t["W_UV"]
    for i in range(n_h):
        q_c = head_block(r["q_C"], i, d_h)
        q_r = head_block(r["q_R"], i, d_r)
        rope_part = q_r @ r["k_R"].T
        if path == "naive":
            s = (np.concatenate([q_c, q_r], axis=1)
                 @ np.concatenate([head_block(r["k_C"], i, d_h), r["k_R"]], axis=1).T) * scale
            w = softmax_rows(s, allowed)
            o = w @ head_block(r["v_C"], i, d_h)
        else:
            ql = q_c @ head_block(t["W_UK"], i, d_h).T
            s = (ql @ r["c_KV"].T + rope_part) * scale
            w = softmax_rows(s, allowed)
            ol = w @ r["c_KV"]
            o = ol @ head_block(t["W_UV"], i, d_h)
            q_lat.append(ql)
            o_lat.append(ol)
        scores.append(s)
        outs.append(o)
    if path == "absorbed":
        r["q_lat"] = np.stack(q_lat)
        r["o_lat"] = np.stack(o_lat)
    r["scores"] = np.stack(scores)
    r["weights"] = softmax_rows(r["scores"], allowed)
    r["head_outputs"] = np.stack(outs)
    r["heads_out"] = np.concatenate(outs, axis=1)
    r["output"] = r["heads_out"] @ t["W_O"]
    r["_allowed"] = allowed
    return r


def check_mla(rep, config, t):
    causal = _cfg(config, "causal", bool)
    attention = _cfg(config, "attention", ("self", "cross"))
    d_model, T = _cfg(config, "d_model", int), _cfg(config, "tokens", int)
    n_h, d_h = _cfg(config, "n_heads", int), _cfg(config, "d_head", int)
    d_c, d_cq = _cfg(config, "d_latent_kv", int), _cfg(config, "d_latent_q", int)
    d_r = _cfg(config, "d_rope", int)
    base = _cfg(config, "rope_base", float)
    layout = _cfg(config, "rope_layout", ("interleaved", "half"))
    path = _cfg(config, "mla_path", ("naive", "absorbed"))
    weights_in = ["X", "W_QR", "W_DKV", "W_UK", "W_UV", "W_KR", "W_O"] + (["W_DQ", "W_UQ"] if d_cq > 0 else ["W_Q"])
    derived = (["c_Q"] if d_cq > 0 else []) + ["q_C", "q_R", "c_KV", "k_R"]
    derived += ["k_C", "v_C"] if path == "naive" else ["q_lat"]
    derived += ["scores", "mask", "weights"] + ([] if path == "naive" else ["o_lat"])
    derived += ["head_outputs", "heads_out", "output"]
    _need(t, weights_in + derived)
    sh = _Shapes(t)
    sh.fact(causal, "mla is always causal but config has causal=false")
    sh.fact(attention == "self", "mla is self-attention only but config has attention=cross")
    sh.fact(d_r % 2 == 0 and d_r > 0, f"d_rope {d_r} is not a positive even number")
    sh.expect("X", [T, d_model])
    if d_cq > 0:
        sh.expect("W_DQ", [d_model, d_cq])
        sh.expect("W_UQ", [d_cq, n_h * d_h])
        sh.expect("W_QR", [d_cq, n_h * d_r])
        sh.fact("W_Q" not in t, "W_Q present although the query is compressed")
    else:
        sh.expect("W_Q", [d_model, n_h * d_h])
        sh.expect("W_QR", [d_model, n_h * d_r])
        sh.fact("c_Q" not in t and "W_DQ" not in t, "c_Q/W_DQ present without query compression")
    sh.expect("W_DKV", [d_model, d_c])
    sh.expect("W_UK", [d_c, n_h * d_h])
    sh.expect("W_UV", [d_c, n_h * d_h])
    sh.expect("W_KR", [d_model, d_r])
    sh.expect("W_O", [n_h * d_h, d_model])
    other = "absorbed" if path == "naive" else "naive"
    for name in (["k_C", "v_C"] if other == "naive" else ["q_lat", "o_lat"]):
        sh.fact(name not in t, f"{name} present on the {path} path")
    if not _shape_report(rep, sh):
        return
    ref = mla_reference(t, n_h, d_h, d_r, d_cq, base, layout, path)
    alt = mla_reference(t, n_h, d_h, d_r, d_cq, base, layout, other)
    allowed = ref["_allowed"]
    got_mask = t["mask"]
    mask_ref = allowed.astype(np.float64)
    if got_mask.ndim == 3:
        mask_ref = np.broadcast_to(mask_ref, got_mask.shape)
    rep.compare("mask", got_mask, mask_ref, exact=True)
    for name in derived:
        if name == "mask":
            continue
        rep.compare(name, t[name], ref[name])
        if name == "weights":
            rep.masked_zero("weights[masked]", t["weights"], allowed)
    # The two evaluation orders are the same function: the dumped output must also equal
    # what the other path gives.
    rep.compare(f"output[{other}-path]", t["output"], alt["output"])
    rep.compare(f"scores[{other}-path]", t["scores"], alt["scores"])


def check_bahdanau(rep, config, t):
    m, n, na = _cfg(config, "d_model", int), _cfg(config, "hidden", int), _cfg(config, "align_dim", int)
    T, S = _cfg(config, "tokens", int), _cfg(config, "source_tokens", int)
    grus = {"gru_fwd": m, "gru_bwd": m, "gru_dec": m + 2 * n}
    gate_names = ("W_z", "U_z", "W_r", "U_r", "W_h", "U_h")
    inputs = ["X_src", "Y_emb", "W_s", "W_a", "U_a", "v_a"] + [f"{g}.{w}" for g in grus for w in gate_names]
    derived = ["h_fwd", "h_bwd", "annotations", "S_prev", "S", "scores", "weights", "context"]
    _need(t, inputs + derived)
    sh = _Shapes(t)
    sh.expect("X_src", [S, m])
    sh.expect("Y_emb", [T, m])
    for g, inp in grus.items():
        for w in gate_names:
            sh.expect(f"{g}.{w}", [inp, n] if w.startswith("W") else [n, n])
    sh.expect("W_s", [n, n])
    sh.expect("W_a", [n, na])
    sh.expect("U_a", [2 * n, na])
    sh.expect("v_a", [na], alt=[1, na])
    if not _shape_report(rep, sh):
        return
    gw = {g: {w: t[f"{g}.{w}"] for w in gate_names} for g in grus}
    h_fwd = gru_sequence(gw["gru_fwd"], t["X_src"], backward=False)
    h_bwd = gru_sequence(gw["gru_bwd"], t["X_src"], backward=True)
    ann = np.concatenate([h_fwd, h_bwd], axis=1)
    v_a = t["v_a"].reshape(-1)
    s = np.tanh(h_bwd[0] @ t["W_s"])
    ann_proj = ann @ t["U_a"]  # [S, n'], independent of i
    s_prev, s_all, scores, weights, ctx = [], [], [], [], []
    for i in range(T):
        s_prev.append(s)
        e = np.tanh(s @ t["W_a"] + ann_proj) @ v_a
        a = softmax_rows(e)
        c = a @ ann
        s = gru_step(gw["gru_dec"], np.concatenate([t["Y_emb"][i], c]), s)
        scores.append(e)
        weights.append(a)
        ctx.append(c)
        s_all.append(s)
    shape = lambda rows, cols: np.array(rows).reshape(T, cols)
    rep.compare("h_fwd", t["h_fwd"], h_fwd)
    rep.compare("h_bwd", t["h_bwd"], h_bwd)
    rep.compare("annotations", t["annotations"], ann)
    rep.compare("S_prev", t["S_prev"], shape(s_prev, n))
    rep.compare("scores", t["scores"], shape(scores, S))
    rep.compare("weights", t["weights"], shape(weights, S))
    rep.compare("context", t["context"], shape(ctx, 2 * n))
    rep.compare("S", t["S"], shape(s_all, n))


def _shape_report(rep, sh):
    """One 'config' item: config values consistent with each other and with the shapes of
    the inputs and weights. Derived tensors' shapes are checked by their own comparison."""
    ok = not sh.errors
    rep.add("config", 0.0 if ok else float("nan"), ok, "; ".join(sh.errors))
    return ok


def check_dump(path, tol=DEFAULT_TOLERANCE):
    """Checks one dump. Returns a Report; raises DumpError if the file is not a valid dump."""
    mech, config, tensors = load_dump(path)
    rep = Report(tol)
    _cfg(config, "tokens", int)
    _cfg(config, "d_model", int)
    inputs_ok = all(np.all(np.isfinite(v)) for v in tensors.values())
    if mech == "sdpa":
        check_sdpa(rep, config, tensors)
    elif mech in ("mha", "gqa", "mqa"):
        check_grouped(rep, mech, config, tensors)
    elif mech == "mla":
        check_mla(rep, config, tensors)
    else:
        check_bahdanau(rep, config, tensors)
    if not inputs_ok:
        bad = [n for n, v in tensors.items() if not np.all(np.isfinite(v))]
        rep.add("finite", float("nan"), False, "non-finite values in " + ", ".join(bad))
    return rep


def format_diff(x):
    return "nan" if math.isnan(x) else f"{x:.3g}"


def print_report(label, rep, out=sys.stdout, err=sys.stderr):
    """Prints `<label> <tensor> max_abs_diff=<x> ok|FAIL` per item (details of failures on
    stderr). Returns (passed, failed)."""
    passed = failed = 0
    for name, diff, ok, detail in rep.items:
        print(f"{label} {name} max_abs_diff={format_diff(diff)} {'ok' if ok else 'FAIL'}", file=out)
        if not ok:
            failed += 1
            if detail:
                print(f"  {label} {name}: {detail}", file=err)
        else:
            passed += 1
    out.flush()
    return passed, failed
