# SPDX-License-Identifier: GPL-3.0-or-later
"""The Bahdanau teaching model: an RNN encoder-decoder with additive attention (Bahdanau, Cho
and Bengio 2014) that translates dates written in words into ISO dates,
"saturday 5 december 2026" -> "2026-12-05", so that its alignment matrix shows the reordering.

The math is core's (core/mechanisms/gru.h, bahdanau.h), row vectors, every matrix [in, out]:
  GRU:      z = sig(x W_z + h U_z), r = sig(x W_r + h U_r), h~ = tanh(x W_h + (r o h) U_h),
            h' = (1 - z) o h + z o h~                                   (no biases)
  encoder:  h_j = [fwd_j ; bwd_j] over the source embeddings             [T_src, 2n]
  decoder:  s_0 = tanh(bwd_0 W_s); for i = 1..T_tgt:
            e_ij = v_a . tanh(s_{i-1} W_a + h_j U_a), alpha_i = softmax_j(e_i), c_i = alpha_i h,
            s_i = GRU_dec(s_{i-1}, [y_{i-1} ; c_i]), y_0 = the embedding of <s>
  output:   logits_i = [s_i ; c_i ; y_{i-1}] W_out + b_out                (the only bias)
"""

import datetime
import json
import os
import random
import time

import torch
import torch.nn.functional as F

from . import export

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
FIRST, LAST = datetime.date(1950, 1, 1), datetime.date(2049, 12, 31)
FORMATS = ["weekday day month year", "day month year", "month day , year", "day / month / year"]
SOURCE_VOCAB = WEEKDAYS + MONTHS + [str(d) for d in range(1, 32)] + [",", "/"] + \
    [str(y) for y in range(FIRST.year, LAST.year + 1)]
TARGET_VOCAB = ["<s>", "</s>", "-"] + [str(d) for d in range(10)]
SIZES = {"m": 32, "n": 64, "n_prime": 64}
# Reference dates (held out of training): one per format.
REFERENCE = [(datetime.date(2026, 12, 5), 0), (datetime.date(1969, 7, 20), 1), (datetime.date(2031, 3, 14), 2),
             (datetime.date(1989, 11, 9), 3)]


def source_words(d, fmt):
    if fmt == 0:
        return [WEEKDAYS[d.weekday()], str(d.day), MONTHS[d.month - 1], str(d.year)]
    if fmt == 1:
        return [str(d.day), MONTHS[d.month - 1], str(d.year)]
    if fmt == 2:
        return [MONTHS[d.month - 1], str(d.day), ",", str(d.year)]
    return [str(d.day), "/", str(d.month), "/", str(d.year)]


def target_chars(d):
    return list(d.isoformat()) + ["</s>"]


def split(seed):
    """Every date of 1950..2049; 10 % of them (and the reference dates) held out."""
    days = [FIRST + datetime.timedelta(k) for k in range((LAST - FIRST).days + 1)]
    rng = random.Random(seed)
    held = set(rng.sample(days, len(days) // 10)) | {d for d, _ in REFERENCE}
    return [d for d in days if d not in held], sorted(held)


class Bahdanau(torch.nn.Module):
    def __init__(self, m, n, n_prime):
        super().__init__()
        self.m, self.n, self.np_ = m, n, n_prime
        shapes = {"source_embedding": (len(SOURCE_VOCAB), m), "target_embedding": (len(TARGET_VOCAB), m),
                  "ws": (n, n), "wa": (n, n_prime), "ua": (2 * n, n_prime), "va": (n_prime,),
                  "output.weight": (n + 2 * n + m, len(TARGET_VOCAB)), "output.bias": (len(TARGET_VOCAB),)}
        for g, inp in (("encoder_forward", m), ("encoder_backward", m), ("decoder", m + 2 * n)):
            for w in ("wz", "wr", "wh"):
                shapes["%s.%s" % (g, w)] = (inp, n)
            for u in ("uz", "ur", "uh"):
                shapes["%s.%s" % (g, u)] = (n, n)
        self.names = sorted(shapes)
        self.p = torch.nn.ParameterDict()
        for k in self.names:
            s = shapes[k]
            if k.endswith("embedding"):
                w = torch.randn(s) * 0.3
            elif len(s) == 1:
                w = torch.randn(s) * (0.1 if k == "va" else 0.0)
            else:
                w = torch.randn(s) / s[0] ** 0.5
            self.p[k.replace(".", "__")] = torch.nn.Parameter(w)

    def w(self, k):
        return self.p[k.replace(".", "__")]

    def gru(self, g, x, h):
        z = torch.sigmoid(x @ self.w(g + ".wz") + h @ self.w(g + ".uz"))
        r = torch.sigmoid(x @ self.w(g + ".wr") + h @ self.w(g + ".ur"))
        cand = torch.tanh(x @ self.w(g + ".wh") + (r * h) @ self.w(g + ".uh"))
        return (1 - z) * h + z * cand

    def encode(self, src):
        """src [B, T_src] -> annotations [B, T_src, 2n], backward states [B, T_src, n]."""
        x = self.w("source_embedding")[src]
        b, t, _ = x.shape
        h, fwd = x.new_zeros(b, self.n), []
        for j in range(t):
            h = self.gru("encoder_forward", x[:, j], h)
            fwd.append(h)
        h, bwd = x.new_zeros(b, self.n), [None] * t
        for j in reversed(range(t)):
            h = self.gru("encoder_backward", x[:, j], h)
            bwd[j] = h
        fwd, bwd = torch.stack(fwd, 1), torch.stack(bwd, 1)
        return torch.cat([fwd, bwd], dim=-1), bwd

    def step(self, s, y_prev, ann, ann_u):
        """One decoder step from s_{i-1} [B, n] and y_{i-1} [B, m]."""
        e = torch.tanh((s @ self.w("wa"))[:, None, :] + ann_u) @ self.w("va")      # [B, T_src]
        alpha = torch.softmax(e, dim=-1)
        c = (alpha[:, :, None] * ann).sum(1)                                        # [B, 2n]
        s_new = self.gru("decoder", torch.cat([y_prev, c], dim=-1), s)
        logits = torch.cat([s_new, c, y_prev], dim=-1) @ self.w("output.weight") + self.w("output.bias")
        return s_new, logits, e, alpha, c

    def forward(self, src, tgt_in, record=False):
        """Teacher forcing: tgt_in [B, T_tgt] are y_0 (<s>) .. y_{T-1}. -> logits [B, T_tgt, V]."""
        ann, bwd = self.encode(src)
        ann_u = ann @ self.w("ua")
        s = torch.tanh(bwd[:, 0] @ self.w("ws"))
        y = self.w("target_embedding")[tgt_in]
        out, rec = [], {"states": [], "scores": [], "weights": [], "context": []}
        for i in range(tgt_in.shape[1]):
            s, logits, e, alpha, c = self.step(s, y[:, i], ann, ann_u)
            out.append(logits)
            for k, v in zip(("states", "scores", "weights", "context"), (s, e, alpha, c)):
                rec[k].append(v)
        logits = torch.stack(out, 1)
        if record:
            return logits, ann, {k: torch.stack(v, 1) for k, v in rec.items()}
        return logits

    def greedy(self, src, steps=11):
        """Greedy decoding: [B, steps] target ids, each fed back as the next y."""
        ann, bwd = self.encode(src)
        ann_u = ann @ self.w("ua")
        s = torch.tanh(bwd[:, 0] @ self.w("ws"))
        y = self.w("target_embedding")[torch.zeros(src.shape[0], dtype=torch.long)]
        out = []
        for _ in range(steps):
            s, logits, *_ = self.step(s, y, ann, ann_u)
            nxt = logits.argmax(-1)
            out.append(nxt)
            y = self.w("target_embedding")[nxt]
        return torch.stack(out, 1)


def encode_examples(days, fmt):
    src = torch.tensor([[SOURCE_VOCAB.index(w) for w in source_words(d, fmt)] for d in days])
    tgt = torch.tensor([[TARGET_VOCAB.index(c) for c in target_chars(d)] for d in days])
    tgt_in = torch.cat([torch.zeros(len(days), 1, dtype=torch.long), tgt[:, :-1]], dim=1)
    return src, tgt_in, tgt


def accuracy(model, days, n_per_format=250, seed=0):
    """Exact match of the greedy translation (10 characters and </s>), per format."""
    rng, out = random.Random(seed), {}
    with torch.no_grad():
        for fmt, name in enumerate(FORMATS):
            sample = rng.sample(days, min(n_per_format, len(days)))
            src, _, tgt = encode_examples(sample, fmt)
            out[name] = float((model.greedy(src) == tgt).all(dim=1).float().mean())
    out["all"] = sum(out.values()) / len(FORMATS)
    return out


def train(model, days, steps, batch, seed, log):
    """Adam, lr 3e-3 decaying linearly to 3e-4; each step one format (same source length)."""
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    rng = random.Random(seed)
    start = time.time()
    for step in range(steps):
        for g in opt.param_groups:
            g["lr"] = 3e-3 * (1 - 0.9 * step / max(1, steps - 1))
        fmt = rng.randrange(len(FORMATS))
        src, tgt_in, tgt = encode_examples(rng.sample(days, batch), fmt)
        logits = model(src, tgt_in)
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), tgt.reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        if step % 250 == 0 or step == steps - 1:
            log("bahdanau-dates step %d/%d loss %.4f (%.1f s)" % (step, steps, float(loss), time.time() - start))
    return time.time() - start


def reference(model):
    """Float64 greedy translations of the reference dates with everything core computes."""
    m64 = Bahdanau(model.m, model.n, model.np_)
    m64.load_state_dict(model.state_dict())
    m64 = m64.double()
    out = []
    with torch.no_grad():
        for d, fmt in REFERENCE:
            src, _, tgt = encode_examples([d], fmt)
            gen = m64.greedy(src)
            tgt_in = torch.cat([torch.zeros(1, 1, dtype=torch.long), gen[:, :-1]], dim=1)
            logits, ann, rec = m64(src, tgt_in, record=True)
            out.append({"date": d.isoformat(), "format": FORMATS[fmt], "source": source_words(d, fmt),
                        "source_ids": src[0].tolist(), "target_input_ids": tgt_in[0].tolist(),
                        "output_ids": gen[0].tolist(), "output": "".join(TARGET_VOCAB[i] for i in gen[0].tolist()),
                        "correct": bool((gen == tgt).all()), "annotations": export.jt(ann[0]),
                        "states": export.jt(rec["states"][0]), "scores": export.jt(rec["scores"][0]),
                        "alignment": export.jt(rec["weights"][0]), "context": export.jt(rec["context"][0]),
                        "logits": export.jt(logits[0])})
    return out


def train_and_write(folder, seed, quick, log):
    torch.manual_seed(seed)
    train_days, held_days = split(seed)
    model = Bahdanau(**SIZES)
    steps = 20 if quick else 1500
    seconds = train(model, train_days, steps, 16 if quick else 64, seed, log)
    model.eval()
    acc = accuracy(model, held_days, 10 if quick else 250, seed)
    os.makedirs(folder, exist_ok=True)
    mtm = export.tiny_models()
    tensors = []
    for k in model.names:
        t = model.w(k).detach().float().contiguous()
        tensors.append((k, "F32", list(t.shape), t.numpy().astype("<f4").tobytes()))
    mtm.write_safetensors(os.path.join(folder, "model.safetensors"), tensors)
    cfg = {"model_type": "attnscope_bahdanau", "task": "dates: words to ISO 8601",
           "m": SIZES["m"], "n": SIZES["n"], "n_prime": SIZES["n_prime"],
           "source_vocab": SOURCE_VOCAB, "target_vocab": TARGET_VOCAB, "start_token": "<s>", "end_token": "</s>",
           "source_formats": FORMATS, "max_target_length": 11, "layout": "row vectors, every matrix [in, out]",
           "gru": "z = sig(x W_z + h U_z), r = sig(x W_r + h U_r), h~ = tanh(x W_h + (r o h) U_h), "
                  "h' = (1 - z) o h + z o h~; no biases",
           "initial_state": "s_0 = tanh(bwd_0 ws)",
           "alignment": "e_ij = va . tanh(s_{i-1} wa + h_j ua)",
           "decoder_input": "[y_{i-1} ; c_i], y_0 = target_embedding[<s>]",
           "output_layer": "logits_i = [s_i ; c_i ; y_{i-1}] output.weight + output.bias"}
    with open(os.path.join(folder, "config.json"), "w") as f:
        json.dump(cfg, f, indent=1)
    ref = reference(model)
    with open(os.path.join(folder, "reference.json"), "w") as f:
        json.dump({"format": "attnscope-bahdanau-reference/1", "computed_by": "PyTorch %s, float64" % torch.__version__,
                   "examples": ref}, f, separators=(",", ":"))
    params = sum(p.numel() for p in model.parameters())
    result = {"model_type": "attnscope_bahdanau", "parameters": params, "steps": steps,
              "training_seconds": round(seconds, 1), "held_out_exact_match": acc,
              "held_out_dates": len(held_days), "training_dates": len(train_days),
              "reference": {r["date"] + " (" + r["format"] + ")": r["output"] for r in ref}}
    with open(os.path.join(folder, "results.json"), "w") as f:
        json.dump(result, f, indent=1)
    log("bahdanau-dates: held-out exact match %s" % acc)
    return result
