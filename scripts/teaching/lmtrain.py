# SPDX-License-Identifier: GPL-3.0-or-later
"""Training data (token sequences) and the training loop of the teaching language models."""

import math
import random
import time

import torch
import torch.nn.functional as F

from . import corpus


def sequences(tok, seed, count, length):
    """count sequences of length + 1 ids: <|endoftext|> then documents, each followed by
    <|endoftext|>, cut at length + 1. Position 0 is always <|endoftext|> (the attention sink)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        ids = [tok.eot_id]
        while len(ids) < length + 1:
            ids += tok.encode(corpus.document(rng)) + [tok.eot_id]
        out.append(ids[:length + 1])
    return torch.tensor(out, dtype=torch.long)


def lr_at(step, steps, peak, warmup):
    if step < warmup:
        return peak * (step + 1) / warmup
    p = (step - warmup) / max(1, steps - warmup)
    return peak * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * p)))   # cosine down to 10 %


def train(model, data, steps, batch, seed, peak_lr=3e-3, warmup=30, log=print, name="", probe=None, probe_every=250):
    """AdamW (beta2 0.95, weight decay 0.05 on matrices), clipping 1.0. The order of the batches
    comes from `seed` alone, so every model sees the same sequences in the same order. `probe`
    (model -> text) is logged every `probe_every` steps: when the patterns appear."""
    decay = [p for n, p in model.params.items() if p.dim() == 2]
    other = [p for n, p in model.params.items() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.05}, {"params": other, "weight_decay": 0.0}],
                            lr=peak_lr, betas=(0.9, 0.95), eps=1e-8)
    g = torch.Generator().manual_seed(seed)
    order = torch.cat([torch.randperm(len(data), generator=g) for _ in range(steps * batch // len(data) + 1)])
    start, losses = time.time(), []
    for step in range(steps):
        idx = order[step * batch:(step + 1) * batch]
        x = data[idx]
        for grp in opt.param_groups:
            grp["lr"] = lr_at(step, steps, peak_lr, warmup)
        logits = model(x[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), x[:, 1:].reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        losses.append(float(loss))
        if step % 50 == 0 or step == steps - 1:
            log("%s step %d/%d loss %.4f (%.1f s)" % (name, step, steps, sum(losses[-50:]) / len(losses[-50:]),
                                                      time.time() - start))
        if probe and (step + 1) % probe_every == 0:
            log("%s step %d: %s" % (name, step + 1, probe(model)))
    return time.time() - start, losses


def held_out_loss(model, data, batch=32):
    total, n = 0.0, 0
    with torch.no_grad():
        for i in range(0, len(data), batch):
            x = data[i:i + batch]
            logits = model(x[:, :-1])
            total += float(F.cross_entropy(logits.reshape(-1, logits.shape[-1]), x[:, 1:].reshape(-1),
                                           reduction="sum"))
            n += x[:, 1:].numel()
    return total / n
