"""Fit the UI line verdict (rules/interface_strings/model.json).

    python tests/benchmarks/fit_interface_model.py [--held-out] [--precision=0.97] [--head-precision=0.88] [--with-extractor] [--head-only | --main-only]

Two tables: the lines around the body (verdict.judged), and the head zone's
lines above the headline (verdict.head_judged, model.json's "head"; its
threshold counts the gold texts' clean lines as the labelled ones, at
HEAD_PRECISION_AIM).  --head-only refits the head's table alone and keeps
the shipped main table; --main-only the other way round.  The shipped head
table is issue 10's seventh round's (its 27 features, without
near_furniture: a table reads only the features it names): refitted today
at the same aim, with or without the eighth round's feature, its threshold
falls from 0.635 to 0.56-0.58 and it flags a recipe's title above its
ingredients (tests/test_interface_strings_rvui.py), so the eighth round
refitted the main table alone (--main-only).

A logistic model over the features of rules/interface_strings/verdict.py,
fitted on the lines the model judges (outside the article's body, and not
what the layout rule knows to be the article's: verdict.judged) of the L3S-GN1 pages of the
"tune" sites (interface_strings.py's split by site; the "held-out" sites are
never seen here).  Leftover blocks (not_content, related_content) are 1,
article blocks (fulltext, headline) are 0; captions and comments are left
out.  The gold texts (article only) of Dragnet, CleanEval and Zyte pages
from the same "tune" sites add clean examples.  --with-extractor adds
trafilatura's output of those sources' pages from the same sites, its lines
labelled against their gold text (extractor_output.py's "fair" labels).
Tried for issue 10 (threshold 0.79 at the same precision aim): on the
held-out sites L3S-GN1 0.966/0.799 against the shipped table's 0.963/0.819,
trafilatura's Zyte output 0.392/0.403 against 0.398/0.455 (fair labels),
Dragnet 0.874/0.303 against 0.867/0.303: less recall for no precision, not
shipped.  The lines it fails on are not ones a line's features tell apart
(an affiliate link under each item of a shopping list scores 0.9 either way).
Tried for issue 10's seventh round, not shipped: letting the main table judge
short sentences after the body, whole sentences above the article's top and
the article's own lists after it, the head table the lists the layout rule
keeps in the head zone, with three more features (a run of headline-shaped
lines, the share of the lines within two that the layout rule takes for
furniture, parts set apart by separators), at precision aims 0.965-0.967 and
0.92.  With every extension the tune sites went from 0.961/0.901 to
0.957/0.922 offline, but the article's own lists after the body flagged
BBC results tables, awards lists and seedings (13 of 2,092 articles), the
sentences above the body flagged Arabic, Korean and Chinese PUD sentences
(4, 13, 2 of 100 articles), and the headline-run feature a livedoor page;
without those the tune sites stood at 0.959/0.903 with one more BBC
article (a line-up after the body at 0.27-0.29): no better than the shipped
table.  Issue 10's eighth round (uil3s5) shipped a feature for the share of
a line's neighbours outside the body that the layout rule flags
(near_furniture) and let the main table judge the short sentences and list
items after the body that are not the article's own lists: tune sites
0.961/0.911 -> 0.960/0.913, BBC unchanged (5 of 2,092), trafilatura's fair
Dragnet 0.872 -> 0.881 precision.  Tried in that round, not shipped (tune
sites only): a precision aim of 0.965 (0.958/0.917, but BBC 8 of 2,092 and
trafilatura's Dragnet precision 0.872 -> 0.857), the head table at 0.85
(three more lines), and the main table judging the article's own lists
after the body once more with near_furniture beside it (0.959/0.919, but
BBC 11 of 2,092: fixtures, seedings and rankings lists flagged whole).
Issue 10's ninth round (uil3s6) refitted nothing: its two rules stand
after the model (verdict._past_copyright_notice, _dated_story_lists).
Run on its code, --main-only no longer reproduces the shipped main table
exactly either (threshold 0.459 against 0.4604, weights in the second
decimal; the features moved with the rounds' layout and catalogue changes
since the eighth round's fit); refitted so, with a feature for furniture
standing between a line and the body, the tune sites stayed at 0.960/0.917
for one more article line: not shipped.
Features are standardised, the weights fitted by Newton's method with
a small L2 penalty, and the threshold is the lowest score at which the
model's own flags keep PRECISION_AIM on the training sites' L3S-GN1 lines.
The model adds to the layout rule: a line the rule flags stays flagged
(verdict.judge), so the threshold is what it takes to flag more.  numpy is needed
here only; newslint applies the table in plain Python.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy
import yaml

from common import records
from interface_strings import ARTICLE, LEFTOVER, pages, split_of

from newslint import Document
from newslint.rules.interface_strings.layout import analyse
from newslint.rules.interface_strings.verdict import FEATURES, features, head_judged, judged

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "rules" / "interface_strings" / "model.json"
PRECISION_AIM = 0.97
# The head zone's table: most lines there are the article's, few are judged.
# 0.88 (threshold 0.635, 0.799 at 0.95): the lists of other stories above a
# headline that the higher threshold let pass (issue 10's seventh round: tune
# sites 0.961/0.901 -> 0.960/0.904, BBC, PUD and livedoor unchanged).
HEAD_PRECISION_AIM = 0.88
# Gold article texts taken as clean examples.
CLEAN_PAGES = 700
L2 = 1.0
NEWTON_STEPS = 25


def clean_documents(split: str, limit: int = CLEAN_PAGES):
    """The gold article texts (no furniture at all) of Dragnet, CleanEval and
    Zyte pages of one split's sites: every line the model judges there is
    article text, and they teach it what an article's own lists, tables and
    results look like outside the body."""
    taken = 0
    for name in ("scraped_dragnet2013.jsonl.gz", "scraped_cleanportaleval.jsonl.gz", "scraped_zyte_aeb.jsonl.gz"):
        for record in records(name):
            if taken >= limit:
                return
            if split_of(record["url"]) == split and record.get("gold_text"):
                taken += 1
                yield Document(record["gold_text"])


def dataset(split: str, chosen=judged):
    """The rows and labels of the lines ``chosen`` (verdict.judged: around
    the body; verdict.head_judged: the head zone)."""
    options = yaml.safe_load((REPO / "config.yaml").read_text())["rules"]["UI109"]
    rows, labels = [], []
    for document in clean_documents(split):
        found = analyse(document, options)
        if found is None:
            continue
        table = features(document, found)
        for index in range(len(found.lines)):
            if chosen(found, index):
                rows.append(table[index])
                labels.append(0.0)
    clean_rows = len(rows)
    for _, page_split, blocks in pages():
        if page_split != split:
            continue
        document = Document("\n".join(text for _, text in blocks) + "\n")
        found = analyse(document, options)
        if found is None:
            continue
        by_line = {line.number: index for index, line in enumerate(found.lines)}
        table = features(document, found)
        for number, (label, _) in enumerate(blocks, start=1):
            index = by_line.get(number)
            if index is None or not chosen(found, index):
                continue
            if label in LEFTOVER or label in ARTICLE:
                rows.append(table[index])
                labels.append(1.0 if label in LEFTOVER else 0.0)
    if "--with-extractor" in sys.argv:
        for document, page_labels in extractor_documents(split):
            found = analyse(document, options)
            if found is None:
                continue
            table = features(document, found)
            for index, line in enumerate(found.lines):
                label = page_labels[line.number - 1]
                if label != "other" and chosen(found, index):
                    rows.append(table[index])
                    labels.append(1.0 if label == "furniture" else 0.0)
    labelled = numpy.arange(len(rows)) >= clean_rows
    return numpy.array(rows), numpy.array(labels), labelled


def extractor_documents(split: str):
    """trafilatura's output of the Dragnet, CleanPortalEval and Zyte pages of
    one split's sites (extractor_output.py's first pages of each source,
    labelled against the gold text by its "fair" labels: page metadata the
    golds disagree on is left out), one block a line: what the rules meet on
    an extractor's output, which the L3S-GN1 blocks (a page's every block)
    and the gold texts (no furniture at all) do not show."""
    from ui_quick import extractor_pages  # the labelled pages, cached

    for source in EXTRACTOR_SOURCES:
        for page in extractor_pages(source):
            if page["split"] == split and page["trafilatura"]:
                text = "\n".join(line for line, _ in page["trafilatura"]) + "\n"
                yield Document(text), page["fair"]["trafilatura"]


# L3S-GN1's pages are already here as their labelled blocks.
EXTRACTOR_SOURCES = ("dragnet", "cleanportaleval", "zyte")


def fit(x, y):
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    z = numpy.hstack([numpy.ones((len(x), 1)), (x - means) / scales])
    weights = numpy.zeros(z.shape[1])
    penalty = numpy.eye(z.shape[1]) * L2
    penalty[0, 0] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1 / (1 + numpy.exp(-z @ weights))
        gradient = z.T @ (p - y) + penalty @ weights
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        weights -= numpy.linalg.solve(hessian, gradient)
    return weights, means, scales


def scores(x, weights, means, scales):
    z = numpy.hstack([numpy.ones((len(x), 1)), (x - means) / scales])
    return 1 / (1 + numpy.exp(-z @ weights))


def precision_aim(option: str = "--precision=", default: float = PRECISION_AIM) -> float:
    for argument in sys.argv[1:]:
        if argument.startswith(option):
            return float(argument.split("=", 1)[1])
    return default


def pick_threshold(p, y, aim: float | None = None) -> float:
    order = numpy.argsort(-p)
    true_positive = numpy.cumsum(y[order])
    precision = true_positive / numpy.arange(1, len(y) + 1)
    good = numpy.nonzero(precision >= (aim or precision_aim()))[0]
    return float(p[order][good[-1]]) if len(good) else 0.99


def report(name, p, y, threshold):
    flagged = p >= threshold
    tp = float((flagged & (y == 1)).sum())
    if not (y == 1).any():
        print(f"  {name:14} clean lines judged: {len(y)}, flagged {int(flagged.sum())}")
        return
    precision = tp / max(flagged.sum(), 1)
    recall = tp / max((y == 1).sum(), 1)
    print(f"  {name:14} lines judged: {len(y)}, precision {precision:.3f}, recall {recall:.3f}")


def fit_table(chosen, aim: float, with_clean: bool = False) -> dict:
    """One table; its threshold keeps ``aim`` on the labelled lines, and with
    ``with_clean`` on the gold texts' clean lines too."""
    x, y, labelled = dataset("tune", chosen)
    weights, means, scales = fit(x, y)
    p = scores(x, weights, means, scales)
    threshold = pick_threshold(p, y, aim) if with_clean else pick_threshold(p[labelled], y[labelled], aim)
    print(f"threshold {threshold:.3f} (precision aim {aim} on the training sites' labelled lines)")
    report("tune", p[labelled], y[labelled], threshold)
    report("tune gold", p[~labelled], y[~labelled], threshold)
    if "--held-out" in sys.argv:
        hx, hy, held_labelled = dataset("held-out", chosen)
        held = scores(hx, weights, means, scales)
        report("held-out", held[held_labelled], hy[held_labelled], threshold)
        report("held-out gold", held[~held_labelled], hy[~held_labelled], threshold)
    for name, weight in sorted(zip(FEATURES, weights[1:]), key=lambda item: -abs(item[1])):
        print(f"    {name:16} {weight:+.3f}")
    return {
        "features": list(FEATURES),
        "bias": round(float(weights[0]), 5),
        "weights": [round(float(w), 5) for w in weights[1:]],
        "means": [round(float(m), 5) for m in means],
        "scales": [round(float(s), 5) for s in scales],
        "threshold": round(threshold, 4),
    }


FITTED_BY = "tests/benchmarks/fit_interface_model.py on the tune sites: L3S-GN1 blocks, gold texts" + (
    ", trafilatura's output of Dragnet, CleanPortalEval and Zyte" if "--with-extractor" in sys.argv else ""
)


def main() -> None:
    if "--main-only" in sys.argv:
        # Refit the main table alone, the head zone's kept as shipped.
        head = json.loads(OUTPUT.read_text(encoding="utf-8"))["head"]
        print("== around the body (verdict.judged)")
        table = {"fitted_by": FITTED_BY, **fit_table(judged, precision_aim()), "head": head}
        OUTPUT.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
        return
    if "--head-only" in sys.argv:
        # Refit the head zone's table alone, the main table kept as shipped.
        table = json.loads(OUTPUT.read_text(encoding="utf-8"))
    else:
        print("== around the body (verdict.judged)")
        table = {"fitted_by": FITTED_BY, **fit_table(judged, precision_aim())}
    print("== the head zone (verdict.head_judged)")
    # Most lines of the head zone are the article's: the gold texts' lines
    # there count against the threshold as the labelled ones do.
    table["head"] = fit_table(head_judged, precision_aim("--head-precision=", HEAD_PRECISION_AIM), with_clean=True)
    OUTPUT.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
