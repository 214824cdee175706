"""OC on real news: recall on sentences injected from an article of another
category, false alarms on the clean articles, and speed, for each method and
a range of thresholds; OC102 on another story's first sentence or headline
alone between paragraphs; false alarms on non-English articles.

    python tests/benchmarks/out_of_context.py [--limit N] [--methods static,lexical,semantic]
    python tests/benchmarks/out_of_context.py --fit      # refit the static method's weights
    python tests/benchmarks/out_of_context.py --other-source --methods static   # another source

The BBC articles are split in two halves by a hash of their id.  Weights and
thresholds are fitted on the "fit" half only (a table distilled from BBC
text, build_static_embeddings --distil, uses one part of it and the weights
the other: fit_part_of, --weights-part) (--fit prints them; they are
copied into rules/out_of_context/rules.py by hand); every figure printed
without --fit is on the "test" half, which the fitting never saw.  Into each
test article one sentence (eight words or more) from a random test article
of another category is inserted after a sentence of a random paragraph, so
the donors are unseen too.  A sentence is found when an OC finding overlaps
it.  False alarms are OC findings (not articles) on the clean articles.
MB/s is the rule alone, on the clean and damaged articles, one process, by
CPU time (hits() re-reads each damaged article, so it is a lower bound).
"""
from __future__ import annotations

import argparse
import hashlib
import random
import time

from common import records

from newslint import Document, Linter

# The setting each method's curve varies.
SETTINGS = {
    "static": ("static-threshold", (0.5, 1.0, 1.46, 2.0)),
    "lexical": ("min-weight", (10.0, 20.0, 30.0, 40.0)),
    "semantic": ("semantic-threshold", (0.1, 0.15, 0.2, 0.25)),
}
ALLOWED_ALARMS_PER_50 = 1.0
# --fit chooses the threshold on cross-fitted scores (each article scored by
# weights fitted on the other folds), for fewer alarms than allowed: with
# two folds and the full allowance the threshold gave 1.42 false alarms per
# 50 on the held-out half (issue 11, README), and a false alarm costs more
# than a miss.
CROSS_FOLDS = 5
FIT_ALARMS_PER_50 = 0.8
JUDGED = {"min-words": 8, "min-sentences": 6}  # as config.yaml sets OC101


def split_of(article_id: str) -> str:
    return "fit" if hashlib.sha1(article_id.encode()).digest()[0] % 2 == 0 else "test"


def fit_part_of(article_id: str) -> str:
    """The fit half in two: the static table is distilled on the "table"
    part's sentences (distillation_sentences.py), the weights and threshold
    fitted on the "weights" part (--fit --weights-part), where the table is as new to the
    text as on the held-out half.  A table fitted on the text it is then
    weighed on makes that text's own sentences look more alike than any
    other text's: weights and threshold fitted there gave 2.4 false alarms
    per 50 held-out articles instead of one."""
    return "table" if hashlib.sha1(article_id.encode()).digest()[1] % 2 == 0 else "weights"


# Another source, never used for fitting: the human gold article bodies of
# the Zyte article-extraction benchmark's pages (news and blogs of many
# sites); each page is its own "category", so a donor is any other page.
OTHER_SOURCES = ("scraped_zyte_aeb.jsonl.gz",)


def other_source() -> list[tuple[str, str, str]]:
    return gold_bodies(OTHER_SOURCES)


# A gold article body this long, at least, is an article to inject into.
MIN_GOLD_WORDS = 150


def gold_bodies(names) -> list[tuple[str, str, str]]:
    """The gold article bodies of the scraped-page sources ``names``, each
    page its own category (id, category, text)."""
    return [
        (r["id"], r["id"], r["gold_text"].strip() + "\n")
        for name in names
        for r in records(name)
        if r.get("gold_text") and len(r["gold_text"].split()) >= MIN_GOLD_WORDS
    ]


def articles(split: str, part: str | None = None) -> list[tuple[str, str, str]]:
    """The BBC articles of a half ("fit" or "test"), or of one part of the
    fit half (fit_part_of)."""
    return [
        (r["id"], r["category"], r["title"] + "\n\n" + r["text"])
        for r in records("en_news_clean.jsonl.gz")
        if split_of(r["id"]) == split and (part is None or fit_part_of(r["id"]) == part)
    ]


def injected(text: str, donor: str, rng: random.Random) -> tuple[str, int, int] | None:
    sentences = [s.text for s in Document(donor).sentences[1:] if len(s.text.split()) >= 8]
    if not sentences:
        return None
    sentence = rng.choice(sentences)
    document = Document(text)
    places = [s.end for s in document.sentences[1:] if s.end < len(text)]
    if not places:
        return None
    at = rng.choice(places)
    damaged = text[:at] + " " + sentence + text[at:]
    return damaged, at + 1, at + 1 + len(sentence)


def teaser(text: str, donor: str, rng: random.Random, kind: str) -> tuple[str, int, int] | None:
    """Another story's headline or first sentence as a paragraph of its own
    between two paragraphs of the article."""
    donor_document = Document(donor)
    if kind == "headline":
        line = donor_document.lines[0].text.strip()
    else:
        first = [s.text for s in donor_document.sentences[1:] if len(s.text.split()) >= 8]
        if not first:
            return None
        line = first[0]
    document = Document(text)
    gaps = [p.end for p in document.paragraphs[1:-1]]
    if not gaps:
        return None
    at = rng.choice(gaps)
    damaged = text[:at] + "\n\n" + line + text[at:]
    return damaged, at + 2, at + 2 + len(line)


def make_cases(corpus, rng, make, *extra):
    cases = []
    for article_id, category, text in corpus:
        donors = [other for other in corpus if other[1] != category]
        made = make(text, rng.choice(donors)[2], rng, *extra)
        if made:
            cases.append((article_id, text, *made))
    return cases


def hits(linter: Linter, damaged: str, article_id: str, start: int, end: int) -> bool:
    document = Document(damaged)
    for d in linter.lint_text(damaged, article_id):
        line = document.lines[d.line - 1]
        offset = line.start + d.col - 1
        if start - 1 <= offset < end:
            return True
    return False


def measure(linter: Linter, cases) -> tuple[float, int, float]:
    for _, text, *_ in cases[:10]:  # load word lists and tables before timing
        linter.lint_text(text)
    size = sum(len(text.encode()) + len(damaged.encode()) for _, text, damaged, *_ in cases)
    # CPU time of this process: the machine is shared, wall time is not the rule's.
    started = time.process_time()
    alarms = sum(len(linter.lint_text(text, article_id)) for article_id, text, *_ in cases)
    found = sum(hits(linter, damaged, article_id, start, end) for article_id, _, damaged, start, end in cases)
    seconds = time.process_time() - started
    return 100 * found / len(cases), alarms, size / seconds / 1e6


def judged_rows(cases) -> tuple[list, list[int], list[int]]:
    """The static method's features of every judged sentence of the clean
    articles (label 0) and of each injected sentence (label 1), with the
    number of the case each row comes from."""
    from newslint.rules.out_of_context import rules

    rows, labels, owners = [], [], []
    for number, (_, text, damaged, start, end) in enumerate(cases):
        for item in rules.static_judged(Document(text), JUDGED):
            rows.append(item.features)
            labels.append(0)
            owners.append(number)
        for item in rules.static_judged(Document(damaged), JUDGED):
            if item.sentence.start < end and item.sentence.end > start:
                rows.append(item.features)
                labels.append(1)
                owners.append(number)
    return rows, labels, owners


def print_weights(weights, bias: float) -> None:
    """The fitted weights, as rules.py's FEATURE_WEIGHTS and BIAS are written."""
    from newslint.rules.out_of_context import context

    print("FEATURE_WEIGHTS = {")
    for name, value in zip(context.FEATURES, weights):
        print(f'    "{name}": {value:.4f},')
    print("}")
    print(f"BIAS = {bias:.4f}")


def logistic(x, y, steps: int = 3000):
    """Logistic regression by plain gradient descent (L2 0.001) on
    standardised features; the weights and bias of the raw features."""
    import numpy as np

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + 0.001 * w)
        b -= 0.5 * float((p - y).mean())
    return w / scale, b - float((w * mean / scale).sum())


def fit(cases, corpus) -> None:
    """Logistic regression of the static method's features on the fit half:
    injected sentences against every judged sentence of the clean articles."""
    import numpy as np

    from newslint.rules.out_of_context import rules

    rows, labels, owners = judged_rows(cases)
    # Another story's first sentence alone between paragraphs (OC102 uses
    # the same score): only to report its recall at the fitted threshold.
    teasers = []
    for article_id, text, damaged, start, end in make_cases(corpus, random.Random(1), teaser, "first sentence"):
        for item in rules.static_judged(Document(damaged), JUDGED):
            if item.sentence.start < end and item.sentence.end > start:
                teasers.append(item.features)
    x = np.array(rows)
    y = np.array(labels, dtype=float)
    weights, bias = logistic(x, y)
    allowed = int(FIT_ALARMS_PER_50 * len(cases) / 50)
    # The threshold from cross-fitted scores: each article scored by
    # weights fitted on the other fold only (in-sample scores make the
    # injected sentences look easier and the threshold too low).
    fold = np.array(owners) % CROSS_FOLDS
    scores = np.zeros(len(y))
    for part in range(CROSS_FOLDS):
        part_weights, part_bias = logistic(x[fold != part], y[fold != part])
        scores[fold == part] = x[fold == part] @ part_weights + part_bias
    threshold, recall = threshold_allowing(scores, y, allowed)
    in_sample, in_sample_recall = threshold_allowing(x @ weights + bias, y, allowed)
    print(f"fit on {len(cases)} articles, {int(y.sum())} injected, {int((1 - y).sum())} clean sentences")
    print(f"(in-sample threshold would be {in_sample:.3f}, recall {100 * in_sample_recall:.1f}%)")
    print_weights(weights, bias)
    teaser_recall = float((np.array(teasers) @ weights + bias >= threshold).mean())
    print(f"static-threshold {threshold:.3f} for {allowed} alarms (OC101 and OC102 together) on the fit half, "
          f"{CROSS_FOLDS}-fold cross-fitted: recall there {100 * recall:.1f}% (injected), "
          f"{100 * teaser_recall:.1f}% (first sentences alone, full fit)")


# OC102's sentences: the fit half's "weights" part of the BBC articles (the
# static table has not seen it) and the gold bodies of other sites (which
# write many more one-sentence paragraphs than the BBC), never the Zyte
# pages or the BBC test half that the figures are reported on.
TEASER_FIT_SOURCES = ("scraped_l3s_gn1.jsonl.gz", "scraped_cleanportaleval.jsonl.gz")
TEASER_JUDGED = {"sentence-min-words": 8}  # as config.yaml sets OC102
TEASER_SEEDS = (1, 2)  # each article lends two teasers (other donors, other places)
ALLOWED_TEASER_ALARMS_PER_100 = 0.5  # OC102's sentences, on the clean articles fitted on


def teaser_rows(corpus) -> tuple[list, list[int]]:
    """OC102's features (rules.teaser_features) of every sentence it judges
    in the clean articles (label 0) and of another story's first sentence
    put alone between two of their paragraphs (label 1)."""
    from newslint.rules.out_of_context import rules

    rows, labels = [], []
    for _, _, text in corpus:
        for item in rules.teaser_judged(Document(text), TEASER_JUDGED):
            rows.append(rules.teaser_features(item))
            labels.append(0)
    for seed in TEASER_SEEDS:
        for _, _, damaged, start, end in make_cases(corpus, random.Random(seed), teaser, "first sentence"):
            for item in rules.teaser_judged(Document(damaged), TEASER_JUDGED):
                if item.sentence.start < end and item.sentence.end > start:
                    rows.append(rules.teaser_features(item))
                    labels.append(1)
    return rows, labels


def fit_teaser() -> None:
    """Fit OC102's weights for a sentence alone between paragraphs and the
    threshold that allows ALLOWED_TEASER_ALARMS_PER_100 on the clean
    articles fitted on; print them as rules.py and config.yaml write them."""
    import numpy as np

    from newslint.rules.out_of_context import context, rules

    corpus = articles("fit", "weights") + gold_bodies(TEASER_FIT_SOURCES)
    rows, labels = teaser_rows(corpus)
    x = np.array(rows)
    y = np.array(labels, dtype=float)
    weights, bias = logistic(x, y)
    scores = x @ weights + bias
    allowed = int(ALLOWED_TEASER_ALARMS_PER_100 * len(corpus) / 100)
    threshold, recall = threshold_allowing(scores, y, allowed)
    print(f"fit on {len(corpus)} articles: {int(y.sum())} first sentences alone, {int((1 - y).sum())} clean sentences alone")
    print("TEASER_WEIGHTS = {")
    for name, value in zip(context.FEATURES + rules.TEASER_CUES, weights):
        print(f'    "{name}": {value:.4f},')
    print("}")
    print(f"TEASER_BIAS = {bias:.4f}")
    print(f"sentence-threshold {threshold:.3f} for {allowed} alarms on the clean articles fitted on: "
          f"recall there {100 * recall:.1f}% (of the sentences judged)")
    for alarms in (0, allowed // 2, 2 * allowed, 4 * allowed):  # the curve around it
        other, other_recall = threshold_allowing(scores, y, alarms)
        print(f"  at {other:.3f}: {alarms} alarms, recall {100 * other_recall:.1f}%")


def threshold_allowing(scores, labels, allowed: int) -> tuple[float, float]:
    """The lowest threshold at which no more than ``allowed`` clean
    sentences (label 0) score at or above it, and the share of damaged ones
    (label 1) that do: the rules report a score at or above their threshold."""
    negatives = sorted(scores[labels == 0], reverse=True)
    threshold = float(negatives[allowed]) + 1e-6
    return threshold, float((scores[labels == 1] >= threshold).mean())


def non_english(linter: Linter, per_article: int = 10) -> dict[str, tuple[int, int]]:
    """Findings on real sentences of each other language, joined ten to an
    article (the first as its headline), both layouts."""
    by_language: dict[str, list[str]] = {}
    for record in records("non_english_sentences.jsonl.gz"):
        by_language.setdefault(record["lang"], []).append(record["text"].strip())
    result = {}
    for language, texts in sorted(by_language.items()):
        alarms = articles_made = 0
        for start in range(0, len(texts) - per_article + 1, per_article):
            chunk = texts[start : start + per_article]
            for separator in ("\n\n", "\n"):
                alarms += len(linter.lint_text(chunk[0] + "\n\n" + separator.join(chunk[1:]), f"{language}{start}"))
                articles_made += 1
        result[language] = (alarms, articles_made)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--methods", default="static,lexical,semantic")
    parser.add_argument("--fit", action="store_true", help="fit the static method on the fit half and print its weights")
    parser.add_argument("--weights-part", action="store_true",
                        help="with --fit: fit on the fit half's \"weights\" part only (for a table distilled on its \"table\" part)")
    parser.add_argument("--default-only", action="store_true",
                        help="OC101's default configuration only (no curve, no second layout, no OC102): a quick look at a candidate")
    parser.add_argument("--skip-oc102", action="store_true")
    parser.add_argument("--oc102-only", action="store_true", help="OC102's figures only (both layouts)")
    parser.add_argument("--fit-teaser", action="store_true",
                        help="fit OC102's weights for a sentence alone between paragraphs and print them")
    parser.add_argument("--skip-non-english", action="store_true")
    parser.add_argument("--non-english-only", action="store_true")
    parser.add_argument("--other-source", action="store_true", help="report on the Zyte benchmark's gold article bodies instead of the BBC test half")
    args = parser.parse_args()
    if args.non_english_only:
        report_non_english()
        return
    if args.fit_teaser:
        fit_teaser()
        return
    rng = random.Random(args.seed)
    fit_part = "weights" if args.weights_part else None
    corpus = other_source() if args.other_source else articles("fit", fit_part) if args.fit else articles("test")
    if args.limit:
        corpus = rng.sample(corpus, args.limit)
    cases = make_cases(corpus, rng, injected)
    if args.fit:
        fit(cases, corpus)
        return
    if args.oc102_only:
        report_teasers(corpus, rng)
        return
    sentences = sum(len(Document(text).sentences) for _, text, *_ in cases)
    where = "Zyte gold article bodies" if args.other_source else "test half: BBC articles"
    print(f"{where}: {len(cases)}, each with one sentence from another category injected; {sentences} sentences")
    print("OC101 (false alarms: findings on the clean articles)")
    for method in [] if args.default_only else args.methods.split(","):
        key, values = SETTINGS[method]
        for threshold in values:
            linter = Linter(select=["OC101"], rules={"OC101": {"method": method, key: threshold}})
            recall, alarms, speed = measure(linter, cases)
            print(
                f"  {method:8} {key} {threshold:6.2f}: recall {recall:5.1f}%  false alarms {alarms:3} "
                f"({50 * alarms / len(cases):.2f} per 50 clean articles)  {speed:.2f} MB/s"
            )
    default = Linter(select=["OC101"])
    recall, alarms, speed = measure(default, cases)
    print(f"  default configuration: recall {recall:.1f}%  false alarms {alarms} ({50 * alarms / len(cases):.2f} per 50)  {speed:.2f} MB/s")
    if args.default_only:
        return
    recall, alarms, speed = measure(default, without_blank_lines(cases))
    print(f"  default, no blank lines between paragraphs: recall {recall:.1f}%  false alarms {alarms} ({50 * alarms / len(cases):.2f} per 50)")
    if not args.skip_oc102:
        report_teasers(corpus, rng)
    if not args.skip_non_english:
        report_non_english()


def without_blank_lines(cases):
    """The same cases with no blank line between paragraphs, the damaged
    span's offsets moved with the text."""
    moved = []
    for article_id, text, damaged, start, end in cases:
        before = damaged[: start - 1].count("\n\n")
        moved.append((article_id, text.replace("\n\n", "\n"), damaged.replace("\n\n", "\n"), start - before, end - before))
    return moved


def report_teasers(corpus, rng: random.Random) -> None:
    """OC102's recall on another story's headline and first sentence alone
    between paragraphs, and its false alarms on the clean articles, in both
    layouts (the same findings are expected)."""
    print("OC102 (another story's line alone between paragraphs)")
    teaser_linter = Linter(select=["OC102"])
    for kind in ("headline", "first sentence"):
        teaser_cases = make_cases(corpus, rng, teaser, kind)
        for layout, cases in (("", teaser_cases), (", no blank lines", without_blank_lines(teaser_cases))):
            recall, alarms, speed = measure(teaser_linter, cases)
            print(f"  {kind + layout:31}: recall {recall:5.1f}% of {len(cases)}  false alarms {alarms} on the clean articles  {speed:.2f} MB/s")


def report_non_english() -> None:
    print("Non-English articles (real sentences, ten to an article, both layouts): default OC findings")
    oc_default = Linter(select=["OC"])
    for language, (alarms, made) in non_english(oc_default).items():
        print(f"  {language}: {alarms} findings on {made} articles")


if __name__ == "__main__":
    main()
