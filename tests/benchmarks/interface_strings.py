"""UI rules on real pages: line precision and recall against annotators'
labels (L3S-GN1), false alarms on clean articles (BBC), and speed.

    python tests/benchmarks/interface_strings.py

Each L3S-GN1 page's visible blocks are laid out one per line, as a naive
scraper would, and the pages are linted together as one corpus (so the
corpus rule UI108 sees them all).  A line counts as flagged when it gets a
UI finding.  Leftovers are blocks labelled not_content or related_content;
article lines are fulltext and headline; supplemental (captions, datelines)
and comments are reported apart.  The C4 line filter (keep lines that end in
terminal punctuation and have at least five words, drop lines with
"javascript", "lorem ipsum" or "{") is computed on the same lines as a
reference.
"""
from __future__ import annotations

import collections
import re
import time

from common import bbc_articles, records

from newslint import Linter

LEFTOVER = {"not_content", "related_content"}
ARTICLE = {"fulltext", "headline"}
SPACES = re.compile(r"\s+")


def pages() -> list[tuple[str, list[tuple[str, str]]]]:
    laid_out = []
    for record in records("scraped_l3s_gn1.jsonl.gz"):
        lines = []
        for block in record["blocks"]:
            if len(block) > 2:  # marked invisible by the annotators
                continue
            text = SPACES.sub(" ", block[1]).strip()
            if text:
                lines.append((block[0], text))
        laid_out.append((record["id"], lines))
    return laid_out


def c4_drops(text: str) -> bool:
    lowered = text.lower()
    return (
        not text.endswith((".", "!", "?", '"'))
        or len(text.split()) < 5
        or "javascript" in lowered
        or "lorem ipsum" in lowered
        or "{" in text
    )


def score(flags: list[tuple[str, bool]]) -> tuple[float, float, int, int]:
    true_positive = sum(1 for label, flagged in flags if flagged and label in LEFTOVER)
    false_positive = sum(1 for label, flagged in flags if flagged and label in ARTICLE)
    leftovers = sum(1 for label, _ in flags if label in LEFTOVER)
    precision = true_positive / (true_positive + false_positive) if true_positive + false_positive else 0.0
    recall = true_positive / leftovers if leftovers else 0.0
    return precision, recall, true_positive, false_positive


SETTINGS = {
    "defaults": {},
    "recall-oriented (UI109 teaser-words 12)": {"UI109": {"teaser-words": 12}},
}


def main() -> None:
    laid_out = pages()
    texts = [(page_id, "\n".join(text for _, text in lines) + "\n") for page_id, lines in laid_out]
    for label, rules in SETTINGS.items():
        print(f"== {label}")
        evaluate(laid_out, texts, Linter(select=["UI"], rules=rules))
    articles = bbc_articles()
    bbc = list(Linter(select=["UI"]).lint_texts(articles))
    with_findings = {d.path for d in bbc}
    print(f"\nBBC clean articles: {len(with_findings)} of {len(articles)} with UI findings "
          f"({200 * len(with_findings) / len(articles):.2f} per 200 articles)")
    for d in bbc[:15]:
        print(f"    {d.path}:{d.line}:{d.col} {d.code} {d.message[:90]}")


def evaluate(laid_out, texts, linter: Linter) -> None:
    megabytes = sum(len(text.encode("utf-8")) for _, text in texts) / 1e6
    start = time.perf_counter()
    diagnostics = list(linter.lint_texts(texts))
    seconds = time.perf_counter() - start
    flagged = collections.defaultdict(set)
    by_code_lines = collections.defaultdict(set)
    for d in diagnostics:
        flagged[d.path].add(d.line)
        by_code_lines[d.code].add((d.path, d.line))
    flags = []
    c4 = []
    labels_of = {}
    for page_id, lines in laid_out:
        for number, (label, text) in enumerate(lines, start=1):
            flags.append((label, number in flagged[page_id]))
            c4.append((label, c4_drops(text)))
            labels_of[(page_id, number)] = label
    print(f"L3S-GN1: {len(laid_out)} pages, {len(flags)} lines, {megabytes:.2f} MB; UI rules {megabytes / seconds:.2f} MB/s")
    for name, marks in (("newslint UI", flags), ("C4 line filter", c4)):
        precision, recall, true_positive, false_positive = score(marks)
        print(f"  {name:15} precision {precision:.3f}  recall {recall:.3f}  ({true_positive} leftovers flagged, {false_positive} article lines flagged)")
    for label in ("supplemental", "comments"):
        total = sum(1 for got, _ in flags if got == label)
        hit = sum(1 for got, flag in flags if got == label and flag)
        print(f"  {label} lines flagged: {hit}/{total}")
    print("  per code (lines flagged: leftover / article / other):")
    for code in sorted(by_code_lines):
        counts = collections.Counter(
            "leftover" if labels_of[key] in LEFTOVER else "article" if labels_of[key] in ARTICLE else "other"
            for key in by_code_lines[code]
        )
        print(f"    {code}: {counts['leftover']} / {counts['article']} / {counts['other']}")


if __name__ == "__main__":
    main()
