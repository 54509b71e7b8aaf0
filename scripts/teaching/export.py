# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing a trained language model as a Hugging Face folder, its reference.json (float64
PyTorch logits, attention and greedy tokens for fixed prompts), and the check against
scripts/make-tiny-models' independent numpy forward passes."""

import importlib.machinery
import importlib.util
import json
import os

import numpy as np
import torch

from . import corpus, lm

HERE = os.path.dirname(os.path.abspath(__file__))
# Prompts that show the patterns; every one starts with <|endoftext|>, as the training text does.
PROMPTS = [
    ("agreement", corpus.EOT + "the teachers that the boy likes"),
    ("agreement-pp", corpus.EOT + "the dog near the horses"),
    ("copying", corpus.EOT + "repeat : lamp river seven cloud apple gold | lamp river"),
    ("counting", corpus.EOT + "count : 41 42 43"),
    ("brackets", corpus.EOT + "brackets : ( [ { < >"),
]
NEW_TOKENS = 8


def tiny_models():
    """scripts/make-tiny-models as a module (it has no .py suffix)."""
    path = os.path.join(os.path.dirname(HERE), "make-tiny-models")
    loader = importlib.machinery.SourceFileLoader("make_tiny_models", path)
    spec = importlib.util.spec_from_loader("make_tiny_models", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def jt(a, digits=9):
    """A tensor as {"shape", "data"} (row-major); 9 significant digits keep float32 exact."""
    a = np.asarray(a.detach().double() if isinstance(a, torch.Tensor) else a, dtype=np.float64)
    return {"shape": list(a.shape), "data": [float("%.*g" % (digits, v)) for v in a.ravel()]}


def load_weights(model, path):
    """Reads an F32 model.safetensors (as write_folder writes it) into the model's parameters."""
    with open(path, "rb") as f:
        n = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(n))
        data = f.read()
    with torch.no_grad():
        for name in model.names:
            info = header[name]
            a, b = info["data_offsets"]
            t = torch.from_numpy(np.frombuffer(data[a:b], dtype="<f4").copy()).reshape(info["shape"])
            model.w(name).copy_(t)


def write_folder(folder, name, cfg, model, tok):
    os.makedirs(folder, exist_ok=True)
    mtm = tiny_models()
    state = model.state()
    tensors = [(n, "F32", list(state[n].shape), state[n].numpy().astype("<f4").tobytes()) for n in sorted(state)]
    mtm.write_safetensors(os.path.join(folder, "model.safetensors"), tensors)
    with open(os.path.join(folder, "config.json"), "w") as f:
        json.dump(cfg, f, indent=2)
    tok.write(os.path.join(folder, "tokenizer.json"))
    with open(os.path.join(folder, "generation_config.json"), "w") as f:
        json.dump({"bos_token_id": tok.eot_id, "eos_token_id": tok.eot_id, "do_sample": False}, f, indent=2)


def reference(name, cfg, model, tok):
    """reference.json: per prompt its ids, logits [T, V], attention per layer [H, T, T] (float64
    PyTorch), and NEW_TOKENS greedy ids with their top-1 minus top-2 margins."""
    prompts = []
    for pname, text in PROMPTS:
        ids = tok.encode(text)
        logits, attn = lm.reference_forward(model, ids)
        gen, margins = lm.greedy(model, ids, NEW_TOKENS)
        prompts.append({"name": pname, "text": text, "ids": ids, "tokens": [tok.token_text(i) for i in ids],
                        "logits": jt(logits), "attention": [jt(a) for a in attn], "generated_ids": gen,
                        "generated_text": tok.decode(gen), "greedy_margins": margins})
    return {"format": "attnscope-teaching-reference/1", "name": name, "model_type": cfg["model_type"],
            "computed_by": "PyTorch %s, float64" % torch.__version__, "prompts": prompts}


def numpy_check(cfg, model, ref):
    """Runs make-tiny-models' numpy forward (float64) on the exported weights: the worst
    difference of logits and attention from the torch reference."""
    mtm = tiny_models()
    W = {n: t.double().numpy() for n, t in model.state().items()}
    if cfg["model_type"] == "deepseek_v2":
        W["lm_head.weight"] = W["model.embed_tokens.weight"]           # tied
        fwd = mtm.forward_deepseek
    else:
        fwd = mtm.forward_llama
    worst_l = worst_a = 0.0
    for p in ref["prompts"]:
        logits, attn = fwd(cfg, W, p["ids"])[:2]
        rl = np.array(p["logits"]["data"]).reshape(p["logits"]["shape"])
        worst_l = max(worst_l, float(np.abs(logits - rl).max()))
        for a, r in zip(attn, p["attention"]):
            worst_a = max(worst_a, float(np.abs(a - np.array(r["data"]).reshape(r["shape"])).max()))
    return {"logits": worst_l, "attention": worst_a}


def float32_check(model, ref):
    """The training pass (float32, convolutions) against the float64 reference: worst logit
    difference."""
    worst = 0.0
    with torch.no_grad():
        for p in ref["prompts"]:
            logits = model(torch.tensor([p["ids"]]))[0].double().numpy()
            rl = np.array(p["logits"]["data"]).reshape(p["logits"]["shape"])
            worst = max(worst, float(np.abs(logits - rl).max()))
    return worst
