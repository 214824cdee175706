"""How many baseline entries survive a fix elsewhere in the same paragraph.

Into the longest paragraph of each BBC article, three defects are injected at
random words (a doubled word, TX101; a doubled full stop, TX108; a doubled
word again), the article is linted and a baseline made of its findings, one
injected defect is repaired, and the article is linted again against the
baseline.  Every finding the second run reports as new is a false "new": the
text under it did not change.  Printed for version 1 keys (the whole line) and
version 2 keys (the flagged text with the twelve letters and digits either
side), for the repair of a defect far from the others ("far"), of a doubled
mark right before another finding ("mark"), and of a doubled word right before
another finding ("word": a word of that finding's context goes, and version 2
reports it as new by design).

    .venv/bin/python tests/benchmarks/baseline_survival.py [--articles 400] [--seed 12]
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import bbc_articles  # noqa: E402

from newslint import Linter  # noqa: E402
from newslint.baseline import LINE_KEYED_VERSION, FORMAT_VERSION, Baseline, Entry, finding_fingerprint, fingerprint  # noqa: E402

INJECTED = 3
#: Words doubled: long enough for TX101 (min-length 2) and not in its allow list.
MIN_WORD_LETTERS = 4


def _inject(paragraph: str, rng: random.Random) -> tuple[list[str], list[tuple[int, str, str]]] | None:
    """The paragraph's words with INJECTED defects at distinct words (a
    damaged word may hold a space), and each defect as (word index, damaged
    text, original text), in reading order."""
    words = paragraph.split(" ")
    candidates = [i for i, word in enumerate(words) if word.isalpha() and len(word) >= MIN_WORD_LETTERS]
    if len(candidates) < INJECTED * 3:
        return None
    # Spread out: one defect in each third of the paragraph.
    third = len(candidates) // INJECTED
    chosen = [rng.choice(candidates[k * third : (k + 1) * third]) for k in range(INJECTED)]
    defects = []
    for place, index in enumerate(chosen):
        word = words[index]
        words[index] = word + ".." if place == 1 else f"{word} {word}"  # a doubled mark, a doubled word
        defects.append((index, words[index], word))
    return words, defects


def _text(paragraphs: list[str], longest: int, words: list[str]) -> str:
    return "\n".join(paragraphs[:longest] + [" ".join(words)] + paragraphs[longest + 1 :])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    linter = Linter(select=["TX101", "TX108"])
    counts = {(version, case): [0, 0] for version in (1, 2) for case in ("far", "mark", "word")}
    articles = 0
    for _id, text in bbc_articles():
        if articles >= args.articles:
            break
        paragraphs = text.split("\n")
        longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
        injected = _inject(paragraphs[longest], rng)
        if injected is None:
            continue
        words, defects = injected
        articles += 1
        # far: the first defect is repaired, a third of the paragraph from
        # the others.  mark: the word after the doubled mark is doubled too,
        # and the mark repaired.  word: the word after the first doubled word
        # is doubled too, and the first repaired, which takes a word out of
        # the second one's context.
        cases = [("far", words, defects[0])]
        for case, (index, _damaged, _original) in (("mark", defects[1]), ("word", defects[0])):
            if index + 1 < len(words) and words[index + 1].isalpha() and len(words[index + 1]) > 1:
                near = list(words)
                near[index + 1] = f"{words[index + 1]} {words[index + 1]}"
                cases.append((case, near, defects[1] if case == "mark" else defects[0]))
        for case, damaged_words, (index, _damaged, original) in cases:
            before = linter.lint_text(_text(paragraphs, longest, damaged_words), path="a.txt")
            repaired_words = list(damaged_words)
            repaired_words[index] = original
            after = linter.lint_text(_text(paragraphs, longest, repaired_words), path="a.txt")
            for version, key in ((LINE_KEYED_VERSION, fingerprint), (FORMAT_VERSION, finding_fingerprint)):
                baseline = Baseline([Entry(d.path, d.code, d.line, key(d)) for d in before], version)
                new = sum(not baseline.is_known(d) for d in after)
                counts[(version, case)][0] += new
                counts[(version, case)][1] += len(after)
    print(f"{articles} BBC articles, {INJECTED} defects injected into the longest paragraph, one repaired")
    for (version, case), (new, total) in sorted(counts.items()):
        kept = total - new
        print(
            f"  version {version} keys, repair {case:4}: {kept}/{total} unchanged findings still matched "
            f"({kept / max(total, 1):.1%}), {new} reported as new"
        )


if __name__ == "__main__":
    main()
