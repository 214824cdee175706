"""False alarms of the TX rules changed for trial9's findings, on real
clean text: every TX finding on the clean BBC articles and on the corpus's
non-English sentences (eight to an article, as repetition.py builds them),
per code and split, each printed with its place.

    python tests/benchmarks/trial9_tx.py [--codes TX101 TX112 ...] [--split tune|report|all] [--quiet]
    python tests/benchmarks/trial9_tx.py --whole-words [--split ...]
    python tests/benchmarks/trial9_tx.py --nfd [--split ...]

With --whole-words, the clean BBC articles (and the de/es/fr/pt/ru
sentences, eight to an article) lose the mark that ends their
last paragraph (Latin text, so that it ends on a whole word): every TX112
"mid-word" finding on them is a false alarm (the last word is whole).

With --nfd, every clean article (BBC and non-English) is linted as written
and decomposed (NFD, as macOS and some scrapers write it), and mojibake
(TX104) is compared: the findings on the decomposed copy that the composed
text has not (false alarms) and those it lost (misses), where a finding
is compared by its line and the text it covers, composed.  A TX104 that
NFD copies of damaged text find is the point of reading text composed.

The counts are false alarms but for the real defects such text holds (the
printed lines tell them apart).  Also runs the TX part of the examples
written for the rules (quotes_and_integrity.py --own prints them in full).
"""
from __future__ import annotations

import argparse
import collections
import unicodedata

from common import bbc_articles
from quotes_and_integrity import in_split
from repetition import non_english_articles

from newslint import Linter


def report(title: str, articles: list[tuple[str, str]], linter: Linter, codes: set[str], quiet: bool) -> None:
    counts: collections.Counter = collections.Counter()
    for key, text in articles:
        for d in linter.lint_text(text, key):
            if codes and d.code not in codes:
                continue
            counts[d.code] += 1
            if not quiet:
                print(f"  {key}:{d.line}:{d.col} {d.code} {d.message} | {d.line_text[max(0, d.col - 50) : d.col + 40]!r}")
    found = ", ".join(f"{code} {n}" for code, n in sorted(counts.items())) or "none"
    print(f"{title}: {len(articles)} articles: {found}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codes", nargs="*", default=[], help="only these codes (default: every TX code)")
    parser.add_argument("--split", choices=("tune", "report", "all"), default="all")
    parser.add_argument("--quiet", action="store_true", help="counts only")
    parser.add_argument("--nfd", action="store_true", help="TX104 on clean text as written and decomposed (NFD)")
    parser.add_argument("--whole-words", action="store_true", help="BBC endings without their last mark: mid-word findings")
    args = parser.parse_args()
    if args.nfd:
        decomposed(args.split, args.quiet)
        return
    if args.whole_words:
        whole_words(args.split, args.quiet)
        return
    linter = Linter(select=["TX"])
    codes = set(args.codes)
    splits = ("tune", "report") if args.split == "all" else (args.split,)
    for split in splits:
        bbc = [(i, t) for i, t in bbc_articles() if in_split(i, "tune" if split == "tune" else "test")]
        report(f"clean BBC articles, {split} half", bbc, linter, codes, args.quiet)
    for split in splits:
        by_language: dict[str, list] = collections.defaultdict(list)
        for key, text in non_english_articles(split):
            by_language[key.split("-")[0]].append((key, text))
        for language in sorted(by_language):
            report(f"non-English sentences, {language}, {split} half", by_language[language], linter, codes, args.quiet)


def decomposed(split: str, quiet: bool) -> None:
    linter = Linter(select=["TX104"])
    halves = ("tune", "report") if split == "all" else (split,)
    bbc = [(key, text) for key, text in bbc_articles() if split == "all" or in_split(key, "tune" if split == "tune" else "test")]
    articles = bbc + [item for half in halves for item in non_english_articles(half)]
    changed = gained = lost = 0

    def covered(text: str) -> collections.Counter:
        lines = text.split("\n")
        return collections.Counter(
            (d.line, unicodedata.normalize("NFC", lines[d.line - 1][d.col - 1 : d.end_col - 1]))
            for d in linter.lint_text(text)
        )

    for key, text in articles:
        nfd = unicodedata.normalize("NFD", text)
        if nfd == text:
            continue
        changed += 1
        as_written, decomposed_findings = covered(text), covered(nfd)
        for kind, difference in (("gained", decomposed_findings - as_written), ("lost", as_written - decomposed_findings)):
            for (line, flagged), n in difference.items():
                if kind == "gained":
                    gained += n
                else:
                    lost += n
                if not quiet:
                    print(f"  {kind} {key}:{line} {flagged!r}")
    print(f"{len(articles)} clean articles, {changed} changed by NFD: TX104 findings gained {gained}, lost {lost}")
    from own_examples_txqm import DAMAGED, MARK

    examples = [marked.replace(MARK, "") for code, marked in DAMAGED if code == "TX104"]
    caught = collections.Counter()
    for text in examples:
        for form in ("NFC", "NFD"):
            caught[form] += bool(linter.lint_text(unicodedata.normalize(form, text)))
    print(f"own TX104 examples ({len(examples)}): caught composed {caught['NFC']}, decomposed {caught['NFD']}")


# The non-English sentences written in a cased script, whose words TX112 knows.
WHOLE_WORD_LANGUAGES = ("de", "es", "fr", "pt", "ru")


def whole_words(split: str, quiet: bool) -> None:
    linter = Linter(select=["TX112"])
    tried = flagged = 0
    bbc = [(key, text) for key, text in bbc_articles() if split == "all" or in_split(key, "tune" if split == "tune" else "test")]
    others = [
        item
        for half in (("tune", "report") if split == "all" else (split,))
        for item in non_english_articles(half)
        if item[0].split("-")[0] in WHOLE_WORD_LANGUAGES
    ]
    for key, text in bbc + others:
        stripped = text.rstrip()
        if not stripped or stripped[-1] not in ".!?":
            continue
        tried += 1
        for d in linter.lint_text(stripped[:-1].rstrip(".!?") + "\n", key):
            if "mid-word" in d.message:
                flagged += 1
                if not quiet:
                    print(f"  {key}:{d.line}:{d.col} {d.message} | {d.line_text[-80:]!r}")
    print(f"clean BBC articles and {'/'.join(WHOLE_WORD_LANGUAGES)} sentences ({split}) ending on a whole word without its mark: {flagged} of {tried} flagged mid-word")


if __name__ == "__main__":
    main()
