"""OC101's learned similarity: what the static method's score is made of.

Beside the twenty scalar signals (context.FEATURES), the model reads the
vectors themselves: for each context (the rest of the article, the
sentence's paragraph, its neighbours, the headline), the element-wise
product of the sentence's unit vector with the context's (whose sum is
their cosine: the model weighs each direction on its own, so the directions
that carry topic count more than those that carry style) and their absolute
difference.
"""
from __future__ import annotations

BLOCKS = ("rest", "paragraph", "neighbours", "headline")


def design(np, features, contexts, blocks=BLOCKS, dimensions=None):
    """The model's input rows: the scalar features (n x 20), then per block
    the product and absolute difference of the sentence's vector with the
    block's (contexts: n x CONTEXTS x width, see context.CONTEXTS)."""
    from .context import CONTEXTS

    parts = [np.asarray(features, dtype=np.float64)]
    sentence = contexts[:, 0, :dimensions]
    for block in blocks:
        other = contexts[:, CONTEXTS.index(block), :dimensions]
        parts.append(sentence * other)
        parts.append(np.abs(sentence - other))
    return np.concatenate(parts, axis=1)
