"""Why OC101's static method misses: each injected sentence's features and
score against the threshold, and the clean sentences that set the threshold.

    python tests/benchmarks/out_of_context_misses.py --trial /tmp/trial/damaged   # a trial's manifest
    python tests/benchmarks/out_of_context_misses.py --heldout 30                 # a sample of held-out misses
    python tests/benchmarks/out_of_context_misses.py --top-clean 30               # the highest-scoring clean sentences

--trial reads a manifest.json (entries of family OC whose kind names OC101,
with "args" [anchor, anchor + injected sentence] and the damaged files).
--heldout makes the benchmark's cases (out_of_context.py, same seed) on the
BBC held-out half and prints the misses' features; --top-clean prints the
clean sentences of the same articles scoring highest, with what pushed
them up (each feature's contribution: weight times value).
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import out_of_context as bench

from newslint import Document
from newslint.rules.out_of_context import context, rules

THRESHOLD = 1.5  # config.yaml's static-threshold


def contributions(features) -> list[tuple[str, float, float]]:
    """Each feature's value and its contribution to the score."""
    return [(name, value, rules.FEATURE_WEIGHTS[name] * value) for name, value in zip(context.FEATURES, features)]


def show(label: str, item, threshold: float) -> None:
    score = rules.static_score(item.features)
    print(f"{label}: score {score:+.2f} (threshold {threshold:.2f}) {'FOUND' if score >= threshold else 'missed'}")
    print(f"   {item.sentence.text[:160]}")
    parts = [f"{name}={value:.2f}({part:+.2f})" for name, value, part in contributions(item.features)]
    for start in range(0, len(parts), 5):
        print("     " + "  ".join(parts[start : start + 5]))


def scored(document: Document):
    return [(rules.static_score(item.features), item) for item in rules.static_judged(document, bench.JUDGED)
            if not rules._stands_alone(document, item.sentence)]


def trial(folder: Path, threshold: float) -> None:
    manifest = json.loads((folder / "manifest.json").read_text())
    for entry in manifest:
        if "OC101" not in entry["kind"]:
            continue
        injected_text = entry["args"][1][len(entry["args"][0]) :].strip()
        for layout, where in entry["files"].items():
            text = Path(where["path"]).read_text()
            document = Document(text)
            rows = scored(document)
            print(f"== {entry['id']} {layout} {entry['kind']} ({len(rows)} sentences judged)")
            hit = [(s, item) for s, item in rows if injected_text[:40] in item.sentence.text]
            if not hit:
                print("   injected sentence not judged (language, length or article too short)")
            for _, item in hit:
                show("   injected", item, threshold)
            others = sorted(((s, item) for s, item in rows if injected_text[:40] not in item.sentence.text), key=lambda pair: -pair[0])
            rank = sum(1 for s, _ in others if hit and s >= rules.static_score(hit[0][1].features))
            print(f"   clean sentences of this article scoring above it: {rank}; top clean {others[0][0] if others else float('nan'):+.2f}")
            if layout == "blank":
                for _, item in others[:2]:
                    show("   top clean", item, threshold)


def heldout(count: int, threshold: float, seed: int, top_clean: int) -> None:
    rng = random.Random(seed)
    corpus = bench.articles("test")
    cases = bench.make_cases(corpus, rng, bench.injected)
    misses, found = [], 0
    clean = []
    for article_id, text, damaged, start, end in cases:
        for s, item in scored(Document(text)):
            clean.append((s, article_id, item))
        for s, item in scored(Document(damaged)):
            if item.sentence.start < end and item.sentence.end > start:
                if s >= threshold:
                    found += 1
                else:
                    misses.append((s, article_id, item))
    print(f"{len(cases)} cases: {found} injected sentences at or above {threshold}, {len(misses)} judged below it")
    scores = sorted(s for s, *_ in misses)
    for q in (0.1, 0.25, 0.5, 0.75, 0.9):
        print(f"  missed scores, quantile {q}: {scores[int(q * (len(scores) - 1))]:+.2f}")
    clean.sort(key=lambda row: -row[0])
    print(f"clean sentences judged: {len(clean)}; at or above threshold: {sum(1 for s, *_ in clean if s >= threshold)}")
    print("mean contribution of each feature: misses vs top clean vs all clean")
    top = clean[:top_clean]
    for place, name in enumerate(context.FEATURES):
        weight = rules.FEATURE_WEIGHTS[name]

        def mean(rows):
            return sum(weight * item.features[place] for _, _, item in rows) / max(1, len(rows))

        print(f"  {name:22} {mean(misses):+.2f} {mean(top):+.2f} {mean(clean):+.2f}")
    rng.shuffle(misses)
    for s, article_id, item in misses[:count]:
        show(f"-- miss {article_id}", item, threshold)
    for s, article_id, item in top:
        show(f"-- clean {article_id}", item, threshold)


def dump(path: Path, split: str, seed: int) -> None:
    """Every judged sentence's features, per case, for trying models offline:
    a pickle of [(article_id, clean rows, damaged rows, injected row index)]."""
    import pickle

    rng = random.Random(seed)
    corpus = bench.other_source() if split == "other" else bench.articles(split)
    cases = bench.make_cases(corpus, rng, bench.injected)
    out = []
    for article_id, text, damaged, start, end in cases:
        clean_rows = [(item.features, item.sentence.text) for _, item in scored(Document(text))]
        damaged_rows, injected_at = [], None
        for _, item in scored(Document(damaged)):
            if item.sentence.start < end and item.sentence.end > start:
                injected_at = len(damaged_rows)
            damaged_rows.append((item.features, item.sentence.text))
        out.append((article_id, clean_rows, damaged_rows, injected_at))
    path.write_bytes(pickle.dumps(out))
    print(f"{len(out)} cases written to {path}")


def remove_common(path: Path) -> None:
    """Patch the static sentence vectors: each minus its projection on the
    given directions, then unit length (an experiment, not the rule's code)."""
    import numpy as np

    from newslint.rules.out_of_context import static

    directions = np.atleast_2d(np.load(path)).astype(np.float32)
    original = static.Words.sentence_vectors

    def without_common(self, numbers, owners, count):
        vectors = original(self, numbers, owners, count)
        vectors = vectors - (vectors @ directions.T) @ directions
        return vectors / np.maximum(np.sqrt((vectors * vectors).sum(axis=1, keepdims=True)), 1e-9)

    static.Words.sentence_vectors = without_common


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trial", type=Path)
    parser.add_argument("--heldout", type=int, default=0)
    parser.add_argument("--top-clean", type=int, default=20)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--dump", type=Path, help="write every judged sentence's features of --split's cases here")
    parser.add_argument("--split", default="test", choices=("fit", "test", "other"))
    parser.add_argument("--remove-common", type=Path,
                        help="an .npy of directions (rows) removed from each sentence vector before it is made unit length (SIF's common component)")
    args = parser.parse_args()
    if args.remove_common:
        remove_common(args.remove_common)
    if args.dump:
        dump(args.dump, args.split, args.seed)
    if args.trial:
        trial(args.trial, args.threshold)
    if args.heldout:
        heldout(args.heldout, args.threshold, args.seed, args.top_clean)


if __name__ == "__main__":
    main()
