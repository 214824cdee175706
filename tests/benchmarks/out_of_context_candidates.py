"""Choose among candidate static tables (and ways of fitting OC101's weights)
without looking at the figures the benchmark reports: every candidate is
judged on the fit half of the BBC articles and on a validation source, never
on the held-out BBC half nor on the Zyte bodies.

For each table, the static method's features of the injected sentences and
of every judged sentence of the clean articles (out_of_context.py's cases,
its seed) are computed on

- the BBC fit half's "weights" part (out_of_context.fit_part_of: a table
  distilled with the BBC "table" part has never seen it), and
- the validation source: English gold article bodies of Dragnet (news and
  blogs of many sites, 2010-2012), 150 words or more, one page in
  VALIDATION_EVERY (a stable hash); each page is its own category.  No table
  is distilled on Dragnet (distillation_sentences.py --many-topics).

Figures printed, at ALLOWED_ALARMS_PER_50 (out_of_context.py's 1 per 50):

- BBC cross-fitted: the weights part in two by a hash of the id; weights
  fitted on one half (out_of_context.py's regression) score the other; the
  two halves' scores pooled and the threshold chosen on them (so no article
  is scored by weights fitted on it);
- validation source: weights fitted on the whole weights part, with the
  cross-fitted threshold (what would ship), recall and false alarms there.

    python tests/benchmarks/out_of_context_candidates.py --table A.npz --table B.npz [--cache /tmp/ocrecall/feat]
    python tests/benchmarks/out_of_context_candidates.py --table A.npz --print-weights   # what would ship
    python tests/benchmarks/out_of_context_candidates.py --bbc-split fit --table A.npz   # a table that saw no BBC text
    python tests/benchmarks/out_of_context_candidates.py --two-sources --table A.npz     # weights on BBC and Dragnet

The weights printed are copied into rules/out_of_context/rules.py and the
threshold into config.yaml (OC101's static-threshold, OC102's
sentence-threshold) by hand.  --final also scores the held-out half and the
Zyte bodies with them: only once, for the candidate chosen.

Features are kept in --cache as TABLE-SPLIT.npz (a table's file name
must be unique).
"""
from __future__ import annotations

import argparse
import hashlib
import random
from pathlib import Path

import numpy as np
from common import records
from out_of_context import ALLOWED_ALARMS_PER_50, articles, injected, judged_rows, make_cases, other_source
from out_of_context import print_weights as print_bbc_weights
from out_of_context_signals import logistic

from newslint import Document
from newslint.rules.lexicon import article_language
from newslint.rules.out_of_context import context, static

SEED = 20261129  # out_of_context.py's default
VALIDATION_SOURCE = "scraped_dragnet2013.jsonl.gz"
VALIDATION_EVERY = 4  # one Dragnet page in this many (about 300 articles)
MIN_WORDS = 150  # as out_of_context.other_source


def use_table(path: Path) -> None:
    static.TABLE = path
    static.table.cache_clear()
    context._SPELLINGS.clear()


def validation_source(quarter: int = 0) -> list[tuple[str, str, str]]:
    """Dragnet's English gold bodies of one quarter (a stable hash): 0 is
    the validation source, 1 may be used for fitting (--two-sources)."""
    chosen = []
    for record in records(VALIDATION_SOURCE):
        text = (record.get("gold_text") or "").strip()
        if len(text.split()) < MIN_WORDS or hashlib.sha1(record["id"].encode()).digest()[0] % VALIDATION_EVERY != quarter:
            continue
        language = article_language(Document(text + "\n"))
        if language is not None and language.code == "en":
            chosen.append((record["id"], record["id"], text + "\n"))
    return chosen


def fold_of(article_id: str) -> int:
    return hashlib.sha1(article_id.encode()).digest()[2] % 2


def corpus_of(split: str):
    if split == "weights":
        return articles("fit", "weights")
    if split == "fit":
        return articles("fit")
    if split == "validation":
        return validation_source()
    if split == "dragnet-fit":
        return validation_source(1)
    if split == "other":
        return other_source()
    if split == "test":
        return articles("test")
    raise ValueError(split)


def features(split: str) -> dict[str, np.ndarray]:
    """Rows of features, labels (1 injected), each row's article number
    (cases' order), each article's fold, and the number of articles."""
    rng = random.Random(SEED)
    cases = make_cases(corpus_of(split), rng, injected)
    rows, labels, owners = judged_rows(cases)
    folds = np.array([fold_of(article_id) for article_id, *_ in cases])
    return {"x": np.array(rows), "y": np.array(labels), "owner": np.array(owners), "fold": folds, "n": np.array(len(cases))}


def cached_features(table: Path, split: str, cache: Path) -> dict[str, np.ndarray]:
    path = cache / f"{table.stem}-{split}.npz"
    if path.exists():
        with np.load(path) as data:
            return dict(data)
    use_table(table)
    made = features(split)
    cache.mkdir(parents=True, exist_ok=True)
    np.savez(path, **made)
    return made


def threshold_for(scores: np.ndarray, labels: np.ndarray, articles_count: int, per_50: float = ALLOWED_ALARMS_PER_50) -> float:
    """The lowest threshold that lets no more than per_50 false alarms per 50
    articles through (scores above it are reported)."""
    negatives = np.sort(scores[labels == 0])[::-1]
    allowed = int(per_50 * articles_count / 50)
    return float(negatives[allowed]) + 1e-6 if allowed < len(negatives) else -np.inf


def figures(scores, labels, articles_count, threshold, owners) -> tuple[float, float]:
    """Recall (percent of the articles whose injected sentence scores above
    the threshold: one not judged at all is missed) and false alarms per 50
    articles above it."""
    found = len(set(owners[(labels == 1) & (scores > threshold)].tolist()))
    alarms = int((scores[labels == 0] > threshold).sum())
    return 100 * found / articles_count, 50 * alarms / articles_count


def cross_fitted(data, fitter) -> np.ndarray:
    """Each row's score by weights fitted on the other fold's articles."""
    x, y, owner, folds = data["x"], data["y"], data["owner"], data["fold"]
    row_fold = folds[owner]
    scores = np.zeros(len(y))
    for fold in (0, 1):
        train = row_fold != fold
        weights, bias = fitter(x[train], y[train].astype(float))
        scores[~train] = x[~train] @ weights + bias
    return scores


def report(table: Path, cache: Path, fitter, label: str, print_weights: bool = False, extra: tuple[str, ...] = (),
           bbc_split: str = "weights") -> None:
    """Weights fitted on the BBC ``bbc_split`` ("weights", or "fit", the
    whole fit half, for a table distilled on no BBC text), the threshold
    cross-fitted there; figures there (cross-fitted) and on Dragnet's
    validation quarter."""
    weights_part = cached_features(table, bbc_split, cache)
    validation = cached_features(table, "validation", cache)
    n = int(weights_part["n"])
    scores = cross_fitted(weights_part, fitter)
    threshold = threshold_for(scores, weights_part["y"], n)
    recall, _ = figures(scores, weights_part["y"], n, threshold, weights_part["owner"])
    weights, bias = fitter(weights_part["x"], weights_part["y"].astype(float))
    in_sample = weights_part["x"] @ weights + bias
    in_recall, in_alarms = figures(in_sample, weights_part["y"], n, threshold, weights_part["owner"])
    v_scores = validation["x"] @ weights + bias
    v_n = int(validation["n"])
    v_recall, v_alarms = figures(v_scores, validation["y"], v_n, threshold, validation["owner"])
    v_best, _ = figures(v_scores, validation["y"], v_n, threshold_for(v_scores, validation["y"], v_n), validation["owner"])
    print(
        f"{table.name} [{label}]: BBC {bbc_split} part cross-fitted {recall:.1f}% at 1 per 50 ({n} articles; "
        f"threshold {threshold:.3f}, in-sample {in_recall:.1f}% at {in_alarms:.2f}); "
        f"Dragnet validation {v_recall:.1f}% at {v_alarms:.2f} per 50 ({v_n} articles; {v_best:.1f}% at exactly 1 per 50)",
        flush=True,
    )
    _report_extra(table, cache, extra, weights, bias, threshold, print_weights)


def _report_extra(table, cache, extra, weights, bias: float, threshold: float, print_weights: bool) -> None:
    """The other splits' figures at the chosen weights and threshold (only
    for the final choice: the figures the benchmark reports), and the
    weights to paste into rules.py."""
    for split in extra:
        data = cached_features(table, split, cache)
        e_n = int(data["n"])
        e_recall, e_alarms = figures(data["x"] @ weights + bias, data["y"], e_n, threshold, data["owner"])
        print(f"    {split}: {e_recall:.1f}% at {e_alarms:.2f} per 50 ({e_n} articles)")
    if print_weights:
        print_bbc_weights(weights, bias)
        print(f"static-threshold {threshold:.3f}")


def joined(parts: list[dict]) -> dict:
    """Several splits' features as one (article numbers kept apart)."""
    offset = 0
    owners = []
    for part in parts:
        owners.append(part["owner"] + offset)
        offset += int(part["n"])
    return {
        "x": np.concatenate([part["x"] for part in parts]),
        "y": np.concatenate([part["y"] for part in parts]),
        "owner": np.concatenate(owners),
        "fold": np.concatenate([part["fold"] for part in parts]),
        "n": np.array(offset),
    }


def report_two_sources(table: Path, cache: Path, fitter, label: str, print_weights: bool = False,
                       extra: tuple[str, ...] = (), margin: float = 1.0, bbc_split: str = "weights") -> None:
    """Weights fitted on the BBC weights part and a second quarter of
    Dragnet together; the threshold the higher of the two that allow
    ``margin`` false alarms per 50 on each (cross-fitted); the figures on the
    BBC part (cross-fitted) and on Dragnet's validation quarter, which
    nothing was fitted on."""
    bbc = cached_features(table, bbc_split, cache)
    other = cached_features(table, "dragnet-fit", cache)
    validation = cached_features(table, "validation", cache)
    both = joined([bbc, other])
    scores = cross_fitted(both, fitter)
    rows = len(bbc["y"])
    bbc_scores, other_scores = scores[:rows], scores[rows:]
    threshold = max(
        threshold_for(bbc_scores, bbc["y"], int(bbc["n"]), margin),
        threshold_for(other_scores, other["y"], int(other["n"]), margin),
    )
    bbc_recall, bbc_alarms = figures(bbc_scores, bbc["y"], int(bbc["n"]), threshold, bbc["owner"])
    other_recall, other_alarms = figures(other_scores, other["y"], int(other["n"]), threshold, other["owner"])
    weights, bias = fitter(both["x"], both["y"].astype(float))
    v_n = int(validation["n"])
    v_scores = validation["x"] @ weights + bias
    v_recall, v_alarms = figures(v_scores, validation["y"], v_n, threshold, validation["owner"])
    print(
        f"{table.name} [{label}, two sources, margin {margin}]: BBC {bbc_split} part cross-fitted {bbc_recall:.1f}% at {bbc_alarms:.2f}; "
        f"Dragnet fit quarter cross-fitted {other_recall:.1f}% at {other_alarms:.2f}; "
        f"Dragnet validation {v_recall:.1f}% at {v_alarms:.2f} per 50 ({v_n} articles); threshold {threshold:.3f}",
        flush=True,
    )
    _report_extra(table, cache, extra, weights, bias, threshold, print_weights)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, action="append", required=True)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/ocrecall/feat"))
    parser.add_argument("--print-weights", action="store_true")
    parser.add_argument("--two-sources", action="store_true", help="fit on the BBC weights part and a Dragnet quarter (report_two_sources)")
    parser.add_argument("--margin", type=float, default=1.0, help="with --two-sources: false alarms per 50 allowed on each when choosing the threshold")
    parser.add_argument("--bbc-split", default="weights", choices=("weights", "fit"),
                        help="fit on the BBC fit half's weights part (a table distilled with its table part) or the whole fit half")
    parser.add_argument("--final", action="store_true", help="also the held-out BBC half and the Zyte bodies: for the final choice only")
    args = parser.parse_args()
    extra = ("test", "other") if args.final else ()
    for table in args.table:
        if args.two_sources:
            report_two_sources(table, args.cache, logistic, "logistic", args.print_weights, extra, args.margin, args.bbc_split)
        else:
            report(table, args.cache, logistic, "logistic", args.print_weights, extra, args.bbc_split)


if __name__ == "__main__":
    main()
