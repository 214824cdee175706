"""--fix on real clean news with injected TX damage: how much of it the
fixes undo exactly, what unsafe fixes add, and what they change in clean text.

    python tests/benchmarks/fix.py [--split tune|test|all] [--limit N] [--seed S] [--kinds K ...]

For each BBC article (headline, blank line, paragraphs) and each kind of
damage, one instance is injected at a random place; the damaged article is
fixed with the safe fixes (``Linter.fix_text``, the engine ``--fix`` runs),
then with the unsafe ones too.  A damage counts as *undone* when the fixed
damaged article equals the clean article fixed the same way: the BBC text has
real defects of its own (doubled words, entities), and fixing them is not the
damage's business.  *Worse* counts fixes that changed the damaged article
into something else than that, among articles whose clean text no fix
changes.

Clean text: every clean article is fixed too; each change there is listed by
code with a sample, so true repairs of the BBC's own defects can be told
from false ones (aim: none of the latter for safe fixes).

Kinds (the rule that should undo each, and whether its fix is safe):

  doubled-word       a word written twice, "the the"           TX101 safe
  doubled-glued      a word written twice glued, "werewere"     TX103 safe
  mojibake           a non-ASCII line as UTF-8 read as cp1252   TX104 safe
  entity             & ' " or a non-ASCII letter as an entity   TX105 safe
  invisible          a soft hyphen or zero-width space in a word TX107 safe
  doubled-stop       a full stop or comma doubled               TX108 safe
  missing-space      the space after a sentence's stop removed  TX109 safe
  glued-pair         the space between two words removed        TX102 unsafe
  loop               a word said three more times, ", "-joined  TX110 unsafe
  duplicated-para    a paragraph repeated after the next one    TX111 unsafe

Corpus rules see one article at a time here (as ``fix_text`` runs them).
Splits: articles are halved by a hash of their id, as in the other
benchmarks; nothing in the fixes was tuned on either half.
"""
from __future__ import annotations

import argparse
import collections
import html
import random
import re
import time
import zlib

from common import bbc_articles

from newslint import Linter

WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")
WORD_PAIR = re.compile(r"(?<![\w'’-])([a-z]{2,})( )([a-z]{2,})(?![\w'’-])")
SENTENCE_GAP = re.compile(r"(?<=[a-z]{2}[.!?]) (?=[A-Z][a-z])")
STOP_OR_COMMA = re.compile(r"(?<=[a-z])[.,](?= )")
ENTITY_TARGETS = re.compile(r"[&'\"]|[^\x00-\x7f]")
INVISIBLE = ("\u00ad", "\u200b")
LOOP_WORD = re.compile(r"(?<![\w'’-])[A-Z]?[a-z]{4,}(?= [a-z])")
MIN_PARAGRAPH_WORDS = 12

KINDS = {
    "doubled-word": "TX101",
    "doubled-glued": "TX103",
    "mojibake": "TX104",
    "entity": "TX105",
    "invisible": "TX107",
    "doubled-stop": "TX108",
    "missing-space": "TX109",
    "glued-pair": "TX102",
    "loop": "TX110",
    "duplicated-para": "TX111",
}


def in_split(article_id: str, split: str) -> bool:
    if split == "all":
        return True
    return zlib.crc32(article_id.encode("utf-8")) % 2 == (0 if split == "tune" else 1)


def _pick(rng: random.Random, matches: list):
    return rng.choice(matches) if matches else None


def _body_start(text: str) -> int:
    """Damage goes into the body, not the headline (a headline has no stops)."""
    return text.find("\n\n") + 2


def inject(kind: str, text: str, rng: random.Random) -> str | None:
    body = _body_start(text)
    if kind in ("doubled-word", "doubled-glued"):
        match = _pick(rng, list(WORD.finditer(text, body)))
        if match is None:
            return None
        separator = " " if kind == "doubled-word" else ""
        return text[: match.end()] + separator + match.group() + text[match.end() :]
    if kind == "mojibake":
        lines = [i for i, line in enumerate(text.split("\n")) if not line.isascii()]
        if not lines:
            return None
        parts = text.split("\n")
        number = rng.choice(lines)
        raw = parts[number].encode("utf-8")
        parts[number] = "".join(bytes([b]).decode("cp1252", errors="ignore") or bytes([b]).decode("latin-1") for b in raw)
        return "\n".join(parts)
    if kind == "entity":
        match = _pick(rng, list(ENTITY_TARGETS.finditer(text, body)))
        if match is None:
            return None
        char = match.group()
        entity = html.escape(char, quote=True) if char in "&'\"" else f"&#{ord(char)};"
        return text[: match.start()] + entity + text[match.end() :]
    if kind == "invisible":
        match = _pick(rng, [m for m in WORD.finditer(text, body) if len(m.group()) >= 6])
        if match is None:
            return None
        at = match.start() + rng.randrange(2, len(match.group()) - 2)
        return text[:at] + rng.choice(INVISIBLE) + text[at:]
    if kind == "doubled-stop":
        match = _pick(rng, list(STOP_OR_COMMA.finditer(text, body)))
        if match is None:
            return None
        return text[: match.end()] + match.group() + text[match.end() :]
    if kind == "missing-space":
        match = _pick(rng, list(SENTENCE_GAP.finditer(text, body)))
        if match is None:
            return None
        return text[: match.start()] + text[match.end() :]
    if kind == "glued-pair":
        match = _pick(rng, list(WORD_PAIR.finditer(text, body)))
        if match is None:
            return None
        return text[: match.start(2)] + text[match.end(2) :]
    if kind == "loop":
        match = _pick(rng, list(LOOP_WORD.finditer(text, body)))
        if match is None:
            return None
        return text[: match.end()] + f", {match.group()}" * 3 + text[match.end() :]
    if kind == "duplicated-para":
        ending = text[len(text.rstrip("\n")) :]
        paragraphs = text.rstrip("\n").split("\n\n")
        candidates = [i for i in range(1, len(paragraphs) - 1) if len(paragraphs[i].split()) >= MIN_PARAGRAPH_WORDS]
        if not candidates:
            return None
        index = rng.choice(candidates)
        paragraphs.insert(index + 2, paragraphs[index])
        return "\n\n".join(paragraphs) + ending
    raise ValueError(kind)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "test", "all"), default="test")
    parser.add_argument("--limit", type=int, default=300, help="Articles to use (0: all of the split).")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--kinds", nargs="*", default=list(KINDS))
    arguments = parser.parse_args()

    articles = [(i, t) for i, t in bbc_articles() if in_split(i, arguments.split)]
    if arguments.limit:
        articles = articles[: arguments.limit]
    linter = Linter()
    started = time.perf_counter()

    # Clean text, fixed: what each mode changes where nothing was injected.
    clean_fixed = {}
    clean_changes = {"safe": collections.Counter(), "unsafe": collections.Counter()}
    clean_articles = {"safe": 0, "unsafe": 0}
    samples: dict[str, list[str]] = collections.defaultdict(list)
    for article_id, text in articles:
        for mode, unsafe in (("safe", False), ("unsafe", True)):
            fixed, applied = linter.fix_text(text, unsafe=unsafe)
            clean_fixed[article_id, mode] = fixed
            if fixed != text:
                clean_articles[mode] += 1
                for diagnostic in applied:
                    clean_changes[mode][diagnostic.code] += 1
                    if len(samples[diagnostic.code]) < 3:
                        samples[diagnostic.code].append(f"{article_id} ({mode}): {diagnostic.message}")

    print(f"{len(articles)} BBC articles (split {arguments.split}, seed {arguments.seed})")
    print()
    print(f"{'damage':<16} {'rule':<6} {'n':>4} {'safe undone':>12} {'unsafe undone':>14} {'safe worse':>11} {'unsafe worse':>13}")
    totals = collections.Counter()
    for kind in arguments.kinds:
        rng = random.Random(f"{arguments.seed}-{kind}")
        counts = collections.Counter()
        for article_id, text in articles:
            damaged = inject(kind, text, rng)
            if damaged is None or damaged == text:
                continue
            counts["n"] += 1
            for mode, unsafe in (("safe", False), ("unsafe", True)):
                fixed, _ = linter.fix_text(damaged, unsafe=unsafe)
                if fixed == clean_fixed[article_id, mode]:
                    counts[f"{mode} undone"] += 1
                elif fixed != damaged and clean_fixed[article_id, mode] == text:
                    # Only where the clean article needs no fix: elsewhere the
                    # repair of the BBC's own defect would count as a change.
                    counts[f"{mode} worse"] += 1
        totals.update(counts)
        n = counts["n"] or 1
        print(
            f"{kind:<16} {KINDS[kind]:<6} {counts['n']:>4} {counts['safe undone'] / n:>12.1%} "
            f"{counts['unsafe undone'] / n:>14.1%} {counts['safe worse']:>11} {counts['unsafe worse']:>13}"
        )
    n = totals["n"] or 1
    print(
        f"{'all':<16} {'':<6} {totals['n']:>4} {totals['safe undone'] / n:>12.1%} "
        f"{totals['unsafe undone'] / n:>14.1%} {totals['safe worse']:>11} {totals['unsafe worse']:>13}"
    )
    print()
    for mode in ("safe", "unsafe"):
        per_code = ", ".join(f"{code} {count}" for code, count in sorted(clean_changes[mode].items())) or "none"
        print(f"clean articles a {mode} run changed: {clean_articles[mode]} of {len(articles)} ({per_code})")
    for code in sorted(samples):
        for sample in samples[code]:
            print(f"  {code} {sample}")
    print(f"\n{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
