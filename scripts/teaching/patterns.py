# SPDX-License-Identifier: GPL-3.0-or-later
"""What the teaching language models learned: accuracy on each pattern of the grammar
(agreement, copying, structured text), and which heads attend like previous-token, sink,
induction (copying) or subject-finding heads."""

import random

import torch

from . import corpus

AGREEMENT_KINDS = ["object-rel", "subject-rel", "pp"]


def one_token(tok, word):
    ids = tok.encode(" " + word)
    if len(ids) != 1:
        raise ValueError("%r is %d tokens; the pattern tests need one" % (word, len(ids)))
    return ids[0]


def padded(rows, pad):
    n = max(len(r) for r in rows)
    return torch.tensor([r + [pad] * (n - len(r)) for r in rows], dtype=torch.long)


def run(model, rows, pad, capture=False):
    """Right-padded batch (causal: padding never changes earlier positions)."""
    with torch.no_grad():
        return model(padded(rows, pad), capture=capture)


def agreement_items(tok, seed, n):
    """[(ids of <|endoftext|> + the prefix up to the main verb, correct id, wrong id, subject
    position, attractor number differs)]: every sentence has a relative clause or a
    prepositional phrase between the subject and its verb."""
    rng, out = random.Random(seed), []
    for i in range(n):
        sent, prefix, verb, wrong = corpus.agreement_sentence(rng, AGREEMENT_KINDS[i % 3])
        words = prefix.split()
        subj_word = 2 if words[1] in corpus.ADJECTIVES else 1         # "the [adj] noun ..."
        ids = [tok.eot_id] + tok.encode(prefix)
        plural = lambda w: any(w == p[1] for p in corpus.NOUNS)
        nouns = [w for w in words if any(w in p for p in corpus.NOUNS)]
        out.append((ids, one_token(tok, verb), one_token(tok, wrong), 1 + subj_word,
                    plural(nouns[0]) != plural(nouns[-1])))
    return out


def agreement(model, tok, seed, n=300):
    items = agreement_items(tok, seed, n)
    logits = run(model, [it[0] for it in items], tok.eot_id)
    right, right_attr, n_attr = 0, 0, 0
    for k, (ids, good, bad, _, attr) in enumerate(items):
        last = logits[k, len(ids) - 1]
        ok = bool(last[good] > last[bad])
        right += ok
        if attr:
            right_attr += ok
            n_attr += 1
    return {"accuracy": right / n, "with_attractor": right_attr / max(1, n_attr), "items": n}


def copy_items(tok, seed, n, length=(6, 12)):
    """[(ids, first span start, second span start, span length)] for "repeat : S | S ."."""
    rng, out = random.Random(seed), []
    words = [w for w in corpus.SPAN_WORDS if len(tok.encode(" " + w)) == 1]
    for _ in range(n):
        k = rng.randint(*length) if isinstance(length, tuple) else length
        span = [one_token(tok, rng.choice(words)) for _ in range(k)]
        head = [tok.eot_id] + tok.encode("repeat :")
        ids = head + span + tok.encode(" |") + span + tok.encode(" .")
        out.append((ids, len(head), len(head) + k + 1, k))
    return out


def copying(model, tok, seed, n=200):
    """Next-token accuracy inside the second copy (predicting its tokens 2..k)."""
    items = copy_items(tok, seed, n)
    logits = run(model, [it[0] for it in items], tok.eot_id)
    right = total = 0
    for b, (ids, _, s2, k) in enumerate(items):
        for j in range(1, k):
            t = s2 + j - 1               # predicts span[j]
            right += int(torch.argmax(logits[b, t]) == ids[t + 1])
            total += 1
    return {"accuracy": right / total, "items": n}


def structured(model, tok, seed, n=200):
    """Brackets: at every closing bracket, is the right one the most probable of the four
    closing brackets? Counting: next-token accuracy from the third number of a count on."""
    rng = random.Random(seed)
    close_ids = [one_token(tok, c) for c in corpus.CLOSE]
    rows_b = [[tok.eot_id] + tok.encode(corpus.bracket_doc(rng)) for _ in range(n)]
    rows_c = [[tok.eot_id] + tok.encode(corpus.count_doc(rng)) for _ in range(n)]
    lb, lc = run(model, rows_b, tok.eot_id), run(model, rows_c, tok.eot_id)
    rb = tb = 0
    for b, ids in enumerate(rows_b):
        for t in range(len(ids) - 1):
            if ids[t + 1] in close_ids:
                best = close_ids[int(torch.argmax(lb[b, t, close_ids]))]
                rb += int(best == ids[t + 1])
                tb += 1
    rc = tc = 0
    head = len(tok.encode("count :")) + 1
    for b, ids in enumerate(rows_c):
        for t in range(head + 1, len(ids) - 2):   # targets: numbers 3.. of the count
            rc += int(torch.argmax(lc[b, t]) == ids[t + 1])
            tc += 1
    return {"accuracy": (rb + rc) / (tb + tc), "brackets": rb / tb, "counting": rc / tc}


def head_scores(model, tok, data, seed):
    """Per layer and head: mean attention to the previous token and to position 0 (the
    <|endoftext|> sink) over held-out sequences; the induction score (attention from a token of
    the second copy of a random 10-word span to the token after its first occurrence); the
    subject score (attention from the last word before the main verb to the subject noun)."""
    with torch.no_grad():
        _, attn = model(data[:32, :-1], capture=True)
    t = attn[0].shape[-1]
    ar = torch.arange(1, t)
    prev = [a[:, :, ar, ar - 1].mean(dim=(0, 2)) for a in attn]
    sink = [a[:, :, 4:, 0].mean(dim=(0, 2)) for a in attn]
    items = copy_items(tok, seed, 32, length=10)     # inside the trained span lengths (4-12)
    _, attn_c = run(model, [it[0] for it in items], tok.eot_id, capture=True)
    ind = []
    for a in attn_c:
        vals = []
        for b, (ids, s1, s2, k) in enumerate(items):
            j = torch.arange(0, k - 1)
            vals.append(a[b, :, s2 + j, s1 + j + 1])     # [H, k - 1]
        ind.append(torch.cat(vals, dim=1).mean(dim=1))
    agr = agreement_items(tok, seed + 1, 96)
    _, attn_a = run(model, [it[0] for it in agr], tok.eot_id, capture=True)
    subj = []
    for a in attn_a:
        subj.append(torch.stack([a[b, :, len(it[0]) - 1, it[3]] for b, it in enumerate(agr)], dim=1).mean(dim=1))
    f = lambda xs: [[round(float(v), 4) for v in x] for x in xs]
    return {"previous_token": f(prev), "sink": f(sink), "induction": f(ind), "subject": f(subj)}


THRESHOLDS = {"previous_token": 0.5, "sink": 0.5, "induction": 0.3, "subject": 0.3}


def classify(scores):
    """{kind: [[layer, head, score]] above the threshold, best first}."""
    out = {}
    for kind, limit in THRESHOLDS.items():
        hits = [[l, h, v] for l, row in enumerate(scores[kind]) for h, v in enumerate(row) if v >= limit]
        out[kind] = sorted(hits, key=lambda x: -x[2])
    return out
