#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a small .safetensors file with numpy, struct and json only (not AttnScope's code), for
tst_safetensorspython: each F16 and BF16 tensor comes with an F32 twin holding numpy's own
widening of it, which the C++ reader must reproduce bit for bit.

Usage: write_safetensors.py OUTPUT
"""
import json
import struct
import sys

import numpy as np


def bf16_bits(values):
    # bfloat16 is the upper half of float32: truncating gives a bf16 value whose widening is exact.
    return (np.asarray(values, dtype=np.float32).view(np.uint32) >> 16).astype("<u2")


def main():
    rng = np.random.default_rng(2024)
    f16 = rng.standard_normal((2, 3, 5)).astype("<f2")
    bf16 = bf16_bits(rng.standard_normal((7, 3)) * 100.0)
    tensors = [  # (name, dtype, shape, little-endian bytes), in header order
        ("model.f32", "F32", [4, 6], (np.arange(24, dtype="<f4").reshape(4, 6) / 8 - 1.5).tobytes()),
        ("model.f16", "F16", [2, 3, 5], f16.tobytes()),
        ("model.f16.expected", "F32", [2, 3, 5], f16.astype("<f4").tobytes()),
        ("model.bf16", "BF16", [7, 3], bf16.tobytes()),
        ("model.bf16.expected", "F32", [7, 3], (bf16.astype("<u4") << 16).view("<f4").tobytes()),
        ("model.scalar", "F32", [], np.array(3.25, dtype="<f4").tobytes()),
        ("model.empty", "F16", [0, 3], b""),
    ]
    header = {"__metadata__": {"format": "pt", "writer": "numpy"}}
    data = b""
    for name, dtype, shape, raw in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    text = json.dumps(header).encode("utf-8")
    text += b" " * (-len(text) % 8)  # the reference writer pads the header to 8 bytes with spaces
    with open(sys.argv[1], "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + data)


if __name__ == "__main__":
    main()
