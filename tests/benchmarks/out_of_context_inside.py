"""OC101's shares-nothing test (rules/out_of_context/lone_inside.py) on SHORT
real articles: another article's sentence put inside a paragraph, and the
false alarms on the same short articles clean.

    python tests/benchmarks/out_of_context_inside.py [--split tune|report]

The articles are out_of_context_after_body.py's: REAL text only
(../shared/corpus), the BBC articles (English; "tune" is out_of_context.py's
fit half, "report" its test half) and out_of_context_languages.py's real
non-English articles by their own split, each cut to its headline and its
first 4 to 10 paragraphs.  Into each, a donor's sentence (a body sentence of
another category's article for the BBC, of another article of the same
language otherwise) is put after the last sentence of one paragraph drawn
among those that are neither the first nor the last.  A sentence is found
when an OC101 finding overlaps it; false alarms are OC101 findings on the
cut clean articles.  Each figure with shares-nothing off, then on (the
shipped configuration).  Both layouts (a blank line between paragraphs,
and none).
"""
from __future__ import annotations

import argparse
import random

from out_of_context_after_body import compact, corpus

from newslint import Document, Linter

SEED = 20261201
MIN_DONOR_CHARACTERS = 20


def donor_sentence(donor: str) -> str | None:
    document = Document(donor)
    first = document.sentences[0].line if document.sentences else 0
    body = [s.text for s in document.sentences if s.line != first and len(s.text) >= MIN_DONOR_CHARACTERS]
    return body[0] if body else None


def cases(articles, rng: random.Random):
    """(id, damaged text, start, end of the injected sentence) per article."""
    made = []
    for article_id, category, text in articles:
        donors = [other for other in articles if other[1] != category]
        parts = text.rstrip("\n").split("\n\n")
        if not donors or len(parts) < 4:  # a headline and three paragraphs at least
            continue
        sentence = donor_sentence(rng.choice(donors)[2])
        if not sentence:
            continue
        place = rng.randint(2, len(parts) - 2)  # not the headline, the first nor the last paragraph
        before = "\n\n".join(parts[:place]) + "\n\n" + parts[place] + " "
        damaged = before + sentence + "\n\n" + "\n\n".join(parts[place + 1 :]) + "\n"
        made.append((article_id, damaged, len(before), len(before) + len(sentence)))
    return made


def overlaps(linter: Linter, text: str, article_id: str, start: int, end: int) -> bool:
    """Whether a finding of the linter starts inside [start, end) of the text
    (out_of_context_languages.hits: a finding is a line and a column)."""
    lines = Document(text).lines
    for finding in linter.lint_text(text, article_id):
        if start <= lines[finding.line - 1].start + finding.col - 1 < end:
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report"), default="report")
    args = parser.parse_args()
    on = Linter(select=["OC101"])
    off = Linter(select=["OC101"], rules={"OC101": {"shares-nothing": False}})
    print(f"{args.split} half; articles cut to their headline and 4-10 paragraphs; OC101 shares-nothing off -> on")
    for language, articles in corpus(args.split).items():
        rng = random.Random(SEED)
        made = cases(articles, rng)
        for layout in ("blank lines", "no blank lines"):
            fold = compact if layout == "no blank lines" else (lambda text: text)
            alarms = {"off": 0, "on": 0}
            for article_id, _, text in articles:
                alarms["off"] += len(off.lint_text(fold(text), article_id))
                alarms["on"] += len(on.lint_text(fold(text), article_id))
            found = {"off": 0, "on": 0}
            for article_id, damaged, start, end in made:
                if layout == "no blank lines":
                    # Each blank line folded away before the sentence moves it back one character.
                    shift = damaged[:start].count("\n\n")
                    start, end = start - shift, end - shift
                for name, linter in (("off", off), ("on", on)):
                    found[name] += overlaps(linter, fold(damaged), article_id, start, end)
            total = max(1, len(made))
            print(f"  {language:2} {layout:14}: {len(articles):4} clean, false alarms {alarms['off']} -> {alarms['on']} "
                  f"({50 * alarms['off'] / max(1, len(articles)):.2f} -> {50 * alarms['on'] / max(1, len(articles)):.2f} per 50); "
                  f"sentence inside a paragraph {100 * found['off'] / total:.1f}% -> {100 * found['on'] / total:.1f}% of {len(made)}")


if __name__ == "__main__":
    main()
