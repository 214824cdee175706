"""The direction that English sentences' static vectors share (SIF's common
component), written to rules/out_of_context/common_direction.npy, which
OC101 removes from every sentence vector.

    python tests/benchmarks/out_of_context_common.py [--sentences 15000] [--write]

It is the first principal component (uncentred) of the unit vectors of
sentences of eight words or more of the BBC articles' fit half (the half
OC101's weights are fitted on; never the held-out half or the Zyte pages
the figures are reported on).  With it in, two sentences of different
stories have a mean cosine near 0.13; without it, near 0.  Printed: the
variance share of the first components, and the cosine of the direction
with that of the L3S-GN1 and CleanPortalEval gold bodies (news and blogs of
many sites), to show it is English news's, not the BBC's alone (0.94).  The
many-site direction was tried too (issue 11, README): it did less well on
both the held-out half and the Zyte pages.
"""
from __future__ import annotations

import argparse
import random

import out_of_context as bench
from common import records

from newslint import Document
from newslint.rules.out_of_context import context, static

SOURCES = ("scraped_l3s_gn1.jsonl.gz", "scraped_cleanportaleval.jsonl.gz")
MIN_WORDS = 8


def sentences_of(texts) -> list[str]:
    return [s.text for text in texts for s in Document(text).sentences if len(s.text.split()) >= MIN_WORDS]


def direction(np, sentences: list[str]):
    """The first principal component (uncentred) of the sentences' raw unit
    vectors, pointing the way their mean does; and the singular values'
    shares."""
    vectors = static.table().embed([static.words(s) for s in sentences], context._weigh)
    _, values, rows = np.linalg.svd(vectors, full_matrices=False)
    first = rows[0] * np.sign(rows[0] @ vectors.mean(axis=0))
    return first / np.linalg.norm(first), values / values.sum()


def main() -> None:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=15000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write", action="store_true", help="write static.COMMON")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bbc = sentences_of(text for _, _, text in bench.articles("fit"))
    sample = rng.sample(bbc, min(args.sentences, len(bbc)))
    common, shares = direction(np, sample)
    print(f"{len(sample)} of {len(bbc)} sentences; first components' shares {np.round(shares[:4], 4).tolist()}")
    texts = [
        r["gold_text"] for name in SOURCES for r in records(name)
        if r.get("gold_text") and len(r["gold_text"].split()) >= bench.MIN_GOLD_WORDS
    ]
    many = sentences_of(texts)
    many_common, _ = direction(np, rng.sample(many, min(args.sentences, len(many))))
    print(f"cosine with the direction of {len(many)} sentences of many sites: {float(common @ many_common):.3f}")
    raw = static.table().embed([static.words(s) for s in rng.sample(bbc, 2000)], context._weigh)
    cleaned = raw - np.outer(raw @ common, common)
    cleaned /= np.maximum(np.linalg.norm(cleaned, axis=1, keepdims=True), 1e-9)
    upper = np.triu_indices(len(raw), 1)
    print(f"mean cosine of two BBC fit-half sentences: {float((raw @ raw.T)[upper].mean()):.3f} with it, "
          f"{float((cleaned @ cleaned.T)[upper].mean()):.3f} without")
    if args.write:
        np.save(static.COMMON, common.astype(np.float32))
        print(f"written to {static.COMMON}")


if __name__ == "__main__":
    main()
