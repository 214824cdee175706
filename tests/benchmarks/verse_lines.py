"""Which lines the document model takes for verse (Document.verse_lines) on
real pages, and how many of them annotators call the page's furniture.

    python tests/benchmarks/verse_lines.py [--split tune|held-out] [--show N]

A line of verse is spared by UI106 (a refrain is no caption said twice),
OC102 (a stanza's line is no teaser) and TX110/TX111 (a chorus is no loop
or copied passage), so a leftover taken for verse is a miss of those
rules.  On L3S-GN1 (both layouts, pages split by site as in
interface_strings.py) it counts the verse lines by their labels, and on the
clean BBC articles the verse lines found (few articles quote verse).  With
--show, it prints up to N stanzas that hold a leftover, from the chosen
split only (tune by default: the held-out pages are not read to fix them).
"""
from __future__ import annotations

import argparse
import collections

from common import bbc_articles
from interface_strings import ARTICLE, LAYOUTS, LEFTOVER, pages

from newslint import Document


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=["tune", "held-out"], default="tune")
    parser.add_argument("--show", type=int, default=0)
    arguments = parser.parse_args()
    laid_out = pages()
    for layout, separator in LAYOUTS.items():
        counts: collections.Counter = collections.Counter()
        shown = 0
        for page_id, split, lines in laid_out:
            if split != arguments.split:
                continue
            document = Document(separator.join(text for _, text in lines) + "\n")
            labels = [label for label, _ in lines]
            verse = document.verse_lines
            flagged = [index for index, line in enumerate(document.content_lines) if line.number in verse]
            for index in flagged:
                label = labels[index]
                counts["leftover" if label in LEFTOVER else "article" if label in ARTICLE else "other"] += 1
            if arguments.show and shown < arguments.show and any(labels[index] in LEFTOVER for index in flagged):
                shown += 1
                print(f"  {page_id}:", *(f"    [{labels[index]}] {lines[index][1][:90]}" for index in flagged), sep="\n")
        print(f"L3S-GN1 {arguments.split}, layout {layout}: verse lines {sum(counts.values())}: "
              f"leftover {counts['leftover']}, article {counts['article']}, other {counts['other']}")
    verse_articles = verse_lines = 0
    for _, text in bbc_articles():
        found = Document(text).verse_lines
        verse_articles += bool(found)
        verse_lines += len(found)
    print(f"BBC clean: {verse_lines} verse lines in {verse_articles} articles")


if __name__ == "__main__":
    main()
