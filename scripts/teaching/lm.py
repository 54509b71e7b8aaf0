# SPDX-License-Identifier: GPL-3.0-or-later
"""The four teaching language models in torch: the same decoder (pre-RMSNorm, SwiGLU, tied
embeddings, no biases), with Llama's attention (MHA, GQA, MQA: half-split RoPE, query head i
reads KV head i // (H / H_kv)) or DeepSeek-V2's MLA (dense, no query latent, interleaved-pair
RoPE on the decoupled q_pe/k_pe). Parameters carry the Hugging Face names and layouts
(nn.Linear [out, in]), so export is a dump of the state dict.

Speed: Debian's torch 1.13 links the reference BLAS (torch.__config__ says BLAS_INFO=generic),
whose sgemm runs at 2-4 GFLOPS. Its oneDNN convolutions run at 40-70, so the linear layers of the
training pass are 1x1 convolutions over a channels-last view (same math, float32 rounding
aside). The float64 reference pass uses plain matmuls.
"""

import math

import torch
import torch.nn.functional as F

VOCAB_LIMIT = 1024


def base_config(vocab_size, eot_id):
    return {"vocab_size": vocab_size, "hidden_size": 128, "intermediate_size": 384, "num_hidden_layers": 4,
            "num_attention_heads": 8, "max_position_embeddings": 128, "rms_norm_eps": 1e-5, "rope_theta": 10000.0,
            "rope_scaling": None, "hidden_act": "silu", "attention_bias": False, "tie_word_embeddings": True,
            "bos_token_id": eot_id, "eos_token_id": eot_id, "initializer_range": 0.02, "torch_dtype": "float32",
            "transformers_version": "4.57.0"}


def model_configs(vocab_size, eot_id):
    """name -> config.json. MLA's cache per token and layer is kv_lora_rank + qk_rope_head_dim =
    48 + 16 = 64 elements, GQA's 2 x 2 x 16 = 64."""
    out = {}
    for name, kv in (("mha", 8), ("gqa", 2), ("mqa", 1)):
        c = {"architectures": ["LlamaForCausalLM"], "model_type": "llama"}
        c.update(base_config(vocab_size, eot_id))
        c.update({"num_key_value_heads": kv, "head_dim": 16, "mlp_bias": False, "pretraining_tp": 1})
        out[name] = c
    c = {"architectures": ["DeepseekV2ForCausalLM"], "model_type": "deepseek_v2"}
    c.update(base_config(vocab_size, eot_id))
    c.update({"num_key_value_heads": 8, "kv_lora_rank": 48, "q_lora_rank": None, "qk_nope_head_dim": 16,
              "qk_rope_head_dim": 16, "v_head_dim": 16, "n_routed_experts": None, "n_shared_experts": None,
              "num_experts_per_tok": None, "moe_intermediate_size": 384, "first_k_dense_replace": 4,
              "moe_layer_freq": 1, "topk_method": "greedy", "n_group": None, "topk_group": None,
              "routed_scaling_factor": 1.0, "scoring_func": "softmax", "norm_topk_prob": False,
              "aux_loss_alpha": 0.0, "seq_aux": True, "attention_dropout": 0.0})
    out["mla"] = c
    return out


def kv_elements_per_token(cfg):
    if cfg["model_type"] == "deepseek_v2":
        return cfg["kv_lora_rank"] + cfg["qk_rope_head_dim"]
    return 2 * cfg["num_key_value_heads"] * cfg["head_dim"]


def fast_linear(x, w):
    """x [B, T, in] @ w[out, in]^T as a 1x1 convolution over a channels-last view of the tokens.
    torch 1.13 runs a 1x1 convolution on oneDNN only with a batch of at least 16 (or with more
    than one thread; Convolution.cpp, use_mkldnn), else on its slow path, which calls the
    reference BLAS. So the tokens are laid out as 16 images of N / 16 pixels."""
    b, t, d = x.shape
    n = b * t
    if n % 16 == 0:
        y = F.conv2d(x.reshape(16, n // 16, 1, d).permute(0, 3, 1, 2), w[:, :, None, None])
    else:
        y = F.conv2d(x.reshape(n, 1, 1, d).permute(0, 3, 1, 2), w[:, :, None, None])
    return y.permute(0, 2, 3, 1).reshape(b, t, w.shape[0])


def plain_linear(x, w):
    return x @ w.t()


def rms_norm(x, w, eps):
    return x * torch.rsqrt((x * x).mean(-1, keepdim=True) + eps) * w


def rope_tables(dim, base, t, dtype):
    inv = base ** (-torch.arange(0, dim, 2, dtype=torch.float64) / dim)   # theta_j = base^(-2j/d)
    ang = torch.arange(t, dtype=torch.float64)[:, None] * inv[None, :]
    return ang.cos().to(dtype), ang.sin().to(dtype)


def rope_half(x, cos, sin):
    """Llama's rotate_half: pairs (j, j + d/2). x [..., T, d], cos/sin [T, d/2]."""
    h = x.shape[-1] // 2
    x1, x2 = x[..., :h], x[..., h:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


def rope_interleaved(x, cos, sin):
    """DeepSeek's layout: pairs (2j, 2j + 1); the result keeps the interleaved order."""
    xe, xo = x[..., 0::2], x[..., 1::2]
    return torch.stack([xe * cos - xo * sin, xo * cos + xe * sin], dim=-1).flatten(-2)


def causal_bias(t, dtype):
    """[T, T]: 0 on and below the diagonal, -inf above (those weights come out exactly 0)."""
    return torch.zeros(t, t, dtype=dtype).masked_fill(torch.ones(t, t, dtype=torch.bool).triu(1), float("-inf"))


def causal_attention(q, k, v, scale):
    """q [B, H, T, d], k [B, H, T, d], v [B, H, T, dv] -> weights [B, H, T, T], out [B, T, H*dv].
    The scale multiplies q (fewer elements than the scores)."""
    b, h, t, d = q.shape
    s = torch.baddbmm(causal_bias(t, q.dtype).expand(b * h, t, t), (q * scale).reshape(b * h, t, d),
                      k.reshape(b * h, t, d).transpose(1, 2))
    a = torch.softmax(s, dim=-1).view(b, h, t, t)
    o = a @ v
    return a, o.transpose(1, 2).reshape(b, t, -1)


def fast_causal_attention(q, k, v, scale):
    """causal_attention with both products as grouped convolutions (oneDNN; one group per batch
    row and head) instead of batched matmuls, which the reference BLAS runs 3 times slower.
    Scores: the keys are a 1-image input [1, G, T, d], each query row a [1, d] kernel.
    Output: the values transposed [1, G, dv, T], each weight row a [1, T] kernel."""
    b, h, t, d = q.shape
    g, dv = b * h, v.shape[-1]
    s = F.conv2d(k.reshape(1, g, t, d), (q * scale).reshape(g * t, 1, 1, d), groups=g).view(b, h, t, t)
    a = torch.softmax(s + causal_bias(t, q.dtype), dim=-1)
    o = F.conv2d(v.transpose(-1, -2).reshape(1, g, dv, t), a.reshape(g * t, 1, 1, t), groups=g)
    return a, o.view(b, h, t, dv).transpose(1, 2).reshape(b, t, h * dv)


class TeachingLM(torch.nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        d, L, h, m = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["num_attention_heads"], cfg["intermediate_size"]
        self.mla = cfg["model_type"] == "deepseek_v2"
        P = {"model.embed_tokens.weight": (cfg["vocab_size"], d), "model.norm.weight": (d,)}
        for l in range(L):
            p = "model.layers.%d." % l
            P[p + "input_layernorm.weight"] = (d,)
            P[p + "post_attention_layernorm.weight"] = (d,)
            a = p + "self_attn."
            if self.mla:
                dn, dr, dv, r = cfg["qk_nope_head_dim"], cfg["qk_rope_head_dim"], cfg["v_head_dim"], cfg["kv_lora_rank"]
                P[a + "q_proj.weight"] = (h * (dn + dr), d)
                P[a + "kv_a_proj_with_mqa.weight"] = (r + dr, d)
                P[a + "kv_a_layernorm.weight"] = (r,)
                P[a + "kv_b_proj.weight"] = (h * (dn + dv), r)
                P[a + "o_proj.weight"] = (d, h * dv)
            else:
                hd, kv = cfg["head_dim"], cfg["num_key_value_heads"]
                P[a + "q_proj.weight"] = (h * hd, d)
                P[a + "k_proj.weight"] = (kv * hd, d)
                P[a + "v_proj.weight"] = (kv * hd, d)
                P[a + "o_proj.weight"] = (d, h * hd)
            P[p + "mlp.gate_proj.weight"] = (m, d)
            P[p + "mlp.up_proj.weight"] = (m, d)
            P[p + "mlp.down_proj.weight"] = (d, m)
        self.names = sorted(P)
        self.params = torch.nn.ParameterDict()
        std = cfg["initializer_range"]
        for n in self.names:
            shape = P[n]
            if len(shape) == 1:
                w = torch.ones(shape)
            else:
                w = torch.randn(shape) * std
                if n.endswith(("o_proj.weight", "down_proj.weight")):
                    w = w / math.sqrt(2 * L)   # residual branches (GPT-2's scaled init)
            self.params[n.replace(".", "__")] = torch.nn.Parameter(w)

    def w(self, name):
        return self.params[name.replace(".", "__")]

    def state(self):
        """{HF name: tensor} (detached, float32)."""
        return {n: self.w(n).detach().float().contiguous() for n in self.names}

    def forward(self, ids, lin=fast_linear, capture=False):
        """ids [B, T] -> logits [B, T, V] (and with capture, per layer weights [B, H, T, T]).
        lin=plain_linear: matmuls throughout (the float64 reference)."""
        cfg = self.cfg
        attention = fast_causal_attention if lin is fast_linear else causal_attention
        eps, h = cfg["rms_norm_eps"], cfg["num_attention_heads"]
        b, t = ids.shape
        emb = self.w("model.embed_tokens.weight")
        x = emb[ids]
        dtype = x.dtype
        attn = []
        if self.mla:
            dn, dr, dv, r = cfg["qk_nope_head_dim"], cfg["qk_rope_head_dim"], cfg["v_head_dim"], cfg["kv_lora_rank"]
            cos, sin = rope_tables(dr, cfg["rope_theta"], t, dtype)
            scale = (dn + dr) ** -0.5
        else:
            hd, kv = cfg["head_dim"], cfg["num_key_value_heads"]
            cos, sin = rope_tables(hd, cfg["rope_theta"], t, dtype)
            scale = hd ** -0.5
        for l in range(cfg["num_hidden_layers"]):
            p = "model.layers.%d." % l
            a_ = p + "self_attn."
            n = rms_norm(x, self.w(p + "input_layernorm.weight"), eps)
            if self.mla:
                q = lin(n, self.w(a_ + "q_proj.weight")).view(b, t, h, dn + dr).transpose(1, 2)
                q_nope, q_pe = q[..., :dn], rope_interleaved(q[..., dn:], cos, sin)
                ckv = lin(n, self.w(a_ + "kv_a_proj_with_mqa.weight"))             # [B, T, r + dr]
                c = rms_norm(ckv[..., :r], self.w(a_ + "kv_a_layernorm.weight"), eps)
                k_pe = rope_interleaved(ckv[..., r:], cos, sin)                   # [B, T, dr]
                kvb = lin(c, self.w(a_ + "kv_b_proj.weight")).view(b, t, h, dn + dv).transpose(1, 2)
                k_nope, v = kvb[..., :dn], kvb[..., dn:]
                qq = torch.cat([q_nope, q_pe], dim=-1)
                kk = torch.cat([k_nope, k_pe[:, None].expand(b, h, t, dr)], dim=-1)
                a, o = attention(qq, kk, v, scale)
            else:
                q = lin(n, self.w(a_ + "q_proj.weight")).view(b, t, h, hd).transpose(1, 2)
                k = lin(n, self.w(a_ + "k_proj.weight")).view(b, t, kv, hd).transpose(1, 2)
                v = lin(n, self.w(a_ + "v_proj.weight")).view(b, t, kv, hd).transpose(1, 2)
                q, k = rope_half(q, cos, sin), rope_half(k, cos, sin)
                g = h // kv                                        # query head i reads KV head i // g
                k = k[:, :, None].expand(b, kv, g, t, hd).reshape(b, h, t, hd)
                v = v[:, :, None].expand(b, kv, g, t, hd).reshape(b, h, t, hd)
                a, o = attention(q, k, v, scale)
            x = x + lin(o, self.w(a_ + "o_proj.weight"))
            n = rms_norm(x, self.w(p + "post_attention_layernorm.weight"), eps)
            gate = lin(n, self.w(p + "mlp.gate_proj.weight"))
            x = x + lin(F.silu(gate) * lin(n, self.w(p + "mlp.up_proj.weight")), self.w(p + "mlp.down_proj.weight"))
            if capture:
                attn.append(a)
        x = rms_norm(x, self.w("model.norm.weight"), eps)
        logits = lin(x, emb)                                       # tied: lm_head = embed_tokens
        return (logits, attn) if capture else logits


def reference_forward(model, ids):
    """The float64 pass with plain matmuls: ids (list) -> logits [T, V], attention [L][H, T, T]."""
    m64 = TeachingLM.__new__(TeachingLM)
    torch.nn.Module.__init__(m64)
    m64.cfg, m64.mla, m64.names = model.cfg, model.mla, model.names
    m64.params = torch.nn.ParameterDict({k: torch.nn.Parameter(v.detach().double(), requires_grad=False)
                                         for k, v in model.params.items()})
    with torch.no_grad():
        logits, attn = m64(torch.tensor([ids]), lin=plain_linear, capture=True)
    return logits[0], [a[0] for a in attn]


def greedy(model, ids, n):
    """n greedy tokens by full recomputation in float64; returns (ids, top-1 minus top-2 margins)."""
    ids, out, margins = list(ids), [], []
    for _ in range(n):
        logits, _ = reference_forward(model, ids)
        last = logits[-1]
        top = torch.topk(last, 2).values
        nxt = int(torch.argmax(last))
        out.append(nxt)
        margins.append(float(top[0] - top[1]))
        ids.append(nxt)
    return out, margins


def parameter_count(model):
    return sum(p.numel() for p in model.params.values())
