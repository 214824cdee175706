"""Every line UI101 reports as a prompt to the reader (or as other stories'
heading after the text) in the UI benchmarks, with its label: what a change
to those checks gains and loses.

    python tests/benchmarks/ui_prompts.py [--layout=blank] [--what=prompt]

Prints one line per finding (source, label, text) and the counts by label.
"""
from __future__ import annotations

import collections

from common import bbc_articles
from extractor_output import LAYOUTS, SOURCES, option
from interface_strings import pages as l3s_pages
from ui_quick import extractor_pages

from newslint import Linter

WHAT = {"prompt": "prompt to the reader", "more": "other stories' heading or blog link after the text"}


def main() -> None:
    separator = LAYOUTS[option("layout", "lines")]
    wanted = WHAT[option("what", "prompt")]
    step = separator.count("\n")
    documents, labels = [], {}
    for pid, split, lines in l3s_pages():
        documents.append((pid, separator.join(t for _, t in lines) + "\n"))
        for index, (label, text) in enumerate(lines):
            labels[pid, 1 + index * step] = ("furniture" if label not in ("fulltext", "headline") else "article", text)
    for path, text in bbc_articles():
        documents.append((path, text))
        for index, line in enumerate(text.split("\n")):
            labels[path, index + 1] = ("article", line)
    for source in SOURCES:
        for page in extractor_pages(source):
            if not page["trafilatura"]:
                continue
            key = f"{source}:{page['id']}"
            documents.append((key, separator.join(t for t, _ in page["trafilatura"]) + "\n"))
            for index, (text, _) in enumerate(page["trafilatura"]):
                labels[key, 1 + index * step] = (page["fair"]["trafilatura"][index], text)
    counts = collections.Counter()
    for d in Linter(select=["UI101"]).lint_texts(documents):
        if wanted not in d.message:
            continue
        label, text = labels.get((d.path, d.line), ("?", ""))
        where = d.path.split("/")[0].split(":")[0]
        counts[where, label] += 1
        print(f"{where:16} {label:9} {text[:150]!r}")
    for (where, label), count in sorted(counts.items()):
        print(f"TOTAL {where:16} {label:9} {count}")


if __name__ == "__main__":
    main()
