"""OC101's learned similarity: the static method's score from the twenty
scalar signals and from the vectors themselves (the element-wise product and
absolute difference of the sentence's unit vector with those of the rest of
the article, its paragraph, its neighbours and the headline), fitted on the
BBC fit half and measured on the held-out half and on the Zyte gold bodies.

    python tests/benchmarks/out_of_context_learned.py --dump          # features of the cases, cached
    python tests/benchmarks/out_of_context_learned.py --compare       # every variant: fit, threshold, report
    python tests/benchmarks/out_of_context_learned.py --write         # fit the shipped variant, write the model

The cases are out_of_context.py's (the same seed: the same injected
sentences).  The threshold is chosen on the fit half from cross-fitted
scores (five folds by article: no article is scored by weights fitted on
it), for one false alarm per 50 clean articles; the model is then fitted on
the whole fit half.  Every figure but "fit" is on text the fitting never saw.
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

import numpy as np
from out_of_context import ALLOWED_ALARMS_PER_50, JUDGED, articles, injected, make_cases, other_source

from newslint import Document
from newslint.rules.out_of_context import context, learned, rules

SEED = 20261129  # out_of_context.py's default
CACHE = Path("/tmp/ocdet-learned")
FOLDS = 5


def dump(split: str) -> None:
    """The features, context vectors, labels and case numbers of every judged
    sentence of the clean articles (label 0) and of each injected one (1)."""
    rng = random.Random(SEED)
    corpus = other_source() if split == "other" else articles(split)
    cases = make_cases(corpus, rng, injected)
    features, contexts, labels, owners = [], [], [], []
    for number, (_, text, damaged, start, end) in enumerate(cases):
        for item in rules.static_judged(Document(text), JUDGED, contexts=True):
            features.append(item.features)
            contexts.append(item.contexts)
            labels.append(0)
            owners.append(number)
        for item in rules.static_judged(Document(damaged), JUDGED, contexts=True):
            if item.sentence.start < end and item.sentence.end > start:
                features.append(item.features)
                contexts.append(item.contexts)
                labels.append(1)
                owners.append(number)
    CACHE.mkdir(exist_ok=True)
    np.savez(
        CACHE / f"{split}.npz", features=np.array(features), contexts=np.array(contexts),
        labels=np.array(labels), owners=np.array(owners), articles=len(cases),
    )
    print(f"{split}: {len(cases)} articles, {sum(labels)} injected, {len(labels) - sum(labels)} clean sentences")


def dump_more(rounds: int) -> None:
    """More injected sentences into the fit half's articles, for fitting
    only: each round another donor sentence at another place, half of the
    rounds from an article of the same category (so that the model cannot
    learn the BBC's five categories alone).  Positives only (the clean
    sentences are dump("fit")'s), numbered by the article's case number
    there, so cross-fitting folds keep an article's rows together."""
    corpus = articles("fit")
    number_of = {case[0]: number for number, case in enumerate(make_cases(corpus, random.Random(SEED), injected))}
    features, contexts, owners = [], [], []
    for round_number in range(rounds):
        rng = random.Random(SEED + 1 + round_number)
        same = round_number % 2 == 1
        for article_id, category, text in corpus:
            if article_id not in number_of:
                continue
            donors = [other for other in corpus if (other[1] == category) == same and other[0] != article_id]
            made = injected(text, rng.choice(donors)[2], rng)
            if not made:
                continue
            damaged, start, end = made
            for item in rules.static_judged(Document(damaged), JUDGED, contexts=True):
                if item.sentence.start < end and item.sentence.end > start:
                    features.append(item.features)
                    contexts.append(item.contexts)
                    owners.append(number_of[article_id])
        print(f"round {round_number}: {len(owners)} injected sentences so far", flush=True)
    np.savez(CACHE / "fit-more.npz", features=np.array(features), contexts=np.array(contexts), owners=np.array(owners))


def load(split: str):
    data = np.load(CACHE / f"{split}.npz")
    return data["features"], data["contexts"], data["labels"], data["owners"], int(data["articles"])


def threshold_for(scores, labels, articles_count: int) -> float:
    """The lowest threshold with at most one false alarm per 50 articles."""
    negatives = np.sort(scores[labels == 0])[::-1]
    allowed = int(ALLOWED_ALARMS_PER_50 * articles_count / 50)
    return float(negatives[allowed]) + 1e-6


def report(name: str, scores, labels, articles_count: int, threshold: float) -> str:
    found = float((scores[labels == 1] >= threshold).mean())
    alarms = int((scores[labels == 0] >= threshold).sum())
    exact = float((scores[labels == 1] >= threshold_for(scores, labels, articles_count)).mean())
    return f"{name} {100 * found:5.1f}% at {50 * alarms / articles_count:.2f} per 50 (at exactly 1 per 50: {100 * exact:5.1f}%)"


def logistic(x, y, ridge: float, steps: int = 12):
    """L2-regularised logistic regression on standardised columns, by
    Newton's method: (weights, bias, mean, scale), the weights on the
    standardised columns."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = np.concatenate(((x - mean) / scale, np.ones((len(x), 1))), axis=1)
    w = np.zeros(z.shape[1])
    penalty = ridge * len(y) * np.eye(z.shape[1])
    penalty[-1, -1] = 0.0  # the bias is not pulled toward 0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-3:
            break
    return w[:-1], float(w[-1]), mean, scale


def cross_fitted(fit_model, x, y, owners) -> np.ndarray:
    folds = owners % FOLDS
    scores = np.empty(len(y))
    for fold in range(FOLDS):
        held = folds == fold
        model = fit_model(x[~held], y[~held])
        scores[held] = model(x[held])
    return scores


def compare(variants) -> None:
    fit_f, fit_c, fit_y, fit_o, fit_n = load("fit")
    more = np.load(CACHE / "fit-more.npz") if (CACHE / "fit-more.npz").exists() else None
    sets = {split: load(split) for split in ("test", "other")}
    for name, blocks, ridge, extra, dims in variants:
        x = learned.design(np, fit_f, fit_c, blocks, dims)
        y, owners = fit_y, fit_o
        if extra:
            x = np.concatenate((x, learned.design(np, more["features"], more["contexts"], blocks, dims)))
            y = np.concatenate((y, np.ones(len(more["owners"]))))
            owners = np.concatenate((owners, more["owners"]))
        original = np.arange(len(y)) < len(fit_y)

        def fit_model(x, y, ridge=ridge):
            weights, bias, mean, scale = logistic(x, y, ridge)
            return lambda rows: ((rows - mean) / scale) @ weights + bias

        crossed = cross_fitted(fit_model, x, y, owners)[original]
        threshold = threshold_for(crossed, fit_y, fit_n)
        model = fit_model(x, y)
        line = [f"{name:38}", report("fit, cross-fitted", crossed, fit_y, fit_n, threshold)]
        for split, (f, c, labels, _, n) in sets.items():
            line.append(report("BBC held-out" if split == "test" else "Zyte", model(learned.design(np, f, c, blocks, dims)), labels, n, threshold))
        print("\n    ".join(line), flush=True)


ALL = ("rest", "paragraph", "neighbours", "headline")
VARIANTS = [
    # (name, interaction blocks, L2 penalty, with the extra injections, leading dimensions or None for all)
    ("scalars only", (), 1e-3, False, None),
    ("rest, first 16 dimensions", ("rest",), 1e-3, False, 16),
    ("all four, first 8 dimensions", ALL, 1e-3, False, 8),
    ("all four, first 16 dimensions", ALL, 1e-3, False, 16),
    ("all four, first 16, extra injections", ALL, 1e-3, True, 16),
    ("all four, first 32 dimensions", ALL, 1e-3, False, 32),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", action="store_true")
    parser.add_argument("--dump-more", type=int, default=0, help="rounds of extra injections into the fit half")
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    if args.dump:
        for split in ("fit", "test", "other"):
            dump(split)
    if args.dump_more:
        dump_more(args.dump_more)
    if args.compare:
        compare(VARIANTS)


if __name__ == "__main__":
    main()
