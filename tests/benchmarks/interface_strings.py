"""UI rules on real pages: line precision and recall against annotators'
labels (L3S-GN1), false alarms on clean articles (BBC), and speed.

    python tests/benchmarks/interface_strings.py

Each L3S-GN1 page's visible blocks are laid out in both layouts scrapers
write: one block a line ("lines"), and a blank line between blocks
("blank", as html2text and Markdown converters write), and the pages are
linted together as one corpus (so the corpus rule UI108 sees them all).  A
rule that takes blank lines for the article's paragraphs loses its recall in
the second layout; the two rows should agree.  Pages are split by site (a
hash of the host name): thresholds are tuned on the "tune" sites, and the
"held-out" row is the honest figure.  A line counts as flagged when it gets a
UI finding.  Leftovers are blocks labelled not_content or related_content;
article lines are fulltext and headline; supplemental (captions, datelines)
and comments are reported apart.  The C4 line filter (keep lines that end in
terminal punctuation and have at least five words, drop lines with
"javascript", "lorem ipsum" or "{") is computed on the same lines as a
reference.
"""
from __future__ import annotations

import collections
import hashlib
import re
import sys
import time
from urllib.parse import urlsplit

from common import bbc_articles, records

from newslint import Linter

LEFTOVER = {"not_content", "related_content"}
ARTICLE = {"fulltext", "headline"}
SPACES = re.compile(r"\s+")


LAYOUTS = {"lines": "\n", "blank": "\n\n"}
# One site in HELD_OUT_EVERY goes to the held-out split.
HELD_OUT_EVERY = 3


def split_of(url: str) -> str:
    host = urlsplit(url or "").hostname or url or ""
    host = host[4:] if host.startswith("www.") else host
    return "held-out" if int(hashlib.md5(host.encode()).hexdigest(), 16) % HELD_OUT_EVERY == 0 else "tune"


def pages() -> list[tuple[str, str, list[tuple[str, str]]]]:
    laid_out = []
    for record in records("scraped_l3s_gn1.jsonl.gz"):
        lines = []
        for block in record["blocks"]:
            if len(block) > 2:  # marked invisible by the annotators
                continue
            text = SPACES.sub(" ", block[1]).strip()
            if text:
                lines.append((block[0], text))
        laid_out.append((record["id"], split_of(record["url"]), lines))
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
    all_pages = pages()
    settings = SETTINGS if "--all-settings" in sys.argv else {"defaults": {}}
    for label, rules in settings.items():
        for layout, separator in LAYOUTS.items():
            texts = [(page_id, separator.join(text for _, text in lines) + "\n") for page_id, _, lines in all_pages]
            print(f"== {label}, layout {layout}")
            evaluate(all_pages, texts, separator.count("\n"), Linter(select=["UI"], rules=rules))
    articles = bbc_articles()
    bbc = list(Linter(select=["UI"]).lint_texts(articles))
    with_findings = {d.path for d in bbc}
    print(f"\nBBC clean articles: {len(with_findings)} of {len(articles)} with UI findings "
          f"({200 * len(with_findings) / len(articles):.2f} per 200 articles)")
    for d in bbc[:15]:
        print(f"    {d.path}:{d.line}:{d.col} {d.code} {d.message[:90]}")


def evaluate(all_pages, texts, step: int, linter: Linter) -> None:
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
    by_split = collections.defaultdict(list)
    c4 = []
    labels_of = {}
    for page_id, split, lines in all_pages:
        for index, (label, text) in enumerate(lines):
            number = 1 + index * step
            flag = (label, number in flagged[page_id])
            flags.append(flag)
            by_split[split].append(flag)
            c4.append((label, c4_drops(text)))
            labels_of[(page_id, number)] = label
    print(f"L3S-GN1: {len(all_pages)} pages, {len(flags)} lines, {megabytes:.2f} MB; UI rules {megabytes / seconds:.2f} MB/s")
    rows = [("newslint UI, all", flags)] + [(f"newslint UI, {split}", by_split[split]) for split in ("tune", "held-out")]
    for name, marks in rows + [("C4 line filter", c4)]:
        precision, recall, true_positive, false_positive = score(marks)
        print(f"  {name:24} precision {precision:.3f}  recall {recall:.3f}  ({true_positive} leftovers flagged, {false_positive} article lines flagged)")
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
