# SPDX-License-Identifier: GPL-3.0-or-later
"""A byte-level BPE tokenizer, trained here and written as a Hugging Face tokenizer.json of the
GPT-2 kind (model BPE, pre-tokenizer and decoder ByteLevel with GPT-2's regex, no prefix space).

Ids: 0..255 are the single bytes (byte b has id b, spelled with GPT-2's byte-to-unicode table),
then one id per merge in the order they were learned, then <|endoftext|> (an added, special
token) last. The training text is ASCII, so GPT-2's regex (\\p{L}, \\p{N}) is written here with
ASCII classes; the encoder refuses other text.
"""

import collections
import json
import re

from . import corpus

# GPT-2's pattern for ASCII text (\p{L} -> [A-Za-z], \p{N} -> [0-9]).
GPT2_SPLIT = re.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?[A-Za-z]+| ?[0-9]+| ?[^\sA-Za-z0-9]+|\s+(?!\S)|\s+""")
# The pattern as tokenizer.json states it (the C++ tokenizer compiles it with PCRE2 UTF/UCP).
GPT2_PATTERN = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""


def bytes_to_unicode():
    """GPT-2's table: printable bytes map to themselves, the others to U+0100 onwards."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("\xa1"), ord("\xac") + 1)) \
        + list(range(ord("\xae"), ord("\xff") + 1))
    cs, n = bs[:], 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs)}


BYTE_CHAR = bytes_to_unicode()
CHAR_BYTE = {c: b for b, c in BYTE_CHAR.items()}


def pre_tokenize(text):
    if not text.isascii():
        raise ValueError("the teaching tokenizer's trainer handles ASCII text only")
    return ["".join(BYTE_CHAR[b] for b in w.encode("ascii")) for w in GPT2_SPLIT.findall(text)]


class Tokenizer:
    def __init__(self, merges):
        self.merges = list(merges)                  # [(left, right)] in rank order
        self.ranks = {m: i for i, m in enumerate(self.merges)}
        self.vocab = {BYTE_CHAR[b]: b for b in range(256)}
        for a, b in self.merges:
            self.vocab[a + b] = len(self.vocab)
        self.eot_id = len(self.vocab)
        self.tokens = {i: t for t, i in self.vocab.items()}
        self.tokens[self.eot_id] = corpus.EOT
        self.cache = {}

    @property
    def vocab_size(self):
        return self.eot_id + 1

    def _word(self, w):
        """GPT-2's bpe(): merge the adjacent pair of lowest rank until none is left."""
        if w in self.cache:
            return self.cache[w]
        parts = list(w)
        while len(parts) > 1:
            best = min(range(len(parts) - 1), key=lambda i: self.ranks.get((parts[i], parts[i + 1]), 1 << 30))
            pair = (parts[best], parts[best + 1])
            if pair not in self.ranks:
                break
            out, i = [], 0
            while i < len(parts):
                if i < len(parts) - 1 and (parts[i], parts[i + 1]) == pair:
                    out.append(parts[i] + parts[i + 1])
                    i += 2
                else:
                    out.append(parts[i])
                    i += 1
            parts = out
        ids = [self.vocab[p] for p in parts]
        self.cache[w] = ids
        return ids

    def encode(self, text):
        """Text -> ids; <|endoftext|> in the text is the special token."""
        ids = []
        for k, piece in enumerate(text.split(corpus.EOT)):
            if k:
                ids.append(self.eot_id)
            for w in pre_tokenize(piece):
                ids.extend(self._word(w))
        return ids

    def decode(self, ids):
        out = []
        for i in ids:
            if i == self.eot_id:
                out.append(corpus.EOT.encode("ascii"))
            else:
                out.append(bytes(CHAR_BYTE[c] for c in self.tokens[i]))
        return b"".join(out).decode("utf-8", errors="replace")

    def token_text(self, i):
        return self.decode([i])

    def to_json(self):
        added = [{"id": self.eot_id, "content": corpus.EOT, "single_word": False, "lstrip": False,
                  "rstrip": False, "normalized": False, "special": True}]
        byte_level = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
        return {
            "version": "1.0", "truncation": None, "padding": None, "added_tokens": added,
            "normalizer": None, "pre_tokenizer": byte_level,
            "post_processor": dict(byte_level, trim_offsets=False),
            "decoder": byte_level,
            "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
                      "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False,
                      "ignore_merges": False, "vocab": self.vocab,
                      "merges": [[a, b] for a, b in self.merges]},
        }

    def write(self, path):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.to_json(), f, ensure_ascii=False, indent=1)


def train(texts, vocab_size):
    """Learns vocab_size - 257 merges (256 bytes and <|endoftext|> make up the rest). Each step
    merges the most frequent adjacent pair; ties go to the pair that sorts first, so the result
    depends only on the text."""
    words = collections.Counter()
    for t in texts:
        for piece in t.split(corpus.EOT):
            words.update(pre_tokenize(piece))
    seqs = {w: list(w) for w in words}
    merges = []
    while len(merges) < vocab_size - 257:
        pairs = collections.Counter()
        for w, n in words.items():
            s = seqs[w]
            for i in range(len(s) - 1):
                pairs[(s[i], s[i + 1])] += n
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(best)
        for w in words:
            s = seqs[w]
            if len(s) < 2:
                continue
            out, i = [], 0
            while i < len(s):
                if i < len(s) - 1 and (s[i], s[i + 1]) == best:
                    out.append(s[i] + s[i + 1])
                    i += 2
                else:
                    out.append(s[i])
                    i += 1
            seqs[w] = out
    return Tokenizer(merges)
