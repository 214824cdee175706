"""All the UI figures at once, quickly, to compare a change against the last
run: L3S-GN1 (one layout; interface_strings.py shows both agree), the clean
BBC articles' false alarms listed, and trafilatura's output of the extractor
benchmark's sources (labelled once and kept under ~/.cache/newslint-bench).

    python tests/benchmarks/ui_quick.py [l3s] [bbc] [extractor] [--layout=blank] [--show=FILE]

--show writes every flagged BBC line and every wrong extractor line (JSON
Lines, wrong by the "fair" labels, the gold's label beside) to read.  The
extractor figures are given by both labellings (extractor_output.py).  The full benchmarks (interface_strings.py,
extractor_output.py) are the figures to report; this is for working.
"""
from __future__ import annotations

import collections
import json
import pickle
import sys

from common import bbc_articles
from extractor_output import CACHE, LAYOUTS, MAX_PAGES, SOURCES, load, option
from interface_strings import pages as l3s_pages
from interface_strings import score

from newslint import Linter


def extractor_pages(source: str) -> list[dict]:
    """trafilatura's lines of the source's pages, labelled once and kept."""
    # v3: gold texts decoded, and the "fair" labels beside the gold's.
    path = CACHE / "labelled" / f"{source}-{MAX_PAGES}-trafilatura-v3.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    pages = load(source, MAX_PAGES, extractors=("trafilatura",))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(pages))
    return pages


def flagged_by(texts, separator):
    flagged: dict[str, dict[int, str]] = collections.defaultdict(dict)
    for d in Linter(select=["UI"]).lint_texts(texts):
        flagged[d.path].setdefault(d.line, f"{d.code} {d.message}")
    return flagged


def l3s(separator: str, shown: list) -> None:
    all_pages = l3s_pages()
    step = separator.count("\n")
    flagged = flagged_by([(pid, separator.join(t for _, t in lines) + "\n") for pid, _, lines in all_pages], separator)
    by_split = collections.defaultdict(list)
    for pid, split, lines in all_pages:
        for index, (label, text) in enumerate(lines):
            message = flagged[pid].get(1 + index * step)
            by_split["all"].append((label, message is not None))
            by_split[split].append((label, message is not None))
            if message and label in ("fulltext", "headline"):
                shown.append({"where": "l3s", "split": split, "page": pid, "line": index + 1, "text": text, "finding": message})
    for split in ("all", "tune", "held-out"):
        precision, recall, tp, fp = score(by_split[split])
        print(f"L3S {split:9} precision {precision:.3f} recall {recall:.3f} ({tp} flagged, {fp} article lines)")


def bbc(shown: list) -> None:
    articles = bbc_articles()
    text_of = dict(articles)
    found = collections.defaultdict(list)
    for d in Linter(select=["UI"]).lint_texts(articles):
        found[d.path].append(d)
    print(f"BBC: {len(found)} of {len(articles)} articles with a UI finding ({100 * len(found) / len(articles):.2f} per 100)")
    for path, diagnostics in sorted(found.items()):
        lines = text_of[path].split("\n")
        for d in diagnostics:
            print(f"    {path}:{d.line} {d.code} {d.message[:110]}")
            shown.append({"where": "bbc", "page": path, "line": d.line, "text": lines[d.line - 1], "finding": f"{d.code} {d.message}"})


def extractor(separator: str, shown: list) -> None:
    step = separator.count("\n")
    for source in SOURCES:
        pages = [page for page in extractor_pages(source) if page["trafilatura"]]
        flagged = flagged_by([(p["id"], separator.join(t for t, _ in p["trafilatura"]) + "\n") for p in pages], separator)
        tallies = collections.defaultdict(lambda: [0, 0, 0])  # tp, fp, furniture
        codes = collections.defaultdict(collections.Counter)
        for page in pages:
            cjk = page["language"] in ("zh", "ja", "ko")
            fair = page["fair"]["trafilatura"]
            for index, (text, label) in enumerate(page["trafilatura"]):
                message = flagged[page["id"]].get(1 + index * step)
                for labelling, scored in (("gold", label), ("fair", fair[index])):
                    for key in ("all", page["split"]) + (("cjk",) if cjk else ()):
                        tally = tallies[(labelling, key)]
                        tally[0] += bool(message) and scored == "furniture"
                        tally[1] += bool(message) and scored == "article"
                        tally[2] += scored == "furniture"
                    if message and scored != "other":
                        codes[labelling][message[:5], scored] += 1
                if fair[index] != "other" and bool(message) != (fair[index] == "furniture"):
                    shown.append({"where": source, "split": page["split"], "page": page["id"], "line": index + 1,
                                  "kind": "missed" if not message else "false alarm", "text": text, "finding": message,
                                  "gold": label})
        for labelling in ("gold", "fair"):
            for key in ("all", "tune", "held-out", "cjk"):
                if (labelling, key) not in tallies:
                    continue
                tp, fp, furniture = tallies[(labelling, key)]
                precision = tp / (tp + fp) if tp + fp else 0.0
                recall = tp / furniture if furniture else 0.0
                print(f"{source:15} {labelling} {key:9} precision {precision:.3f} recall {recall:.3f} ({tp}/{furniture}, {fp} article lines)")
            per_code = sorted({code for code, _ in codes[labelling]})
            print(f"{source:15} {labelling} per code furniture/article: " + ", ".join(
                f"{code} {codes[labelling][code, 'furniture']}/{codes[labelling][code, 'article']}" for code in per_code))


def write_shown(shown: list) -> None:
    """--show=FILE: the lines listed, one JSON object a line."""
    path = option("show", "")
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            for item in shown:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def main() -> None:
    parts = [argument for argument in sys.argv[1:] if not argument.startswith("--")] or ["l3s", "bbc", "extractor"]
    separator = LAYOUTS[option("layout", "lines")]
    shown: list = []
    if "l3s" in parts:
        l3s(separator, shown)
    if "bbc" in parts:
        bbc(shown)
    if "extractor" in parts:
        extractor(separator, shown)
    write_shown(shown)


if __name__ == "__main__":
    main()
