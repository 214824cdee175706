"""OC101's static signals, one table against another: for each feature, how
well it alone separates injected sentences from the clean articles' (area
under the ROC curve, and the share found at one false alarm per 50 clean
articles), then the twenty together, weighted by a logistic regression
fitted on the fit half (as out_of_context.py --fit) with its threshold
chosen there, and measured on the held-out half.  A quick way to compare
tables before the full benchmark; the cases are out_of_context.py's.

    python tests/benchmarks/out_of_context_signals.py --table A.npz --table B.npz [--other-source]
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

import numpy as np
from out_of_context import ALLOWED_ALARMS_PER_50, JUDGED, articles, injected, make_cases, other_source

from newslint import Document
from newslint.rules.out_of_context import context, rules, static

SEED = 20261129  # out_of_context.py's default


def use_table(path: Path) -> None:
    static.TABLE = path
    static.table.cache_clear()


def features(split: str) -> tuple[np.ndarray, np.ndarray, int]:
    """Rows of features, labels (1 injected), and the number of articles."""
    rng = random.Random(SEED)
    corpus = other_source() if split == "other" else articles("fit", "weights") if split == "fit" else articles(split)
    cases = make_cases(corpus, rng, injected)
    rows, labels = [], []
    for _, text, damaged, start, end in cases:
        for item in rules.static_judged(Document(text), JUDGED):
            rows.append(item.features)
            labels.append(0)
        for item in rules.static_judged(Document(damaged), JUDGED):
            if item.sentence.start < end and item.sentence.end > start:
                rows.append(item.features)
                labels.append(1)
    return np.array(rows), np.array(labels), len(cases)


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(scores, kind="stable")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positives = labels == 1
    n_pos, n_neg = positives.sum(), (~positives).sum()
    return float((ranks[positives].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def recall_at(scores: np.ndarray, labels: np.ndarray, articles_count: int, threshold: float | None = None) -> tuple[float, float]:
    """Recall with the threshold that allows one false alarm per 50 articles
    (or the one given), and that threshold."""
    if threshold is None:
        negatives = np.sort(scores[labels == 0])[::-1]
        threshold = float(negatives[int(ALLOWED_ALARMS_PER_50 * articles_count / 50)]) + 1e-9
    return float((scores[labels == 1] > threshold).mean()), threshold


def logistic(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """out_of_context.py fit()'s regression."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    for _ in range(3000):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + 0.001 * w)
        b -= 0.5 * float((p - y).mean())
    return w / scale, b - float((w * mean / scale).sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, action="append", required=True)
    parser.add_argument("--other-source", action="store_true", help="report on the Zyte gold bodies instead of the BBC test half")
    parser.add_argument("--save", type=Path, help="a folder to keep each table's features in (TABLE-SPLIT.npz)")
    args = parser.parse_args()
    report = "other" if args.other_source else "test"
    for path in args.table:
        use_table(path)
        fit_x, fit_y, fit_n = features("fit")
        x, y, n = features(report)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            np.savez(args.save / f"{path.stem}-fit.npz", x=fit_x, y=fit_y, n=fit_n)
            np.savez(args.save / f"{path.stem}-{report}.npz", x=x, y=y, n=n)
        print(f"{path}: {report} {n} articles, {int(y.sum())} injected, {int((1 - y).sum())} clean sentences")
        shipped = np.array([rules.FEATURE_WEIGHTS[name] for name in context.FEATURES])
        for k, name in enumerate(context.FEATURES):
            signed = x[:, k] * (1 if shipped[k] >= 0 else -1)
            found, _ = recall_at(signed, y, n)
            print(f"  {name:22} AUC {auc(signed, y):.3f}  alone {100 * found:5.1f}% at 1 per 50")
        weights, bias = logistic(fit_x, fit_y.astype(float))
        _, threshold = recall_at(fit_x @ weights + bias, fit_y, fit_n)
        scores = x @ weights + bias
        found, _ = recall_at(scores, y, n, threshold)
        alarms = int((scores[y == 0] > threshold).sum())
        best, _ = recall_at(scores, y, n)
        print(f"  all twenty, fitted on the fit half: AUC {auc(scores, y):.3f}; threshold {threshold:.3f} from the fit half: "
              f"{100 * found:.1f}% at {50 * alarms / n:.2f} per 50; at exactly 1 per 50 here: {100 * best:.1f}%")


if __name__ == "__main__":
    main()
