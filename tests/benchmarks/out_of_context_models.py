"""OC101's static method: other models of its twenty-one features (issue
11, seventh round).  Is anything left in the model rather than in more
hand-made features?  Compared on the same cases as out_of_context.py (same
seed, same injected sentences):

- the shipped linear model (logistic regression, out_of_context.logistic);
- pairwise products of the standardised features (L2-penalised);
- a small neural network (one hidden layer of 16 or 32 tanh units, numpy);
- boosted stumps and boosted depth-two trees on the features' quantile bins
  (numpy; an additive model of each feature's steps, and pairs of them);
- per-article normalisation of the score: the sentence's margin over the
  highest other sentence of its article, its rank there, and the gaps by
  which it is the article's least similar sentence on each similarity;
- more training data: more injected sentences per fit article (other
  donors, other places, other seeds).

    python tests/benchmarks/out_of_context_models.py --dump DIR [--more 4]   # about 6 CPU minutes
    python tests/benchmarks/out_of_context_models.py --compare DIR           # a few CPU minutes

Every model is fitted on the BBC fit half only.  Its threshold is chosen,
as out_of_context.py --fit chooses the shipped one, on five-fold
cross-fitted scores of the fit half (folds by article: no article is scored
by a model fitted on it) for 0.8 false alarms per 50 clean articles; the
model is then fitted on the whole fit half and applied once to the held-out
half and to the Zyte gold bodies (another source, never fitted on).
Printed per model: the cross-fitted recall on the fit half; the held-out
recall and false alarms per 50 at that threshold, and "exact" (the recall at
the threshold the held-out half itself would need for exactly one false
alarm per 50: an upper bound, not chosen from); the same on the Zyte
bodies.  A judged sentence is one OC101 would judge (a sentence alone on its
line is OC102's); false alarms are judged sentences of the clean articles
at or above the threshold, as the benchmark counts findings.

Figures (issue 11, seventh round; the dump of 22:00 UTC 30 Nov 2026, fit
half 1,035 articles and 4 more rounds, held-out 1,057, Zyte 164):

| model | fit, cross-fitted | held-out BBC (exact) | Zyte (exact) |
| --- | --- | --- | --- |
| linear (shipped fit, refitted) | 35.7% at 1.705 | 34.5% at 0.80 (39.5%) | 22.6% at 0.61 (28.7%) |
| linear by Newton, L2 0.001 | 35.2% | 34.6% at 0.85 (39.5%) | 22.0% at 0.61 (28.7%) |
| pairwise products, L2 0.001 | 36.8% | 34.7% at 0.95 (38.2%) | 20.7% at 0.91 (32.3%) |
| pairwise products, L2 0.01 | 36.0% | 35.6% at 0.76 (38.2%) | 21.3% at 0.91 (32.9%) |
| pairwise 0.01, 5 injections per article | 36.4% | 34.8% at 0.99 (35.6%) | 22.6% at 0.91 (39.6%) |
| MLP, 16 tanh units, decay 0.001 | 34.4% | 34.2% at 0.76 (37.6%) | 20.1% at 0.61 (35.4%) |
| the same again (a second run: deterministic) | 34.4% | 34.2% at 0.76 (37.6%) | 20.1% at 0.61 (35.4%) |
| MLP, 32 tanh units, 1000 steps | 35.9% | 34.9% at 0.80 (37.0%) | 20.1% at 0.91 (35.4%) |
| MLP 16 with 5 injections per article | not run (machine at load 10-13: out of time) | | |
| boosted stumps, 300 rounds | 29.9% | 30.3% at 0.99 (30.7%) | 11.6% at 0.00 (25.0%) |
| boosted depth-2 trees, 200 rounds | 27.1% | 26.7% at 0.52 (32.5%) | 11.0% at 0.00 (24.4%) |
| boosted stumps, 5 injections per article | not run (out of time) | | |
| + least-similar gaps (7 similarities) | 34.0% | 34.2% at 0.85 (38.4%) | 20.1% at 0.61 (29.9%) |
| + score margin, is-top, standard score (two stages) | 35.0% | 34.2% at 0.76 (38.8%) | 22.6% at 0.61 (29.3%) |
| + gaps + score margin (Newton) | 34.8% | 34.7% at 0.90 (38.6%) | 22.0% at 0.61 (30.5%) |
| the same, 5 injections per article | 33.9% | 33.7% at 0.85 (35.9%) | 19.5% at 0.61 (32.3%) |
| linear (Newton), 2 injections per article | 34.6% | 33.9% at 0.76 (37.4%) | 20.1% at 0.61 (25.6%) |
| linear (Newton), 5 injections per article | 35.3% | 33.9% at 0.85 (36.6%) | 21.3% at 0.61 (28.7%) |

None is adopted: none raises the held-out recall at the fitted threshold by
more than a point without losing on the Zyte bodies (pairwise products,
L2 0.01: +1.1 points held-out, -1.3 Zyte; with five injections, +0.3 and
the same Zyte recall at 0.91 false alarms per 50 instead of 0.61; an MLP of
32 units +0.4 held-out, -2.5 Zyte at more false alarms there).  Trees
learn the fit half's tail and lose half the Zyte recall.  More injected
sentences per article lower the held-out recall: the fit half's clean
sentences, all of them used already, are what bounds the threshold.  The
article's ranking adds nothing, as before (docs/measurements.md): the
clean articles' alarms are their highest sentence too.  What is left is
the features' separation at the tail, not the model; and the threshold
chosen at 0.8 per 50 on cross-fitted scores gives up about five points
against the held-out half's own "exact" threshold.
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

import numpy as np
import out_of_context as bench

from newslint import Document
from newslint.rules.out_of_context import context, rules

SEED = 20261129  # out_of_context.py's default
SPLITS = ("fit", "test", "other")
CROSS_FOLDS = 5
FIT_ALARMS_PER_50 = 0.8  # as out_of_context.py --fit
# Roles of a dumped row.
CLEAN, INJECTED, BESIDE = 0, 1, 2  # BESIDE: a damaged article's own sentence (context for margins only)


def _rows(document: Document, start: int | None = None, end: int | None = None):
    """(features, candidate, injected) of every sentence static_judged gives
    (the article's sentences its margins are taken among); candidate: OC101
    judges it (not alone on its line)."""
    out = []
    for item in rules.static_judged(document, bench.JUDGED):
        hit = start is not None and item.sentence.start < end and item.sentence.end > start
        out.append((item.features, not rules._stands_alone(document, item.sentence), hit))
    return out


def dump(folder: Path, more: int) -> None:
    """Per set, every judged sentence of the clean articles (CLEAN) and of
    the damaged ones (INJECTED, BESIDE), with its case number (owner) and
    the number of the article it was read in (group).  ``more`` rounds of
    extra injections into the fit half's articles (another donor of another
    category, another place: seeds SEED + 1 ...), for fitting only."""
    folder.mkdir(parents=True, exist_ok=True)
    for split in SPLITS:
        corpus = bench.other_source() if split == "other" else bench.articles(split)
        rounds = [(0, bench.make_cases(corpus, random.Random(SEED), bench.injected))]
        if split == "fit":
            ids = {case[0]: number for number, case in enumerate(rounds[0][1])}
            rounds += [(r, bench.make_cases(corpus, random.Random(SEED + r), bench.injected)) for r in range(1, more + 1)]
        features, roles, owners, groups, rounds_of = [], [], [], [], []
        group = 0
        for round_number, cases in rounds:
            for number, (article_id, text, damaged, start, end) in enumerate(cases):
                owner = number if round_number == 0 else ids.get(article_id)
                if owner is None:
                    continue  # an article round 0 could not damage
                documents = [(Document(text), None, None)] if round_number == 0 else []
                documents.append((Document(damaged), start, end))
                for document, low, high in documents:
                    for values, candidate, hit in _rows(document, low, high):
                        role = CLEAN if low is None else INJECTED if hit else BESIDE
                        if role != BESIDE and not candidate:
                            role = BESIDE  # OC102's sentence: context only
                        features.append(values)
                        roles.append(role)
                        owners.append(owner)
                        groups.append(group)
                        rounds_of.append(round_number)
                    group += 1
            print(f"{split} round {round_number}: {len(cases)} cases, {len(roles)} rows so far", flush=True)
        np.savez(
            folder / f"{split}.npz", features=np.array(features), roles=np.array(roles), owners=np.array(owners),
            groups=np.array(groups), rounds=np.array(rounds_of), articles=len(rounds[0][1]),
        )


class Set:
    """A dumped set: every row (all roles), and per row its article group."""

    def __init__(self, folder: Path, split: str, rounds: int | None = None):
        data = np.load(folder / f"{split}.npz")
        keep = np.ones(len(data["roles"]), dtype=bool) if rounds is None else data["rounds"] < rounds
        self.x = data["features"][keep].astype(np.float64)
        self.roles = data["roles"][keep]
        self.owners = data["owners"][keep]
        self.groups = data["groups"][keep]
        self.rounds = data["rounds"][keep]
        self.articles = int(data["articles"])

    def subset(self, keep):
        other = object.__new__(Set)
        for name in ("x", "roles", "owners", "groups", "rounds"):
            setattr(other, name, getattr(self, name)[keep])
        other.articles = self.articles
        return other


def group_max_other(values, groups):
    """Per row, the highest value of the other rows of its group (-inf when
    it is alone)."""
    order = np.lexsort((-values, groups))
    sorted_groups, sorted_values = groups[order], values[order]
    first = np.concatenate(([True], sorted_groups[1:] != sorted_groups[:-1]))
    starts = np.flatnonzero(first)
    top = np.repeat(sorted_values[starts], np.diff(np.append(starts, len(values))))
    second_index = starts + 1
    has_second = np.append(np.diff(starts) > 1, len(values) - starts[-1] > 1)
    second = np.full(len(starts), -np.inf)
    second[has_second] = sorted_values[second_index[has_second]]
    second = np.repeat(second, np.diff(np.append(starts, len(values))))
    is_top = np.zeros(len(values), dtype=bool)
    is_top[starts] = True
    result = np.empty(len(values))
    result[order] = np.where(is_top, second, top)
    return result


# The similarities on which "the article's least similar sentence by a
# margin" is measured: the gap from the lowest other sentence of the article.
GAP_FEATURES = ("rest", "nearest", "neighbours", "paragraph", "words", "cohesion", "best_shared")


def gaps(s: Set):
    """Per row and GAP_FEATURES' column, how far below every other sentence
    of its article it is (the others' lowest less its own; 0 alone)."""
    columns = []
    for name in GAP_FEATURES:
        values = s.x[:, context.FEATURES.index(name)]
        lowest_other = -group_max_other(-values, s.groups)
        columns.append(np.where(np.isfinite(lowest_other), lowest_other - values, 0.0))
    return np.stack(columns, axis=1)


def score_margins(scores, s: Set):
    """Per row: its score less its article's highest other score, whether it
    is the article's highest, and its standard score among them."""
    best_other = group_max_other(scores, s.groups)
    margin = np.where(np.isfinite(best_other), scores - best_other, 0.0)
    counts = np.bincount(s.groups)
    sums = np.bincount(s.groups, scores)
    squares = np.bincount(s.groups, scores * scores)
    n = counts[s.groups]
    mean = (sums[s.groups] - scores) / np.maximum(n - 1, 1)
    variance = np.maximum((squares[s.groups] - scores * scores) / np.maximum(n - 1, 1) - mean * mean, 0)
    z = np.where(n > 2, (scores - mean) / (np.sqrt(variance) + 0.05), 0.0)
    return np.stack((margin, (margin > 0).astype(float), z), axis=1)


def labels_of(s: Set):
    return (s.roles == INJECTED).astype(float)


def logistic_newton(x, y, ridge: float, steps: int = 25):
    """L2-penalised logistic regression on standardised columns by Newton's
    method; a scorer of raw rows."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.concatenate(((x - mean) / scale, np.ones((len(x), 1))), axis=1)
    w = np.zeros(z.shape[1])
    penalty = ridge * len(y) * np.eye(z.shape[1])
    penalty[-1, -1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        step = np.linalg.solve((z * (p * (1 - p))[:, None]).T @ z + penalty, z.T @ (p - y) + penalty @ w)
        w -= step
        if np.abs(step).max() < 1e-4:
            break
    return lambda rows: ((rows - mean) / scale) @ w[:-1] + w[-1]


def linear(s: Set):
    """The shipped fit: out_of_context.logistic (gradient descent, L2 0.001)."""
    rows = s.roles != BESIDE
    weights, bias = bench.logistic(s.x[rows], labels_of(s)[rows])
    return lambda t: t.x @ weights + bias


def newton(s: Set):
    """The same model fitted by Newton's method (L2 0.001): the shipped
    fit's figures within a point, in a fraction of its time."""
    rows = s.roles != BESIDE
    model = logistic_newton(s.x[rows], labels_of(s)[rows], 1e-3)
    return lambda t: model(t.x)


def pairwise(ridge: float):
    def fit(s: Set):
        rows = s.roles != BESIDE
        mean, scale = s.x[rows].mean(axis=0), s.x[rows].std(axis=0) + 1e-9
        upper = np.triu_indices(s.x.shape[1])

        def design(x):
            z = (x - mean) / scale
            return np.concatenate((z, (z[:, :, None] * z[:, None, :])[:, upper[0], upper[1]]), axis=1)

        model = logistic_newton(design(s.x[rows]), labels_of(s)[rows], ridge)
        return lambda t: model(design(t.x))
    return fit


def mlp(hidden: int, decay: float, seed: int = 0, steps: int = 3000, rate: float = 0.01):
    """One hidden layer of tanh units, logistic output, full-batch Adam with
    weight decay, on standardised features."""
    def fit(s: Set):
        rows = s.roles != BESIDE
        x, y = s.x[rows], labels_of(s)[rows]
        mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
        z = (x - mean) / scale
        rng = np.random.default_rng(seed)
        params = [rng.normal(0, 1 / np.sqrt(z.shape[1]), (z.shape[1], hidden)), np.zeros(hidden),
                  rng.normal(0, 1 / np.sqrt(hidden), hidden), np.zeros(1)]
        moments = [np.zeros_like(p) for p in params]
        squares = [np.zeros_like(p) for p in params]
        for step in range(1, steps + 1):
            h = np.tanh(z @ params[0] + params[1])
            out = h @ params[2] + params[3][0]
            p = 1 / (1 + np.exp(-np.clip(out, -30, 30)))
            d_out = (p - y) / len(y)
            d_h = np.outer(d_out, params[2]) * (1 - h * h)
            grads = [z.T @ d_h + decay * params[0], d_h.sum(axis=0), h.T @ d_out + decay * params[2], np.array([d_out.sum()])]
            for k, g in enumerate(grads):
                moments[k] = 0.9 * moments[k] + 0.1 * g
                squares[k] = 0.999 * squares[k] + 0.001 * g * g
                params[k] = params[k] - rate * (moments[k] / (1 - 0.9 ** step)) / (np.sqrt(squares[k] / (1 - 0.999 ** step)) + 1e-8)
        w1, b1, w2, b2 = params
        return lambda t: np.tanh(((t.x - mean) / scale) @ w1 + b1) @ w2 + b2[0]
    return fit


BINS = 32


def boosted(depth: int, rounds: int, rate: float = 0.1, penalty: float = 1.0, min_hessian: float = 1.0):
    """Newton-boosted trees of ``depth`` on the features' quantile bins,
    logistic loss; depth 1 is an additive model of each feature's steps."""
    def fit(s: Set):
        rows = s.roles != BESIDE
        x, y = s.x[rows], labels_of(s)[rows]
        width = x.shape[1]
        edges = [np.unique(np.quantile(x[:, j], np.linspace(0, 1, BINS + 1)[1:-1])) for j in range(width)]
        codes = np.stack([np.searchsorted(edges[j], x[:, j], side="right") for j in range(width)], axis=1)
        offsets = np.arange(width) * BINS
        flat = codes + offsets
        prior = np.log(y.mean() / (1 - y.mean()))
        raw = np.full(len(y), prior)
        trees = []

        def grow(index, g, h, level):
            total_g, total_h = g[index].sum(), h[index].sum()
            leaf = -total_g / (total_h + penalty)
            if level == depth or len(index) < 2:
                return ("leaf", leaf)
            grad = np.bincount(flat[index].ravel(), np.repeat(g[index], width), minlength=width * BINS).reshape(width, BINS)
            hess = np.bincount(flat[index].ravel(), np.repeat(h[index], width), minlength=width * BINS).reshape(width, BINS)
            left_g, left_h = grad.cumsum(axis=1)[:, :-1], hess.cumsum(axis=1)[:, :-1]
            right_g, right_h = total_g - left_g, total_h - left_h
            gain = left_g ** 2 / (left_h + penalty) + right_g ** 2 / (right_h + penalty)
            gain[(left_h < min_hessian) | (right_h < min_hessian)] = -np.inf
            j, b = np.unravel_index(np.argmax(gain), gain.shape)
            if not np.isfinite(gain[j, b]) or b >= len(edges[j]):
                return ("leaf", leaf)
            goes_left = codes[index, j] <= b
            return ("split", j, edges[j][b], grow(index[goes_left], g, h, level + 1), grow(index[~goes_left], g, h, level + 1))

        def apply(tree, x):
            if tree[0] == "leaf":
                return np.full(len(x), tree[1])
            _, j, edge, left, right = tree
            return np.where(x[:, j] < edge, apply(left, x), apply(right, x))

        everything = np.arange(len(y))
        for _ in range(rounds):
            p = 1 / (1 + np.exp(-raw))
            tree = grow(everything, p - y, p * (1 - p), 0)
            trees.append(tree)
            raw += rate * apply(tree, x)
        return lambda t: prior + rate * sum(apply(tree, t.x) for tree in trees)
    return fit


def with_columns(base_fit, extra, first_stage=linear):
    """A model fitted on the features and ``extra(s, scorer)``'s columns
    (scorer: ``first_stage`` fitted on the same rows)."""
    def fit(s: Set):
        stage = first_stage(s)

        def design(t):
            return np.concatenate((t.x, extra(t, stage)), axis=1)

        shadow = object.__new__(Set)
        shadow.__dict__.update(s.__dict__)
        shadow.x = design(s)
        model = base_fit(shadow)

        def score(t):
            other = object.__new__(Set)
            other.__dict__.update(t.__dict__)
            other.x = design(t)
            return model(other)
        return score
    return fit


def article_gaps(t, stage):
    return gaps(t)


def article_margins(t, stage):
    return score_margins(stage(t), t)


def two_stage(t, stage):
    return np.concatenate((gaps(t), score_margins(stage(t), t)), axis=1)


def cross_fitted(fit_model, s: Set):
    """Each row scored by a model fitted on the other folds (by article)."""
    folds = s.owners % CROSS_FOLDS
    scores = np.empty(len(s.roles))
    for fold in range(CROSS_FOLDS):
        held = folds == fold
        model = fit_model(s.subset(~held))
        scores[held] = model(s.subset(held))
    return scores


def found_and_alarms(scores, s: Set, threshold: float):
    """Share of the set's cases whose injected sentence scores at or above
    the threshold (round 0), and the clean rows that do."""
    injected = (s.roles == INJECTED) & (s.rounds == 0)
    found = len(set(s.owners[injected & (scores >= threshold)].tolist()))
    alarms = int(((s.roles == CLEAN) & (scores >= threshold)).sum())
    return found / s.articles, alarms


def threshold_for(scores, s: Set, per_50: float) -> float:
    negatives = np.sort(scores[s.roles == CLEAN])[::-1]
    return float(negatives[int(per_50 * s.articles / 50)]) + 1e-9


MODELS = {
    "linear (shipped fit)": (linear, 1),
    "linear, L2 by Newton 0.001": (newton, 1),
    "pairwise products, L2 0.001": (pairwise(1e-3), 1),
    "pairwise products, L2 0.01": (pairwise(1e-2), 1),
    "MLP 16 tanh, decay 1e-3": (mlp(16, 1e-3), 1),
    "MLP 32 tanh, decay 1e-3, 1000 steps": (mlp(32, 1e-3, steps=1000, rate=0.02), 1),
    "boosted stumps, 300 rounds": (boosted(1, 300), 1),
    "boosted depth-2 trees, 200 rounds": (boosted(2, 200), 1),
    "linear + least-similar gaps": (with_columns(linear, article_gaps), 1),
    "linear + score margin, top, z (two stages)": (with_columns(linear, article_margins), 1),
    "Newton linear + gaps + score margin": (with_columns(newton, two_stage, newton), 1),
    "Newton linear, 2 injections per fit article": (newton, 2),
    "Newton linear, 5 injections per fit article": (newton, 5),
    "MLP 16, 5 injections per fit article, 1000 steps": (mlp(16, 1e-3, steps=1000, rate=0.02), 5),
    "boosted stumps, 5 injections per fit article": (boosted(1, 300), 5),
    "pairwise 0.01, 5 injections per fit article": (pairwise(1e-2), 5),
    "Newton linear + gaps + score margin, 5 injections": (with_columns(newton, two_stage, newton), 5),
}


def compare(folder: Path, only: str | None = None) -> None:
    sets = {split: Set(folder, split) for split in ("test", "other")}
    print(f"{'model':46} fit (cross-fitted) | held-out BBC (exact 1/50) | Zyte (exact 1/50)")
    for name, (fit_model, rounds) in MODELS.items():
        if only and not any(part in name for part in only.split(",")):
            continue
        fit = Set(folder, "fit", rounds)
        crossed = cross_fitted(fit_model, fit)
        threshold = threshold_for(crossed, fit, FIT_ALARMS_PER_50)
        recall, _ = found_and_alarms(crossed, fit, threshold)
        model = fit_model(fit)
        cells = [f"{100 * recall:5.1f}% at {threshold:7.3f}"]
        for s in sets.values():
            scores = model(s)
            found, alarms = found_and_alarms(scores, s, threshold)
            exact, _ = found_and_alarms(scores, s, threshold_for(scores, s, 1.0))
            cells.append(f"{100 * found:5.1f}% at {50 * alarms / s.articles:.2f} ({100 * exact:5.1f}%)")
        print(f"{name:46} {' | '.join(cells)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write the three sets' features here")
    parser.add_argument("--more", type=int, default=4, help="with --dump: extra injection rounds into the fit half")
    parser.add_argument("--compare", type=Path, help="fit and print every model from a --dump folder")
    parser.add_argument("--only", help="with --compare: the models whose name holds one of these (comma-separated)")
    args = parser.parse_args()
    if args.dump:
        dump(args.dump, args.more)
    if args.compare:
        compare(args.compare, args.only)
    if not (args.dump or args.compare):
        parser.error("give --dump DIR, --compare DIR or both")


if __name__ == "__main__":
    main()
