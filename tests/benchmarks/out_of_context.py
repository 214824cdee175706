"""OC on real news: recall on sentences injected from an article of another
category, false alarms on the clean articles, and speed, for each method and
a range of thresholds.

    python tests/benchmarks/out_of_context.py [--limit N] [--methods lexical,semantic]

Into each clean BBC article one sentence (eight words or more) from a random
article of another category is inserted after a sentence of a random
paragraph; it is found when an OC finding overlaps it.  False alarms are OC
findings on the clean articles.
"""
from __future__ import annotations

import argparse
import random
import time

from common import records

from newslint import Document, Linter

# The setting each method's curve varies: lexical min-weight, semantic threshold.
SETTINGS = {
    "lexical": ("min-weight", (10.0, 20.0, 30.0, 40.0)),
    "semantic": ("semantic-threshold", (0.1, 0.15, 0.2, 0.25)),
}


def articles() -> list[tuple[str, str, str]]:
    return [(r["id"], r["category"], r["title"] + "\n\n" + r["text"]) for r in records("en_news_clean.jsonl.gz")]


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--methods", default="lexical,semantic")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    everything = articles()
    corpus = rng.sample(everything, args.limit) if args.limit else everything
    cases = []
    for article_id, category, text in corpus:
        donors = [other for other in everything if other[1] != category]
        made = injected(text, rng.choice(donors)[2], rng)
        if made:
            cases.append((article_id, text, *made))
    sentences = sum(len(Document(text).sentences) for _, text, *_ in cases)
    print(f"{len(cases)} BBC articles, each with one sentence from another category injected; {sentences} sentences")
    for method in args.methods.split(","):
        key, values = SETTINGS[method]
        for threshold in values:
            linter = Linter(select=["OC101"], rules={"OC101": {"method": method, key: threshold}})
            linter.lint_text("warm up.\n")
            start = time.perf_counter()
            alarms = sum(1 for article_id, text, *_ in cases if linter.lint_text(text, article_id))
            found = 0
            for article_id, _, damaged, start_offset, end_offset in cases:
                document = Document(damaged)
                for d in linter.lint_text(damaged, article_id):
                    line = document.lines[d.line - 1]
                    offset = line.start + d.col - 1
                    if start_offset - 1 <= offset < end_offset:
                        found += 1
                        break
            seconds = time.perf_counter() - start
            print(
                f"  {method:8} {key} {threshold:5.2f}: recall {100 * found / len(cases):5.1f}%  "
                f"false alarms {alarms} of {len(cases)} clean articles ({50 * alarms / len(cases):.2f} per 50)  "
                f"{2 * sentences / seconds:,.0f} sentences/s"
            )


if __name__ == "__main__":
    main()
