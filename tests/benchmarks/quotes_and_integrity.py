"""QM and TX rules on real clean news: false alarms, recall on injected
damage, and speed.

    python tests/benchmarks/quotes_and_integrity.py [--limit N] [--seed S]

False alarms: findings per 100 clean BBC articles, per code (the BBC text has
real defects of its own, doubled words and HTML entities among them; the
script prints a sample so they can be told apart).  Recall: for each article
one kind of damage is injected at a random place, and it counts as found when
a finding of the expected family appears on the damaged line that the clean
article did not have there.  Kinds:

  quote-stripped-glued   an opening or closing quotation mark removed with its
                         space, gluing two words ("said "We" -> "saidWe")
  quote-stripped-spaced  an opening or closing mark removed, spaces kept
  glued-pair             the space between two words of letters removed
  doubled-spaced         a word written twice ("the the")
  doubled-glued          a word written twice with no space ("werewere")
  cp1252                 the article encoded as UTF-8 and decoded as cp1252

Some injections are undetectable by nature (two words that glue into a real
word: "some"+"one"); they count as misses.
"""
from __future__ import annotations

import argparse
import collections
import random
import re
import time

from common import bbc_articles

from newslint import Linter

WORD_PAIR = re.compile(r"(?<![\w'’-])([a-z]{2,})( )([a-z]{2,})(?![\w'’-])")
QUOTE = re.compile(r'"')


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def inject(kind: str, text: str, rng: random.Random) -> tuple[str, int] | None:
    """The damaged text and the (1-based) line damaged, or None when the
    article offers no place for this kind."""
    if kind.startswith("quote-stripped"):
        marks = [m.start() for m in QUOTE.finditer(text)]
        if not marks:
            return None
        at = rng.choice(marks)
        if kind == "quote-stripped-glued":
            # Take the space on the side the mark faced, if there is one.
            if at > 0 and text[at - 1] == " " and at + 1 < len(text) and text[at + 1].isalpha():
                return text[: at - 1] + text[at + 1 :], _line_of(text, at)
            if at + 1 < len(text) and text[at + 1] == " " and at > 0 and text[at - 1] not in " \n":
                return text[:at] + text[at + 2 :], _line_of(text, at)
            return None
        return text[:at] + text[at + 1 :], _line_of(text, at)
    if kind == "glued-pair":
        pairs = list(WORD_PAIR.finditer(text))
        if not pairs:
            return None
        match = rng.choice(pairs)
        return text[: match.start(2)] + text[match.end(2) :], _line_of(text, match.start())
    if kind.startswith("doubled"):
        words = [m for m in re.finditer(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])", text)]
        if not words:
            return None
        match = rng.choice(words)
        separator = " " if kind == "doubled-spaced" else ""
        return text[: match.end()] + separator + match.group() + text[match.end() :], _line_of(text, match.start())
    if kind == "cp1252":
        lines = [i for i, line in enumerate(text.split("\n"), 1) if not line.isascii()]
        if not lines:
            return None
        number = rng.choice(lines)
        parts = text.split("\n")
        raw = parts[number - 1].encode("utf-8")
        parts[number - 1] = "".join(
            bytes([b]).decode("cp1252", errors="ignore") or bytes([b]).decode("latin-1") for b in raw
        )
        return "\n".join(parts), number
    raise ValueError(kind)


KINDS = {
    "quote-stripped-glued": ("QM", "TX"),
    "quote-stripped-spaced": ("QM",),
    "glued-pair": ("TX",),
    "doubled-spaced": ("TX",),
    "doubled-glued": ("TX",),
    "cp1252": ("TX",),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--samples", type=int, default=8, help="example findings to print per code")
    args = parser.parse_args()
    articles = bbc_articles()
    if args.limit:
        articles = articles[: args.limit]
    linter = Linter(select=["QM", "TX"])
    megabytes = sum(len(text.encode("utf-8")) for _, text in articles) / 1e6

    linter.lint_text("warm-up: load word lists.\n")
    start = time.perf_counter()
    clean_findings = {article_id: linter.lint_text(text, article_id) for article_id, text in articles}
    seconds = time.perf_counter() - start

    by_code = collections.Counter()
    articles_with = collections.Counter()
    samples = collections.defaultdict(list)
    for article_id, diagnostics in clean_findings.items():
        for d in diagnostics:
            by_code[d.code] += 1
            if len(samples[d.code]) < args.samples:
                samples[d.code].append(f"{article_id}:{d.line}:{d.col} {d.message}")
        for family in {d.code[:2] for d in diagnostics}:
            articles_with[family] += 1
    count = len(articles)
    print(f"{count} clean BBC articles, {megabytes:.2f} MB")
    print(f"speed, QM+TX rules in one process: {megabytes / seconds:.2f} MB/s ({count / seconds:.0f} articles/s)")
    print("\nfindings on the clean articles (per 100 articles):")
    for family in ("QM", "TX"):
        print(f"  {family}: {articles_with[family]} articles with findings ({100 * articles_with[family] / count:.2f} per 100)")
    for code in sorted(by_code):
        print(f"  {code}: {by_code[code]} findings ({100 * by_code[code] / count:.2f} per 100 articles)")
        for sample in samples[code]:
            print(f"      {sample}")

    rng = random.Random(args.seed)
    print("\nrecall on injected damage:")
    for kind, families in KINDS.items():
        injected = found = 0
        for article_id, text in articles:
            damaged = inject(kind, text, rng)
            if damaged is None:
                continue
            damaged_text, line = damaged
            before = {(d.code, d.line) for d in clean_findings[article_id]}
            injected += 1
            after = linter.lint_text(damaged_text, article_id)
            if any(d.line == line and d.code[:2] in families and (d.code, d.line) not in before for d in after):
                found += 1
        rate = found / injected if injected else 0.0
        print(f"  {kind:22} {found:5}/{injected:<5} {100 * rate:6.1f}%  (expects {'/'.join(families)})")


if __name__ == "__main__":
    main()
