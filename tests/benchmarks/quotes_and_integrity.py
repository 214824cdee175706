"""QM and TX rules on real clean news: false alarms, recall on injected
damage, and speed.

    python tests/benchmarks/quotes_and_integrity.py [--split tune|test|all] [--limit N] [--seed S] [--kinds K ...]

False alarms: findings per 100 clean BBC articles, per code (the BBC text has
real defects of its own, doubled words and HTML entities among them; the
script prints a sample so they can be told apart).  Recall: for each article
one kind of damage is injected at a random place, and it counts as found when
a finding of the expected family appears on the damaged line that the clean
article did not have there.  Kinds:

  opening-stripped-glued   an opening quotation mark removed with its space,
                           gluing two words ("said "We" -> "saidWe")
  opening-stripped-spaced  an opening mark removed, spaces kept
  closing-stripped-glued   a closing mark removed with its space
                           ("crumble," he" -> "crumble,he")
  closing-stripped-spaced  a closing mark removed, spaces kept
  glued-pair             the space between two words of letters removed
  doubled-spaced         a word written twice ("the the")
  doubled-glued          a word written twice with no space ("werewere")
  cp1252                 the article encoded as UTF-8 and decoded as cp1252

Some injections are undetectable by nature (two words that glue into a real
word: "some"+"one"); they count as misses.

A quotation damage is also checked for place: "placed" counts the findings
that point within two characters of where the mark was taken out (QM101 at
the missing closing mark, QM102 at the missing opening one).

Splits: articles are halved by a hash of their id.  Thresholds and word lists
were tuned on `--split tune`; figures are reported on `--split test`.

    python tests/benchmarks/quotes_and_integrity.py --own [--verbose]

runs only the damaged and clean articles written for the TX and QM rules
(own_examples_txqm.py, no corpus text): caught and placed per rule, and
every finding on the clean ones.

    python tests/benchmarks/quotes_and_integrity.py --non-english [--split tune|report] [--select UI]

counts the QM and TX findings (or those of the families --select names) on clean real sentences in other languages
(the corpus's non-English sentences, eight to an article as repetition.py
builds them), per language and code, and prints them: false alarms, but for
the real defects such sentences hold.
"""
from __future__ import annotations

import argparse
import collections
import random
import re
import time
import zlib

from common import bbc_articles

from newslint import Linter

WORD_PAIR = re.compile(r"(?<![\w'’-])([a-z]{2,})( )([a-z]{2,})(?![\w'’-])")
QUOTE = re.compile(r'"')
# A straight mark opens after white space or a bracket and before a
# non-space; it closes after a non-space and before white space or
# punctuation.  Marks glued on both sides are neither and are not stripped.
OPENS_AFTER = " \n([-—"
CLOSES_BEFORE = " \n.,;:!?)—"
# A finding this close to where the mark was taken out is "placed".
PLACE_TOLERANCE = 2


class Damage(tuple):
    """(damaged text, 1-based line damaged, offset in the damaged text where
    the missing mark belongs, or None)."""


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _mark_side(text: str, at: int) -> str | None:
    before = text[at - 1] if at > 0 else "\n"
    after = text[at + 1] if at + 1 < len(text) else "\n"
    if before in OPENS_AFTER and after not in " \n":
        return "opening"
    if before not in " \n" and after in CLOSES_BEFORE:
        return "closing"
    return None


def inject(kind: str, text: str, rng: random.Random) -> tuple[str, int, int | None] | None:
    """The damaged text, the (1-based) line damaged and, for a quotation
    mark, the offset where it is missing; None when the article offers no
    place for this kind."""
    if kind.startswith(("opening", "closing")):
        side, _, spacing = kind.split("-")
        marks = [m.start() for m in QUOTE.finditer(text) if _mark_side(text, m.start()) == side]
        if spacing == "glued":
            # Only marks with a space on their outer side, between two words.
            if side == "opening":
                marks = [at for at in marks if at > 0 and text[at - 1] == " " and at > 1 and text[at - 2] not in " \n"]
            else:
                marks = [at for at in marks if at + 1 < len(text) and text[at + 1] == " " and text[at + 2 : at + 3].strip()]
        if not marks:
            return None
        at = rng.choice(marks)
        line = _line_of(text, at)
        if spacing == "spaced":
            return text[:at] + text[at + 1 :], line, at
        if side == "opening":
            return text[: at - 1] + text[at + 1 :], line, at - 1
        return text[:at] + text[at + 2 :], line, at
    if kind == "glued-pair":
        pairs = list(WORD_PAIR.finditer(text))
        if not pairs:
            return None
        match = rng.choice(pairs)
        return text[: match.start(2)] + text[match.end(2) :], _line_of(text, match.start()), None
    if kind.startswith("doubled"):
        words = [m for m in re.finditer(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])", text)]
        if not words:
            return None
        match = rng.choice(words)
        separator = " " if kind == "doubled-spaced" else ""
        damaged = text[: match.end()] + separator + match.group() + text[match.end() :]
        return damaged, _line_of(text, match.start()), None
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
        return "\n".join(parts), number, None
    raise ValueError(kind)


KINDS = {
    "opening-stripped-glued": ("QM", "TX"),
    "opening-stripped-spaced": ("QM",),
    "closing-stripped-glued": ("QM", "TX"),
    "closing-stripped-spaced": ("QM",),
    "glued-pair": ("TX",),
    "doubled-spaced": ("TX",),
    "doubled-glued": ("TX",),
    "cp1252": ("TX",),
}
# The finding that places a missing mark of each side.
PLACING_CODE = {"opening": "QM102", "closing": "QM101"}


def in_split(article_id: str, split: str) -> bool:
    if split == "all":
        return True
    half = zlib.crc32(article_id.encode("utf-8")) % 2
    return half == (0 if split == "tune" else 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "test", "all"), default="test")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--samples", type=int, default=8, help="example findings to print per code")
    parser.add_argument("--kinds", nargs="*", choices=list(KINDS), help="damage kinds to inject (default: all)")
    parser.add_argument("--show", nargs="*", default=[], metavar="CODE", help="print every clean-article finding of these codes")
    parser.add_argument("--select", nargs="*", default=["QM", "TX"], help="rule families to run (default: QM TX)")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed quotation damages per kind")
    parser.add_argument("--non-english", action="store_true", help="only the clean non-English sentences")
    parser.add_argument("--own", action="store_true", help="only the examples written for the rules (own_examples_txqm.py)")
    parser.add_argument("--verbose", action="store_true", help="with --own: print every miss and every finding")
    args = parser.parse_args()
    if args.non_english:
        non_english(args.samples, "report" if args.split == "test" else args.split, args.select)
        return
    if args.own:
        own_examples(args.verbose)
        return
    articles = [(i, t) for i, t in bbc_articles() if in_split(i, args.split)]
    if args.limit:
        articles = articles[: args.limit]
    linter = Linter(select=args.select)
    megabytes = sum(len(text.encode("utf-8")) for _, text in articles) / 1e6

    linter.lint_text("warm-up: load word lists.\n")
    start = time.perf_counter()
    clean_findings = {article_id: linter.lint_text(text, article_id) for article_id, text in articles}
    seconds = time.perf_counter() - start

    by_code = collections.Counter()
    articles_with = collections.Counter()
    samples = collections.defaultdict(list)
    texts = dict(articles)
    for article_id, diagnostics in clean_findings.items():
        for d in diagnostics:
            by_code[d.code] += 1
            if len(samples[d.code]) < args.samples:
                samples[d.code].append(f"{article_id}:{d.line}:{d.col} {d.message}")
            if d.code in args.show:
                line = texts[article_id].split("\n")[d.line - 1]
                print(f"{article_id}:{d.line}:{d.col} {d.code} {d.message}\n    ...{line[max(0, d.col - 120) : d.col - 1]}<HERE>{line[d.col - 1 : d.col + 60]}...")
        for family in {d.code[:2] for d in diagnostics}:
            articles_with[family] += 1
    count = len(articles)
    print(f"split {args.split}: {count} clean BBC articles, {megabytes:.2f} MB")
    print(f"speed, {'+'.join(args.select)} rules in one process: {megabytes / seconds:.2f} MB/s ({count / seconds:.0f} articles/s)")
    print("\nfindings on the clean articles (per 100 articles):")
    for family in ("QM", "TX"):
        total = sum(n for code, n in by_code.items() if code.startswith(family))
        print(f"  {family}: {total} findings in {articles_with[family]} articles ({100 * total / count:.2f} per 100)")
    qm_tx = sum(by_code.values())
    print(f"  QM+TX: {qm_tx} findings, {qm_tx / count:.3f} per article (raw: real defects of the BBC text included)")
    for code in sorted(by_code):
        print(f"  {code}: {by_code[code]} findings ({100 * by_code[code] / count:.2f} per 100 articles)")
        for sample in samples[code]:
            print(f"      {sample}")

    rng = random.Random(args.seed)
    print("\nrecall on injected damage (found: a new finding of the family on the damaged line;")
    print(f"placed: a new {PLACING_CODE['closing']}/{PLACING_CODE['opening']} within {PLACE_TOLERANCE} characters of the missing mark):")
    for kind, families in KINDS.items():
        if args.kinds and kind not in args.kinds:
            continue
        injected = found = placed = 0
        missed = []
        for article_id, text in articles:
            damage = inject(kind, text, rng)
            if damage is None:
                continue
            damaged_text, line, missing_at = damage
            before = {(d.code, d.line) for d in clean_findings[article_id]}
            injected += 1
            after = [d for d in linter.lint_text(damaged_text, article_id) if (d.code, d.line) not in before]
            if any(d.line == line and d.code[:2] in families for d in after):
                found += 1
            elif len(missed) < args.misses:
                missed.append((article_id, damaged_text, missing_at))
            if missing_at is not None:
                code = PLACING_CODE[kind.split("-")[0]]
                lines = damaged_text.split("\n")
                offsets = [sum(len(x) + 1 for x in lines[: d.line - 1]) + d.col - 1 for d in after if d.code == code]
                placed += any(abs(o - missing_at) <= PLACE_TOLERANCE for o in offsets)
        rate = found / injected if injected else 0.0
        where = f"  placed {100 * placed / injected:5.1f}%" if injected and kind.startswith(("opening", "closing")) else ""
        print(f"  {kind:24} {found:5}/{injected:<5} {100 * rate:6.1f}%{where}  (expects {'/'.join(families)})")
        for article_id, damaged_text, at in missed:
            print(f"      missed {article_id}: ...{damaged_text[max(0, at - 150) : at]}<HERE>{damaged_text[at : at + 100]}...")


def non_english(samples: int, split: str, select: list[str] = ["QM", "TX"]) -> None:
    """Findings on clean non-English sentences, per language (QM and TX
    unless --select names other families: --select UI for the furniture
    rules' false alarms on prose)."""
    from repetition import non_english_articles

    articles = non_english_articles("tune" if split == "tune" else "report")
    linter = Linter(select=list(select))
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    totals = collections.Counter()
    for key, text in articles:
        language = key.split("-")[0]
        totals[language] += 1
        for d in linter.lint_text(text):
            counts[language][d.code] += 1
            if samples:
                samples -= 1
                print(f"  {key}:{d.line}:{d.col} {d.code} {d.message} | {d.line_text[max(0, d.col - 60) : d.col + 40]!r}")
    print(f"non-English sentences ({split} half), eight to an article: findings per language")
    for language in sorted(totals):
        found = ", ".join(f"{code} {n}" for code, n in sorted(counts[language].items())) or "none"
        print(f"  {language}: {totals[language]} articles: {found}")
    print(f"  all: {sum(totals.values())} articles, {sum(sum(c.values()) for c in counts.values())} findings")


def own_examples(verbose: bool) -> None:
    """Caught and placed per rule on the damaged examples written for the
    rules, then on those written after the rules were changed, and every
    finding on the clean ones."""
    from own_examples_txqm import CLEAN, DAMAGED, HELD_OUT

    damaged_examples("own damaged examples", DAMAGED, verbose)
    damaged_examples("own examples written after the changes", HELD_OUT, verbose)
    linter = Linter(select=["QM", "TX"])
    flagged = 0
    for text in CLEAN + [compact_layout(text) for text in CLEAN]:
        diagnostics = linter.lint_text(text)
        flagged += bool(diagnostics)
        for d in diagnostics:
            print(f"  clean article {text.splitlines()[0]!r} {d.line}:{d.col} {d.code} {d.message} | {d.line_text[:100]!r}")
    print(f"own clean articles, both layouts: {flagged} of {2 * len(CLEAN)} with a finding")


def compact_layout(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip()) + "\n"


def damaged_examples(title: str, examples: list, verbose: bool) -> None:
    from own_examples_txqm import MARK

    linter = Linter(select=["QM", "TX"])
    ui_linter = Linter(select=["UI106"])  # TX111 leaves repeated lines of 15 words or fewer to it
    tried, caught, placed = collections.Counter(), collections.Counter(), collections.Counter()
    by_ui106 = 0
    for code, marked in examples + [(code, compact_layout(marked)) for code, marked in examples]:
        at = marked.index(MARK)
        text = marked.replace(MARK, "")
        line = text.count("\n", 0, at) + 1
        line_start = text.rfind("\n", 0, at) + 1
        found = [d for d in linter.lint_text(text) if d.code == code and d.line == line]
        if not found and code == "TX111":
            found = [d for d in ui_linter.lint_text(text) if d.line == line]
            by_ui106 += bool(found)
        tried[code] += 1
        caught[code] += bool(found)
        placed[code] += any(abs(line_start + d.col - 1 - at) <= PLACE_TOLERANCE for d in found)
        if verbose and not found:
            others = sorted({f"{d.code}@{d.line}:{d.col}" for d in linter.lint_text(text)})
            print(f"  MISSED {code}: {text.splitlines()[line - 1][:110]!r}  (reported: {', '.join(others) or 'nothing'})")
        elif verbose and not any(abs(line_start + d.col - 1 - at) <= PLACE_TOLERANCE for d in found):
            print(f"  not placed {code}: {[d.col for d in found]} vs {at - line_start + 1}: {text.splitlines()[line - 1][:110]!r}")
    print(f"{title}, both layouts: caught (a finding of the code on the damaged line), placed (within "
          f"{PLACE_TOLERANCE} characters of the damage)")
    for code in sorted(tried):
        print(f"  {code}: caught {caught[code]:2}/{tried[code]}  placed {placed[code]:2}/{tried[code]}")
    print(f"  all: caught {sum(caught.values())}/{sum(tried.values())}, placed {sum(placed.values())}/{sum(tried.values())}"
          f" (TX111: {by_ui106} of its catches are UI106's repeated-line findings)")


if __name__ == "__main__":
    main()
