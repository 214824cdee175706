"""Where the L3S-GN1 misses of the tune split stand against the article the
layout rule finds (before its top, in its head zone, inside the body, after
it), and which labels they carry: to choose what to work on, on tune only.
--split=held-out lists the held-out sites' misses, to read what a change
did there, never to choose one.  --layout=blank lays the blocks out with a
blank line between them (the line numbers shown are the block's, 1-based).

    python tests/benchmarks/ui_l3s_misses.py [--split=tune|held-out] [--layout=lines|blank] [--show=FILE]
"""
from __future__ import annotations

import collections

from interface_strings import ARTICLE, LEFTOVER
from interface_strings import pages as l3s_pages

from extractor_output import LAYOUTS, option
from ui_quick import write_shown

from newslint import Document, Linter
from newslint.rules.interface_strings.layout import SHIPPED_OPTIONS, analysis


def zone(found, index: int) -> str:
    if found is None:
        return "no body"
    if index < found.top:
        return "before top"
    if index < found.first:
        return "head zone"
    if index <= found.last:
        return "in body"
    return "after body"


def main() -> None:
    split = option("split", "tune")
    separator = LAYOUTS[option("layout", "lines")]
    step = separator.count("\n")
    pages = [page for page in l3s_pages() if page[1] == split]
    texts = [(pid, separator.join(t for _, t in lines) + "\n") for pid, _, lines in pages]
    flagged = collections.defaultdict(set)
    for d in Linter(select=["UI"]).lint_texts(texts):
        flagged[d.path].add((d.line - 1) // step + 1)
    tally = collections.Counter()
    shown = []
    for (pid, _, lines), (_, text) in zip(pages, texts):
        found = analysis(Document(text, {"path": pid}), SHIPPED_OPTIONS)
        number_to_index = {line.number: i for i, line in enumerate(found.lines)} if found else {}
        for number, (label, line) in enumerate(lines, 1):
            hit = number in flagged[pid]
            where = zone(found, number_to_index.get(1 + (number - 1) * step, -1)) if found else "no body"
            if label in LEFTOVER:
                tally[where, "missed" if not hit else "found"] += 1
                if not hit:
                    shown.append({"page": pid, "line": number, "zone": where, "label": label, "text": line})
            elif label in ARTICLE and hit:
                tally[where, "false alarm"] += 1
    for key, count in sorted(tally.items()):
        print(f"{key[0]:11} {key[1]:12} {count}")
    write_shown(shown)


if __name__ == "__main__":
    main()
